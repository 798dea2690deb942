/**
 * How PhuLuc marks the sheets it owns, so that a second run replaces only those and never a
 * user's sheet (docs/DOMAIN.md §5: write only sheets the product owns; a user cannot count on
 * Undo, which groups a whole write into one step only from ExcelApi 1.20). The exceljs writer,
 * and the Office.js writer without ExcelApi 1.12, list them in a very hidden sheet `_phuluc`:
 * column A a key, column B its value, `generator | PhuLuc`, `version | 1`, `asOf | <date>`, then
 * one `sheet | <name>` row per owned sheet. With ExcelApi 1.12 each owned sheet carries a
 * worksheet custom property instead. Scanning leaves the marker and the sheets it lists out:
 * they are reports, not plans. A report sheet whose name a user's sheet already has is written
 * under another name (`freeSheetName`), the same in both writers.
 */

export const MARKER_SHEET = '_phuluc';
export const MARKER_VERSION = 1;
/** The worksheet custom property on owned sheets (ExcelApi 1.12). */
export const OWNER_PROPERTY = 'PhuLuc';
/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;

/**
 * Case-insensitive sheet-name equality, as Excel compares sheet names.
 * @example sameSheetName('Phụ Lục', 'phụ lục') // true
 */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi');
}

/**
 * A name no `taken` sheet has: the report's own, else "<name> (PhuLuc)", "<name> (PhuLuc 2)", …,
 * shortened to Excel's 31 characters.
 * @example freeSheetName('Tổng hợp nhiệm vụ', ['tổng hợp nhiệm vụ']) // 'Tổng hợp nhiệm vụ (PhuLuc)'
 */
export function freeSheetName(name: string, taken: readonly string[]): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : n === 2 ? ' (PhuLuc)' : ` (PhuLuc ${n - 1})`;
    const candidate = name.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.some((t) => sameSheetName(t, candidate))) return candidate;
  }
}

/**
 * Whether a sheet is the marker sheet.
 * @example isMarkerSheet('_PhuLuc') // true
 */
export function isMarkerSheet(name: string): boolean {
  return sameSheetName(name, MARKER_SHEET);
}

/**
 * The marker sheet's rows (column A, column B) for the owned sheets of a report as of a date.
 * @example markerRows(['Tổng hợp nhiệm vụ'], '2025-12-15') // [['generator', 'PhuLuc'], ['version', 1], ['asOf', '2025-12-15'], ['sheet', 'Tổng hợp nhiệm vụ']]
 */
export function markerRows(sheets: readonly string[], asOf: string): (string | number)[][] {
  return [
    ['generator', 'PhuLuc'],
    ['version', MARKER_VERSION],
    ['asOf', asOf],
    ...sheets.map((name) => ['sheet', name]),
  ];
}

/**
 * The names of the owned sheets a marker sheet lists, from its rows' values (strings, or numbers
 * for a sheet named "2025"); blank and unknown rows are skipped.
 * @example parseMarker([['generator', 'PhuLuc'], ['sheet', 'Tổng hợp nhiệm vụ'], ['sheet', '']]) // ['Tổng hợp nhiệm vụ']
 */
export function parseMarker(rows: readonly (readonly unknown[] | undefined)[]): string[] {
  return rows.flatMap((row) => {
    if (!row || valueText(row[0]) !== 'sheet') return [];
    const name = valueText(row[1]);
    return name === '' ? [] : [name];
  });
}

function valueText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return '';
}

/**
 * The custom property's value on an owned sheet: what wrote it, as JSON.
 * @example ownerPropertyValue('tasks', '2025-12-15') // '{"generator":"PhuLuc","version":1,"role":"tasks","asOf":"2025-12-15"}'
 */
export function ownerPropertyValue(role: string, asOf: string): string {
  return JSON.stringify({ generator: 'PhuLuc', version: MARKER_VERSION, role, asOf });
}
