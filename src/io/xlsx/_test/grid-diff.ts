/**
 * Differences between two readings of the same workbook, cell by cell, each put in the class
 * that explains it: the differential tests accept only explained differences.
 */
import type { Cell, CellValue, GridBook, GridDate } from '../../../core/grid/types';
import { formatKind, serialToIso } from '../reader/dates';

/** Why the new reader and exceljs disagree on a cell, where exceljs was wrong. */
export type DifferenceClass =
  /** A formula whose cached result is 0, FALSE or "": exceljs drops falsy results (blank). */
  | 'formula-falsy-result'
  /** Excel's `_xHHHH_` escapes (`_x000D_`): exceljs leaves them in the text. */
  | 'ooxml-escape'
  /** A serial before 1900-03-01: exceljs is a day off (it ignores Excel's fictitious 29/02/1900). */
  | 'date-before-march-1900'
  /** A time-only format (h:mm): exceljs makes a date of 30/12/1899; it is a time, not a day. */
  | 'time-format'
  /**
   * A serial no day shows (0, negative, 60 = Excel's 29/02/1900 that never was, past 9999): the
   * number is kept (the checks report it); exceljs invents a day or drops the cell.
   */
  | 'serial-without-a-day'
  | 'unexplained';

export interface CellDifference {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly ours: Cell | undefined;
  readonly exceljs: Cell | undefined;
  readonly class: DifferenceClass;
}

function classify(ours: Cell | undefined, theirs: Cell | undefined): DifferenceClass {
  const a = ours?.value;
  const b = theirs?.value;
  if (theirs === undefined && (a === 0 || a === false || a === '')) return 'formula-falsy-result';
  if (typeof a === 'string' && typeof b === 'string' && /_x[0-9A-Fa-f]{4}_/.test(b))
    return 'ooxml-escape';
  const kind = formatKind(ours?.format);
  if (typeof a === 'number' && kind === 'time' && isDate(b)) return 'time-format';
  if (typeof a === 'number' && kind === 'date' && (b === undefined || isDate(b)))
    return serialToIso(a, false) === null ? 'serial-without-a-day' : 'unexplained';
  if (isDate(a) && isDate(b) && a.iso < '1900-03-01') return 'date-before-march-1900';
  return 'unexplained';
}

function isDate(v: CellValue | undefined): v is GridDate {
  return typeof v === 'object' && v !== null && v.kind === 'date';
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
        out.push({
          sheet: sheet.name,
          row: r,
          col: c,
          ours: a[c],
          exceljs: b[c],
          class: classify(a[c], b[c]),
        });
      }
    }
  });
  return out;
}
