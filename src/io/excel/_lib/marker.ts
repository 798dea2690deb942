/**
 * How PhuLuc marks the sheets it owns, so a second run replaces only those and never a user's
 * sheet. With ExcelApi 1.12 each owned sheet carries a worksheet custom property; without it
 * (and always in the exceljs writer) a very hidden sheet `_phuluc` lists them, one
 * `sheet | <name>` row each after `generator | PhuLuc`, `version | 1`, `asOf | <date>`.
 * The constants equal those of `src/io/xlsx/write.ts` (a test checks), without importing
 * exceljs into the add-in.
 */

export const MARKER_SHEET = '_phuluc';
export const MARKER_VERSION = 1;
/** The worksheet custom property on owned sheets (ExcelApi 1.12). */
export const OWNER_PROPERTY = 'PhuLuc';

/** The marker sheet's rows for a set of owned sheets. */
export function markerRows(owned: readonly string[], asOf: string): (string | number)[][] {
  return [
    ['generator', 'PhuLuc'],
    ['version', MARKER_VERSION],
    ['asOf', asOf],
    ...owned.map((name) => ['sheet', name]),
  ];
}

/**
 * The sheet names a marker sheet's values list.
 * @example ownedFromMarker([['generator', 'PhuLuc'], ['sheet', 'Tổng hợp nhiệm vụ']]) // ['Tổng hợp nhiệm vụ']
 */
export function ownedFromMarker(values: readonly (readonly unknown[])[]): string[] {
  return values.flatMap((row) =>
    row[0] === 'sheet' && typeof row[1] === 'string' && row[1] !== '' ? [row[1]] : [],
  );
}

/** The custom property's value: what wrote the sheet, as JSON. */
export function ownerPropertyValue(role: string, asOf: string): string {
  return JSON.stringify({ generator: 'PhuLuc', version: MARKER_VERSION, role, asOf });
}

/**
 * Case-insensitive sheet-name equality, as Excel compares sheet names.
 * @example sameSheetName('Phụ Lục', 'phụ lục') // true
 */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi');
}
