import { sql } from 'kysely';
import type { Database } from './connection.js';

/**
 * PGlite runs no autovacuum, so nothing gathers the planner's statistics: it would assume every
 * table holds a handful of rows and, as data grows, pick plans that scan (measured in
 * docs/operations.md). PostgreSQL does this itself.
 */
export async function refreshStatistics(database: Database) {
  if (database.engine === 'pglite') await sql`ANALYZE`.execute(database.db);
}

/**
 * For the server: statistics now and every six hours while it runs (the command-line tools, which
 * run one job and stop, do not need them). Returns the function that stops the schedule.
 */
export async function keepStatisticsFresh(database: Database, onError: (error: Error) => void): Promise<() => void> {
  await refreshStatistics(database);
  const timer = setInterval(() => refreshStatistics(database).catch(onError), 6 * 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
