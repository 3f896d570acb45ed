import { readConfig } from '../config.js';
import { loadDemo } from '../demo/load.js';
import { openConfiguredDatabase } from '../db/configured.js';

const database = await openConfiguredDatabase();
try {
  const result = await loadDemo(database.db);
  console.log(
    result.created
      ? '\nDemo-organisatie geladen (fictief). Demo organisation loaded (fictional).'
      : '\nDemo-organisatie bestond al; nieuwe wachtwoorden. Demo organisation existed; new passwords.',
  );
  console.log(`Log in op / sign in at ${readConfig().publicUrl}/login\n`);
  for (const a of result.accounts) console.log(`  ${a.role.padEnd(14)} ${a.email.padEnd(42)} ${a.password}`);
  console.log('');
} finally {
  await database.close();
}
