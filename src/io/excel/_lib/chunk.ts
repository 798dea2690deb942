/**
 * Packing queued work into requests below a size budget, and splitting rows into blocks.
 */

/** Work that must go into one request together (e.g. a text format and the values it protects). */
export interface Unit {
  /** Estimated request bytes. */
  readonly bytes: number;
}

/**
 * Packs units, in order, into batches whose estimated bytes stay within `budget`. A unit larger
 * than the budget goes alone into its own batch (callers size blocks so this does not happen).
 * @example packBatches([{ bytes: 3 }, { bytes: 3 }, { bytes: 3 }], 6).map((b) => b.length) // [2, 1]
 */
export function packBatches<T extends Unit>(units: readonly T[], budget: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const u of units) {
    if (current.length > 0 && size + u.bytes > budget) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(u);
    size += u.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Splits rows `0..count-1` into consecutive blocks of at most `maxRows` rows whose summed
 * `rowBytes` stay within `maxBytes` (a single row may exceed it alone).
 * @example rowBlocks([5, 5, 5, 5], 10, 100) // [[0, 2], [2, 4]]
 */
export function rowBlocks(
  rowBytes: readonly number[],
  maxBytes: number,
  maxRows: number,
): [number, number][] {
  const blocks: [number, number][] = [];
  let start = 0;
  let size = 0;
  rowBytes.forEach((b, r) => {
    if (r > start && (size + b > maxBytes || r - start >= maxRows)) {
      blocks.push([start, r]);
      start = r;
      size = 0;
    }
    size += b;
  });
  if (rowBytes.length > start) blocks.push([start, rowBytes.length]);
  return blocks;
}

/**
 * Splits `count` rows into bands of at most `maxCells` cells (at least one row each).
 * @example rowBands(10, 4, 12) // [[0, 3], [3, 6], [6, 9], [9, 10]]
 */
export function rowBands(count: number, columns: number, maxCells: number): [number, number][] {
  const step = Math.max(1, Math.floor(maxCells / Math.max(1, columns)));
  const bands: [number, number][] = [];
  for (let r = 0; r < count; r += step) bands.push([r, Math.min(count, r + step)]);
  return bands;
}
