// The built web app reaches a tablet compressed: the files compressed at build time are sent as they
// are, with the right type, and a browser that accepts no compression gets the plain file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import type { Database } from './db/connection.js';
import { openTestDatabase } from './testing/harness.js';

describe('serving the built web app', () => {
  let database: Database;
  let app: Awaited<ReturnType<typeof buildApp>>;
  const script = `console.log(${JSON.stringify('Kring '.repeat(500))});`;

  beforeAll(async () => {
    const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-web-'));
    fs.mkdirSync(path.join(webDir, 'assets'));
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Kring</title>');
    fs.writeFileSync(path.join(webDir, 'assets', 'app.js'), script);
    fs.writeFileSync(path.join(webDir, 'assets', 'app.js.br'), zlib.brotliCompressSync(script));
    fs.writeFileSync(path.join(webDir, 'assets', 'app.js.gz'), zlib.gzipSync(script));
    database = await openTestDatabase('pglite');
    app = await buildApp({ db: database.db, publicUrl: 'http://kring.test', webDir, logger: false });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const get = (encoding?: string) =>
    app.inject({ method: 'GET', url: '/assets/app.js', headers: encoding ? { 'accept-encoding': encoding } : {} });

  it('sends the Brotli or gzip file made at build time to a browser that accepts it', async () => {
    const br = await get('gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(String(br.headers['content-type'])).toContain('javascript');
    expect(br.headers['cache-control']).toContain('immutable');
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(script);
    const gzip = await get('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.rawPayload).toString()).toBe(script);
  });

  it('sends the plain file to a browser that accepts no compression', async () => {
    const plain = await get();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });
});
