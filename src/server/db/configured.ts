// The start shared by the server and the command-line tools: open the configured database
// (PostgreSQL or PGlite), migrate, and explain a held lock in plain words instead of a stack trace.
import { type Config, readConfig } from '../config.js';
import { type Database, openDatabase } from './connection.js';
import { DataDirLockedError } from './lock.js';
import { migrate } from './migrate.js';

export async function openConfiguredDatabase(config: Config = readConfig()): Promise<Database> {
  try {
    const database = await openDatabase(
      config.databaseUrl
        ? { engine: 'postgres', url: config.databaseUrl, poolSize: config.databasePoolSize }
        : { engine: 'pglite', dataDir: config.dataDir },
    );
    await migrate(database.db);
    return database;
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
