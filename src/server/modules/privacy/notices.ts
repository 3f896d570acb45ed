// The organisation's privacy notice, in versions: what a person is told before they consent.
// A consent records the version it was given under (people/service.ts addConsent).
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { clock } from '../../../shared/clock.js';
import type { DB } from '../../db/schema.js';
import { HttpError } from '../../platform/errors.js';
import type { Ctx } from '../../platform/route.js';

/** The notice in force: the latest published version, or null before the first. */
export function currentNotice(db: Kysely<DB>, organisationId: string) {
  return db
    .selectFrom('privacy_notices')
    .select(['version', 'body', 'published_at'])
    .where('organisation_id', '=', organisationId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** For everyone who asks a person's consent: the notice to show them. */
export async function noticeInForce(ctx: Ctx) {
  const notice = await currentNotice(ctx.db, ctx.actor.organisationId);
  return notice ? { version: notice.version, body: notice.body, publishedAt: notice.published_at } : null;
}

/** For the administrator: every version, newest first, with who published it. */
export async function noticeVersions(ctx: Ctx) {
  const rows = await ctx.db
    .selectFrom('privacy_notices as n')
    .leftJoin('users as u', 'u.id', 'n.published_by')
    .select(['n.version', 'n.body', 'n.published_at', 'u.display_name as published_by'])
    .where('n.organisation_id', '=', ctx.actor.organisationId)
    .orderBy('n.version', 'desc')
    .execute();
  return rows.map((r) => ({
    version: r.version,
    body: r.body,
    publishedAt: r.published_at,
    publishedBy: r.published_by,
  }));
}

/** Publishes a new version; earlier consents keep the version they were given under. */
export async function publishNotice(ctx: Ctx, body: string) {
  const current = await currentNotice(ctx.db, ctx.actor.organisationId);
  if (current && current.body === body) throw new HttpError(409, 'notice_unchanged');
  const version = (current?.version ?? 0) + 1;
  const id = randomUUID();
  await ctx.db
    .insertInto('privacy_notices')
    .values({
      id,
      organisation_id: ctx.actor.organisationId,
      version,
      body,
      published_at: clock.now(),
      published_by: ctx.actor.userId,
    })
    .execute();
  await ctx.audit({ action: 'create', recordType: 'privacy_notice', recordId: id, detail: `version:${version}` });
  return noticeVersions(ctx);
}
