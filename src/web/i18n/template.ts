import type { TFunction } from 'i18next';

/**
 * A translation with placeholders, looked up once and filled in many times. For long lists: a
 * 150-row table asked i18next for 750 interpolated texts per render, the largest single cost of
 * building the network map's list editor. Only for plain {{placeholders}}, not plurals or formats.
 */
export function template<Name extends string>(
  t: TFunction,
  key: string,
  names: readonly Name[],
): (values: Record<Name, string | number>) => string {
  const marks = Object.fromEntries(names.map((name, i) => [name, `\u0000${i}\u0000`]));
  const parts = (t(key, marks) as string).split('\u0000');
  // parts alternate: text, placeholder index, text, ...
  return (values) => {
    let out = parts[0];
    for (let i = 1; i < parts.length; i += 2) out += String(values[names[Number(parts[i])]]) + parts[i + 1];
    return out;
  };
}
