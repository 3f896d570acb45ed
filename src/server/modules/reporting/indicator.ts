// What an indicator of the funder report is (issue 12): one declaration plus its query. The report
// runs every declared indicator for a period, turns their figures into cells and sums, protects
// small numbers once over the whole report, and every output (screen, CSV, XLSX, PDF) shows the
// same protected figures.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SumRule } from './suppression.js';

import type { ReportSection, StatisticUnit } from '../../../shared/reporting/model.js';

export interface ReportScope {
  db: Kysely<DB>;
  organisationId: string;
  /** Inclusive days of the period, YYYY-MM-DD. */
  from: string;
  to: string;
}

/** A count per category; `total` when the categories exclude each other and add up. */
export interface Breakdown {
  kind: 'breakdown';
  categories: readonly string[];
  counts: Readonly<Record<string, number>>;
  total: boolean;
}
/** A median (with the middle half) or a mean, resting on `basis` people or records. */
export interface Statistic {
  kind: 'statistic';
  unit: StatisticUnit;
  basis: number;
  value: number | null;
  low?: number | null;
  high?: number | null;
}
/** A part of a whole, shown as both counts and a share. */
export interface Share {
  kind: 'share';
  part: number;
  of: number;
}
/** A number that says nothing about a person (sessions held, the groups' target): never hidden. */
export interface Plain {
  kind: 'plain';
  value: number;
}
/** Mean scores per item (a subgoal, a question), each resting on its own number of answers. */
export interface Scores {
  kind: 'scores';
  unit: StatisticUnit;
  items: readonly { item: string; value: number | null; basis: number }[];
}
export type Figure = Breakdown | Statistic | Share | Plain | Scores;

export interface Indicator {
  key: string;
  section: ReportSection;
  run: (scope: ReportScope) => Promise<Figure>;
}

/** Declares an indicator; its key names it in the catalogs, the dataset document and every file. */
export const indicator = (key: string, section: ReportSection, run: (scope: ReportScope) => Promise<Figure>) =>
  ({ key, section, run }) satisfies Indicator;

export const breakdown = (
  categories: readonly string[],
  counts: Readonly<Record<string, number>>,
  options: { total?: boolean } = {},
): Breakdown => ({ kind: 'breakdown', categories, counts, total: options.total ?? true });

/** Counts rows per category value; values outside `categories` are a programming error. */
export function countBy<T>(rows: readonly T[], categories: readonly string[], pick: (row: T) => string | null) {
  const counts: Record<string, number> = Object.fromEntries(categories.map((c) => [c, 0]));
  for (const row of rows) {
    const category = pick(row);
    if (category === null) continue;
    if (!(category in counts)) throw new Error(`unknown category ${category}`);
    counts[category]! += 1;
  }
  return counts;
}

/** The cells and sums a figure publishes; a statistic publishes no count. */
export function cellsOf(key: string, figure: Figure): { cells: [string, number][]; rules: SumRule[] } {
  if (figure.kind === 'breakdown') {
    const cells: [string, number][] = figure.categories.map((c) => [`${key}.${c}`, figure.counts[c] ?? 0]);
    if (!figure.total) return { cells, rules: [] };
    const total = cells.reduce((sum, [, v]) => sum + v, 0);
    return {
      cells: [...cells, [`${key}.total`, total]],
      rules: [{ total: `${key}.total`, parts: cells.map(([k]) => k) }],
    };
  }
  if (figure.kind === 'share') {
    // The rest is never shown, but it follows from the two shown counts, so it is protected too.
    return {
      cells: [
        [`${key}.part`, figure.part],
        [`${key}.rest`, figure.of - figure.part],
        [`${key}.of`, figure.of],
      ],
      rules: [{ total: `${key}.of`, parts: [`${key}.part`, `${key}.rest`] }],
    };
  }
  return { cells: [], rules: [] };
}

/** The median and the middle half (25th and 75th percentile) of a list of numbers. */
export function medianAndSpread(values: readonly number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => {
    if (sorted.length === 0) return null;
    const i = (sorted.length - 1) * p;
    const lo = Math.floor(i);
    const hi = Math.ceil(i);
    return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (i - lo);
  };
  return { value: at(0.5), low: at(0.25), high: at(0.75), basis: sorted.length };
}

export const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
