// The funder report: every indicator for one period, protected once as a whole, in the one shape
// that the screen, the CSV, the XLSX and the PDF all show (issue 12, D37).
import { coachingIndicators } from './coaching.indicators.js';
import { groupsIndicators } from './groups.indicators.js';
import { cellsOf, type Figure, type Indicator, type ReportScope } from './indicator.js';
import {
  type FunderReport,
  type HiddenReason,
  hiddenReasons,
  type ReportFigure,
  type ReportLine,
  type Value,
} from '../../../shared/reporting/model.js';
import { outcomesIndicators } from './outcomes.indicators.js';
import { protect, type SumRule } from './suppression.js';

/** Every indicator of the report, in the order it is shown. A new one is declared and added here. */
export const indicators: readonly Indicator[] = [...coachingIndicators, ...groupsIndicators, ...outcomesIndicators];

const shown = (value: number | null): Value => ({ value, hidden: false });

export type RawFigures = { indicator: Indicator; figure: Figure }[];

/** The unprotected figures of one organisation: never shown as they are, only through `protectReport`. */
export async function rawFigures(scope: ReportScope, list = indicators): Promise<RawFigures> {
  const figures: RawFigures = [];
  // One at a time: on PGlite queries queue anyway, and on PostgreSQL one request should not take
  // a dozen connections from the pool.
  for (const indicator of list) figures.push({ indicator, figure: await indicator.run(scope) });
  return figures;
}

/** Runs every indicator for the period and protects the whole report against small numbers. */
export async function makeReport(
  scope: ReportScope,
  about: { organisation: string; madeOn: string; threshold: number },
  list = indicators,
): Promise<FunderReport> {
  return protectReport(await rawFigures(scope, list), { ...about, from: scope.from, to: scope.to });
}

/** Protects raw figures as one report: the cells and sums of all of them together. */
export function protectReport(
  figures: RawFigures,
  about: { organisation: string; madeOn: string; threshold: number; from: string; to: string },
): FunderReport {
  const { threshold } = about;
  const cells = new Map<string, number>();
  const rules: SumRule[] = [];
  for (const { indicator, figure } of figures) {
    const own = cellsOf(indicator.key, figure);
    for (const [k, v] of own.cells) cells.set(k, v);
    rules.push(...own.rules);
  }
  const { hidden, secondary } = protect(cells, rules, threshold);
  // Why anything was hidden, for the note; a figure itself only says that it is.
  const reasons = new Set<HiddenReason>();
  const hiddenFor = (reason: HiddenReason): Value => {
    reasons.add(reason);
    return { value: null, hidden: true };
  };
  const count = (key: string): Value =>
    hidden.has(key) ? hiddenFor(secondary.has(key) ? 'protects' : 'small') : shown(cells.get(key)!);
  const rested = (value: number | null, basis: number): Value =>
    basis > 0 && basis < threshold ? hiddenFor('few') : shown(basis === 0 ? null : value);

  const lines = figures.map(({ indicator, figure }): ReportLine => {
    const key = indicator.key;
    const line = (f: ReportFigure): ReportLine => ({ key, section: indicator.section, figure: f });
    switch (figure.kind) {
      case 'breakdown':
        return line({
          kind: 'breakdown',
          rows: figure.categories.map((category) => ({ category, count: count(`${key}.${category}`) })),
          total: figure.total ? count(`${key}.total`) : null,
        });
      case 'share': {
        const part = count(`${key}.part`);
        const of = count(`${key}.of`);
        const share =
          of.hidden || part.hidden ? hiddenFor('follows') : shown(figure.of === 0 ? null : figure.part / figure.of);
        return line({ kind: 'share', part, of, share });
      }
      case 'statistic': {
        const spread = (v: number | null | undefined) => (v === undefined ? null : rested(v, figure.basis));
        return line({
          kind: 'statistic',
          unit: figure.unit,
          value: rested(figure.value, figure.basis),
          low: spread(figure.low),
          high: spread(figure.high),
        });
      }
      case 'plain':
        return line({ kind: 'plain', value: shown(figure.value) });
      case 'scores':
        return line({
          kind: 'scores',
          unit: figure.unit,
          items: figure.items.map((i) => ({ item: i.item, value: rested(i.value, i.basis) })),
        });
    }
    throw new Error(`no presentation for ${key}`);
  });
  return {
    organisation: about.organisation,
    from: about.from,
    to: about.to,
    madeOn: about.madeOn,
    threshold,
    lines,
    hiddenBecause: hiddenReasons.filter((r) => reasons.has(r)),
  };
}
