// Compile-time proof that db/schema.ts (the Kysely types) matches the migrated database as
// described in columns.generated.ts: every table and column on both sides, the same nullability,
// a TypeScript type that fits the column type, and for CHECK-limited text columns exactly the
// allowed values. A mismatch makes `npm run typecheck` fail with the column's name.
import type { Selectable } from 'kysely';
import type { columns } from './columns.generated.js';
import type { DB } from './schema.js';

type Facts = typeof columns;

/** What the pg driver hands us for a column type (see connection.ts for DATE and BIGINT). */
type Driver<T extends string> = T extends 'uuid' | 'text' | 'date'
  ? string
  : T extends 'integer' | 'bigint' | 'double precision'
    ? number
    : T extends 'numeric'
      ? string
      : T extends 'boolean'
        ? boolean
        : T extends 'timestamp with time zone'
          ? Date
          : T extends 'int4[]'
            ? readonly number[]
            : T extends `${string}[]`
              ? readonly string[]
              : unknown;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type NullOk<F, V> = F extends { nullable: infer N } ? Same<null extends V ? true : false, N> : false;
type TypeOk<F, V> = F extends { values: readonly (infer E)[] }
  ? Same<Exclude<V, null>, E>
  : F extends { type: 'jsonb' }
    ? true
    : F extends { type: infer T extends string }
      ? [Exclude<V, null>] extends [Driver<T>]
        ? true
        : false
      : false;

type ColumnProblem<T extends string, C extends string, F, V> =
  NullOk<F, V> extends true
    ? TypeOk<F, V> extends true
      ? never
      : `${T}.${C}: type or allowed values differ`
    : `${T}.${C}: nullability differs`;

type TableProblems<T extends keyof Facts & keyof DB & string> = {
  [C in (keyof Facts[T] | keyof Selectable<DB[T]>) & string]: C extends keyof Facts[T]
    ? C extends keyof Selectable<DB[T]>
      ? ColumnProblem<T, C, Facts[T][C], Selectable<DB[T]>[C]>
      : `${T}.${C}: in the database, missing in schema.ts`
    : `${T}.${C}: in schema.ts, missing in the database`;
}[(keyof Facts[T] | keyof Selectable<DB[T]>) & string];

export type Problems =
  | {
      [T in keyof Facts & string]: T extends keyof DB ? TableProblems<T> : `${T}: table missing in schema.ts`;
    }[keyof Facts & string]
  | { [T in keyof DB & string]: T extends keyof Facts ? never : `${T}: table missing in the database` }[keyof DB &
      string];

/** Fails to compile, naming the columns, when schema.ts and the database differ. */
export type NoProblems<P extends never> = P;
export type SchemaMatchesDatabase = NoProblems<Problems>;
