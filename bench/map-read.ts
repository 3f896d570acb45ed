// The map read with and without the server's copy of each map's answer, side by side in one run
// (decision D33):
//   cached: GET /api/maps/:id as it is: the answer's JSON kept per map and content tag (D27);
//   plain:  the same read, but the answer made again for every request.
// Each at 10 connections, for one map opened again and again and for 250 maps in turn (more than
// the 200 the cache holds, so every one of those reads misses it). Until migration 006 a third
// way existed, the alter JSON stored by PostgreSQL; its numbers are in D33.
// npx tsx bench/map-read.ts   (set KRING_BENCH_POSTGRES_URL for PostgreSQL)
import { z } from 'zod';
import { findVisibleMapInFull } from '../src/server/modules/network/repo.js';
import { mapAnswer } from '../src/server/modules/network/service.js';
import { notFound } from '../src/server/platform/errors.js';
import { defineRoute } from '../src/server/platform/route.js';
import { relationships, sectorKinds, supportTypes } from '../src/shared/network/model.js';
import { benchEngines, load, startBenchApp } from './support.js';

const params = z.object({ id: z.uuid() });
const variants = [
  defineRoute({
    method: 'GET',
    url: '/bench/plain/:id',
    access: 'network.read',
    params,
    handler: async (ctx, { params }) => {
      const map = await findVisibleMapInFull(ctx.db, ctx.actor, params.id);
      if (!map) throw notFound();
      await ctx.audit({ action: 'read', recordType: 'network_map', recordId: params.id, personId: map.person_id });
      return mapAnswer(map);
    },
  }),
];

let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
const alters = Array.from({ length: 150 }, (_, i) => ({
  name: `Persoon ${i}`,
  relationship: pick(relationships),
  sector: pick(sectorKinds.slice(0, 6)),
  closeness: 1 + Math.floor(random() * 3),
  frequency: 'weekly',
  yearsKnown: Math.floor(random() * 30),
  receives: supportTypes.filter(() => random() < 0.3),
  gives: supportTypes.filter(() => random() < 0.2),
  note: random() < 0.3 ? 'Komt elke week langs op dinsdag' : null,
}));

for (const engine of benchEngines(process.env.KRING_BENCH_ENGINE)) {
  const { database, app, url, headers } = await startBenchApp(engine, { extraRoutes: variants });
  const post = async (path: string, body: unknown) =>
    (await fetch(`${url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) })).json();
  const person = (await post('/api/persons', { kind: 'client', firstName: 'Bench' })).id;
  const newMap = async () => {
    const id: string = (
      await post(`/api/persons/${person}/maps`, { kind: 'snapshot', label: 'start', takenOn: '2026-01-01' })
    ).id;
    await post(`/api/maps/${id}/alters`, { version: 1, alters });
    return id;
  };
  const maps: string[] = [];
  for (let i = 0; i < 250; i++) maps.push(await newMap());
  // Both ways must give the same answer.
  const bodies = await Promise.all(
    ['/api/maps/', '/bench/plain/'].map(async (p) => (await fetch(`${url}${p}${maps[0]}`, { headers })).text()),
  );
  if (bodies[0] !== bodies[1]) throw new Error('the two reads differ');

  for (const [name, prefix] of [
    ['cached', '/api/maps/'],
    ['plain ', '/bench/plain/'],
  ] as const) {
    const again = await load({
      url,
      headers: { cookie: headers.cookie },
      connections: 10,
      duration: 10,
      kind: 'path',
      path: `${prefix}${maps[0]}`,
    });
    const turn = await load({
      url,
      headers: { cookie: headers.cookie },
      connections: 10,
      duration: 10,
      kind: 'paths',
      paths: maps.map((id) => `${prefix}${id}`),
    });
    const line = (r: Record<string, number>) =>
      `${Math.round(r.requests)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, errors ${r.errors}`;
    console.log(`[${engine}] ${name} one map again: ${line(again)} | 250 maps in turn: ${line(turn)}`);
  }
  await app.close();
  await database.close();
}
