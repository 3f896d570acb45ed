import fs from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { RestoreError, restoreBackup } from '../db/backup.js';
import { openConfiguredDatabase } from '../db/configured.js';

const file = process.argv[2];
if (!file || !fs.existsSync(file)) {
  console.error('Usage: npm run restore -- <backup-file.json.gz>   (into an empty database)');
  process.exit(1);
}
const raw = fs.readFileSync(file);
const text = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
const database = await openConfiguredDatabase();
try {
  const counts = await restoreBackup(database.db, JSON.parse(text));
  console.log(
    `Restored from ${file}: ${Object.entries(counts)
      .map(([t, n]) => `${t}: ${n}`)
      .join(', ')}`,
  );
} catch (error) {
  if (error instanceof RestoreError) {
    console.error(error.message);
    process.exitCode = 1;
  } else throw error;
} finally {
  await database.close();
}
