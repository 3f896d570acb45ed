// Text PostgreSQL can store. It refuses the NUL character in text and jsonb, and a half of a
// surrogate pair (a broken emoji) cannot be written as UTF-8. Both are refused where input comes
// in, with a message, instead of failing deep in a query.
const halfSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isStorableText = (text: string) => !text.includes('\0') && !halfSurrogate.test(text);

/** Where in a JSON value (keys included) the first text is that cannot be stored, or null. */
export function unstorableAt(value: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (typeof value === 'string') return isStorableText(value) ? null : path;
  if (!value || typeof value !== 'object') return null;
  for (const [key, inner] of Object.entries(value)) {
    const at = [...path, Array.isArray(value) ? Number(key) : key];
    if (!isStorableText(key)) return at;
    const found = unstorableAt(inner, at);
    if (found) return found;
  }
  return null;
}
