/**
 * The core's input contract: a plain grid per sheet, as read by any adapter (exceljs, Office.js).
 * Spreadsheet errors and dates are values, never exceptions or host objects.
 */

/** A date as the spreadsheet shows it, without a time zone: `YYYY-MM-DD` (time, if any, dropped). */
export interface GridDate {
  readonly kind: 'date';
  readonly iso: string;
}

/** A formula error value such as `#N/A`, `#REF!`, `#DIV/0!`. */
export interface GridError {
  readonly kind: 'error';
  readonly code: string;
}

/** Excel's error values (Office.js gives them as text in `values`; a unit may type them). */
export const SPREADSHEET_ERRORS: ReadonlySet<string> = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#PYTHON!',
]);

export type CellValue = null | string | number | boolean | GridDate | GridError;

export interface Cell {
  /** The value as read (a formula's cached result, rich text flattened). */
  readonly value: CellValue;
  /** The text Excel displays, when the adapter knows it; otherwise derived from `value`. */
  readonly text?: string;
  /** The number format, e.g. `0%`, `dd/mm/yyyy`, `@`. */
  readonly format?: string;
}

/** A rectangle of cells, 0-based and inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Grid {
  readonly name: string;
  /** `rows[r][c]`, 0-based; missing entries are empty cells. Merged cells hold their value at the top-left only. */
  readonly rows: ReadonlyArray<ReadonlyArray<Cell | undefined> | undefined>;
  readonly merges: readonly CellRange[];
  readonly hidden?: boolean;
}

export interface GridBook {
  /** What the user calls this workbook in messages (usually the file name). */
  readonly name: string;
  readonly sheets: readonly Grid[];
}

/** @example isGridError({ kind: 'error', code: '#N/A' }) // true */
export function isGridError(value: CellValue): value is GridError {
  return typeof value === 'object' && value !== null && value.kind === 'error';
}

/** @example isGridDate({ kind: 'date', iso: '2024-11-15' }) // true */
export function isGridDate(value: CellValue): value is GridDate {
  return typeof value === 'object' && value !== null && value.kind === 'date';
}

/**
 * The text of a cell as a person reads it.
 * @example cellText({ value: { kind: 'date', iso: '2024-11-15' } }) // '15/11/2024'
 */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return '';
  if (cell.text !== undefined) return cell.text;
  const v = cell.value;
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberText(v, cell.format);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v.kind === 'date') {
    const [y, m, d] = v.iso.split('-');
    return `${d}/${m}/${y}`;
  }
  return v.code;
}

/**
 * A number as its format shows it, for the formats appendix tables use: percentages
 * (`0%`, `0.0%`) and plain numbers. Other formats fall back to the plain number.
 * @example numberText(0.92, '0%') // '92%'
 * @example numberText(0.855, '0.0%') // '85.5%'
 */
export function numberText(value: number, format?: string): string {
  if (format && /%/.test(format.replace(/"[^"]*"/g, ''))) {
    const decimals = /0[.,](0+)%/.exec(format)?.[1]?.length ?? 0;
    return `${Number((value * 100).toFixed(decimals))}%`;
  }
  return String(Number.isInteger(value) ? value : Number(value.toPrecision(15)));
}
