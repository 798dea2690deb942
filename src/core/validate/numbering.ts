import { pathKey } from '../_lib/section-path';
import { issue, type Issue } from '../issues/types';
import { numberingRestarts } from '../parse/keys';
import type { GroupRow, ItemCells } from '../parse/model';

/** A numbered row of a table, as parsed or as read. */
export interface NumberedRow {
  readonly stt: string;
  readonly row: number;
  readonly sectionPath: readonly string[];
  readonly cells: ItemCells;
}

/**
 * STT order checks: a skipped number ("7" then "9") or a number going back ("9" then "8"),
 * per section when numbering restarts in every section, else through the whole table.
 * Numbers that repeat are reported as duplicate keys by the reader, not here.
 * @example checkNumbering(parsedTable) // [{ code: 'stt-gap', expected: '7', found: '9', cell: 'A14' }]
 */
export function checkNumbering(table: {
  readonly sheet: string;
  readonly rows: readonly NumberedRow[];
  readonly groups: readonly GroupRow[];
}): Issue[] {
  const { rows: numbered, groups } = table;
  const issues: Issue[] = [];
  const rows = [
    ...numbered.map((i) => ({
      stt: i.stt,
      row: i.row,
      path: pathKey(i.sectionPath),
      cell: i.cells.number,
    })),
    ...groups.map((g) => ({
      stt: g.stt,
      row: g.row,
      path: pathKey(g.sectionPath),
      cell: undefined,
    })),
  ].sort((a, b) => a.row - b.row);

  const restarts = numberingRestarts([...numbered, ...groups]);

  // Highest number seen per scope: a scope is the parent number ("" for top level) within a
  // section (path → parent → highest).
  const highest = new Map<string, Map<string, number>>();
  let lastPath: string | undefined;
  let lastStt: string | undefined;
  for (const r of rows) {
    if (r.path === lastPath && r.stt === lastStt) continue; // a)/b) rows of one task
    lastPath = r.path;
    lastStt = r.stt;
    const dot = r.stt.lastIndexOf('.');
    const n = Number(dot < 0 ? r.stt : r.stt.slice(dot + 1));
    if (!Number.isInteger(n)) continue;
    const parent = dot < 0 ? '' : r.stt.slice(0, dot);
    const scopePath = restarts ? r.path : '';
    let inSection = highest.get(scopePath);
    if (!inSection) highest.set(scopePath, (inSection = new Map()));
    const prefix = dot < 0 ? '' : `${parent}.`;
    const high = inSection.get(parent) ?? 0;
    const cell = r.cell ?? `A${r.row}`;
    if (n > high + 1)
      issues.push(
        issue({
          code: 'stt-gap',
          sheet: table.sheet,
          cell,
          expected: `${prefix}${high + 1}`,
          found: r.stt,
        }),
      );
    else if (n < high)
      issues.push(
        issue({
          code: 'stt-out-of-order',
          sheet: table.sheet,
          cell,
          stt: r.stt,
          after: `${prefix}${high}`,
        }),
      );
    if (n > high) inSection.set(parent, n);
  }
  return issues;
}
