// The machine's ceiling: the same server and load generator on /api/health, which touches no
// database. Kring's endpoints cannot be faster than this; compare their numbers with it.
import { buildApp } from '../src/server/app.js';
import { openDatabase } from '../src/server/db/connection.js';
import { listen, load } from './support.js';

const connections = Number(process.argv[2] ?? 50);
const duration = Number(process.argv[3] ?? 10);
const database = await openDatabase({ engine: 'pglite', dataDir: null });
const app = await buildApp({ db: database.db, publicUrl: 'http://127.0.0.1', webDir: null });
const url = await listen(app);
const r = await load({ url, headers: {}, connections, duration, kind: 'health' });
console.log(
  `[no database] GET /api/health ${String(Math.round(r.requests)).padStart(6)} req/s  p50 ${r.p50} ms  p90 ${r.p90} ms  p99 ${r.p99} ms  max ${r.max} ms`,
);
await app.close();
await database.close();
