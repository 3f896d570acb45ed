// The report's charts, drawn by Observable Plot from the same data in the browser and in the PDF
// (on the server with a light DOM, linkedom). The table beside each chart holds the same numbers.
import * as Plot from '@observablehq/plot';
import type { PresentedLine } from './present.js';

/** A horizontal bar per row, in the order of the rows; null when the line has no chart. */
export function reportChart(line: PresentedLine, options: { document: Document; width: number; locale: 'nl' | 'en' }) {
  const chart = line.chart;
  if (!chart || chart.data.length === 0) return null;
  const tag = options.locale === 'en' ? 'en-GB' : 'nl-NL';
  const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  return Plot.plot({
    document: options.document,
    width: options.width,
    height: 34 * chart.data.length + 40,
    marginLeft: Math.min(options.width / 2, 12 + 6.5 * Math.max(...chart.data.map((d) => d.label.length))),
    marginRight: 40,
    style: { fontSize: '13px', fontFamily: 'Helvetica, Arial, sans-serif', background: 'transparent' },
    x: { domain: chart.domain, grid: true, label: null, tickFormat: (n: number) => number.format(n) },
    y: { domain: chart.data.map((d) => d.label), label: null },
    marks: [
      Plot.barX(chart.data, { y: 'label', x1: chart.domain?.[0] ?? 0, x2: 'value', fill: '#2a6f97' }),
      Plot.text(chart.data, {
        y: 'label',
        x: 'value',
        text: (d: { value: number }) => number.format(d.value),
        textAnchor: 'start',
        dx: 4,
        fill: 'currentColor',
      }),
      Plot.ruleX([chart.domain?.[0] ?? 0]),
    ],
  }) as SVGSVGElement;
}
