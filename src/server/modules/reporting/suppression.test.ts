import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pinnedCells, protect, recoverableCells, tableSums } from './suppression.js';

/** A table of counts with its totals, as cells and sums. */
function table(counts: number[][]) {
  const rows = counts.map((_, i) => `r${i}`);
  const columns = counts[0]!.map((_, j) => `c${j}`);
  const { key, rules } = tableSums('t', rows, columns);
  const cells = new Map<string, number>();
  let grand = 0;
  for (const [i, row] of counts.entries()) {
    for (const [j, v] of row.entries()) cells.set(key(`r${i}`, `c${j}`), v);
    const sum = row.reduce((a, b) => a + b, 0);
    cells.set(key(`r${i}`, 'total'), sum);
    grand += sum;
  }
  for (const [j, c] of columns.entries()) {
    cells.set(
      key('total', c),
      counts.reduce((a, row) => a + row[j]!, 0),
    );
  }
  cells.set(key('total', 'total'), grand);
  return { cells, rules, key };
}

/**
 * An attacker independent of the code under test: floating-point elimination (not exact integer
 * rows), asking "does dropping this unknown lower the rank?" A hidden cell is recoverable exactly
 * when it does.
 */
function recoverableByRank(rules: { total: string; parts: readonly string[] }[], hidden: Set<string>) {
  const unknowns = [...hidden];
  const matrix = rules
    .map((r) => unknowns.map((k) => (r.parts.includes(k) ? 1 : 0) - (r.total === k ? 1 : 0)))
    .filter((row) => row.some((v) => v !== 0));
  const rank = (m: number[][]) => {
    const a = m.map((r) => [...r]);
    let rk = 0;
    for (let col = 0; col < (a[0]?.length ?? 0) && rk < a.length; col++) {
      let best = rk;
      for (let i = rk; i < a.length; i++) if (Math.abs(a[i]![col]!) > Math.abs(a[best]![col]!)) best = i;
      if (Math.abs(a[best]![col]!) < 1e-9) continue;
      [a[rk], a[best]] = [a[best]!, a[rk]!];
      for (let i = rk + 1; i < a.length; i++) {
        const f = a[i]![col]! / a[rk]![col]!;
        for (let j = col; j < a[i]!.length; j++) a[i]![j]! -= f * a[rk]![j]!;
      }
      rk++;
    }
    return rk;
  };
  const full = rank(matrix);
  return unknowns.filter((_, k) => rank(matrix.map((row) => row.filter((_, j) => j !== k))) < full);
}

