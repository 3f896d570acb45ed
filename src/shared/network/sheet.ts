// The take-home sheet (B1) groups the network the way the person would say it (issue 19): who is
// close now, per circle; who they see less than before; who they no longer have contact with.
// A faded or broken tie is never listed as close, and the dead are not listed at all.
import { isActive } from './analysis.js';
import type { Alter } from './model.js';

export interface SheetGroups {
  /** Active or restored ties per circle (index 0 is the innermost). */
  byRing: Alter[][];
  faded: Alter[];
  broken: Alter[];
}

export function sheetGroups(alters: readonly Alter[], rings: number): SheetGroups {
  const living = alters.filter((a) => !a.deceased);
  return {
    byRing: Array.from({ length: rings }, (_, i) => alters.filter((a) => isActive(a) && a.closeness === i + 1)),
    faded: living.filter((a) => a.status === 'faded'),
    broken: living.filter((a) => a.status === 'broken'),
  };
}

/** How many people, groups and animals are in the network now, counted as the person would. */
export function countByKind(alters: readonly Pick<Alter, 'kind'>[]): { people: number; groups: number; pets: number } {
  return {
    people: alters.filter((a) => a.kind === 'person').length,
    groups: alters.filter((a) => a.kind === 'group').length,
    pets: alters.filter((a) => a.kind === 'pet').length,
  };
}
