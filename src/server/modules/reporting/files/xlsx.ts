// The report as an Excel workbook (exceljs): a readable sheet in the user's language, with real
// numbers in the cells, and the dataset sheet (the same rows as the CSV).
import ExcelJS from 'exceljs';
import type { FunderReport } from '../../../../shared/reporting/model.js';
import { formatters, presentLine, presentNotes, type Translate } from '../../../../shared/reporting/present.js';
import type { Locale } from '../../../platform/messages.js';
import { datasetColumns, datasetRows } from './dataset.js';

export async function reportXlsx(report: FunderReport, t: Translate, locale: Locale): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Kring';
  const f = formatters(locale);
  const sheet = book.addWorksheet(t('report.title'));
  sheet.columns = [{ width: 46 }, { width: 18 }, { width: 40 }];
  sheet.addRow([t('report.title')]).font = { bold: true, size: 14 };
  sheet.addRow([t('report.madeFor', { organisation: report.organisation })]);
  sheet.addRow([t('report.periodShown', { from: f.day(report.from), to: f.day(report.to) })]);
  sheet.addRow([t('report.madeOn', { date: f.day(report.madeOn) })]);
  for (const note of presentNotes(report, t)) sheet.addRow([note]);
  let section = '';
  for (const line of report.lines) {
    if (line.section !== section) {
      section = line.section;
      sheet.addRow([]);
      sheet.addRow([t(`report.sections.${section}`)]).font = { bold: true, size: 13 };
    }
    const shown = presentLine(line, t, locale);
    sheet.addRow([]);
    sheet.addRow([shown.title]).font = { bold: true };
    sheet.addRow([shown.help]).font = { italic: true };
    for (const r of shown.rows) {
      // A number stays a number in its cell, so the sheet can calculate; the text beside it says
      // why a cell is empty.
      const row = sheet.addRow([r.label, r.value, r.hidden ? r.text : null]);
      if (r.total) row.font = { bold: true };
      if (r.value !== null && r.text.endsWith('%')) row.getCell(2).numFmt = '0%';
    }
  }
  const data = book.addWorksheet('Dataset');
  data.columns = datasetColumns.map((key) => ({ header: key, key, width: key === 'indicator' ? 32 : 14 }));
  for (const row of datasetRows(report)) data.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}
