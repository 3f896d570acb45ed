// Exporting the social map to a CSV file and importing one (issue 15, item 6): the file format is
// exchange.ts's; this checks access, speaks the user's language and writes in one transaction.
import { message } from '../../platform/messages.js';
import { type Ctx, validationErrors } from '../../platform/route.js';
import { asInput, newEntryRow } from './entries.js';
import { fromCsv, toCsv } from './exchange.js';

export async function exportCsv(ctx: Ctx) {
  const rows = await ctx.db
    .selectFrom('social_map_entries')
    .selectAll()
    .where('organisation_id', '=', ctx.actor.organisationId)
    .where('archived_at', 'is', null)
    .orderBy('name')
    .orderBy('id')
    .execute();
  await ctx.audit({ action: 'export', recordType: 'social_map_entry', detail: `count:${rows.length}` });
  ctx.reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', 'attachment; filename="kring-sociale-kaart.csv"');
  return toCsv(rows.map(asInput));
}

/**
 * Checks a file and shows what it holds; with `dryRun: false` and no errors, adds every place. A
 * file with any error adds nothing.
 */
export async function importCsv(ctx: Ctx, input: { content: string; dryRun: boolean }) {
  const { entries, errors } = fromCsv(input.content, validationErrors(ctx.locale));
  const shown = errors.slice(0, 100).map((e) => ({
    line: e.line,
    field: e.field,
    message:
      e.code === 'invalid'
        ? (e.message ?? '')
        : message(e.code === 'csv' ? 'csv_unreadable' : `csv_${e.code}`, ctx.locale, { field: e.field }),
  }));
  const preview = { count: entries.length, names: entries.slice(0, 50).map((e) => e.name), errors: shown };
  if (input.dryRun || errors.length > 0 || entries.length === 0) return { ...preview, imported: 0 };
  const rows = entries.map((entry) => newEntryRow(ctx.actor.organisationId, ctx.actor.userId, entry));
  for (let i = 0; i < rows.length; i += 500)
    await ctx.db
      .insertInto('social_map_entries')
      .values(rows.slice(i, i + 500))
      .execute();
  await ctx.audit({ action: 'create', recordType: 'social_map_entry', detail: `import:${rows.length}` });
  return { ...preview, imported: rows.length };
}
