import type { SheetView } from '../_lib/sheet-view';
import { yearTargetColumns, type TableHeader } from '../detect/header';
import { requiredColumns, type ColumnRole } from '../detect/roles';
import { rangeToA1, toA1 } from '../grid/a1';
import { issue, type Issue } from '../issues/types';

/**
 * Header checks: a required column missing, two columns with one role, data under a blank header.
 * @example checkHeader(view, header, 'PL2', 12) // [{ code: 'missing-column', role: 'lead', … }]
 */
export function checkHeader(
  view: SheetView,
  header: TableHeader,
  sheet: string,
  lastRow: number,
): Issue[] {
  const issues: Issue[] = [];
  const headerRange = rangeToA1({
    top: header.top,
    bottom: header.bottom,
    left: header.left,
    right: header.right,
  });
  for (const [role, accepted] of requiredColumns(header.kind)) {
    if (!header.columns.some((c) => c.role && accepted.includes(c.role))) {
      issues.push(issue({ code: 'missing-column', sheet, cell: headerRange, role }));
    }
  }
  const firstByRole = new Map<ColumnRole, number>();
  // Targets by year ("Năm 2025", "Đến năm 2030") are one column per year, not a repeat.
  const years = yearTargetColumns(header);
  const byYear = new Set(years.length >= 2 ? years.map((y) => y.col) : []);
  for (const c of header.columns) {
    if (!c.role || byYear.has(c.col)) continue;
    const first = firstByRole.get(c.role);
    if (first === undefined) firstByRole.set(c.role, c.col);
    else
      issues.push(
        issue({
          code: 'duplicate-header',
          sheet,
          cell: toA1(header.bottom, c.col),
          label: c.label,
          firstCell: toA1(header.bottom, first),
        }),
      );
  }
  const labelled = new Set(header.columns.map((c) => c.col));
  for (let col = header.left; col <= header.right; col++) {
    if (labelled.has(col) || view.mergeAt(header.top, col)) continue;
    let hasData = false;
    for (let r = header.bottom + 1; r < lastRow && !hasData; r++)
      hasData = view.ownText(r, col) !== '';
    if (hasData) issues.push(issue({ code: 'blank-header', sheet, cell: toA1(header.top, col) }));
  }
  return issues;
}
