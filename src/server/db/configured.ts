// The start shared by the server and the command-line tools: open the configured database
// (PostgreSQL or PGlite), migrate, and explain a held lock in plain words instead of a stack trace.
import { sql } from 'kysely';
import { type Config, readConfig } from '../config.js';
import { type Database, openDatabase } from './connection.js';
import { DataDirLockedError } from './lock.js';
import { migrate } from './migrate.js';

export async function openConfiguredDatabase(config: Config = readConfig()): Promise<Database> {
  try {
    const database = await openDatabase(config.databaseUrl ? { engine: 'postgres', url: config.databaseUrl, poolSize: config.databasePoolSize } : { engine: 'pglite', dataDir: config.dataDir });
    await migrate(database.db);
    await refreshStatistics(database);
    return database;
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

/**
 * PGlite runs no autovacuum, so nothing gathers the planner's statistics: it would assume every
 * table holds a handful of rows and, as data grows, pick plans that scan (a name search on 10,000
 * persons: 1.9 ms without statistics, 0.5 ms with). Kring gathers them at start and every few hours
 * while running (main.ts). PostgreSQL does this itself.
 */
export async function refreshStatistics(database: Database) {
  if (database.engine === 'pglite') await sql`ANALYZE`.execute(database.db);
}

export const statisticsIntervalMs = 6 * 60 * 60 * 1000;
