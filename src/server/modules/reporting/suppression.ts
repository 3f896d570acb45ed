// Small-number protection for a whole report (issue 12, D37).
//
// A report is a set of counts ("cells") tied together by sums: a total is the sum of its parts.
// Hiding a small count is not enough when its total and the other parts are shown, because the
// reader can subtract. So:
//   1. primary: every count from 1 up to the threshold is hidden (a zero names no one);
//   2. secondary: every sum with exactly one hidden member gets a second one hidden, the smallest
//      positive shown member, repeated until no sum has exactly one;
//   3. an exact check: with the shown counts filled in, the sums form a linear system in the
//      hidden ones; a hidden count is recoverable exactly when its unit vector lies in the row
//      space of that system. Any recoverable count makes one more member of its sums hidden, and
//      the whole repeats until nothing can be recovered.
//   4. a check with bounds: zeros are shown, so a reader knows every hidden count is at least 1. A
//      linear programme (yalps) asks, per hidden count, for its lowest and highest value under the
//      sums and those bounds; where both are the same, one more member is hidden and all repeats.
//      (1 + 1 = 2 gives both ones away, though linear algebra alone cannot tell them apart.)
// Only positive counts are hidden, so the true report always satisfies the reader's bounds (D37).

import { solve } from 'yalps';

/** One sum of the report: `total` is the sum of `parts` (keys of cells). */
export interface SumRule {
  total: string;
  parts: readonly string[];
}

export interface Protected {
  /** Keys of the hidden cells: those below the threshold, and those hidden to protect them. */
  hidden: Set<string>;
  /** Of those, the ones hidden only so that another could not be worked out. */
  secondary: Set<string>;
}

/** Hides every count below `threshold` (but not zero), and enough others that none can be worked back. */
export function protect(cells: ReadonlyMap<string, number>, rules: readonly SumRule[], threshold: number): Protected {
  for (const rule of rules) {
    for (const key of [rule.total, ...rule.parts]) {
      if (!cells.has(key)) throw new Error(`sum rule names an unknown cell: ${key}`);
    }
  }
  const hidden = new Set<string>();
  for (const [key, value] of cells) if (value > 0 && value < threshold) hidden.add(key);
  const secondary = new Set<string>();
  const hideOneOf = (keys: readonly string[]) => {
    const candidate = smallestShownPositive(cells, keys, hidden);
    if (candidate === undefined) return false;
    hidden.add(candidate);
    secondary.add(candidate);
    return true;
  };
  for (;;) {
    let changed = true;
    while (changed) {
      changed = false;
      for (const rule of rules) {
        const members = [rule.total, ...rule.parts];
        const hiddenMembers = members.filter((k) => hidden.has(k));
        // A sum holding a hidden positive count always has another positive member (its total
        // at least), so a second one can always be found.
        if (hiddenMembers.length === 1 && hideOneOf(members)) changed = true;
      }
    }
    const recoverable = recoverableCells(cells, rules, hidden);
    if (recoverable.length === 0) recoverable.push(...pinnedCells(cells, rules, hidden));
    if (recoverable.length === 0) return { hidden, secondary };
    const key = recoverable[0]!;
    const widened =
      rules.filter((r) => r.total === key || r.parts.includes(key)).some((r) => hideOneOf([r.total, ...r.parts])) ||
      hideOneOf([...cells.keys()]);
    // Unreachable: once every positive count is hidden, the shown ones are all zero, so a count
    // worked out from them would be zero, and no hidden count is.
    if (!widened) throw new Error('small-number protection did not converge');
  }
}

function smallestShownPositive(cells: ReadonlyMap<string, number>, keys: readonly string[], hidden: Set<string>) {
  let best: string | undefined;
  for (const key of keys) {
    const value = cells.get(key)!;
    if (value <= 0 || hidden.has(key)) continue;
    // The smallest count loses the least; ties go to the first named, so a report is stable.
    if (best === undefined || value < cells.get(best)!) best = key;
  }
  return best;
}

/**
 * The hidden cells a reader could work out exactly from the shown cells and the sums: those whose
 * unit vector is in the row space of the sums restricted to the hidden cells. Exact arithmetic
 * (integer rows, reduced by their gcd), so no rounding decides what is safe.
 */
