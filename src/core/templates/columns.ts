/**
 * The columns of a template table: the plan's columns it keeps (with labels that read back),
 * the report columns the unit fills, the hidden row key.
 */
import type { TableKind } from '../detect/header';
import {
  NAME_ROLES,
  readHeaderLabel,
  resolveAmbiguousRole,
  templateColumns,
  type ColumnRole,
} from '../detect/roles';
import type { AppendixTable } from '../parse/model';
import type { TemplateColumn } from './types';

/** Report columns a unit fills, by table kind (from the role descriptors, detect/role-descriptors.ts). */
export const REPORT_COLUMNS: Readonly<Record<TableKind, readonly TemplateColumn[]>> = {
  tasks: templateColumns('tasks', 'report'),
  indicators: templateColumns('indicators', 'report'),
};

/** The hidden column holding each row's key, by which the unit's report maps back to the plan. */
export const ROW_KEY_COLUMN: TemplateColumn = templateColumns('tasks', 'key')[0]!;

/** The words of the status drop-down list (DOMAIN.md §4, one per status the office judges). */
export const STATUS_CHOICES = [
  'Đã hoàn thành',
  'Đang thực hiện',
  'Chưa thực hiện',
  'Không phát sinh',
] as const;

/** Roles of the column that names a row, by preference: a group's title and a), b) go there. */
export { NAME_ROLES };

/**
 * The plan columns a template keeps: known plan roles, first of each, labels that read back.
 * @example planColumns(table).every((c) => c.part === 'plan') // true
 */
export function planColumns(table: AppendixTable): TemplateColumn[] {
  // The title used when the plan's own label does not read back alone (a lower label of a
  // two-row header).
  const known = new Map(templateColumns(table.kind, 'plan').map((c) => [c.role, c.label]));
  const seen = new Set<ColumnRole>();
  const columns: TemplateColumn[] = [];
  let hasName = false;
  for (const c of table.header.columns) {
    if (!c.role || !known.has(c.role) || seen.has(c.role)) continue;
    seen.add(c.role);
    // Read the label as the header detector will, alone on one row and in this order.
    const reading = readHeaderLabel(c.label);
    const role = reading ? resolveAmbiguousRole(reading, table.kind, hasName) : undefined;
    const label = role === c.role ? c.label : known.get(c.role)!;
    if (c.role === 'indicatorName') hasName = true;
    columns.push({ role: c.role, label, part: 'plan' });
  }
  if (!seen.has('number'))
    columns.unshift({ role: 'number', label: known.get('number')!, part: 'plan' });
  return columns;
}