describe('small-number protection', () => {
  it('hides counts from 1 to below the threshold, shows zeros and counts at the threshold', () => {
    const { cells, rules, key } = table([
      [0, 5, 12],
      [7, 9, 30],
    ]);
    const { hidden } = protect(cells, rules, 5);
    expect(hidden.has(key('r0', 'c0'))).toBe(false);
    expect(hidden.size).toBe(0);
    const small = table([
      [3, 5, 12],
      [7, 9, 30],
    ]);
    const result = protect(small.cells, small.rules, 5);
    expect(result.hidden.has(small.key('r0', 'c0'))).toBe(true);
    expect(result.secondary.has(small.key('r0', 'c0'))).toBe(false);
    // The 3 cannot be subtracted back: its row and its column each hide a second count, the
    // smallest one shown (5 in its row, 7 in its column), and then one more to close the square.
    expect([...result.secondary].sort()).toEqual(
      [small.key('r0', 'c1'), small.key('r1', 'c0'), small.key('r1', 'c1')].sort(),
    );
    expect(recoverableCells(small.cells, small.rules, result.hidden)).toEqual([]);
  });

  it('finds a count that every row and column rule leaves hidden but linear algebra recovers', () => {
    // Two separate squares of hidden cells, joined by one more hidden cell: every line hides two or
    // more, which one-pass suppression accepts, yet the joining cell follows from the totals.
    const { cells, rules, key } = table([
      [6, 7, 8, 9],
      [10, 11, 12, 13],
      [14, 15, 16, 17],
      [18, 19, 20, 21],
    ]);
    const hidden = new Set([
      key('r0', 'c0'),
      key('r0', 'c1'),
      key('r1', 'c0'),
      key('r1', 'c1'),
      key('r2', 'c2'),
      key('r2', 'c3'),
      key('r3', 'c2'),
      key('r3', 'c3'),
      key('r0', 'c2'),
    ]);
    expect(recoverableCells(cells, rules, hidden)).toEqual([key('r0', 'c2')]);
    expect(recoverableByRank(rules, hidden)).toEqual([key('r0', 'c2')]);
  });

  it('finds counts that only the bounds give away: two hidden ones that add up to 2', () => {
    // Started 5, declined by the client 1, by the coach 1, total 7: linear algebra leaves the two
    // ones open (x + y = 2), but a hidden count is never 0, so both must be 1.
    const cells = new Map([
      ['started', 5],
      ['client', 1],
      ['coach', 1],
      ['open', 0],
      ['total', 7],
    ]);
    const rules = [{ total: 'total', parts: ['started', 'client', 'coach', 'open'] }];
    const hidden = new Set(['client', 'coach']);
    expect(recoverableCells(cells, rules, hidden)).toEqual([]);
    expect(pinnedCells(cells, rules, hidden)).toEqual(['client', 'coach']);
    const safe = protect(cells, rules, 5).hidden;
    expect(safe).toEqual(new Set(['client', 'coach', 'started']));
    expect(pinnedCells(cells, rules, safe)).toEqual([]);
  });

  it('leaves no hidden count recoverable in thousands of random tables, and hides every small one', () => {
    const counts = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 }));
    const tables = fc
      .tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 5 }))
      .chain(([r, c]) => fc.array(fc.array(counts, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));
    let hiddenSeen = 0;
    fc.assert(
      fc.property(tables, fc.integer({ min: 3, max: 10 }), (counts, threshold) => {
        const { cells, rules } = table(counts);
        const { hidden } = protect(cells, rules, threshold);
        hiddenSeen += hidden.size;
        for (const [k, v] of cells) if (v > 0 && v < threshold) expect(hidden.has(k)).toBe(true);
        // Only positive counts are hidden: the argument that bounds give nothing away rests on it.
        for (const k of hidden) expect(cells.get(k)).toBeGreaterThan(0);
        expect(recoverableByRank(rules, hidden)).toEqual([]);
        expect(pinnedCells(cells, rules, hidden)).toEqual([]);
      }),
      { numRuns: 3000, seed: 20261202 },
    );
    expect(hiddenSeen).toBeGreaterThan(3000);
  });

  it('leaves every hidden count of small 2 × 2 tables with at least two possible values, by brute force', () => {
    // A reader who knows the shown counts, the totals and that a hidden count is at least 1 (zeros
    // are shown) tries every table; each hidden count must still have two or more candidates.
    const small = fc.array(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 2, maxLength: 2 }), {
      minLength: 2,
      maxLength: 2,
    });
    fc.assert(
      fc.property(small, fc.integer({ min: 3, max: 6 }), (counts, threshold) => {
        const { cells, rules, key } = table(counts);
        const { hidden } = protect(cells, rules, threshold);
        const inner = [key('r0', 'c0'), key('r0', 'c1'), key('r1', 'c0'), key('r1', 'c1')];
        const ceiling = cells.get(key('total', 'total'))! + 1;
        const seen = new Map<string, Set<number>>([...hidden].map((k) => [k, new Set<number>()]));
        const values = (k: string) =>
          hidden.has(k) ? Array.from({ length: ceiling }, (_, i) => i + 1) : [cells.get(k)!];
        for (const a of values(inner[0]!))
          for (const b of values(inner[1]!))
            for (const c of values(inner[2]!))
              for (const d of values(inner[3]!)) {
                const candidate = new Map([
                  [inner[0]!, a],
                  [inner[1]!, b],
                  [inner[2]!, c],
                  [inner[3]!, d],
                  [key('r0', 'total'), a + b],
                  [key('r1', 'total'), c + d],
                  [key('total', 'c0'), a + c],
                  [key('total', 'c1'), b + d],
                  [key('total', 'total'), a + b + c + d],
                ]);
                const fits = [...candidate].every(([k, v]) => (hidden.has(k) ? v >= 1 : v === cells.get(k)));
                if (fits) for (const k of hidden) seen.get(k)!.add(candidate.get(k)!);
              }
        for (const [k, options] of seen) expect(options.size, k).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 200 },
    );
  });

  it('protects sums that share cells across tables (a total shown in two places)', () => {
    // Registrations by source and by neighbourhood share one total.
    const cells = new Map([
      ['src.self', 3],
      ['src.gp', 20],
      ['src.other', 9],
      ['nb.north', 16],
      ['nb.south', 16],
      ['all', 32],
    ]);
    const rules = [
      { total: 'all', parts: ['src.self', 'src.gp', 'src.other'] },
      { total: 'all', parts: ['nb.north', 'nb.south'] },
    ];
    const { hidden } = protect(cells, rules, 5);
    expect(hidden).toEqual(new Set(['src.self', 'src.other']));
    expect(recoverableCells(cells, rules, hidden)).toEqual([]);
  });
});
