// How a line of the funder report reads, in one language: its title, its rows as text, and what
// its chart shows. The screen, the XLSX and the PDF all use this, so they say the same thing.
import { monthInWords } from '../dates.js';
import type { FunderReport, ReportLine, StatisticUnit, Value } from './model.js';

/** A translation function as i18next gives it, in the browser and on the server alike. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface PresentedRow {
  label: string;
  /** The number as people read it, or why it is hidden. */
  text: string;
  /** The number itself (a share as a fraction), or null when hidden or absent. */
  value: number | null;
  hidden: boolean;
  total?: boolean;
}

export interface PresentedLine {
  key: string;
  title: string;
  help: string;
  rows: PresentedRow[];
  /** Rows to draw as bars; absent when a chart would say nothing the rows do not. */
  chart: { data: { label: string; value: number }[]; domain?: [number, number]; percent?: boolean } | null;
}

/** The locale's way of writing numbers, amounts, shares and months. */
export function formatters(locale: 'nl' | 'en') {
  const tag = locale === 'en' ? 'en-GB' : 'nl-NL';
  const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const change = new Intl.NumberFormat(tag, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const euros = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' });
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const changePercent = new Intl.NumberFormat(tag, {
    style: 'percent',
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  });
  const day = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    count: (n: number) => number.format(n),
    unit: (n: number, unit: StatisticUnit, item?: string) => {
      if (unit === 'euros') return euros.format(n);
      if (unit === 'share') return percent.format(n);
      // Changes in a share are shown in percentage points, changes in a number as a signed number.
      if (unit === 'change') return item?.endsWith('_share') ? changePercent.format(n) : change.format(n);
      return number.format(n);
    },
    percent: (n: number) => percent.format(n),
    month: (yyyyMm: string) => monthInWords(yyyyMm, tag),
    day: (date: string) => day.format(new Date(`${date}T00:00:00Z`)),
  };
}

const isMonth = (category: string) => /^\d{4}-\d{2}$/.test(category);

/** One line of the report, in words and formatted numbers. */
export function presentLine(line: ReportLine, t: Translate, locale: 'nl' | 'en'): PresentedLine {
  const f = formatters(locale);
  const base = `report.indicators.${line.key}`;
  const row = (
    label: string,
    v: Value,
    show: (n: number) => string,
    extra: Partial<PresentedRow> = {},
  ): PresentedRow => ({
    label,
    text: v.hidden ? t('report.hiddenMark') : v.value === null ? '—' : show(v.value),
    value: v.hidden ? null : v.value,
    hidden: v.hidden,
    ...extra,
  });
  const fig = line.figure;
  let rows: PresentedRow[] = [];
  let chart: PresentedLine['chart'] = null;
  switch (fig.kind) {
    case 'breakdown': {
      rows = fig.rows.map((r) =>
        row(isMonth(r.category) ? f.month(r.category) : t(`${base}.categories.${r.category}`), r.count, f.count),
      );
      if (fig.total) rows.push(row(t('report.total'), fig.total, f.count, { total: true }));
      chart = chartOf(barsOf(rows.filter((r) => !r.total)));
      break;
    }
    case 'statistic': {
      const show = (n: number) => t(`report.units.${fig.unit}`, { value: f.unit(n, fig.unit) });
      const isSum = fig.unit === 'hours' || fig.unit === 'euros';
      rows = [row(t(isSum ? 'report.statistic.sum' : 'report.statistic.median'), fig.value, show)];
      if (
        fig.low &&
        fig.high &&
        !fig.low.hidden &&
        !fig.high.hidden &&
        fig.low.value !== null &&
        fig.high.value !== null
      )
        rows.push({
          label: t('report.statistic.spread'),
          text: t('report.statistic.spreadValue', { low: show(fig.low.value), high: show(fig.high.value) }),
          value: null,
          hidden: false,
        });
      break;
    }
    case 'share':
      rows = [
        row(t('report.share.of'), fig.of, f.count),
        row(t('report.share.part_label'), fig.part, f.count),
        row('%', fig.share, f.percent),
      ];
      break;
    case 'plain':
      rows = [row(t('report.count'), fig.value, f.count)];
      break;
    case 'scores':
      rows = fig.items.map((i) => row(t(`${base}.items.${i.item}`), i.value, (n) => f.unit(n, fig.unit, i.item)));
      if (fig.unit === 'score') chart = chartOf(barsOf(rows), line.key === 'outcomes.participation' ? [0, 10] : [1, 5]);
      break;
  }
  return { key: line.key, title: t(`${base}.title`), help: t(`${base}.help`), rows, chart };
}

/**
 * A chart only where it shows a comparison: two bars or more with something in them. Bars for
 * hidden numbers are left out (the table says they are hidden).
 */
function chartOf(data: { label: string; value: number }[], domain?: [number, number]): PresentedLine['chart'] {
  if (data.filter((d) => d.value > (domain?.[0] ?? 0)).length < 2) return null;
  return domain ? { data, domain } : { data };
}

const barsOf = (rows: PresentedRow[]) =>
  rows.filter((r) => r.value !== null).map((r) => ({ label: r.label, value: r.value as number }));

/** The report's note on hidden figures: which kinds of hiding happened, never which numbers. */
export function presentNotes(report: FunderReport, t: Translate): string[] {
  if (report.hiddenBecause.length === 0) return [t('report.notes.none')];
  return report.hiddenBecause.map((reason) => t(`report.notes.${reason}`, { threshold: report.threshold }));
}
