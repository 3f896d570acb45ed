// The report as a dataset: one row per indicator × breakdown × period, in the spirit of SDMX
// (OBS_STATUS): a hidden figure has no value and a status that says why. docs/report-dataset.md
// defines every indicator and column.
import type { FunderReport, StatisticUnit, Value } from '../../../../shared/reporting/model.js';
import { writeCsv } from '../../../platform/csv.js';

export interface DatasetRow {
  period_start: string;
  period_end: string;
  indicator: string;
  breakdown: string;
  unit: StatisticUnit | 'count';
  value: number | null;
  /** `confidential`: hidden to protect small numbers (why is in the report's note, not per row). */
  status: 'shown' | 'confidential';
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;

export function datasetRows(report: FunderReport): DatasetRow[] {
  const rows: DatasetRow[] = [];
  for (const line of report.lines) {
    const add = (breakdown: string, unit: DatasetRow['unit'], v: Value | null) => {
      if (!v) return;
      rows.push({
        period_start: report.from,
        period_end: report.to,
        indicator: line.key,
        breakdown,
        unit,
        value: v.hidden || v.value === null ? null : round(v.value),
        status: v.hidden ? 'confidential' : 'shown',
      });
    };
    const f = line.figure;
    if (f.kind === 'breakdown') {
      for (const r of f.rows) add(r.category, 'count', r.count);
      add('total', 'count', f.total);
    } else if (f.kind === 'statistic') {
      const central = f.unit === 'hours' || f.unit === 'euros' ? 'sum' : 'median';
      add(central, f.unit, f.value);
      add('p25', f.unit, f.low);
      add('p75', f.unit, f.high);
    } else if (f.kind === 'share') {
      add('of', 'count', f.of);
      add('part', 'count', f.part);
      add('share', 'share', f.share);
    } else if (f.kind === 'plain') add('value', 'count', f.value);
    else for (const i of f.items) add(i.item, f.unit, i.value);
  }
  return rows;
}

export const datasetColumns = [
  'period_start',
  'period_end',
  'indicator',
  'breakdown',
  'unit',
  'value',
  'status',
] as const;

/** The dataset as CSV: codes and a full stop for decimals, so programs read it the same everywhere. */
export const datasetCsv = (report: FunderReport) => writeCsv(datasetRows(report), datasetColumns);
