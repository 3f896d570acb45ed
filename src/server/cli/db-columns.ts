// npm run db:columns: migrates an empty in-memory database and writes what it holds to
// src/server/db/columns.generated.ts. Run it after adding a migration; the type checker then
// names every place where db/schema.ts no longer matches (db/schema-check.ts).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { openDatabase } from '../db/connection.js';
import { describeDatabase, factsModule } from '../db/describe.js';
import { migrate } from '../db/migrate.js';

const target = new URL('../db/columns.generated.ts', import.meta.url).pathname;
const database = await openDatabase({ engine: 'pglite', dataDir: null });
try {
  await migrate(database.db);
  writeFileSync(target, factsModule(await describeDatabase(database.db)));
  execFileSync('npx', ['biome', 'format', '--write', target], { stdio: 'ignore' });
  console.log(`Written: ${target}`);
} finally {
  await database.close();
}
