// Network analysis (PRODUCT.md C2): pure functions over a map, no I/O. Every result is a
// suggestion for the conversation with the person, never a verdict.
import {
  type Alter,
  type NetworkMap,
  type Relationship,
  relationships,
  type SectorKind,
  sectorKinds,
  type Strategy,
  type SupportType,
  supportTypes,
} from './model.js';

export type { Strategy };

export type Reciprocity = 'both' | 'receives_only' | 'gives_only' | 'none';

/** An informal alter providing this many support types or more may be carrying too much. */
export const overburdenThreshold = 3;
/** Known this many years or longer counts as a long-standing tie. */
export const longStandingYears = 5;

export interface Analysis {
  size: { total: number; byRing: number[]; notActive: number };
  composition: { bySector: Record<SectorKind, number>; byRelationship: Record<Relationship, number> };
  formalShare: number | null;
  density: number | null;
  stability: { longStanding: number; restored: number; faded: number; broken: number };
  support: {
    perType: Record<SupportType, { providers: number; vulnerable: boolean }>;
    typesPerAlter: Record<string, number>;
  };
  nearbyShare: number | null;
  reciprocity: { perAlter: Record<string, Reciprocity>; mutualShare: number | null; received: number; given: number };
  strength: { strong: number; weak: number };
  capital: { bonding: number; bridging: number; linking: number };
  possiblyOverburdened: string[];
  strategies: Record<string, Strategy>;
  /** Names typed in but not yet put in a ring and sector; left out of everything above. */
  unplaced: number;
}

/** Part of the person's network now: not deceased, and the tie is active or restored. */
export function isActive(alter: Alter): boolean {
  return alter.placed && !alter.deceased && (alter.status === 'active' || alter.status === 'restored');
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);
const countBy = <K extends string>(keys: readonly K[], items: Alter[], pick: (a: Alter) => K) =>
  Object.fromEntries(keys.map((k) => [k, items.filter((a) => pick(a) === k).length])) as Record<K, number>;

export function reciprocityOf(alter: Alter): Reciprocity {
  const receives = alter.receives.length > 0;
  const gives = alter.gives.length > 0;
  if (receives && gives) return 'both';
  if (receives) return 'receives_only';
  if (gives) return 'gives_only';
  return 'none';
}

export function isLinking(alter: Alter): boolean {
  return alter.formal || alter.sector === 'professional' || alter.relationship === 'professional';
}

/** Strong: the closest ring, or frequent contact with emotional support. */
export function isStrong(alter: Alter): boolean {
  return (
    alter.closeness === 1 ||
    ((alter.frequency === 'daily' || alter.frequency === 'weekly') && alter.receives.includes('emotional'))
  );
}

/**
 * Bonding: close ties with people like oneself (family, partner, close friends). Linking: ties
 * with institutions and professionals. Bridging: the other informal ties, to people who differ.
 */
export function capitalOf(alter: Alter): 'bonding' | 'bridging' | 'linking' {
  if (isLinking(alter)) return 'linking';
  if (alter.sector === 'family' || alter.relationship === 'partner' || alter.relationship === 'family')
    return 'bonding';
  if (alter.relationship === 'friend' && alter.closeness === 1) return 'bonding';
  return 'bridging';
}

/** A suggested strategy per alter (after Kamstra): the worker and the person decide. */
export function suggestStrategy(alter: Alter, rings: number): Strategy | null {
  if (alter.deceased) return null;
  if (alter.status === 'faded') return 'reanimate';
  if (alter.status === 'broken' || alter.quality === 'burdensome') return 'unblock';
  if (alter.closeness >= rings && alter.kind !== 'pet') return 'activate';
  if (alter.closeness > 1 && alter.receives.length <= 1 && alter.kind !== 'pet') return 'intensify';
  return 'maintain';
}

