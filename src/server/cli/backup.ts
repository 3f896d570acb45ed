import fs from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createBackup } from '../db/backup.js';
import { openConfiguredDatabase } from '../db/configured.js';
import { clock } from '../../shared/clock.js';

const file = process.argv[2] ?? `kring-backup-${clock.now().toISOString().slice(0, 19).replaceAll(':', '')}.json.gz`;
const database = await openConfiguredDatabase();
try {
  const backup = await createBackup(database.db);
  // Write to a temporary name first, so a crash never leaves a half file under the real name.
  fs.writeFileSync(`${file}.partial`, gzipSync(JSON.stringify(backup)), { mode: 0o600 });
  fs.renameSync(`${file}.partial`, file);
  const counts = Object.entries(backup.tables)
    .map(([t, rows]) => `${t}: ${rows.length}`)
    .join(', ');
  console.log(`Backup written to ${file} (${counts}). It contains personal data: store it encrypted.`);
} finally {
  await database.close();
}
