import { reportExportSchema, reportPeriodSchema } from '../../../shared/schemas.js';
import { clock } from '../../../shared/clock.js';
import type { Ctx } from '../../platform/route.js';
import { defineRoute, type RouteDef } from '../../platform/route.js';
import { datasetCsv } from './files/dataset.js';
import { reportPdf } from './files/pdf.js';
import { reportXlsx } from './files/xlsx.js';
import { makeReport } from './report.js';
import { translator } from '../../platform/texts.js';

/** The organisation's report for a period, protected against small numbers. */
async function reportFor(ctx: Ctx, period: { from: string; to: string }) {
  const org = await ctx.db
    .selectFrom('organisations')
    .select(['name', 'report_threshold'])
    .where('id', '=', ctx.actor.organisationId)
    .executeTakeFirstOrThrow();
  return makeReport(
    { db: ctx.db, organisationId: ctx.actor.organisationId, ...period },
    { organisation: org.name, madeOn: clock.today(), threshold: org.report_threshold },
  );
}

export const funderReport = defineRoute({
  method: 'GET',
  url: '/api/reports/funder',
  access: 'reports.read',
  query: reportPeriodSchema,
  handler: async (ctx, { query }) => {
    const report = await reportFor(ctx, query);
    await ctx.audit({ action: 'read', recordType: 'funder_report', detail: `period:${query.from}/${query.to}` });
    return report;
  },
});

const files = {
  csv: { type: 'text/csv; charset=utf-8', ext: 'csv' },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx' },
  pdf: { type: 'application/pdf', ext: 'pdf' },
} as const;

export const reportingRoutes: RouteDef[] = [
  funderReport,
  // Every file is written here, from the same protected report as the screen, and audited.
  defineRoute({
    method: 'GET',
    url: '/api/reports/funder/export',
    access: 'reports.read',
    query: reportExportSchema,
    handler: async (ctx, { query }) => {
      const report = await reportFor(ctx, query);
      const t = translator(ctx.locale);
      const content =
        query.format === 'csv'
          ? datasetCsv(report)
          : query.format === 'xlsx'
            ? await reportXlsx(report, t, ctx.locale)
            : await reportPdf(report, t, ctx.locale);
      await ctx.audit({ action: 'export', recordType: 'funder_report', detail: `format:${query.format}` });
      const name = `${ctx.locale === 'nl' ? 'verantwoording' : 'funder-report'}-${query.from}-${query.to}.${files[query.format].ext}`;
      ctx.reply
        .header('content-type', files[query.format].type)
        .header('content-disposition', `attachment; filename="${name}"`);
      return content;
    },
  }),
];
