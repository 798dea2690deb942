/**
 * Differences between two readings of the same workbook, cell by cell, each put in the class
 * that explains it (./differences.ts): the differential tests accept only explained differences.
 */
import type { Cell, GridBook } from '../../../core/grid/types';
import { explainCell, type DifferenceId } from './differences';

/** Why the new reader and exceljs disagree on a cell, where exceljs was wrong. */
export type DifferenceClass = DifferenceId | 'unexplained';

export interface CellDifference {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly ours: Cell | undefined;
  readonly exceljs: Cell | undefined;
  readonly class: DifferenceClass;
}

/** Every cell where the two books differ (sheets compared by position; names, merges must match). */
export function gridDifferences(ours: GridBook, exceljs: GridBook): CellDifference[] {
  const out: CellDifference[] = [];
  if (ours.sheets.length !== exceljs.sheets.length)
    throw new Error(`sheets: ${ours.sheets.length} vs ${exceljs.sheets.length}`);
  ours.sheets.forEach((sheet, i) => {
    const other = exceljs.sheets[i]!;
    if (sheet.name !== other.name) throw new Error(`sheet ${i}: ${sheet.name} vs ${other.name}`);
    if (!!sheet.hidden !== !!other.hidden) throw new Error(`sheet ${sheet.name}: visibility`);
    const key = (m: { top: number; left: number; bottom: number; right: number }) =>
      `${m.top},${m.left},${m.bottom},${m.right}`;
    const merges = (g: typeof sheet) => g.merges.map(key).sort().join(' ');
    if (merges(sheet) !== merges(other)) throw new Error(`sheet ${sheet.name}: merges differ`);
    const rows = Math.max(sheet.rows.length, other.rows.length);
    for (let r = 0; r < rows; r++) {
      const a = sheet.rows[r] ?? [];
      const b = other.rows[r] ?? [];
      for (let c = 0; c < Math.max(a.length, b.length); c++) {
        if (JSON.stringify(a[c]) === JSON.stringify(b[c])) continue;
        const why = explainCell(a[c], b[c]) ?? 'unexplained';
        out.push({ sheet: sheet.name, row: r, col: c, ours: a[c], exceljs: b[c], class: why });
      }
    }
  });
  return out;
}
