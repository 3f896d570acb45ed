import net from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import type { Database, Engine } from '../../src/server/db/connection.js';
import { openTestDatabase } from '../../src/server/testing/harness.js';
import { launchBrowser } from './browser.js';

/** A port the OS says is free; the app's links must name it before the app starts. */
async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** The real app with the built web client, on a free port, over a fresh database. */
export async function startServer(
  engine: Engine,
): Promise<{ url: string; app: FastifyInstance; database: Database; close(): Promise<void> }> {
  const database = await openTestDatabase(engine);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const app = await buildApp({
    db: database.db,
    publicUrl: url,
    webDir: path.resolve('dist/web'),
    authRateLimitPerMinute: 1000,
  });
  await app.listen({ host: '127.0.0.1', port });
  return {
    url,
    app,
    database,
    async close() {
      await app.close();
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
