// The access-request letter as a PDF (pdfkit). DejaVu Sans carries every letter a name can have
// (ş, ğ, ł, Arabic digits…), which the built-in PDF fonts cannot.
import { createRequire } from 'node:module';
import type { Translate } from '../../../shared/reporting/present.js';
import type { Locale } from '../../platform/messages.js';
import { pdfMargin as margin, startPdf } from '../../platform/pdf.js';
import type { AccessExport } from './export.js';
import { letterLines } from './letter.js';

const require = createRequire(import.meta.url);
const fontDir = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf').replace(/DejaVuSans\.ttf$/, '');
const regular = `${fontDir}DejaVuSans.ttf`;
const bold = `${fontDir}DejaVuSans-Bold.ttf`;

const ink = '#1d2733';
const muted = '#4f5b66';

export function accessLetterPdf(data: AccessExport, t: Translate, locale: Locale): Promise<Buffer> {
  const title = t('privacy.letter.title', { organisation: data.organisation.name });
  const { doc, done, width, room } = startPdf(title, locale, { bufferPages: true });

  for (const line of letterLines(data, t, locale)) {
    doc.x = margin;
    switch (line.kind) {
      case 'title':
        doc.fillColor(ink).font(bold).fontSize(18).text(line.text).moveDown(0.4);
        break;
      case 'heading':
        room(60);
        doc.moveDown(0.8).fillColor(ink).font(bold).fontSize(14).text(line.text).moveDown(0.2);
        break;
      case 'subheading':
        room(40);
        doc.moveDown(0.5).fillColor(ink).font(bold).fontSize(11.5).text(line.text);
        break;
      case 'text':
        doc.fillColor(ink).font(regular).fontSize(10.5).text(line.text).moveDown(0.3);
        break;
      case 'muted':
        doc.moveDown(0.2).fillColor(muted).font(regular).fontSize(9.5).text(line.text);
        break;
      case 'bullet':
        doc.fillColor(ink).font(regular).fontSize(10.5).text(`• ${line.text}`, { indent: 0 }).moveDown(0.15);
        break;
      case 'field': {
        room(16);
        const y = doc.y;
        doc
          .fillColor(muted)
          .font(regular)
          .fontSize(10)
          .text(line.label, margin, y, { width: width * 0.36 });
        const labelBottom = doc.y;
        doc.fillColor(ink).text(line.text, margin + width * 0.38, y, { width: width * 0.62 });
        doc.y = Math.max(labelBottom, doc.y) + 2;
        break;
      }
    }
  }
  // Page numbers, so a printed letter can be put back in order.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // The footer sits in the bottom margin; without this pdfkit would start a new page for it.
    doc.page.margins.bottom = 0;
    doc
      .fillColor(muted)
      .font(regular)
      .fontSize(9)
      .text(t('privacy.letter.page', { n: i + 1 }), margin, doc.page.height - margin + 16, {
        width,
        align: 'right',
        lineBreak: false,
      });
  }
  doc.end();
  return done;
}
