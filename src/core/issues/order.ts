import { parseA1 } from '../grid/a1';
import type { AppendixTable } from '../parse/model';
import type { Issue } from './types';

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
    if (!i.cell) return [sheet, 0, 0];
    try {
      const { row, col } = parseA1(i.cell.split(':')[0]!);
      return [sheet, row + 1, col + 1];
    } catch {
      return [sheet, 0, 0];
    }
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
