import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles } from '../../shared/roles.js';
import { Client, engines, startTestApp, type TestApp } from '../testing/harness.js';
import { loadDemo } from './load.js';

describe.each(engines)('demo organisation on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it('gives one working account per role, and renews passwords when loaded again', async () => {
    const first = await loadDemo(t.database.db);
    expect(first.created).toBe(true);
    for (const role of roles) expect(first.accounts.some((a) => a.role === role)).toBe(true);
    const coordinator = first.accounts.find((a) => a.role === 'coordinator')!;
    const client = new Client(t.app);
    expect((await client.login(coordinator.email, coordinator.password)).status).toBe(200);
    expect((await client.post('/api/persons/search', {})).body.total).toBeGreaterThanOrEqual(10);
    const coach = first.accounts.find((a) => a.name === 'Kees Coach')!;
    const coachClient = new Client(t.app);
    await coachClient.login(coach.email, coach.password);
    expect((await coachClient.post('/api/persons/search', {})).body.total).toBe(2);
    // The coach programme shows every stage: waiting, proposed, matched, mid-way, closed, followed up.
    const dashboard = (await client.get('/api/coaching/dashboard')).body;
    const names = (items: { name: string }[]) => items.map((i) => i.name);
    expect(names(dashboard.waiting)).toEqual(['Émilie Dubois', 'Ilse Smit', 'Mohammed Yılmaz']);
    expect(names(dashboard.proposals)).toEqual(['Ilse Smit']);
    expect(names(dashboard.signals)).toEqual(['Henk de Boer']);
    // A social map of the fictional neighbourhood: 80 or more places, some to check again, one
    // reported mistake, and something on a Saturday morning.
    const map = (await client.post('/api/social-map/search', { limit: 1 })).body;
    expect(map.total).toBeGreaterThanOrEqual(80);
    const upkeep = (await client.get('/api/social-map/upkeep')).body;
    expect(upkeep.stale.length).toBeGreaterThanOrEqual(10);
    expect(upkeep.mistakes).toHaveLength(1);
    expect(
      (await client.post('/api/social-map/search', { weekday: 'sat', part: 'morning' })).body.total,
    ).toBeGreaterThan(0);
    expect((await client.post('/api/social-map/search', { q: 'koken' })).body.total).toBeGreaterThanOrEqual(6);
    expect(names(dashboard.midTermDue)).toEqual(['Henk de Boer']);
    expect(names(dashboard.followUpsDue)).toEqual(['Jan Hendriks']);
    const pool = (await client.get('/api/coaches')).body as { status: string }[];
    expect(new Set(pool.map((c) => c.status))).toEqual(
      new Set(['candidate', 'in_training', 'active', 'paused', 'stopped']),
    );
    expect((await coachClient.get('/api/coaching/mine')).body.active).toHaveLength(2);
    // Three support-net groups in different phases; the oldest has a year of sessions and an open follow-up.
    const worker = first.accounts.find((a) => a.name === 'Sam Sociaalwerker')!;
    const workerClient = new Client(t.app);
    await workerClient.login(worker.email, worker.password);
    const groups = (await workerClient.get('/api/groups')).body as { id: string; name: string; phase: string }[];
    expect(groups.map((g) => g.phase).sort()).toEqual(['build_up', 'deepening', 'exploration']);
    const noord = (await workerClient.get(`/api/groups/${groups.find((g) => g.name === 'Vangnet Oud-Noord')!.id}`))
      .body;
    expect(noord.attendance).toHaveLength(52);
    expect(noord.followUps).toHaveLength(1);
    expect(noord.counts.structural).toBeGreaterThanOrEqual(15);
    const second = await loadDemo(t.database.db);
    expect(second.created).toBe(false);
    expect((await new Client(t.app).login(coordinator.email, coordinator.password)).status).toBe(401);
    const renewed = second.accounts.find((a) => a.email === coordinator.email)!;
    expect((await new Client(t.app).login(renewed.email, renewed.password)).status).toBe(200);
  });
});
