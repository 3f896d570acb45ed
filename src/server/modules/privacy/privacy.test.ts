import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clock, moveClock } from '../../../shared/clock.js';
import { shiftDays } from '../../../shared/dates.js';
import { columns } from '../../db/columns.generated.js';
import { runJob, runJobFor } from '../../platform/jobs.js';
import { translator } from '../../platform/texts.js';
import {
  activateCoachMatch,
  type Client,
  daysAgo,
  engines,
  type SeededOrg,
  seedOwnOrganisation,
  signedIn,
  startTestApp,
  type TestApp,
} from '../../testing/harness.js';
import type { AccessExport } from './export.js';
import { letterLines, notInLetter, valueLines } from './letter.js';
import { carryOutDueErasures } from './requests.js';

// The person to erase: every identifying word is unusual, so a scan of the database finds it
// only where it truly remained.
const zoraida = {
  firstName: 'Zoraida',
  lastName: 'Quintelier',
  email: 'zoraida.quintelier@voorbeeld.test',
  phone: '06 9876 5432',
};
const herOwnWords = 'Kwelderhofje';

describe.each(engines)('privacy requests on %s', (engine) => {
  let t: TestApp;
  let org: SeededOrg;
  let other: SeededOrg;
  let admin: Client;
  let coordinator: Client;
  let worker: Client;

  // How far a test moved the clock on: moved back after it, to the day the suite runs on.
  let moved = 0;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  beforeEach(async () => {
    org = await seedOwnOrganisation(t.database, `privacy-${engine}-`);
    other = await seedOwnOrganisation(t.database, `privacy-other-${engine}-`);
    admin = await signedIn(t.app, org.users.admin.email);
    coordinator = await signedIn(t.app, org.users.coordinator.email);
    worker = await signedIn(t.app, org.users.social_worker.email);
  });
  afterEach(() => {
    moveClock(-moved);
    moved = 0;
  });
  afterAll(() => t.close());

  /** Moves the clock a number of days on; everyone signs in again, as they would on that day. */
  async function daysLater(days: number) {
    moved += days * 24 * 3600 * 1000;
    moveClock(days * 24 * 3600 * 1000);
    admin = await signedIn(t.app, org.users.admin.email);
    coordinator = await signedIn(t.app, org.users.coordinator.email);
    worker = await signedIn(t.app, org.users.social_worker.email);
  }

  const ok = <T extends { status: number; body: unknown }>(r: T) => {
    if (r.status >= 400) throw new Error(JSON.stringify(r.body));
    return r;
  };

  /**
   * Zoraida: a client with a trajectory, session reports and a map, and a participant of a group
   * whose logbook saw her support Bram, and whose fellow participant Bram's wishes name her.
   */
  async function zoraidasWorld() {
    const person = ok(
      await coordinator.post('/api/persons', {
        kind: 'client',
        ...zoraida,
        notes: `Woont sinds kort in het ${herOwnWords}.`,
      }),
    ).body.id as string;
    const { trajectoryId } = await activateCoachMatch(coordinator, org.users.coach.id, person, 90);
    ok(
      await coordinator.post(`/api/trajectories/${trajectoryId}/reports`, {
        metOn: daysAgo(60),
        durationMinutes: 60,
        hours: 1,
        summary: `Zoraida vertelde over de moestuin bij het ${herOwnWords}.`,
        agreements: 'Volgende keer samen naar de markt.',
      }),
    );
    const map = ok(
      await coordinator.post(`/api/persons/${person}/maps`, { kind: 'snapshot', label: 'start', takenOn: daysAgo(80) }),
    ).body.id as string;
    ok(
      await coordinator.post(`/api/maps/${map}/alters`, {
        version: 1,
        alters: [{ name: 'Tante Wilhelmina' }, { name: 'Buurman Joop' }],
      }),
    );

    // The social worker who runs the group works with her too.
    ok(await coordinator.put(`/api/persons/${person}/assignees`, { userIds: [org.users.social_worker.id] }));
    const group = ok(await worker.post('/api/groups', { name: 'Koffie op dinsdag', startedOn: daysAgo(200) })).body
      .id as string;
    const her = ok(
      await worker.post(`/api/groups/${group}/participants`, {
        personId: person,
        cameVia: 'referral',
        status: 'introduction',
        onDate: daysAgo(150),
        wishes: `Graag iets doen met de tuin van het ${herOwnWords}.`,
      }),
    ).body.id as string;
    const bram = ok(
      await worker.post(`/api/groups/${group}/participants`, {
        person: { firstName: 'Bram', lastName: 'Oosterveld' },
        cameVia: 'referral',
        status: 'introduction',
        onDate: daysAgo(150),
        wishes: 'Samen met Zoraida Quintelier wandelen.',
      }),
    ).body.id as string;
    ok(
      await worker.post(`/api/groups/${group}/logbook`, {
        writtenOn: daysAgo(40),
        text: 'Zoraida hielp Bram met zijn boodschappen.',
        observations: [{ from: her, to: bram, type: 'practical' }],
      }),
    );
    return { person, trajectoryId, map, group, her, bram };
  }

  it('answers an access request with a data file and a readable letter, both audited as exports', async () => {
    const { person } = await zoraidasWorld();
    const summary = ok(await admin.get(`/api/privacy/persons/${person}`)).body;
    expect(summary.name).toBe('Zoraida Quintelier');
    const counts = Object.fromEntries(summary.parts.map((p: { part: string; records: number }) => [p.part, p.records]));
    expect(counts.coaching).toBeGreaterThan(0);
    expect(counts.network).toBeGreaterThanOrEqual(3);
    expect(counts.groups).toBeGreaterThan(0);

    const json = ok(await admin.get(`/api/privacy/persons/${person}/export?format=json`));
    expect(json.headers['content-type']).toContain('application/json');
    expect(String(json.headers['content-disposition'])).not.toContain('Zoraida');
    const data = json.body as AccessExport;
    expect(data.person.name).toBe('Zoraida Quintelier');
    const text = JSON.stringify(data);
    expect(text).toContain(zoraida.email);
    expect(text).toContain('Tante Wilhelmina');
    expect(text).toContain(`moestuin bij het ${herOwnWords}`);
    // Someone else's record that names her is not hers to receive.
    expect(text).not.toContain('Oosterveld');
    // No secret of any table leaves Kring.
    expect(text).not.toMatch(/hash|secret/i);

    const pdf = ok(await admin.get(`/api/privacy/persons/${person}/export?format=pdf`));
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');

    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('organisation_id', '=', org.organisationId)
      .where('person_id', '=', person)
      .where('action', '=', 'export')
      .execute();
    expect(audit.map((a) => a.detail).sort()).toEqual(['access_request:json', 'access_request:pdf']);
  });

  it('writes a letter that holds every value of the data file, in the reader’s language', async () => {
    const { person } = await zoraidasWorld();
    // The organisation's approved retention periods are in the letter, each in a sentence.
    ok(
      await admin.put('/api/privacy/retention', {
        inactivePersonYears: 5,
        closedTrajectoryYears: null,
        leftParticipantYears: null,
        auditYears: 7,
      }),
    );
    ok(await admin.post('/api/privacy/retention/approve', {}));
    const data = ok(await admin.get(`/api/privacy/persons/${person}/export?format=json`)).body as AccessExport;
    expect(data.organisation.retention).toEqual({
      inactivePersonYears: 5,
      closedTrajectoryYears: null,
      leftParticipantYears: null,
      auditYears: 7,
    });
    for (const locale of ['nl', 'en'] as const) {
      const t = translator(locale);
      const lines = letterLines(data, t, locale);
      const letter = lines.map((l) => ('label' in l ? `${l.label}: ${l.text}` : l.text)).join('\n');
      let checked = 0;
      for (const part of data.parts) {
        if (part.part === 'access') continue;
        for (const table of part.tables) {
          if (table.rows.length > 0) expect(letter).toContain(t(`privacy.tables.${table.table}`));
          for (const row of table.rows) {
            for (const [column, handling] of Object.entries(table.columns)) {
              if (handling === 'ref' || notInLetter.has(column)) continue;
              for (const leaf of valueLines(table.table, column, row[column], t, locale)) {
                expect(letter, `${table.table}.${column}`).toContain(leaf.text);
                checked++;
              }
            }
          }
        }
      }
      expect(checked).toBeGreaterThan(30);
      // Every label is in words, never a raw column or catalog key.
      for (const l of lines) if ('label' in l) expect(l.label).not.toMatch(/privacy\.|_/);
      // Coded choices are in words too (a trajectory's status, a network member's sector).
      expect(letter).not.toMatch(/: (active|supportive|acquaintance|referral)$/m);
      expect(letter).toContain(
        locale === 'nl'
          ? 'Hebben wij 5 jaar geen contact met u gehad, dan wissen wij uw gegevens.'
          : 'If we have had no contact with you for 5 years, we erase your data.',
      );
      expect(letter).toContain(locale === 'nl' ? 'bewaren wij 7 jaar' : 'for 7 years');
      expect(letter).not.toContain('coachtraject wissen wij');
      // Who looked: the staff who read her record are named with their role.
      expect(letter).toContain(`coordinator ${org.label}`);
    }
  });

  it('erases her everywhere after the grace period, keeps others’ records whole and the past report’s numbers', async () => {
    const { person, group, bram } = await zoraidasWorld();
    const period = `from=${daysAgo(364)}&to=${clock.today()}`;
    const before = ok(await coordinator.get(`/api/reports/funder?${period}`)).body;
    const bramBefore = ok(await worker.get(`/api/participants/${bram}`)).body;

    const request = await admin.post(`/api/privacy/persons/${person}/erasure`, {});
    expect(request.status).toBe(201);
    expect(request.body).toMatchObject({ state: 'waiting', dueOn: shiftDays(clock.today(), 14) });
    expect((await admin.post(`/api/privacy/persons/${person}/erasure`, {})).body.error).toBe('erasure_waiting');

    // Within the grace period the job leaves her alone.
    await daysLater(13);
    expect(await runJob(t.database.db, 'erasure', carryOutDueErasures)).toMatchObject({ [org.organisationId]: 'ran' });
    expect((await admin.get(`/api/privacy/persons/${person}`)).body.name).toBe('Zoraida Quintelier');

    await daysLater(1);
    await runJob(t.database.db, 'erasure', carryOutDueErasures);
    const after = ok(await admin.get(`/api/privacy/persons/${person}`)).body;
    expect(after.name).toBeNull();
    expect(after.erasedAt).not.toBeNull();
    expect(after.erasure.state).toBe('carried_out');

    // A scan of every text column of every table: none of her name, contact or own words is left.
    const traces = [
      zoraida.firstName,
      zoraida.lastName,
      zoraida.email,
      zoraida.phone,
      herOwnWords,
      'Wilhelmina',
      'markt',
    ];
    const found: string[] = [];
    for (const [table, cols] of Object.entries(
      columns as unknown as Record<string, Record<string, { type: string }>>,
    )) {
      const textual = Object.entries(cols).filter(([, c]) => ['text', 'text[]', 'jsonb'].includes(c.type));
      // Other tests' organisations hold their own Zoraida: only this one's rows count.
      const ours = 'organisation_id' in cols ? sql`organisation_id = ${org.organisationId} AND` : sql``;
      for (const [column] of textual) {
        for (const trace of traces) {
          const hits = await sql<{ n: number }>`
            SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE ${ours} ${sql.ref(column)}::text ILIKE ${`%${trace}%`}`.execute(
            t.database.db,
          );
          if (hits.rows[0]!.n > 0) found.push(`${table}.${column}: ${trace}`);
        }
      }
    }
    expect(found).toEqual([]);

    // Bram's record is whole: his own name stays, hers is replaced by the placeholder.
    const bramAfter = ok(await worker.get(`/api/participants/${bram}`)).body;
    expect(bramAfter.name ?? bramAfter.person?.firstName ?? JSON.stringify(bramAfter)).toContain('Bram');
    expect(JSON.stringify(bramAfter)).toContain('Samen met Gewist wandelen.');
    expect(Object.keys(bramAfter).sort()).toEqual(Object.keys(bramBefore).sort());
    const logbook = ok(await worker.get(`/api/groups/${group}/logbook`)).body;
    expect(JSON.stringify(logbook)).toContain('Gewist hielp Bram met zijn boodschappen.');
    const observations = await t.database.db
      .selectFrom('support_observations')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .where('organisation_id', '=', org.organisationId)
      .executeTakeFirstOrThrow();
    expect(Number(observations.n)).toBe(1);

    // The past year's report: the same numbers as before.
    const again = ok(await coordinator.get(`/api/reports/funder?${period}`)).body;
    expect(again.lines).toEqual(before.lines);

    // The audit log says she was erased, by which request, and stores nothing of what was erased.
    const erased = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'user_id', 'detail'])
      .where('person_id', '=', person)
      .where('action', '=', 'delete')
      .execute();
    expect(erased).toEqual([{ action: 'delete', user_id: null, detail: `erasure:${request.body.id}` }]);
    // She is nobody's casework any more: not found, not in a search.
    expect((await coordinator.get(`/api/persons/${person}`)).status).toBe(404);
    expect(JSON.stringify((await coordinator.post('/api/persons/search', { q: 'Gewist' })).body)).not.toContain(person);
    // Erasing twice is refused with a clear message.
    expect((await admin.post(`/api/privacy/persons/${person}/erasure`, {})).body.error).toBe('already_erased');
  });

  it('lets an admin cancel a waiting erasure, after which the job erases nothing', async () => {
    const person = ok(
      await coordinator.post('/api/persons', { kind: 'client', firstName: 'Teun', lastName: 'Verbeek' }),
    ).body.id;
    const request = ok(await admin.post(`/api/privacy/persons/${person}/erasure`, {})).body;
    const list = ok(await admin.get('/api/privacy/erasures')).body;
    expect(list.map((r: { id: string; name: string }) => [r.id, r.name])).toEqual([[request.id, 'Teun Verbeek']]);
    const cancelled = ok(await admin.post(`/api/privacy/erasures/${request.id}/cancel`, {})).body;
    expect(cancelled.state).toBe('cancelled');
    expect((await admin.post(`/api/privacy/erasures/${request.id}/cancel`, {})).body.error).toBe('erasure_not_waiting');
    await daysLater(30);
    await runJob(t.database.db, 'erasure', carryOutDueErasures);
    expect(ok(await admin.get(`/api/privacy/persons/${person}`)).body.name).toBe('Teun Verbeek');
    // Another organisation's admin reaches neither the person nor the request.
    const foreign = await signedIn(t.app, other.users.admin.email);
    expect((await foreign.get(`/api/privacy/persons/${person}`)).status).toBe(404);
    expect((await foreign.post(`/api/privacy/erasures/${request.id}/cancel`, {})).status).toBe(404);
  });

  it('records each job run, a failure without its text, and shows the last runs on the admin’s start page', async () => {
    expect((await admin.get('/api/home')).body.jobs).toEqual([
      { job: 'erasure', last: null, lastSucceededAt: null },
      { job: 'retention', last: null, lastSucceededAt: null },
    ]);
    expect(await runJobFor(t.database.db, 'erasure', org.organisationId, async () => 3)).toBe('ran');
    await daysLater(1);
    const failing = async () => {
      throw new Error('Zoraida Quintelier could not be erased');
    };
    expect(await runJobFor(t.database.db, 'erasure', org.organisationId, failing)).toBe('failed');
    const home = (await admin.get('/api/home')).body;
    expect(home.jobs[0].last).toMatchObject({ outcome: 'failed', handled: 0 });
    expect(home.jobs[0].lastSucceededAt).not.toBeNull();
    const runs = await t.database.db
      .selectFrom('job_runs')
      .selectAll()
      .where('organisation_id', '=', org.organisationId)
      .execute();
    expect(runs.map((r) => [r.outcome, r.handled]).sort()).toEqual([
      ['failed', 0],
      ['ok', 3],
    ]);
    expect(JSON.stringify(runs)).not.toContain('Zoraida');
  });

  it.runIf(engine === 'postgres')(
    'runs a job for one organisation in one process at a time (advisory lock)',
    async () => {
      // A second process holding the lock: this one skips the round instead of erasing twice.
      const db = t.database.db;
      let release!: () => void;
      const held = new Promise<void>((r) => {
        release = r;
      });
      let locked!: () => void;
      const isLocked = new Promise<void>((r) => {
        locked = r;
      });
      const otherProcess = db.transaction().execute(async (trx) => {
        await sql`SELECT pg_advisory_xact_lock(hashtext('kring-job-erasure'), hashtext(${org.organisationId}))`.execute(
          trx,
        );
        locked();
        await held;
      });
      await isLocked;
      let worked = 0;
      expect(await runJobFor(db, 'erasure', org.organisationId, async () => ++worked)).toBe('busy');
      release();
      await otherProcess;
      expect(await runJobFor(db, 'erasure', org.organisationId, async () => ++worked)).toBe('ran');
      expect(worked).toBe(1);
    },
  );
});
