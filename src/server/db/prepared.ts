// Named prepared statements for PostgreSQL: the server parses and plans each distinct query once
// per connection instead of on every request. Kysely always calls client.query(text, values); this
// wraps the pool so that parameterised queries carry a name derived from their text. Row-level
// security stays correct: PostgreSQL re-plans a cached statement when the role it was planned for
// changes.
import { createHash } from 'node:crypto';
import type pg from 'pg';

const names = new Map<string, string>();
function nameFor(text: string) {
  let name = names.get(text);
  if (!name) {
    name = `k${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    if (names.size < 5000) names.set(text, name); // bounded: queries with varying shape are few
  }
  return name;
}

export function withPreparedStatements(pool: pg.Pool): pg.Pool {
  const connect = pool.connect.bind(pool);
  (pool as unknown as { connect: () => Promise<pg.PoolClient> }).connect = async () => {
    const client = await connect();
    const marked = client as pg.PoolClient & { kringPrepared?: boolean };
    if (!marked.kringPrepared) {
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as unknown as { query: (...args: unknown[]) => unknown }).query = (text: unknown, values?: unknown) => {
        if (typeof text === 'string' && Array.isArray(values) && values.length > 0) {
          return query({ name: nameFor(text), text, values });
        }
        return query(text, values);
      };
      marked.kringPrepared = true;
    }
    return client;
  };
  return pool;
}
