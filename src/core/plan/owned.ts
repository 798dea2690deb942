import { cellText, type GridBook } from '../grid/types';
import { isMarkerSheet, parseMarker } from '../report-model/marker';

/**
 * Names of the sheets PhuLuc itself wrote into a workbook, read from its marker sheet, plus the
 * marker: scanning leaves them out, since they are reports, not plans.
 * @example ownedSheets(book) // Set { '_phuluc', 'Tổng hợp nhiệm vụ', … }
 */
export function ownedSheets(book: GridBook): Set<string> {
  const marker = book.sheets.find((s) => isMarkerSheet(s.name));
  const owned = new Set<string>();
  if (!marker) return owned;
  owned.add(marker.name);
  const rows = marker.rows.map((row) => [cellText(row?.[0]), cellText(row?.[1])]);
  for (const name of parseMarker(rows)) owned.add(name);
  return owned;
}
