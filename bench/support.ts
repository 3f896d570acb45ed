// Shared pieces of the benchmarks: a scratch database per engine, a server on a free loopback
// port, and autocannon in a separate process.
import { fork } from 'node:child_process';
import { throwawaySecretBox } from '../src/server/platform/secret-box.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { type Database, type Engine, openDatabase } from '../src/server/db/connection.js';
import { openScratchPostgres } from '../src/server/db/scratch.js';
import { buildApp } from '../src/server/app.js';
import { migrate } from '../src/server/db/migrate.js';
import { mountRoutes, type RouteDef } from '../src/server/platform/route.js';
import { createSession } from '../src/server/platform/session.js';
import { seedOrganisation } from '../src/server/testing/harness.js';

export const postgresUrl = process.env.KRING_BENCH_POSTGRES_URL ?? process.env.KRING_TEST_POSTGRES_URL;

/** PGlite always; PostgreSQL too when a URL is set. */
export const benchEngines = (only?: string): Engine[] =>
  only ? [only as Engine] : postgresUrl ? ['pglite', 'postgres'] : ['pglite'];

/** A throw-away database: PGlite on disk (as a real installation runs), or a scratch PostgreSQL database. */
export async function openBenchDatabase(engine: Engine): Promise<Database> {
  if (engine === 'postgres') {
    if (!postgresUrl) throw new Error('Set KRING_BENCH_POSTGRES_URL for the PostgreSQL run');
    return openScratchPostgres(postgresUrl, 'kring_bench', Number(process.env.KRING_DB_POOL_SIZE ?? 10));
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-bench-'));
  const database = await openDatabase({ engine: 'pglite', dataDir });
  return {
    ...database,
    async close() {
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Starts the app on a free loopback port and returns its address. */
export async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

/** One autocannon run in its own process (see load-worker.mjs for the options). */
export function load(options: Record<string, unknown>): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./load-worker.mjs', import.meta.url)));
    child.once('message', (m) => resolve(m as Record<string, number>));
    child.once('error', reject);
    child.send(options);
  });
}

/**
 * A migrated scratch database with one organisation, the app on a free port, and a coordinator's
 * session: what the API benchmarks start from. `extraRoutes` are mounted beside Kring's own.
 */
export async function startBenchApp(
  engine: Engine,
  options: { webDir?: string | null; extraRoutes?: RouteDef[] } = {},
) {
  const database = await openBenchDatabase(engine);
  await migrate(database.db);
  const org = await seedOrganisation(database, `bench-${engine}`);
  const app = await buildApp({ db: database.db, publicUrl: 'http://127.0.0.1', webDir: options.webDir ?? null });
  if (options.extraRoutes)
    mountRoutes(
      app,
      { db: database.db, publicUrl: 'http://127.0.0.1', secrets: throwawaySecretBox() },
      options.extraRoutes,
    );
  const url = await listen(app);
  const session = await createSession(
    database.db,
    { id: org.users.coordinator.id, organisation_id: org.organisationId },
    'full',
  );
  const headers = {
    cookie: `kring_session=${session.token}`,
    'x-csrf-token': session.csrfToken,
    'content-type': 'application/json',
  };
  return { database, org, app, url, session, headers };
}
