import { columnLetters, parseRange } from '../../../core/grid/a1';
import type { CellRange } from '../../../core/grid/types';

/**
 * The cell part of an Office.js address: `'Phụ lục'!A1:G7` → `A1:G7`.
 * @example cellPart("'Phụ lục'!A1:G7") // 'A1:G7'
 * @example cellPart('B2') // 'B2'
 */
export function cellPart(address: string): string {
  const bang = address.lastIndexOf('!');
  return (bang >= 0 ? address.slice(bang + 1) : address).trim();
}

/**
 * The rectangles of a `RangeAreas` address, which lists areas separated by commas, each with its
 * sheet name (quoted when it has spaces or commas: `'Kế hoạch, 2024'!A1:B2`).
 * @example splitAreas("'Phụ lục, 2'!A1:B1, 'Phụ lục, 2'!C3") // [{ top: 0, left: 0, bottom: 0, right: 1 }, { top: 2, left: 2, bottom: 2, right: 2 }]
 */
export function splitAreas(address: string): CellRange[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'")
      quoted = !quoted; // a doubled '' inside a name toggles twice
    else if (ch === ',' && !quoted) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  return parts
    .map((p) => cellPart(p))
    .filter((p) => p !== '')
    .map((p) => parseRange(p));
}

/**
 * Whole columns `from`..`to` (0-based).
 * @example columnsAddress(0, 2) // 'A:C'
 */
export function columnsAddress(from: number, to: number): string {
  return `${columnLetters(from)}:${columnLetters(to)}`;
}

/**
 * Whole rows `from`..`to` (0-based).
 * @example rowsAddress(4, 8) // '5:9'
 */
export function rowsAddress(from: number, to: number): string {
  return `${from + 1}:${to + 1}`;
}
