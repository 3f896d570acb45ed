// The start of every PDF Kring writes (pdfkit): A4, the reader's language, the title shown by
// the viewer, and the bytes collected for the answer.
import PDFDocument from 'pdfkit';
import type { Locale } from './messages.js';

export const pdfMargin = 56;

export function startPdf(title: string, locale: Locale, options: { bufferPages?: boolean } = {}) {
  const doc = new PDFDocument({
    size: 'A4',
    margin: pdfMargin,
    lang: locale === 'en' ? 'en-GB' : 'nl-NL',
    info: { Title: title, Creator: 'Kring' },
    displayTitle: true,
    bufferPages: options.bufferPages ?? false,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - 2 * pdfMargin;
  /** Starts a new page when less than `needed` points are left on this one. */
  const room = (needed: number) => {
    if (doc.y + needed > doc.page.height - pdfMargin) doc.addPage();
  };
  return { doc, done, width, room };
}
