// The report as a print-ready PDF, made on the server without a browser (pdfkit), with the same
// charts as the screen (Observable Plot on a light DOM, drawn into the PDF by svg-to-pdfkit).
import { parseHTML } from 'linkedom';
import SVGtoPDF from 'svg-to-pdfkit';
import { reportChart } from '../../../../shared/reporting/chart.js';
import type { FunderReport } from '../../../../shared/reporting/model.js';
import { formatters, presentLine, presentNotes, type Translate } from '../../../../shared/reporting/present.js';
import type { Locale } from '../../../platform/messages.js';
import { pdfMargin as margin, startPdf } from '../../../platform/pdf.js';

const ink = '#1d2733';
const muted = '#4f5b66';

export function reportPdf(report: FunderReport, t: Translate, locale: Locale): Promise<Buffer> {
  const { doc, done, width, room } = startPdf(`${t('report.title')} ${report.organisation}`, locale);
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const f = formatters(locale);

  doc.fillColor(ink).font('Helvetica-Bold').fontSize(20).text(t('report.title'));
  doc
    .font('Helvetica')
    .fontSize(11)
    .text(t('report.madeFor', { organisation: report.organisation }));
  doc.text(t('report.periodShown', { from: f.day(report.from), to: f.day(report.to) }));
  doc.fillColor(muted).text(t('report.madeOn', { date: f.day(report.madeOn) }));
  doc.moveDown();
  doc.fillColor(ink).font('Helvetica-Bold').text(t('report.notes.title'));
  doc.font('Helvetica');
  for (const note of presentNotes(report, t)) doc.text(`• ${note}`, { indent: 8 });

  let section = '';
  for (const line of report.lines) {
    const shown = presentLine(line, t, locale);
    if (line.section !== section) {
      section = line.section;
      room(120);
      doc
        .moveDown(1.2)
        .fillColor(ink)
        .font('Helvetica-Bold')
        .fontSize(15)
        .text(t(`report.sections.${section}`));
    }
    room(40 + shown.rows.length * 15);
    doc.moveDown(0.6).fillColor(ink).font('Helvetica-Bold').fontSize(12).text(shown.title);
    doc.fillColor(muted).font('Helvetica').fontSize(9.5).text(shown.help);
    doc.moveDown(0.3).fillColor(ink).fontSize(10.5);
    for (const r of shown.rows) {
      const y = doc.y;
      doc.font(r.total ? 'Helvetica-Bold' : 'Helvetica').fillColor(r.hidden ? muted : ink);
      doc.text(r.label, margin, y, { width: width * 0.55 });
      const labelBottom = doc.y;
      doc.text(r.text, margin + width * 0.58, y, { width: width * 0.42 });
      doc.x = margin;
      doc.y = Math.max(labelBottom, doc.y);
    }
    const svg = reportChart(shown, { document: document as unknown as Document, width: Math.round(width), locale });
    if (svg) {
      const height = Number(svg.getAttribute('height'));
      room(height + 10);
      doc.moveDown(0.3);
      SVGtoPDF(doc, svg.outerHTML, margin, doc.y, { width, height, assumePt: true });
      doc.y += height;
      doc.x = margin;
    }
  }
  doc.end();
  return done;
}
