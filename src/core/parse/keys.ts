import { pathKey } from '../_lib/section-path';
import { columnLetters } from '../grid/a1';
import { issue, type Issue } from '../issues/types';
import type { ParsedRow } from './model';

/** A parsed row while its table is built: its key is made unique last. */
export type KeyedRow = { -readonly [K in keyof ParsedRow]: ParsedRow[K] };

/**
 * "3" of "3.2.1": the number a sub-number belongs to.
 * @example topNumber('3.2.1') // '3'
 */
export function topNumber(stt: string): string {
  const dot = stt.indexOf('.');
  return dot < 0 ? stt : stt.slice(0, dot);
}

/**
 * The letter of the n-th unlettered sub-row: a…z, then aa, ab… (never past the alphabet).
 * @example subRowLetter(27) // 'ab'
 */
export function subRowLetter(index: number): string {
  return columnLetters(index).toLowerCase();
}

/**
 * True when a top number ("3" of "3.2") appears in more than one section: numbering restarts in
 * every section, so an STT alone does not name a row.
 * @example numberingRestarts([{ stt: '1', sectionPath: ['I'] }, { stt: '1', sectionPath: ['II'] }]) // true
 */
export function numberingRestarts(
  rows: readonly { readonly stt: string; readonly sectionPath: readonly string[] }[],
): boolean {
  const sectionOfTop = new Map<string, string>();
  for (const row of rows) {
    const top = topNumber(row.stt);
    const path = pathKey(row.sectionPath);
    const first = sectionOfTop.get(top);
    if (first === undefined) sectionOfTop.set(top, path);
    else if (first !== path) return true;
  }
  return false;
}

/**
 * Prefixes keys with the section path when numbering restarts; flags keys still duplicated.
 * @example assignKeys(rows, 'PL1', issues) // keys '1', '1' become '1', '1~2' and a duplicate-key issue
 */
export function assignKeys(rows: KeyedRow[], sheet: string, issues: Issue[]): void {
  const restarts = numberingRestarts(rows);
  const seen = new Map<string, KeyedRow>();
  for (const row of rows) {
    if (restarts && row.sectionPath.length > 0) row.key = `${pathKey(row.sectionPath)}/${row.key}`;
    const first = seen.get(row.key);
    if (first) {
      const original = row.key;
      let n = 2;
      while (seen.has(`${original}~${n}`)) n++;
      row.key = `${original}~${n}`;
      issues.push(
        issue({
          code: 'duplicate-key',
          sheet,
          cell: row.cells.number ?? `A${row.row}`,
          key: original,
          firstCell: first.cells.number ?? `A${first.row}`,
        }),
      );
    }
    seen.set(row.key, row);
  }
}
