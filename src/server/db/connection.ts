import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { lockDataDir } from './lock.js';
import { withPreparedStatements } from './prepared.js';
import type { DB } from './schema.js';

// DATE as 'YYYY-MM-DD' (no time-zone shifts); BIGINT (counts, audit ids) as number.
pg.types.setTypeParser(1082, (value: string) => value);
pg.types.setTypeParser(20, (value: string) => Number(value));

export type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  engine: Engine;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { engine: 'postgres'; url: string; poolSize?: number }
  | { engine: 'pglite'; dataDir: string | null }; // null: in memory (tests)

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.engine === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
    // An idle connection that the server drops (restart, failover) must not crash Kring: the pool
    // discards it and opens a new one for the next query.
    pool.on('error', (error) => console.error(`Database connection lost: ${error.message}`));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: withPreparedStatements(pool) }) });
    return { db, engine: 'postgres', close: () => db.destroy() };
  }
  const release = target.dataDir ? lockDataDir(target.dataDir) : () => {};
  try {
    const lite = await PGlite.create(target.dataDir ?? undefined);
    // PGlite is a single connection: the pool must be exactly 1 or queries interleave.
    const pool = new pg.Pool({ ...createPgConfig(lite), max: 1 } as unknown as pg.PoolConfig);
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      engine: 'pglite',
      async close() {
        await db.destroy();
        await lite.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
