import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FunderReport, ReportFigure } from '../../../shared/reporting/model.js';
import { insertCoach, insertGroup, insertMatch, insertParticipant, insertTrajectory } from '../../testing/factories.js';
import { makeRegionalReport } from './regional.js';
import {
  engines,
  type SeededOrg,
  seedOwnOrganisation,
  signedIn,
  startTestApp,
  type TestApp,
} from '../../testing/harness.js';

const year = 'from=2026-01-01&to=2026-12-31';

/** The text of a PDF as a reader's tool sees it (pdftotext, from poppler-utils). */
function textOfPdf(bytes: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kring-pdf-')), 'report.pdf');
  fs.writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe.each(engines)('the funder report on %s', (engine) => {
  let t: TestApp;
  let org: SeededOrg;

  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  beforeEach(async () => {
    org = await seedOwnOrganisation(t.database, `report-${engine}-`);
  });
  afterAll(() => t.close());

  const report = async (query = year): Promise<FunderReport> => {
    const coordinator = await signedIn(t.app, org.users.coordinator.email);
    const answer = await coordinator.get(`/api/reports/funder?${query}`);
    expect(answer.status).toBe(200);
    return answer.body;
  };
  const figure = (r: FunderReport, key: string): ReportFigure => r.lines.find((l) => l.key === key)!.figure;
  const coach = () => insertCoach(t.database, org, { firstName: 'Coach', status: 'active' });

  it('counts registrations of the period by how people came, and hides a small count with its complement', async () => {
    // Worked out by hand: 6 through an organisation, 2 on their own; one registration in 2025.
    for (let i = 0; i < 6; i++)
      await insertTrajectory(t.database, org, { registeredOn: '2026-03-01', referrer: 'Huisarts' });
    for (let i = 0; i < 2; i++) await insertTrajectory(t.database, org, { registeredOn: '2026-05-01' });
    await insertTrajectory(t.database, org, { registeredOn: '2025-12-31', referrer: 'Huisarts' });
    const r = await report();
    // 2 is below 5; 6 is hidden too, or 8 − 6 would give the 2 away; the total 8 is safe.
    expect(figure(r, 'coaching.registrations')).toEqual({
      kind: 'breakdown',
      rows: [
        { category: 'referred', count: { value: null, hidden: true } },
        { category: 'own_initiative', count: { value: null, hidden: true } },
      ],
      total: { value: 8, hidden: false },
    });
    expect(r.hiddenBecause).toEqual(['small', 'protects']);
    // A higher threshold of the organisation hides more.
    await t.database.db
      .updateTable('organisations')
      .set({ report_threshold: 10 })
      .where('id', '=', org.organisationId)
      .execute();
    const stricter = await report();
    expect(figure(stricter, 'coaching.registrations')).toMatchObject({ total: { value: null, hidden: true } });
  });

  it('gives the median wait and its middle half, only when it rests on enough people', async () => {
    const c = await coach();
    // Waits of 10, 20, 30, 40, 50 and 60 days: median 35, middle half 22.5 to 47.5. The two
    // shortest start in March, the others on 1 February.
    for (const wait of [10, 20, 30, 40, 50, 60]) {
      const start = wait <= 20 ? '2026-03-10' : '2026-02-01';
      const registered = new Date(Date.parse(`${start}T00:00:00Z`) - wait * 86_400_000).toISOString().slice(0, 10);
      const id = await insertTrajectory(t.database, org, { registeredOn: registered });
      await insertMatch(t.database, org, { trajectoryId: id, coachId: c, proposedOn: registered, startedOn: start });
    }
    expect(figure(await report(), 'coaching.waiting_days')).toEqual({
      kind: 'statistic',
      unit: 'days',
      value: { value: 35, hidden: false },
      low: { value: 22.5, hidden: false },
      high: { value: 47.5, hidden: false },
    });
    // March alone rests on two people: hidden. April on nobody: nothing to show, nothing hidden.
    const march = await report('from=2026-03-01&to=2026-03-31');
    expect(figure(march, 'coaching.waiting_days')).toMatchObject({ value: { value: null, hidden: true } });
    expect(march.hiddenBecause).toContain('few');
    const april = await report('from=2026-04-01&to=2026-04-30');
    expect(figure(april, 'coaching.waiting_days')).toMatchObject({ value: { value: null, hidden: false } });
  });

  it('counts proposals by how they ended and closed trajectories by reason', async () => {
    const c = await coach();
    const outcomes = [...Array(5).fill({ startedOn: '2026-04-10' }), { declinedBy: 'client' }, { declinedBy: 'coach' }];
    for (const o of outcomes) {
      const id = await insertTrajectory(t.database, org, {
        registeredOn: '2026-04-01',
        closed: o.startedOn ? { on: '2026-10-01', reason: 'completed' } : undefined,
      });
      await insertMatch(t.database, org, { trajectoryId: id, coachId: c, proposedOn: '2026-04-05', ...o });
    }
    const r = await report();
    const proposals = figure(r, 'coaching.proposals');
    expect(proposals.kind === 'breakdown' && proposals.rows.map((row) => [row.category, row.count.value])).toEqual([
      ['started', null],
      ['declined_by_client', null],
      ['declined_by_coach', null],
      ['declined_by_coordinator', 0],
      ['open', 0],
    ]);
    expect(proposals).toMatchObject({ total: { value: 7, hidden: false } });
    expect(figure(r, 'coaching.trajectories_closed')).toMatchObject({
      rows: [{ category: 'completed', count: { value: 5, hidden: false } }, {}, {}, {}],
      total: { value: 5, hidden: false },
    });
    // Five trajectories ran from 10 April to 1 October: 174 days each.
    expect(figure(r, 'coaching.trajectory_days')).toMatchObject({ value: { value: 174, hidden: false } });
    expect(figure(r, 'coaching.trajectories_active')).toMatchObject({
      rows: [{ category: 'with_coach', count: { value: 5, hidden: false } }],
    });
  });

  it("counts the groups' visits per month and who still took part three months after their introduction", async () => {
    const group = await insertGroup(t.database, org, { name: 'Koffie', startedOn: '2025-09-01' });
    const people: string[] = [];
    // Six introduced on 1 February; four still there on 1 May, two dropped out in April.
    for (let i = 0; i < 6; i++) {
      people.push(
        await insertParticipant(t.database, org, group, {
          firstName: `Deelnemer${i}`,
          route:
            i < 4
              ? [
                  ['introduction', '2026-02-01'],
                  ['structural', '2026-03-01'],
                ]
              : [
                  ['introduction', '2026-02-01'],
                  ['dropped_out', '2026-04-15'],
                ],
        }),
      );
    }
    // Two sessions in March with all six, one in April with five.
    const session = async (on: string, who: string[]) => {
      const id = crypto.randomUUID();
      await t.database.db
        .insertInto('group_sessions')
        .values({ id, organisation_id: org.organisationId, group_id: group, held_on: on, visitors: 0 })
        .execute();
      await t.database.db
        .insertInto('session_attendance')
        .values(
          who.map((p, i) => ({
            organisation_id: org.organisationId,
            session_id: id,
            participant_id: p,
            contributions: i === 0 ? ['cooking'] : [],
          })),
        )
        .execute();
    };
    await session('2026-03-03', people);
    await session('2026-03-17', people);
    await session('2026-04-07', people.slice(0, 5));
    const r = await report();
    const attendance = figure(r, 'groups.attendance');
    expect(attendance.kind === 'breakdown' && attendance.rows.slice(0, 5).map((row) => row.count.value)).toEqual([
      0, 0, 12, 5, 0,
    ]);
    expect(attendance).toMatchObject({ total: { value: 17, hidden: false } });
    expect(figure(r, 'groups.sessions')).toEqual({ kind: 'plain', value: { value: 3, hidden: false } });
    // Retention: 4 of 6. The 2 who left would follow from 6 − 4, so the 4 is hidden too; the
    // share follows from hidden counts and is not shown either.
    expect(figure(r, 'groups.retention')).toEqual({
      kind: 'share',
      part: { value: null, hidden: true },
      of: { value: 6, hidden: false },
      share: { value: null, hidden: true },
    });
    expect(figure(r, 'groups.participants')).toMatchObject({
      rows: [{}, {}, { category: 'structural', count: { value: null, hidden: true } }, {}],
    });
  });

  it('lets the admin raise the threshold, never below 5, and the report follows it', async () => {
    const admin = await signedIn(t.app, org.users.admin.email);
    const low = await admin.patch('/api/organisation', { reportThreshold: 4 });
    expect(low.status).toBe(400);
    expect(JSON.stringify(low.body)).toContain('minstens 5');
    expect((await admin.patch('/api/organisation', { reportThreshold: 8 })).status).toBe(200);
    expect((await admin.get('/api/organisation')).body.reportThreshold).toBe(8);
    expect((await report()).threshold).toBe(8);
  });

  it('says clearly when the period ends before it starts', async () => {
    const coordinator = await signedIn(t.app, org.users.coordinator.email);
    const answer = await coordinator.get('/api/reports/funder?from=2026-12-31&to=2026-01-01');
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain('De einddatum ligt voor de begindatum');
    // A report over centuries would only keep the server busy.
    const long = await coordinator.get('/api/reports/funder/export?from=1950-01-01&to=2026-12-31&format=pdf');
    expect(long.status).toBe(400);
    expect(JSON.stringify(long.body)).toContain('hoogstens tien jaar');
  });

  it("shows the funder the same protected numbers in every file, without a name or a person's id", async () => {
    // 8 through an organisation, 6 on their own: all shown. Of them 6 accepted at intake and 3
    // not: the 3 is hidden, and the 6 with it.
    for (let i = 0; i < 14; i++) {
      const outcome = i < 6 ? 'accepted' : i < 9 ? 'declined' : null;
      await insertTrajectory(t.database, org, {
        registeredOn: '2026-03-01',
        referrer: i % 2 === 0 || i === 13 ? 'Wijkteam' : undefined,
        ...(outcome ? { intake: { on: '2026-03-05', outcome } } : {}),
      });
    }
    const funder = await signedIn(t.app, org.users.funder_viewer.email);
    const onScreen = await funder.get(`/api/reports/funder?${year}`);
    expect(onScreen.status).toBe(200);
    const persons = await t.database.db
      .selectFrom('persons')
      .select(['id', 'last_name'])
      .where('organisation_id', '=', org.organisationId)
      .execute();
    const csv = await funder.get(`/api/reports/funder/export?${year}&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.body).toContain('2026-01-01,2026-12-31,coaching.registrations,total,count,14,shown');
    expect(csv.body).toContain('coaching.registrations,own_initiative,count,6,shown');
    expect(csv.body).toContain('coaching.intake_outcomes,accepted,count,,confidential');
    expect(csv.body).toContain('coaching.intake_outcomes,declined,count,,confidential');
    expect(csv.body).toContain('coaching.intake_outcomes,total,count,9,shown');
    // The workbook: the same numbers in real cells, and the dataset sheet.
    const xlsx = await funder.get(`/api/reports/funder/export?${year}&format=xlsx`);
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Verantwoording')!;
    const rowsOf = (title: string) => {
      const out: unknown[][] = [];
      let inside = false;
      sheet.eachRow((row) => {
        const values = (row.values as unknown[]).slice(1);
        if (values[0] === title) inside = true;
        else if (inside && values.length === 1 && typeof values[0] === 'string' && out.length > 0) inside = false;
        else if (inside && values.length >= 1) out.push(values);
      });
      return out;
    };
    expect(rowsOf('Aanmeldingen')).toEqual([
      ['Mensen die in de periode zijn aangemeld, naar hoe ze kwamen.'],
      ['Via een organisatie', 8],
      ['Zelf of via iemand die ze kennen', 6],
      ['Totaal', 14],
    ]);
    expect(rowsOf('Uitkomst van de intake')).toEqual([
      ['Intakes die in de periode zijn gehouden.'],
      ['Past bij het programma', undefined, 'verborgen'],
      ['Doorverwezen', 0],
      ['Afgewezen', undefined, 'verborgen'],
      ['Zelf gestopt', 0],
      ['Totaal', 9],
    ]);
    const xlsxText = JSON.stringify(book.worksheets.map((w) => w.getSheetValues()));
    // The PDF, read as text the way pdftotext does.
    const pdf = await funder.get(`/api/reports/funder/export?${year}&format=pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const pdfText = textOfPdf(pdf.bytes);
    expect(pdfText).toMatch(/Aanmeldingen[\s\S]*Via een organisatie\s+8[\s\S]*Totaal\s+14/);
    expect(pdfText).toMatch(/Uitkomst van de intake[\s\S]*Past bij het programma\s+verborgen[\s\S]*Totaal\s+9/);
    expect(pdfText).toContain('Aantallen kleiner dan 5 zijn verborgen');
    for (const text of [JSON.stringify(onScreen.body), csv.body, xlsxText, pdfText]) {
      for (const p of persons) {
        expect(text).not.toContain(p.id);
        expect(text).not.toContain(p.last_name);
      }
      expect(text).not.toContain('Wijkteam');
    }
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'record_type', 'detail'])
      .where('organisation_id', '=', org.organisationId)
      .where('record_type', '=', 'funder_report')
      .execute();
    expect(audit.map((a) => `${a.action}:${a.detail}`)).toEqual(
      expect.arrayContaining(['read:period:2026-01-01/2026-12-31', 'export:format:csv']),
    );
  });

  it('adds up the raw counts of the organisations that share, then protects once', async () => {
    const north = await seedOwnOrganisation(t.database, `region-n-${engine}-`);
    const south = await seedOwnOrganisation(t.database, `region-s-${engine}-`);
    const apart = await seedOwnOrganisation(t.database, `region-x-${engine}-`);
    const register = async (o: SeededOrg, referred: number, own: number) => {
      for (let i = 0; i < referred; i++)
        await insertTrajectory(t.database, o, { registeredOn: '2026-05-01', referrer: 'GGD' });
      for (let i = 0; i < own; i++) await insertTrajectory(t.database, o, { registeredOn: '2026-05-02' });
    };
    // Each alone would show nothing; together 6 and 6. The third does not share.
    await register(north, 3, 4);
    await register(south, 3, 2);
    await register(apart, 10, 10);
    await t.database.db
      .updateTable('organisations')
      .set({ share_in_regional_report: true })
      .where('id', 'in', [north.organisationId, south.organisationId])
      .execute();
    // Other tests' organisations may share too; only ours are in this period's counts.
    await t.database.db
      .updateTable('organisations')
      .set({ share_in_regional_report: false })
      .where('id', 'not in', [north.organisationId, south.organisationId])
      .execute();
    await t.database.db
      .updateTable('organisations')
      .set({ report_threshold: 6 })
      .where('id', '=', south.organisationId)
      .execute();
    const regional = (await makeRegionalReport(t.database.db, {
      from: '2026-01-01',
      to: '2026-12-31',
      madeOn: '2026-12-31',
    }))!;
    expect(regional.organisations).toHaveLength(2);
    expect(regional.report.threshold).toBe(6);
    expect(figure(regional.report, 'coaching.registrations')).toEqual({
      kind: 'breakdown',
      rows: [
        { category: 'referred', count: { value: 6, hidden: false } },
        { category: 'own_initiative', count: { value: 6, hidden: false } },
      ],
      total: { value: 12, hidden: false },
    });
  });
});
