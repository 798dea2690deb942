import { pathKey } from '../_lib/section-path';
import { issue, type Issue } from '../issues/types';
import type { AppendixTable } from '../parse/model';

/**
 * STT order checks: a skipped number ("7" then "9") or a number going back ("9" then "8"),
 * per section when numbering restarts in every section, else through the whole table.
 * Numbers that repeat are reported as duplicate keys by the reader, not here.
 * @example checkNumbering(table) // [{ code: 'stt-gap', expected: '7', found: '9', cell: 'A14' }]
 */
export function checkNumbering(table: AppendixTable): Issue[] {
  const issues: Issue[] = [];
  const rows = [
    ...table.items.map((i) => ({
      stt: i.stt,
      row: i.row,
      path: pathKey(i.sectionPath),
      cell: i.cells.number,
    })),
    ...table.groups.map((g) => ({
      stt: g.stt,
      row: g.row,
      path: pathKey(g.sectionPath),
      cell: undefined,
    })),
  ].sort((a, b) => a.row - b.row);

  const topSections = new Map<string, Set<string>>();
  for (const r of rows) {
    const top = r.stt.split('.')[0]!;
    topSections.set(top, (topSections.get(top) ?? new Set()).add(r.path));
  }
  const restarts = [...topSections.values()].some((s) => s.size > 1);

  // Highest number seen per scope: a scope is the parent number ("" for top level) within a section.
  const highest = new Map<string, number>();
  let lastStt = '';
  for (const r of rows) {
    const id = `${r.path}|${r.stt}`;
    if (id === lastStt) continue; // a)/b) rows of one task
    lastStt = id;
    const parts = r.stt.split('.');
    const n = Number(parts[parts.length - 1]);
    if (!Number.isInteger(n)) continue;
    const scope = `${restarts ? r.path : ''}|${parts.slice(0, -1).join('.')}`;
    const prefix = parts.length > 1 ? `${parts.slice(0, -1).join('.')}.` : '';
    const high = highest.get(scope) ?? 0;
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
    highest.set(scope, Math.max(high, n));
  }
  return issues;
}
