import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, compare, isUnchanged, overburdenReason } from './analysis.js';
import { alter } from './fixtures.js';
import { type Alter, type NetworkMap, relationships, sectorKinds, supportTypes } from './model.js';

// A fictional overburdened carer, worked out by hand below.
const carer: NetworkMap = {
  rings: 3,
  alters: [
    alter('partner', {
      relationship: 'partner',
      sector: 'family',
      closeness: 1,
      frequency: 'daily',
      yearsKnown: 40,
      reachability: 'nearby',
      receives: ['emotional', 'practical', 'companionship', 'advice'],
      gives: ['emotional'],
    }),
    alter('daughter', {
      relationship: 'family',
      sector: 'family',
      closeness: 1,
      frequency: 'weekly',
      yearsKnown: 35,
      reachability: 'far',
      receives: ['practical'],
    }),
    alter('neighbour', {
      relationship: 'neighbour',
      sector: 'neighbourhood',
      closeness: 2,
      frequency: 'weekly',
      yearsKnown: 3,
      reachability: 'nearby',
      receives: ['practical'],
    }),
    alter('gp', {
      relationship: 'professional',
      sector: 'professional',
      closeness: 3,
      formal: true,
      yearsKnown: 10,
      reachability: 'in_town',
      receives: ['informational'],
    }),
    alter('old-friend', { relationship: 'friend', sector: 'friends', closeness: 2, status: 'faded', yearsKnown: 20 }),
    alter('brother', {
      relationship: 'family',
      sector: 'family',
      closeness: 2,
      status: 'broken',
      quality: 'burdensome',
    }),
    alter('dog', {
      kind: 'pet',
      relationship: 'family',
      sector: 'family',
      closeness: 1,
      frequency: 'daily',
      yearsKnown: 6,
      reachability: 'nearby',
      receives: ['companionship'],
      gives: ['companionship'],
    }),
  ],
  ties: [
    { a: 'partner', b: 'daughter' },
    { a: 'neighbour', b: 'partner' },
    { a: 'daughter', b: 'partner' },
    { a: 'brother', b: 'partner' },
  ],
};

describe('network analysis of a hand-checked map', () => {
  const result = analyse(carer);

  it('counts who is in the network now, per ring', () => {
    expect(result.size).toEqual({ total: 5, byRing: [3, 1, 1], notActive: 2 });
    expect(result.composition.bySector).toMatchObject({ family: 3, neighbourhood: 1, professional: 1, friends: 0 });
    expect(result.formalShare).toBeCloseTo(0.2);
  });

  it('computes density over active alters, counting each pair once', () => {
    // 5 active alters: 10 possible pairs; partner–daughter (twice listed) and partner–neighbour; the brother's tie is not active.
    expect(result.density).toBeCloseTo(0.2);
  });

  it('points out support types with no or a single provider', () => {
    expect(result.support.perType).toEqual({
      emotional: { providers: 1, vulnerable: true },
      practical: { providers: 3, vulnerable: false },
      companionship: { providers: 2, vulnerable: false },
      informational: { providers: 1, vulnerable: true },
      advice: { providers: 1, vulnerable: true },
    });
    expect(result.support.typesPerAlter.partner).toBe(4);
  });

  it('shows reciprocity per tie and for the whole network', () => {
    expect(result.reciprocity.perAlter).toEqual({
      partner: 'both',
      daughter: 'receives_only',
      neighbour: 'receives_only',
      gp: 'receives_only',
      dog: 'both',
    });
    expect(result.reciprocity.mutualShare).toBeCloseTo(0.4);
    expect(result.reciprocity).toMatchObject({ received: 8, given: 2 });
  });

  it('tells stability, reachability, strength and kinds of social capital', () => {
    expect(result.stability).toEqual({ longStanding: 4, restored: 0, faded: 1, broken: 1 });
    expect(result.nearbyShare).toBeCloseTo(0.6);
    expect(result.strength).toEqual({ strong: 3, weak: 2 });
    expect(result.capital).toEqual({ bonding: 3, bridging: 1, linking: 1 });
  });

  it('flags the partner as possibly overburdened and suggests a strategy per alter', () => {
    expect(result.possiblyOverburdened).toEqual(['partner']);
    const partner = carer.alters.find((x) => x.id === 'partner')!;
    expect(overburdenReason(partner)).toEqual({ flagged: false, kinds: 4, manyKinds: true });
    expect(overburdenReason({ mayBeOverburdened: true, receives: ['practical'] })).toEqual({
      flagged: true,
      kinds: 1,
      manyKinds: false,
    });
    expect(result.strategies).toEqual({
      partner: 'maintain',
      daughter: 'maintain',
      neighbour: 'intensify',
      gp: 'activate',
      'old-friend': 'reanimate',
      brother: 'unblock',
      dog: 'maintain',
    });
  });

  it('suggests nothing for someone who has died, and handles an empty map', () => {
    expect(analyse({ rings: 3, ties: [], alters: [alter('late', { deceased: true })] }).strategies).toEqual({});
    const empty = analyse({ rings: 4, alters: [], ties: [] });
    expect(empty.size).toEqual({ total: 0, byRing: [0, 0, 0, 0], notActive: 0 });
    expect(empty.density).toBeNull();
    expect(empty.reciprocity.mutualShare).toBeNull();
  });
});

