/**
 * Section paths joined, per path array: the items of one section share their path array, so this
 * is state of the scan's own items, not a global. Removing it: scan+consolidate (b) 1.14×, A/B 2026-12-04.
 */
const pathKeys = new WeakMap<readonly string[], string>();

/**
 * A section path as one string, computed once per path array.
 * @example pathKey(['I', '2']) // 'I/2'
 */
export function pathKey(path: readonly string[]): string {
  if (path.length === 0) return '';
  let key = pathKeys.get(path);
  if (key === undefined) pathKeys.set(path, (key = path.join('/')));
  return key;
}
