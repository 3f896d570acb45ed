import { buildApp } from './app.js';
import { readConfig } from './config.js';
import { openConfiguredDatabase } from './db/configured.js';
import { keepStatisticsFresh } from './db/statistics.js';
import { issueSetupToken, setupNeeded } from './modules/identity/auth.service.js';
import { linkFor } from './modules/identity/tokens.js';
import { carryOutDueErasures } from './modules/privacy/requests.js';
import { applyRetention } from './modules/privacy/retention.js';
import { scheduleJobs } from './platform/jobs.js';
import { loadSecretBox, resealSecrets } from './platform/secret-box.js';

const config = readConfig();
const database = await openConfiguredDatabase(config);
const { db } = database;
// The key for secrets at rest: KRING_SECRET_KEY, or in the embedded mode data/secret.key (D38).
const secrets = loadSecretBox(process.env, config.databaseUrl ? null : config.dataDir);
await resealSecrets(db, secrets);
const app = await buildApp({
  secrets,
  db,
  publicUrl: config.publicUrl,
  trustProxy: config.trustProxy,
  authRateLimitPerMinute: config.authRateLimitPerMinute,
  webDir: config.webDir,
  logger: { level: config.logLevel },
  logRequests: config.logRequests,
});

const stopStatistics = await keepStatisticsFresh(database, (error) =>
  app.log.error({ err: { message: error.message } }, 'gathering planner statistics failed'),
);

// The jobs Kring runs on its own: at start and every hour (erasures and retention are due per
// day, so an hour is soon enough). Their runs show on the administrator's start page.
// A failure is logged by its kind and database error code only: its message could quote personal data.
const stopJobs = scheduleJobs(
  db,
  { erasure: carryOutDueErasures, retention: applyRetention },
  60 * 60 * 1000,
  (error, job) =>
    app.log.error({ job, kind: error.name, code: (error as { code?: string }).code ?? null }, 'a scheduled job failed'),
);

const shutdown = async () => {
  stopStatistics();
  await stopJobs();
  await app.close();
  await database.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

await app.listen({ host: config.host, port: config.port });
const where = database.engine === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)';
console.log(`\nKring draait op / Kring is running at ${config.publicUrl}  [${where}]`);
if (database.engine === 'pglite') {
  console.log(
    'Let op: de ingebouwde database is voor uitproberen en kleine teams; gebruik PostgreSQL in productie (zie README).',
  );
}
if (await setupNeeded(db)) {
  const { token } = await issueSetupToken(db);
  console.log('\nEerste keer? Open deze eenmalige link om je organisatie en beheerder aan te maken (24 uur geldig):');
  console.log('First run? Open this one-time link to create your organisation and administrator (valid 24 hours):');
  console.log(`\n  ${linkFor(config.publicUrl, 'setup', token)}\n`);
}
