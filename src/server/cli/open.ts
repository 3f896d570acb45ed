// Shared start of the command-line tools: open the configured database, migrate, and explain
// a held lock in plain words instead of a stack trace.
import { readConfig } from '../config.js';
import { type Database, openDatabase } from '../db/connection.js';
import { DataDirLockedError } from '../db/lock.js';
import { migrate } from '../db/migrate.js';

export async function openConfiguredDatabase(): Promise<Database> {
  const config = readConfig();
  try {
    const database = await openDatabase(config.databaseUrl ? { engine: 'postgres', url: config.databaseUrl, poolSize: config.databasePoolSize } : { engine: 'pglite', dataDir: config.dataDir });
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
