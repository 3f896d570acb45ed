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
  /** For a median: the values themselves, so reports of several organisations can be combined. */
  values?: readonly number[];
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

/**
 * Work that several indicators share, done once per report: the report passes one scope object
 * to all of them, so the result is kept for exactly that object.
 */
export function perReport<T>(work: (scope: ReportScope) => Promise<T>) {
  const done = new WeakMap<ReportScope, Promise<T>>();
  return (scope: ReportScope) => {
    let result = done.get(scope);
    if (!result) {
      result = work(scope);
      done.set(scope, result);
    }
    return result;
  };
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
  return { value: at(0.5), low: at(0.25), high: at(0.75), basis: sorted.length, values: sorted };
}

export const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

/**
 * Two organisations' raw figures of one indicator as one: counts add up, medians are taken again
 * over all values, means are weighted by what they rest on. For the regional report, which adds
 * up raw counts first and protects once (adding up protected tables would lose or leak cells).
 */
export function mergeFigures(a: Figure, b: Figure): Figure {
  if (a.kind === 'breakdown' && b.kind === 'breakdown') {
    const categories = [...a.categories, ...b.categories.filter((c) => !a.categories.includes(c))];
    const counts = Object.fromEntries(categories.map((c) => [c, (a.counts[c] ?? 0) + (b.counts[c] ?? 0)]));
    return { ...a, categories, counts };
  }
  if (a.kind === 'share' && b.kind === 'share') return { kind: 'share', part: a.part + b.part, of: a.of + b.of };
  if (a.kind === 'plain' && b.kind === 'plain') return { kind: 'plain', value: a.value + b.value };
  if (a.kind === 'statistic' && b.kind === 'statistic') {
    if (a.values && b.values)
      return { kind: 'statistic', unit: a.unit, ...medianAndSpread([...a.values, ...b.values]) };
    const value = a.value === null ? b.value : b.value === null ? a.value : a.value + b.value;
    return { kind: 'statistic', unit: a.unit, value, basis: a.basis + b.basis };
  }
  if (a.kind === 'scores' && b.kind === 'scores') {
    return {
      ...a,
      items: a.items.map((item, i) => {
        const other = b.items[i]!;
        const basis = item.basis + other.basis;
        const total = (item.value ?? 0) * item.basis + (other.value ?? 0) * other.basis;
        return { item: item.item, basis, value: basis === 0 ? null : total / basis };
      }),
    };
  }
  throw new Error(`cannot combine a ${a.kind} with a ${b.kind}`);
}
