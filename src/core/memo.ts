/**
 * A function of a text, remembered: for what a 100,000-row sheet asks again and again of the same
 * few thousand texts (keys of names, titles' roles, tidied cells). At most `limit` texts are kept;
 * when full, the memory starts afresh, with no bookkeeping on each call. `f` must be pure and must
 * not return undefined (return null instead).
 */
export function memoize<T extends NonNullable<unknown> | null>(
  f: (text: string) => T,
  limit = 50_000,
): (text: string) => T {
  let cache = new Map<string, T>();
  return (text) => {
    const cached = cache.get(text);
    if (cached !== undefined) return cached;
    const value = f(text);
    if (cache.size >= limit) cache = new Map();
    cache.set(text, value);
    return value;
  };
}
