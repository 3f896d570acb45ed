/**
 * Whether two people on a map share a name. Allowed (two friends can both be called Ans) but
 * worth a gentle warning, so the worker can add something that tells them apart. Compared the
 * Dutch way, ignoring case and surrounding spaces, for any alphabet (Ölçer, ÖLÇER).
 */
export function hasDuplicateNames(names: readonly string[]): boolean {
  const seen = new Set<string>();
  for (const name of names) {
    const key = name.trim().toLocaleLowerCase('nl');
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}