describe('comparing two snapshots', () => {
  it('names who was added, lost and moved, and how support and reciprocity changed', () => {
    const later: NetworkMap = {
      rings: 3,
      ties: [],
      alters: carer.alters
        .map((a) => (a.id === 'neighbour' ? { ...a, closeness: 1, gives: ['companionship' as const] } : a))
        .map((a) => (a.id === 'daughter' ? { ...a, status: 'faded' as const } : a))
        .concat(
          alter('coffee-club', {
            kind: 'group',
            relationship: 'club_member',
            sector: 'clubs',
            closeness: 2,
            receives: ['companionship'],
            gives: ['practical'],
          }),
        ),
    };
    const result = compare(carer, later);
    expect(result.added).toEqual(['coffee-club']);
    expect(result.lost).toEqual(['daughter']);
    expect(result.movedInward).toEqual([{ key: 'neighbour', name: 'neighbour', from: 2, to: 1 }]);
    expect(result.movedOutward).toEqual([]);
    expect(result.providers.practical).toEqual({ before: 3, after: 2 });
    expect(result.providers.companionship).toEqual({ before: 2, after: 3 });
    expect(result.mutualShare).toEqual({ before: 0.4, after: 0.8 }); // after: 4 of 5 active ties are mutual
    expect(isUnchanged(result)).toBe(false);
  });
});

const arbitraryMap = fc
  .record({ rings: fc.integer({ min: 3, max: 4 }), count: fc.integer({ min: 0, max: 40 }) })
  .chain(({ rings, count }) =>
    fc.record({
      rings: fc.constant(rings),
      alters: fc.tuple(
        ...Array.from({ length: count }, (_, i) =>
          fc
            .record({
              closeness: fc.integer({ min: 1, max: rings }),
              status: fc.constantFrom('active', 'faded', 'broken', 'restored'),
              deceased: fc.boolean(),
              formal: fc.boolean(),
              sector: fc.constantFrom(...sectorKinds),
              relationship: fc.constantFrom(...relationships),
              receives: fc.subarray([...supportTypes]),
              gives: fc.subarray([...supportTypes]),
            })
            .map((f) => alter(`a${i}`, f as Partial<Alter>)),
        ),
      ),
      ties: fc.array(
        fc
          .record({
            a: fc.integer({ min: 0, max: Math.max(count - 1, 0) }),
            b: fc.integer({ min: 0, max: Math.max(count - 1, 0) }),
          })
          .map((t) => ({ a: `a${t.a}`, b: `a${t.b}` })),
        { maxLength: 200 },
      ),
    }),
  ) as fc.Arbitrary<NetworkMap>;

describe('analysis properties', () => {
  it('keeps density and shares between 0 and 1, and rings add up to the total', () => {
    fc.assert(
      fc.property(arbitraryMap, (map) => {
        const r = analyse(map);
        for (const value of [r.density, r.formalShare, r.nearbyShare, r.reciprocity.mutualShare]) {
          if (value === null) continue;
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
        expect(r.size.byRing.reduce((a, b) => a + b, 0)).toBe(r.size.total);
        expect(r.size.total + r.size.notActive).toBe(map.alters.length);
        expect(r.capital.bonding + r.capital.bridging + r.capital.linking).toBe(r.size.total);
        for (const t of supportTypes) expect(r.support.perType[t].providers).toBeLessThanOrEqual(r.size.total);
      }),
    );
  });

  it('finds no change between a map and itself, or a copy of it with new ids', () => {
    fc.assert(
      fc.property(arbitraryMap, (map) => {
        expect(isUnchanged(compare(map, map))).toBe(true);
        const copy = { ...map, alters: map.alters.map((a) => ({ ...a, id: `copy-${a.id}` })) };
        expect(isUnchanged(compare(map, copy))).toBe(true);
      }),
    );
  });

  it('is symmetric: what one comparison adds, the reverse comparison loses', () => {
    fc.assert(
      fc.property(arbitraryMap, arbitraryMap, (a, b) => {
        const forward = compare(a, b);
        const back = compare(b, a);
        expect([...forward.added].sort()).toEqual([...back.lost].sort());
        expect(forward.movedInward.length).toBe(back.movedOutward.length);
      }),
    );
  });
});
