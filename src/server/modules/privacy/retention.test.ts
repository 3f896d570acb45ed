import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clock, moveClock } from '../../../shared/clock.js';
import { shiftDays, shiftMonths } from '../../../shared/dates.js';
import { runJob } from '../../platform/jobs.js';
import { insertGroup, insertParticipant, insertPerson, insertTrajectory } from '../../testing/factories.js';
import {
  type Client,
  engines,
  type SeededOrg,
  seedOwnOrganisation,
  signedIn,
  startTestApp,
  type TestApp,
} from '../../testing/harness.js';
import { applyRetention } from './retention.js';

const yearsAgo = (n: number, days = 0) => shiftDays(shiftMonths(clock.today(), -12 * n), days);
const at = (date: string) => new Date(`${date}T12:00:00Z`);

describe.each(engines)('retention on %s', (engine) => {
  let t: TestApp;
  let org: SeededOrg;
  let other: SeededOrg;
  let admin: Client;
  // How far a test moved the clock on: moved back after it, to the day the suite runs on.
  let moved = 0;

  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  beforeEach(async () => {
    org = await seedOwnOrganisation(t.database, `retention-${engine}-`);
    other = await seedOwnOrganisation(t.database, `retention-other-${engine}-`);
    admin = await signedIn(t.app, org.users.admin.email);
  });
  afterEach(() => {
    moveClock(-moved);
    moved = 0;
  });
  afterAll(() => t.close());

  /** A person whose record was last touched on `date`. */
  async function personLastSeen(firstName: string, date: string) {
    const id = await insertPerson(t.database, org, { firstName, lastName: 'Retentie' });
    await t.database.db
      .updateTable('persons')
      .set({ created_at: at(date), updated_at: at(date) })
      .where('id', '=', id)
      .execute();
    return id;
  }
  const firstName = async (id: string) =>
    (await t.database.db.selectFrom('persons').select('first_name').where('id', '=', id).executeTakeFirstOrThrow())
      .first_name;

  async function world() {
    const inactive = await personLastSeen('Ida', yearsAgo(6));
    const recent = await personLastSeen('Rik', clock.today());
    const soon = await personLastSeen('Sanne', yearsAgo(5, 30));
    const held = await personLastSeen('Hugo', yearsAgo(8));
    const trajectory = await insertTrajectory(t.database, org, {
      registeredOn: yearsAgo(4),
      intake: { on: yearsAgo(4), outcome: 'accepted' },
      closed: { on: yearsAgo(3), reason: 'completed' },
    });
    await t.database.db
      .updateTable('trajectories')
      .set({ intake_note: 'Vertelde over de schulden.', wishes: 'Weer gaan zwemmen.' })
      .where('id', '=', trajectory)
      .execute();
    const group = await insertGroup(t.database, org, { name: 'Soep op vrijdag', startedOn: yearsAgo(5) });
    const left = await insertParticipant(t.database, org, group, {
      firstName: 'Lotte',
      emergencyContact: 'Haar broer, 06 11112222',
      route: [
        ['introduction', yearsAgo(4)],
        ['dropped_out', yearsAgo(3)],
      ],
    });
    await t.database.db
      .updateTable('group_participants')
      .set({ wishes: 'Koken voor anderen.' })
      .where('id', '=', left)
      .execute();
    // The access log: an entry of eight years ago goes under a seven-year term, last year's stays,
    // and another organisation's old entry is not this organisation's to remove.
    await t.database.db
      .insertInto('audit_log')
      .values([
        {
          organisation_id: org.organisationId,
          at: at(yearsAgo(8)),
          action: 'read',
          record_type: 'person',
          outcome: 'ok',
        },
        {
          organisation_id: org.organisationId,
          at: at(yearsAgo(1)),
          action: 'read',
          record_type: 'person',
          outcome: 'ok',
        },
        {
          organisation_id: other.organisationId,
          at: at(yearsAgo(8)),
          action: 'read',
          record_type: 'person',
          outcome: 'ok',
        },
      ])
      .execute();
    return { inactive, recent, soon, held, trajectory, left };
  }

  const oldAudit = async (organisationId: string) =>
    (
      await t.database.db
        .selectFrom('audit_log')
        .select('id')
        .where('organisation_id', '=', organisationId)
        .where('at', '<', at(yearsAgo(7)))
        .execute()
    ).length;

  it('shows in a dry run which records which rule touches and when, and applies nothing before approval', async () => {
    const w = await world();
    expect((await admin.put(`/api/privacy/persons/${w.held}/hold`, { hold: true })).body.legalHoldSince).not.toBeNull();
    const rules = { inactivePersonYears: 5, closedTrajectoryYears: 2, leftParticipantYears: 2, auditYears: 7 };
    const saved = await admin.put('/api/privacy/retention', rules);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ approved: null, draft: { rules } });

    const dry = (await admin.get('/api/privacy/retention/dry-run')).body;
    expect(dry.of).toBe('draft');
    const seen = dry.items.map((i: { rule: string; recordId: string | null; dueOn: string; count: number | null }) => [
      i.rule,
      i.recordId,
      i.dueOn,
      i.count,
    ]);
    expect(seen).toEqual(
      expect.arrayContaining([
        ['inactive_person', w.inactive, shiftMonths(yearsAgo(6), 60), null],
        ['inactive_person', w.soon, shiftDays(clock.today(), 30), null],
        ['closed_trajectory', w.trajectory, shiftMonths(yearsAgo(3), 24), null],
        ['left_participant', w.left, shiftMonths(yearsAgo(3), 24), null],
        ['audit', null, clock.today(), 1],
      ]),
    );
    expect(seen).toHaveLength(5);
    // The person on legal hold and the recently active one are not touched.
    expect(JSON.stringify(dry.items)).not.toContain(w.held);
    expect(JSON.stringify(dry.items)).not.toContain(w.recent);

    // Unapproved rules change nothing.
    await runJob(t.database.db, 'retention', applyRetention);
    expect(await firstName(w.inactive)).toBe('Ida');
    expect(await oldAudit(org.organisationId)).toBe(1);
  });

  it('applies the approved rules on the day they fall due, and the job runs show on the start page', async () => {
    const w = await world();
    await admin.put(`/api/privacy/persons/${w.held}/hold`, { hold: true });
    expect((await admin.post('/api/privacy/retention/approve', {})).body.error).toBe('no_retention_draft');
    await admin.put('/api/privacy/retention', {
      inactivePersonYears: 5,
      closedTrajectoryYears: 2,
      leftParticipantYears: 2,
      auditYears: 7,
    });
    const approved = await admin.post('/api/privacy/retention/approve', {});
    expect(approved.body.approved.approvedBy).toBe(`admin ${org.label}`);
    expect(approved.body.draft).toBeNull();

    await runJob(t.database.db, 'retention', applyRetention);
    expect(await firstName(w.inactive)).toBe('Gewist');
    expect(await firstName(w.soon)).toBe('Sanne');
    expect(await firstName(w.held)).toBe('Hugo');
    expect(await firstName(w.recent)).toBe('Rik');
    const trajectory = await t.database.db
      .selectFrom('trajectories')
      .select(['intake_note', 'wishes', 'closed_on', 'end_reason', 'retention_cleared_at'])
      .where('id', '=', w.trajectory)
      .executeTakeFirstOrThrow();
    // Free text goes; what the report counts stays.
    expect(trajectory).toMatchObject({
      intake_note: null,
      wishes: null,
      closed_on: yearsAgo(3),
      end_reason: 'completed',
    });
    expect(trajectory.retention_cleared_at).not.toBeNull();
    const participant = await t.database.db
      .selectFrom('group_participants')
      .select(['wishes', 'emergency_contact', 'status'])
      .where('id', '=', w.left)
      .executeTakeFirstOrThrow();
    expect(participant).toEqual({ wishes: null, emergency_contact: null, status: 'dropped_out' });
    expect(await oldAudit(org.organisationId)).toBe(0);
    expect(await oldAudit(other.organisationId)).toBe(1);
    const kept = await t.database.db
      .selectFrom('audit_log')
      .select('detail')
      .where('organisation_id', '=', org.organisationId)
      .where('detail', 'like', 'retention%')
      .execute();
    expect(kept.map((k) => k.detail).sort()).toEqual([
      'retention:closed_trajectory',
      'retention:inactive_person',
      'retention:left_participant',
      'retention_audit:1',
    ]);
    const home = (await admin.get('/api/home')).body;
    expect(home.jobs.find((j: { job: string }) => j.job === 'retention').last).toMatchObject({
      outcome: 'ok',
      handled: 4,
    });

    // A month on, Sanne's term has passed too; the rest is not touched twice.
    moved += 31 * 24 * 3600 * 1000;
    moveClock(31 * 24 * 3600 * 1000);
    const rounds = await runJob(t.database.db, 'retention', applyRetention);
    expect(rounds[org.organisationId]).toBe('ran');
    expect(await firstName(w.soon)).toBe('Gewist');
    const latest = await t.database.db
      .selectFrom('job_runs')
      .select('handled')
      .where('organisation_id', '=', org.organisationId)
      .where('job', '=', 'retention')
      .orderBy('started_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(latest.handled).toBe(1);
  });

  it('keeps a person on legal hold from erasure, and refuses a term for the access log under five years', async () => {
    const person = await insertPerson(t.database, org, { firstName: 'Hanna' });
    await admin.put(`/api/privacy/persons/${person}/hold`, { hold: true });
    const refused = await admin.post(`/api/privacy/persons/${person}/erasure`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe('legal_hold');
    const lifted = (await admin.put(`/api/privacy/persons/${person}/hold`, { hold: false })).body;
    expect(lifted.legalHoldSince).toBeNull();
    expect((await admin.post(`/api/privacy/persons/${person}/erasure`, {})).status).toBe(201);

    const short = await admin.put('/api/privacy/retention', {
      inactivePersonYears: null,
      closedTrajectoryYears: null,
      leftParticipantYears: null,
      auditYears: 2,
    });
    expect(short.status).toBe(400);
    expect(short.body.fields[0].path).toBe('auditYears');
    expect((await admin.get('/api/privacy/retention')).body).toEqual({ approved: null, draft: null });
  });
});
