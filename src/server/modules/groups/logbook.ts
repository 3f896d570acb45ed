// The group's logbook with mutual support observed, the group network picture, and house rules.
import type { z } from 'zod';
import type { houseRulesSchema, logbookSchema, periodQuery } from '../../../shared/groups/schemas.js';
import { supportNetwork } from '../../../shared/groups/support.js';
import type { Ctx } from '../../platform/route.js';
import { checkInGroupLife, requireGroup } from './repo.js';
import { groupBy } from '../../../shared/group-by.js';
import { rowDisplayName } from '../../../shared/names.js';
import { fieldError } from '../../platform/errors.js';
import { clock } from '../../../shared/clock.js';

export async function addEntry(ctx: Ctx, groupId: string, input: z.output<typeof logbookSchema>) {
  const group = await requireGroup(ctx, groupId);
  checkInGroupLife(group, input.writtenOn, 'writtenOn', clock.today());
  const ids = [...new Set(input.observations.flatMap((o) => [o.from, o.to]))];
  input.observations.forEach((o, i) => {
    if (o.from === o.to) throw fieldError('same_participant', `observations.${i}.to`);
  });
  if (ids.length > 0) {
    const members = new Set(
      (
        await ctx.db
          .selectFrom('group_participants')
          .select('id')
          .where('group_id', '=', groupId)
          .where('id', 'in', ids)
          .execute()
      ).map((m) => m.id),
    );
    const i = input.observations.findIndex((o) => !members.has(o.from) || !members.has(o.to));
    if (i >= 0) throw fieldError('not_in_group', `observations.${i}.from`);
  }
  const id = crypto.randomUUID();
  await ctx.db
    .insertInto('logbook_entries')
    .values({
      id,
      organisation_id: ctx.actor.organisationId,
      group_id: groupId,
      written_on: input.writtenOn,
      text: input.text,
      tags: input.tags,
      balances: JSON.stringify(input.balances),
      author_id: ctx.actor.userId,
    })
    .execute();
  if (input.observations.length > 0) {
    await ctx.db
      .insertInto('support_observations')
      .values(
        input.observations.map((o) => ({
          id: crypto.randomUUID(),
          organisation_id: ctx.actor.organisationId,
          group_id: groupId,
          entry_id: id,
          observed_on: input.writtenOn,
          from_participant: o.from,
          to_participant: o.to,
          support_type: o.type,
        })),
      )
      .execute();
  }
  await ctx.audit({
    action: 'create',
    recordType: 'logbook_entry',
    recordId: id,
    detail: `observations:${input.observations.length}`,
  });
  return { id };
}

export async function listEntries(ctx: Ctx, groupId: string) {
  await requireGroup(ctx, groupId);
  const [entries, observations] = await Promise.all([
    ctx.db
      .selectFrom('logbook_entries as e')
      .leftJoin('users as u', 'u.id', 'e.author_id')
      .select(['e.id', 'e.written_on', 'e.text', 'e.tags', 'e.balances', 'u.display_name as author'])
      .where('e.group_id', '=', groupId)
      .orderBy('e.written_on', 'desc')
      .orderBy('e.created_at', 'desc')
      .orderBy('e.id')
      .limit(200)
      .execute(),
    participantsObservations(ctx, groupId),
  ]);
  await ctx.audit({
    action: 'list',
    recordType: 'logbook_entry',
    recordId: groupId,
    detail: `count:${entries.length}`,
  });
  const byEntry = groupBy(observations, (o) => o.entry_id ?? '');
  return entries.map((e) => ({
    id: e.id,
    writtenOn: e.written_on,
    text: e.text,
    tags: e.tags,
    balances: e.balances,
    author: e.author,
    observations: (byEntry.get(e.id) ?? []).map((o) => ({ from: o.from_name, to: o.to_name, type: o.support_type })),
  }));
}

async function participantsObservations(ctx: Ctx, groupId: string) {
  const rows = await ctx.db
    .selectFrom('support_observations as o')
    .innerJoin('group_participants as f', 'f.id', 'o.from_participant')
    .innerJoin('persons as pf', 'pf.id', 'f.person_id')
    .innerJoin('group_participants as t', 't.id', 'o.to_participant')
    .innerJoin('persons as pt', 'pt.id', 't.person_id')
    .select([
      'o.entry_id',
      'o.observed_on',
      'o.from_participant',
      'o.to_participant',
      'o.support_type',
      'pf.first_name as f_first',
      'pf.last_name as f_last',
      'pt.first_name as t_first',
      'pt.last_name as t_last',
    ])
    .where('o.group_id', '=', groupId)
    .orderBy('o.observed_on')
    .orderBy('o.id')
    .execute();
  return rows.map((r) => ({
    ...r,
    from_name: rowDisplayName({ first_name: r.f_first, last_name: r.f_last }),
    to_name: rowDisplayName({ first_name: r.t_first, last_name: r.t_last }),
  }));
}

/** Who supported whom in a period, as a picture's nodes and edges. */
export async function network(ctx: Ctx, groupId: string, period: z.output<typeof periodQuery>) {
  const group = await requireGroup(ctx, groupId);
  const observations = await participantsObservations(ctx, groupId);
  const from = period.from ?? group.started_on;
  const to = period.to ?? clock.today();
  const result = supportNetwork(
    observations.map((o) => ({
      from: o.from_participant,
      to: o.to_participant,
      type: o.support_type,
      on: o.observed_on,
    })),
    from,
    to,
  );
  const names = new Map(
    observations.flatMap(
      (o) =>
        [
          [o.from_participant, o.from_name],
          [o.to_participant, o.to_name],
        ] as [string, string][],
    ),
  );
  await ctx.audit({ action: 'read', recordType: 'support_group', recordId: groupId, detail: 'network' });
  return {
    from,
    to,
    density: result.density,
    nodes: result.participants.map((id) => ({ id, name: names.get(id) ?? '' })),
    edges: result.edges,
  };
}

export async function addHouseRules(ctx: Ctx, groupId: string, input: z.output<typeof houseRulesSchema>) {
  const group = await requireGroup(ctx, groupId);
  checkInGroupLife(group, input.agreedOn, 'agreedOn', clock.today());
  const last = await ctx.db
    .selectFrom('house_rules')
    .select('version')
    .where('group_id', '=', groupId)
    .orderBy('version', 'desc')
    .executeTakeFirst();
  const version = (last?.version ?? 0) + 1;
  await ctx.db
    .insertInto('house_rules')
    .values({
      id: crypto.randomUUID(),
      organisation_id: ctx.actor.organisationId,
      group_id: groupId,
      version,
      agreed_on: input.agreedOn,
      rules: JSON.stringify({ rules: input.rules }),
      created_by: ctx.actor.userId,
    })
    .execute();
  await ctx.audit({
    action: 'update',
    recordType: 'support_group',
    recordId: groupId,
    detail: `house_rules:${version}`,
  });
  return { version };
}