export function analyse(everyone: NetworkMap): Analysis {
  // Names not yet placed have only default rings and sectors: counting them would report a choice
  // nobody made. The panel says how many wait.
  const map = { ...everyone, alters: everyone.alters.filter((a) => a.placed) };
  const unplaced = everyone.alters.length - map.alters.length;
  const active = map.alters.filter(isActive);
  const activeIds = new Set(active.map((a) => a.id));
  const byRing = Array.from({ length: map.rings }, (_, i) => active.filter((a) => a.closeness === i + 1).length);

  const possibleTies = (active.length * (active.length - 1)) / 2;
  const knownTies = new Set(
    map.ties
      .filter((t) => t.a !== t.b && activeIds.has(t.a) && activeIds.has(t.b))
      .map((t) => (t.a < t.b ? `${t.a}|${t.b}` : `${t.b}|${t.a}`)),
  ).size;

  const perType = Object.fromEntries(
    supportTypes.map((type) => {
      const providers = active.filter((a) => a.receives.includes(type)).length;
      return [type, { providers, vulnerable: providers <= 1 }];
    }),
  ) as Analysis['support']['perType'];

  const perAlter = Object.fromEntries(active.map((a) => [a.id, reciprocityOf(a)]));
  const capital = { bonding: 0, bridging: 0, linking: 0 };
  for (const a of active) capital[capitalOf(a)]++;
  const strategies: Record<string, Strategy> = {};
  for (const a of map.alters) {
    const s = suggestStrategy(a, map.rings);
    if (s) strategies[a.id] = s;
  }

  return {
    size: { total: active.length, byRing, notActive: map.alters.length - active.length },
    composition: {
      bySector: countBy(sectorKinds, active, (a) => a.sector),
      byRelationship: countBy(relationships, active, (a) => a.relationship),
    },
    formalShare: share(active.filter((a) => a.formal).length, active.length),
    density: possibleTies === 0 ? null : knownTies / possibleTies,
    stability: {
      longStanding: active.filter((a) => (a.yearsKnown ?? 0) >= longStandingYears).length,
      restored: map.alters.filter((a) => !a.deceased && a.status === 'restored').length,
      faded: map.alters.filter((a) => !a.deceased && a.status === 'faded').length,
      broken: map.alters.filter((a) => !a.deceased && a.status === 'broken').length,
    },
    support: { perType, typesPerAlter: Object.fromEntries(active.map((a) => [a.id, new Set(a.receives).size])) },
    nearbyShare: share(
      active.filter((a) => a.reachability === 'nearby').length,
      active.filter((a) => a.reachability !== null).length,
    ),
    reciprocity: {
      perAlter,
      mutualShare: share(Object.values(perAlter).filter((r) => r === 'both').length, active.length),
      received: active.reduce((n, a) => n + a.receives.length, 0),
      given: active.reduce((n, a) => n + a.gives.length, 0),
    },
    strength: { strong: active.filter(isStrong).length, weak: active.filter((a) => !isStrong(a)).length },
    capital,
    possiblyOverburdened: active
      .filter((a) => {
        const why = overburdenReason(a);
        return !isLinking(a) && (why.flagged || why.manyKinds);
      })
      .map((a) => a.id),
    strategies,
    unplaced,
  };
}

/**
 * Why someone is listed as possibly overburdened, so the text can say it: marked by hand, giving
 * many kinds of support, or both (issue 19: a hand-made mark read as "gives many kinds").
 */
export function overburdenReason(alter: Pick<Alter, 'mayBeOverburdened' | 'receives'>): {
  flagged: boolean;
  kinds: number;
  manyKinds: boolean;
} {
  const kinds = new Set(alter.receives).size;
  return { flagged: alter.mayBeOverburdened, kinds, manyKinds: kinds >= overburdenThreshold };
}

export interface Move {
  key: string;
  name: string;
  from: number;
  to: number;
}

export interface Comparison {
  added: string[];
  lost: string[];
  movedInward: Move[];
  movedOutward: Move[];
  providers: Record<SupportType, { before: number; after: number }>;
  mutualShare: { before: number | null; after: number | null };
  size: { before: number; after: number };
}

/**
 * Compares two maps of one person (two snapshots, or a snapshot and the dream network). Alters
 * are matched by `key`, which a copied snapshot keeps. Results name alters by their key.
 */
export function compare(before: NetworkMap, after: NetworkMap): Comparison {
  const activeBefore = new Map(before.alters.filter(isActive).map((a) => [a.key, a]));
  const activeAfter = new Map(after.alters.filter(isActive).map((a) => [a.key, a]));
  const movedInward: Move[] = [];
  const movedOutward: Move[] = [];
  for (const [key, now] of activeAfter) {
    const then = activeBefore.get(key);
    if (!then || then.closeness === now.closeness) continue;
    (now.closeness < then.closeness ? movedInward : movedOutward).push({
      key,
      name: now.name,
      from: then.closeness,
      to: now.closeness,
    });
  }
  const a = analyse(before);
  const b = analyse(after);
  return {
    added: [...activeAfter.keys()].filter((k) => !activeBefore.has(k)),
    lost: [...activeBefore.keys()].filter((k) => !activeAfter.has(k)),
    movedInward,
    movedOutward,
    providers: Object.fromEntries(
      supportTypes.map((t) => [t, { before: a.support.perType[t].providers, after: b.support.perType[t].providers }]),
    ) as Comparison['providers'],
    mutualShare: { before: a.reciprocity.mutualShare, after: b.reciprocity.mutualShare },
    size: { before: a.size.total, after: b.size.total },
  };
}

/** True when nothing changed between the two maps. */
export function isUnchanged(c: Comparison): boolean {
  return (
    c.added.length === 0 &&
    c.lost.length === 0 &&
    c.movedInward.length === 0 &&
    c.movedOutward.length === 0 &&
    supportTypes.every((t) => c.providers[t].before === c.providers[t].after) &&
    c.mutualShare.before === c.mutualShare.after &&
    c.size.before === c.size.after
  );
}
