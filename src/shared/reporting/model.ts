// The funder report as every output shows it (issue 12): declared once, made by the server
// (modules/reporting/report.ts), shown by the web app and written into CSV, XLSX and PDF.

export const reportSections = ['coaching', 'groups', 'outcomes'] as const;
export type ReportSection = (typeof reportSections)[number];

/** What a statistic is measured in; each is formatted through the locale. */
export const statisticUnits = ['days', 'hours', 'euros', 'score', 'share', 'change'] as const;
export type StatisticUnit = (typeof statisticUnits)[number];

/**
 * Why figures are hidden, for the report's note: `small`, counts below the threshold; `protects`,
 * counts hidden so that a small count cannot be worked out; `few`, means or medians resting on
 * fewer people than the threshold; `follows`, shares computed from a hidden count.
 * A single figure only says that it is hidden, never why: "hidden because small" would tell a
 * reader the count is below the threshold, "hidden to protect" that it is not (D37).
 */
export const hiddenReasons = ['small', 'protects', 'few', 'follows'] as const;
export type HiddenReason = (typeof hiddenReasons)[number];

export interface Value {
  /** Null when hidden, or when there is nothing to show (a median of nobody). */
  value: number | null;
  hidden: boolean;
}

export type ReportFigure =
  | { kind: 'breakdown'; rows: { category: string; count: Value }[]; total: Value | null }
  | { kind: 'statistic'; unit: StatisticUnit; value: Value; low: Value | null; high: Value | null }
  | { kind: 'share'; part: Value; of: Value; share: Value }
  | { kind: 'plain'; value: Value }
  | { kind: 'scores'; unit: StatisticUnit; items: { item: string; value: Value }[] };

export interface ReportLine {
  /** `section.name`: names the indicator in the catalogs, docs/report-dataset.md and every file. */
  key: string;
  section: ReportSection;
  figure: ReportFigure;
}

export interface FunderReport {
  organisation: string;
  from: string;
  to: string;
  /** The day it was made (some figures, like the coach pool, are as of that day). */
  madeOn: string;
  threshold: number;
  lines: ReportLine[];
  /** Which kinds of hiding happened anywhere in the report, for its note (never which numbers). */
  hiddenBecause: HiddenReason[];
}
