import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import type { Database, Engine } from '../../src/server/db/connection.js';
import { openTestDatabase } from '../../src/server/testing/harness.js';
import { launchBrowser } from './browser.js';

/** The real app with the built web client, on a free port, over a fresh database. */
export async function startServer(engine: Engine): Promise<{ url: string; app: FastifyInstance; database: Database; close(): Promise<void> }> {
  const database = await openTestDatabase(engine);
  let url = '';
  const app = await buildApp({ db: database.db, publicUrl: 'http://placeholder', webDir: path.resolve('dist/web'), authRateLimitPerMinute: 1000 });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  // Links the server prints or hands out must point at this test server.
  await app.close();
  const real = await buildApp({ db: database.db, publicUrl: url, webDir: path.resolve('dist/web'), authRateLimitPerMinute: 1000 });
  await real.listen({ host: '127.0.0.1', port: Number(new URL(url).port) });
  return {
    url,
    app: real,
    database,
    async close() {
      await real.close();
      await database.close();
    },
  };
}

/** For a journey: the app on a fresh database and a browser, opened before and closed after. */
export function journey(engine: Engine) {
  const fixture = {} as { server: Awaited<ReturnType<typeof startServer>>; browser: Browser };
  beforeAll(async () => {
    fixture.server = await startServer(engine);
    fixture.browser = await launchBrowser();
  });
  afterAll(async () => {
    await fixture.browser?.close();
    await fixture.server?.close();
  });
  return fixture;
}
