// The regional report: the organisations whose admin agreed ("share in the regional report") are
// added up raw, indicator by indicator, and then protected once, with the strictest threshold of
// them. Adding up reports that were each protected already would lose cells, or leak them.
import type { Kysely } from 'kysely';
import type { FunderReport } from '../../../shared/reporting/model.js';
import type { DB } from '../../db/schema.js';
import { mergeFigures } from './indicator.js';
import { protectReport, type RawFigures, rawFigures } from './report.js';

export async function makeRegionalReport(
  db: Kysely<DB>,
  period: { from: string; to: string; madeOn: string },
): Promise<{ report: FunderReport; organisations: string[] } | null> {
  const organisations = await db
    .selectFrom('organisations')
    .select(['id', 'name', 'report_threshold'])
    .where('share_in_regional_report', '=', true)
    .orderBy('name')
    .execute();
  if (organisations.length === 0) return null;
  let total: RawFigures | null = null;
  for (const org of organisations) {
    const own = await rawFigures({ db, organisationId: org.id, from: period.from, to: period.to });
    total = total
      ? total.map((line, i) => ({ indicator: line.indicator, figure: mergeFigures(line.figure, own[i]!.figure) }))
      : own;
  }
  const names = organisations.map((o) => o.name);
  return {
    organisations: names,
    report: protectReport(total!, {
      organisation: names.join(', '),
      madeOn: period.madeOn,
      threshold: Math.max(...organisations.map((o) => o.report_threshold)),
      from: period.from,
      to: period.to,
    }),
  };
}
