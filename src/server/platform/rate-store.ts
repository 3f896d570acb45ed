// A store for @fastify/rate-limit that counts in the database (issue 13): the sign-in limit per
// address holds across every Kring process on one PostgreSQL, where the plugin's own store
// counted per process (so two instances allowed twice as many attempts). One upsert per attempt;
// the address is hashed with the route, and expired windows are cleared now and then.
import { type Kysely, sql } from 'kysely';
import { clock } from '../../shared/clock.js';
import type { DB } from '../db/schema.js';
import { sha256 } from './crypto.js';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** Every this many attempts a process clears windows that ended more than an hour ago. */
const cleanEvery = 500;

export function databaseRateStore(db: Kysely<DB>) {
  let sinceCleaning = 0;
  return class DatabaseRateStore {
    private readonly scope: string;
    constructor(options: { routeInfo?: { method?: string; url?: string } } = {}) {
      this.scope = `${options.routeInfo?.method ?? ''} ${options.routeInfo?.url ?? ''}`;
    }

    incr(key: string, callback: Callback, timeWindow: number) {
      const now = clock.now();
      const expired = new Date(now.getTime() - timeWindow);
      const hash = sha256(`${this.scope}|${key}`);
      db.insertInto('auth_rate_limits')
        .values({ key_hash: hash, window_start: now, attempts: 1 })
        .onConflict((oc) =>
          oc.column('key_hash').doUpdateSet({
            attempts: sql`CASE WHEN auth_rate_limits.window_start <= ${expired} THEN 1 ELSE auth_rate_limits.attempts + 1 END`,
            window_start: sql`CASE WHEN auth_rate_limits.window_start <= ${expired} THEN ${now} ELSE auth_rate_limits.window_start END`,
          }),
        )
        .returning(['attempts', 'window_start'])
        .executeTakeFirstOrThrow()
        .then(async (row) => {
          sinceCleaning += 1;
          if (sinceCleaning >= cleanEvery) {
            sinceCleaning = 0;
            await db
              .deleteFrom('auth_rate_limits')
              .where('window_start', '<', new Date(now.getTime() - 3600_000))
              .execute();
          }
          callback(null, {
            current: row.attempts,
            ttl: Math.max(0, timeWindow - (now.getTime() - row.window_start.getTime())),
          });
        })
        .catch((error: Error) => callback(error));
    }

    // The plugin hands the route's options (with `routeInfo`), typed as Fastify's route options.
    child(routeOptions: object) {
      return new DatabaseRateStore(routeOptions as { routeInfo?: { method?: string; url?: string } });
    }
  };
}
