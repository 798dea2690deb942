/**
 * Wraps a pure function of a key in a bounded memo: each key is computed once, then read back.
 * The memo holds at most `limit` keys and is cleared whole when full (no unbounded growth, no
 * bookkeeping per read). Keys longer than `maxKeyLength` (strings only) are computed every time
 * and never stored: long free text rarely repeats and would only crowd the memo.
 *
 * `compute` may take a second argument, `context`, for what the key stands for (a row's raw
 * cells behind their joined text, say); the key alone must decide the result.
 * @example
 * const fold = boundedMemo((text: string) => text.toLowerCase(), { limit: 1_000, maxKeyLength: 200 });
 * fold('Văn Phòng Sở') // 'văn phòng sở' (computed)
 * fold('Văn Phòng Sở') // 'văn phòng sở' (read back)
 * @example
 * const width = boundedMemo((key: string, text: string) => text.length);
 * width('bold\u0000abc', 'abc') // 3
 */
export function boundedMemo<K, V, C = void>(
  compute: (key: K, context: C) => V,
  options: { readonly limit?: number; readonly maxKeyLength?: number } = {},
): (key: K, context: C) => V {
  const limit = options.limit ?? 20_000;
  const maxKeyLength = options.maxKeyLength ?? Infinity;
  // `undefined` is stored as NONE, so one lookup tells a miss from a cached `undefined` (the
  // commonest answer of some memos: most cell texts are no header label).
  const cache = new Map<K, V | typeof NONE>();
  return (key, context) => {
    const known = cache.get(key);
    if (known !== undefined) return (known === NONE ? undefined : known) as V;
    const value = compute(key, context);
    if (typeof key === 'string' && key.length > maxKeyLength) return value;
    if (cache.size >= limit) cache.clear();
    cache.set(key, value === undefined ? NONE : value);
    return value;
  };
}

const NONE: unique symbol = Symbol('none');
