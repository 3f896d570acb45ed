/**
 * The columns of a change that were given. A field left out of a PATCH is undefined and must stay
 * as it is, so it is dropped here instead of being written as NULL. Keeps each column's type, so
 * Kysely still checks the values against db/schema.ts.
 */
export function givenColumns<T extends Record<string, unknown>>(
  columns: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(columns).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
