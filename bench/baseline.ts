// The machine's ceiling: the same server and load generator on /api/health, which touches no
// database. Kring's endpoints cannot be faster than this; compare their numbers with it.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../src/server/app.js';
import { openDatabase } from '../src/server/db/connection.js';

const connections = Number(process.argv[2] ?? 50);
const duration = Number(process.argv[3] ?? 10);
const database = await openDatabase({ engine: 'pglite', dataDir: null });
const app = await buildApp({ db: database.db, publicUrl: 'http://127.0.0.1', webDir: null });
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const child = fork(fileURLToPath(new URL('./load-worker.mjs', import.meta.url)));
const r = await new Promise<Record<string, number>>((resolve) => {
  child.once('message', (m) => resolve(m as Record<string, number>));
  child.send({ url, headers: {}, connections, duration, kind: 'health' });
});
console.log(`[no database] GET /api/health ${String(Math.round(r.requests)).padStart(6)} req/s  p50 ${r.p50} ms  p90 ${r.p90} ms  p99 ${r.p99} ms  max ${r.max} ms`);
await app.close();
await database.close();
