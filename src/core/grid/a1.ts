import { boundedMemo } from '../_lib/memo';
import type { CellRange } from './types';

/**
 * Column letters of a 0-based column index.
 * @example columnLetters(0) // 'A'
 * @example columnLetters(27) // 'AB'
 */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * A1 address of a 0-based row and column.
 * @example toA1(9, 4) // 'E10'
 */
export function toA1(row: number, col: number): string {
  // Every cell a table reads keeps its address, and the units' copies of a plan use the same
  // addresses: one string per address (bounded memo on a numeric key), not one per cell read.
  // Removing it: scan+consolidate (b) 1.15×, A/B 2026-12-04.
  if (row < 0 || col < 0 || col >= COLUMNS) return `${columnLetters(col)}${row + 1}`;
  return addresses(row * COLUMNS + col);
}

/** Excel's columns: a cell's key is row × COLUMNS + col. */
const COLUMNS = 16_384;

const addresses = boundedMemo(
  (key: number) => `${columnLetters(key % COLUMNS)}${Math.floor(key / COLUMNS) + 1}`,
  { limit: 50_000 },
);

/**
 * 0-based row and column of an A1 address (`$` allowed).
 * @example parseA1('E10') // { row: 9, col: 4 }
 */
export function parseA1(address: string): { row: number; col: number } {
  // Read character by character: the checks read back every cell address of every item.
  const text = address.trim();
  let i = text.charCodeAt(0) === 36 ? 1 : 0; // '$'
  let col = 0;
  const lettersFrom = i;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  const letters = i - lettersFrom;
  if (text.charCodeAt(i) === 36) i++;
  let row = 0;
  const digitsFrom = i;
  for (; i < text.length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    row = row * 10 + d;
  }
  const digits = i - digitsFrom;
  if (letters < 1 || letters > 3 || digits < 1 || digits > 7 || i !== text.length)
    throw new RangeError(`Not an A1 address: ${address}`);
  return { row: row - 1, col: col - 1 };
}

/**
 * A range from `A1:B2` (or a single `A1`).
 * @example parseRange('A12:C14') // { top: 11, left: 0, bottom: 13, right: 2 }
 */
export function parseRange(range: string): CellRange {
  const [from, to = from] = range.split(':') as [string, string?];
  const a = parseA1(from);
  const b = parseA1(to);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/**
 * A1 text of a range; a single cell prints as `A1`.
 * @example rangeToA1({ top: 7, left: 0, bottom: 7, right: 4 }) // 'A8:E8'
 */
export function rangeToA1(range: CellRange): string {
  const from = toA1(range.top, range.left);
  const to = toA1(range.bottom, range.right);
  return from === to ? from : `${from}:${to}`;
}
