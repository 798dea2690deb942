import { cellText, type GridBook } from '../grid/types';

/** The hidden sheet where PhuLuc lists the report sheets it wrote (same in every writer). */
export const OWNED_MARKER_SHEET = '_phuluc';

/**
 * Names of the sheets PhuLuc itself wrote into a workbook, read from its marker sheet, plus the
 * marker: scanning leaves them out, since they are reports, not plans.
 * @example ownedSheets(book) // Set { '_phuluc', 'Tổng hợp nhiệm vụ', … }
 */
export function ownedSheets(book: GridBook): Set<string> {
  const marker = book.sheets.find((s) => s.name.toLowerCase() === OWNED_MARKER_SHEET);
  const owned = new Set<string>();
  if (!marker) return owned;
  owned.add(marker.name);
  for (const row of marker.rows) {
    if (cellText(row?.[0]) === 'sheet') {
      const name = cellText(row?.[1]);
      if (name) owned.add(name);
    }
  }
  return owned;
}
