import { parseA1 } from '../grid/a1';
import type { AppendixTable } from '../parse/model';
import type { Issue, Severity } from './types';

/**
 * 0-based row and column of an issue's cell, or of a range's first cell; undefined when there is
 * no cell or it is not an A1 address.
 * @example cellPlace('A12:E12') // { row: 11, col: 0 }
 * @example cellPlace('not a cell') // undefined
 */
export function cellPlace(cell: string | undefined): { row: number; col: number } | undefined {
  if (!cell) return undefined;
  try {
    return parseA1(cell.split(':')[0]!);
  } catch {
    return undefined;
  }
}

/**
 * Orders issues as an officer reads down the workbook: sheet (in the order of its tables; sheets
 * without a table after them, issues with no sheet first), then row, then column.
 * @example issues.sort(byPlace(scan.tables)) // PL1!A7, PL1!C7, PL1!B9, PL2!A5, …
 */
export function byPlace(tables: readonly AppendixTable[]): (a: Issue, b: Issue) => number {
  const order = new Map<string, number>();
  tables.forEach((t, i) => order.has(t.sheet) || order.set(t.sheet, i));
  const place = (i: Issue): [number, number, number] => {
    const sheet = i.sheet === undefined ? -1 : (order.get(i.sheet) ?? order.size);
    const at = cellPlace(i.cell);
    return at ? [sheet, at.row + 1, at.col + 1] : [sheet, 0, 0];
  };
  // A sort compares each issue many times: its place is read from its cell once.
  const places = new Map<Issue, [number, number, number]>();
  const position = (i: Issue): [number, number, number] => {
    let p = places.get(i);
    if (!p) places.set(i, (p = place(i)));
    return p;
  };
  return (a, b) => {
    const pa = position(a);
    const pb = position(b);
    return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2];
  };
}

/** An issue of one of several files, as the consolidated report lists it ('' for no sheet or cell). */
export interface FileIssuePlace {
  readonly severity: Severity;
  readonly file: string;
  readonly sheet: string;
  readonly cell: string;
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders the issues of a consolidation (several files, no table order to follow): errors,
 * warnings, information; then the plan's file before the units' files, by file name, sheet
 * name, row and column; an issue without a readable cell last in its sheet.
 * @example lines.sort(bySeverityAndFile('ke-hoach.xlsx')) // errors of ke-hoach.xlsx, errors of phong-a.xlsx, warnings of …
 */
export function bySeverityAndFile(
  planFile: string,
): (a: FileIssuePlace, b: FileIssuePlace) => number {
  const place = (cell: string): [number, number] => {
    const at = cellPlace(cell);
    return at ? [at.row, at.col] : [Number.MAX_SAFE_INTEGER, 0];
  };
  return (a, b) => {
    const [ar, ac] = place(a.cell);
    const [br, bc] = place(b.cell);
    return (
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      Number(a.file !== planFile) - Number(b.file !== planFile) ||
      compareText(a.file, b.file) ||
      compareText(a.sheet, b.sheet) ||
      ar - br ||
      ac - bc
    );
  };
}