export function recoverableCells(
  cells: ReadonlyMap<string, number>,
  rules: readonly SumRule[],
  hidden: ReadonlySet<string>,
): string[] {
  const unknowns = [...cells.keys()].filter((k) => hidden.has(k));
  if (unknowns.length === 0) return [];
  const column = new Map(unknowns.map((k, i) => [k, i]));
  const rows: bigint[][] = [];
  for (const rule of rules) {
    const row = new Array<bigint>(unknowns.length).fill(0n);
    let touches = false;
    const add = (key: string, sign: bigint) => {
      const at = column.get(key);
      if (at === undefined) return;
      row[at]! += sign;
      touches = true;
    };
    add(rule.total, -1n);
    for (const part of rule.parts) add(part, 1n);
    if (touches) rows.push(row);
  }
  return reducedRows(rows, unknowns.length)
    .map((row) => {
      const nonZero = row.flatMap((v, i) => (v !== 0n ? [i] : []));
      return nonZero.length === 1 ? unknowns[nonZero[0]!]! : null;
    })
    .filter((k): k is string => k !== null);
}

/** The reduced row echelon form (pivots scaled, not divided: rows stay integer). */
function reducedRows(input: bigint[][], width: number): bigint[][] {
  const rows = input.map((r) => [...r]);
  let pivotRow = 0;
  for (let col = 0; col < width && pivotRow < rows.length; col++) {
    const found = rows.findIndex((r, i) => i >= pivotRow && r[col] !== 0n);
    if (found < 0) continue;
    [rows[pivotRow], rows[found]] = [rows[found]!, rows[pivotRow]!];
    const pivot = rows[pivotRow]!;
    for (let i = 0; i < rows.length; i++) {
      if (i === pivotRow || rows[i]![col] === 0n) continue;
      const factor = rows[i]![col]!;
      const p = pivot[col]!;
      rows[i] = normalised(rows[i]!.map((v, j) => v * p - pivot[j]! * factor));
    }
    pivotRow++;
  }
  return rows.slice(0, pivotRow);
}

function normalised(row: bigint[]): bigint[] {
  let g = 0n;
  for (const v of row) g = gcd(g, v < 0n ? -v : v);
  return g > 1n ? row.map((v) => v / g) : row;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** The keys and sums of a table with row, column and grand totals: `${name}.${row}.${column}`, 'total' for totals. */
export function tableSums(name: string, rows: readonly string[], columns: readonly string[]) {
  const key = (row: string, column: string) => `${name}.${row}.${column}`;
  const rowsWithTotal = [...rows, 'total'];
  const columnsWithTotal = [...columns, 'total'];
  const rules: SumRule[] = [
    ...rowsWithTotal.map((r) => ({ total: key(r, 'total'), parts: columns.map((c) => key(r, c)) })),
    ...columnsWithTotal.map((c) => ({ total: key('total', c), parts: rows.map((r) => key(r, c)) })),
  ];
  return { key, keys: rowsWithTotal.flatMap((r) => columnsWithTotal.map((c) => key(r, c))), rules };
}

/**
 * The hidden cells a reader can pin to one value using the sums and what they know besides: a
 * hidden count is at least 1 (zeros are shown). Per hidden cell, its smallest and largest value
 * over all tables that fit; a cell whose two are equal is given away. The sums of a table with
 * totals form a totally unimodular system, so both ends are whole numbers and a gap of one or more
 * means at least two possible counts.
 */
export function pinnedCells(
  cells: ReadonlyMap<string, number>,
  rules: readonly SumRule[],
  hidden: ReadonlySet<string>,
): string[] {
  const unknowns = [...cells.keys()].filter((k) => hidden.has(k));
  const constraints = new Map<string, { equal: number } | { min: number }>();
  const variables = new Map<string, Map<string, number>>(unknowns.map((k) => [k, new Map([[`at_least:${k}`, 1]])]));
  for (const k of unknowns) constraints.set(`at_least:${k}`, { min: 1 });
  rules.forEach((rule, i) => {
    // parts − total = 0, with the shown members moved to the right-hand side.
    let known = 0;
    let touches = false;
    const add = (key: string, sign: number) => {
      const coefficients = variables.get(key);
      if (!coefficients) known += sign * cells.get(key)!;
      else {
        coefficients.set(`sum:${i}`, (coefficients.get(`sum:${i}`) ?? 0) + sign);
        touches = true;
      }
    };
    add(rule.total, -1);
    for (const part of rule.parts) add(part, 1);
    if (touches) constraints.set(`sum:${i}`, { equal: -known });
  });
  return unknowns.filter((k) => {
    const extreme = (direction: 'minimize' | 'maximize') =>
      solve({ direction, objective: `at_least:${k}`, constraints, variables });
    const low = extreme('minimize');
    const high = extreme('maximize');
    // The true report is always a solution, so "infeasible" cannot happen; "unbounded" is safe.
    return low.status === 'optimal' && high.status === 'optimal' && high.result - low.result < 0.5;
  });
}
