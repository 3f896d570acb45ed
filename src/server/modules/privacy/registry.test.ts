// The registry must name every column of the migrated schema, as the access matrix names every
// route: a table or column added later without deciding how the access export and the erasure
// treat it fails here (issue 13).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connection.js';
import { describeDatabase } from '../../db/describe.js';
import { engines, openTestDatabase } from '../../testing/harness.js';
import { sensitiveFields } from '../../../shared/privacy/sensitive.js';
import { cleared, freeText, registry } from './registry.js';

describe.each(engines)('the personal-data registry on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(() => database.close());

  it('decides for every column of every table how export and erasure treat it', async () => {
    const facts = await describeDatabase(database.db);
    const inSchema = Object.entries(facts).flatMap(([table, cols]) => Object.keys(cols).map((c) => `${table}.${c}`));
    const inRegistry = Object.entries(registry).flatMap(([table, rule]) =>
      Object.keys(rule.columns).map((c) => `${table}.${c}`),
    );
    expect(
      inSchema.filter((c) => !inRegistry.includes(c)),
      'columns without a decision',
    ).toEqual([]);
    expect(
      inRegistry.filter((c) => !inSchema.includes(c)),
      'decisions about columns that do not exist',
    ).toEqual([]);
  });

  it('marks as sensitive exactly the fields declared sensitive for the screens and the exports', () => {
    const marked = Object.entries(registry).flatMap(([table, rule]) =>
      Object.entries(rule.columns).flatMap(([c, h]) => (h === 'sensitive' ? [`${table}.${c}`] : [])),
    );
    expect(marked.sort()).toEqual([...sensitiveFields].sort());
  });

  it('lets no text or document column of a person table count as a plain fact unless it holds a choice', async () => {
    // A fact survives erasure. Free text may not: a text column kept as a fact must be limited to
    // known values, by a CHECK in the database or as a list of codes the forms choose from.
    const codesOnly = new Set([
      'trajectories.situations',
      'trajectories.availability',
      'trajectories.age_group',
      'network_alters.sector',
      'network_alters.relationship',
      'network_alters.quality',
      'network_alters.frequency',
      'network_alters.channel',
      'network_alters.reachability',
      'network_alters.gives',
      'network_alters.receives',
      'network_alters.status',
      'group_participants.status',
      'session_attendance.contributions',
      'coach_evaluations.present',
      'coach_evaluations.relationship',
      'logbook_entries.tags',
      'logbook_entries.balances',
      'audit_log.action',
      'audit_log.record_type',
      'audit_log.user_role',
      'audit_log.detail',
    ]);
    const facts = await describeDatabase(database.db);
    const loose = Object.entries(registry)
      .filter(([, rule]) => rule.rows)
      .flatMap(([table, rule]) =>
        Object.entries(rule.columns)
          .filter(([column, h]) => {
            const fact = facts[table]?.[column];
            const textual = fact && (fact.type.startsWith('text') || fact.type === 'jsonb');
            return h === 'fact' && textual && !fact.values && !codesOnly.has(`${table}.${column}`);
          })
          .map(([column]) => `${table}.${column}`),
      );
    expect(loose).toEqual([]);
  });

  it('clears every free-text handling in the person’s own rows', () => {
    expect(freeText.filter((h) => h !== 'mention' && !cleared.includes(h))).toEqual([]);
  });
});
