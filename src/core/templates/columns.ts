/**
 * The columns of a template table: the plan's columns it keeps (with labels that read back),
 * the report columns the unit fills, the hidden row key.
 */
import type { TableKind } from '../detect/header';
import { readHeaderLabel, resolveAmbiguousRole, type ColumnRole } from '../detect/roles';
import type { AppendixTable } from '../parse/model';
import type { TemplateColumn } from './types';

/** Report columns a unit fills, by table kind (labels the reader knows, DOMAIN.md §1). */
export const REPORT_COLUMNS: Readonly<Record<TableKind, readonly TemplateColumn[]>> = {
  tasks: [
    { role: 'status', label: 'Tình trạng', part: 'report' },
    { role: 'completionDate', label: 'Ngày hoàn thành', part: 'report' },
    { role: 'actual', label: 'Kết quả thực hiện', part: 'report' },
    { role: 'evidence', label: 'Minh chứng', part: 'report' },
  ],
  indicators: [
    { role: 'actual', label: 'Kết quả thực hiện', part: 'report' },
    { role: 'numerator', label: 'Tử số', part: 'report' },
    { role: 'denominator', label: 'Mẫu số', part: 'report' },
  ],
};

/** The hidden column holding each row's key, by which the unit's report maps back to the plan. */
export const ROW_KEY_COLUMN: TemplateColumn = {
  role: 'rowKey',
  label: 'Mã dòng (PhuLuc)',
  part: 'key',
};

/** The words of the status drop-down list (DOMAIN.md §4, one per status the office judges). */
export const STATUS_CHOICES = [
  'Đã hoàn thành',
  'Đang thực hiện',
  'Chưa thực hiện',
  'Không phát sinh',
] as const;

/** Plan columns a template keeps, by table kind, with the label used when the plan's own label
 * does not read back alone (a lower label of a two-row header). */
const PLAN_ROLES: Readonly<Record<TableKind, ReadonlyArray<readonly [ColumnRole, string]>>> = {
  tasks: [
    ['number', 'STT'],
    ['objective', 'Mục tiêu'],
    ['content', 'Nội dung công việc'],
    ['activity', 'Hoạt động'],
    ['deliverable', 'Kết quả'],
    ['lead', 'Đơn vị chủ trì'],
    ['support', 'Đơn vị phối hợp'],
    ['units', 'Phòng, đơn vị thực hiện'],
    ['deadline', 'Thời gian thực hiện'],
    ['budget', 'Kinh phí'],
    ['note', 'Ghi chú'],
  ],
  indicators: [
    ['number', 'STT'],
    ['indicatorName', 'Nội dung chỉ tiêu'],
    ['measureUnit', 'Đơn vị tính'],
    ['target', 'Chỉ tiêu giao'],
    ['lead', 'Đơn vị chủ trì'],
    ['support', 'Đơn vị phối hợp'],
    ['units', 'Đơn vị thực hiện'],
  ],
};

/** Roles of the column that names a row, by preference: a group's title and a), b) go there. */
export const NAME_ROLES: readonly ColumnRole[] = [
  'content',
  'activity',
  'objective',
  'indicatorName',
];

/**
 * The plan columns a template keeps: known plan roles, first of each, labels that read back.
 * @example planColumns(table).every((c) => c.part === 'plan') // true
 */
export function planColumns(table: AppendixTable): TemplateColumn[] {
  const known = new Map(PLAN_ROLES[table.kind]);
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
  if (!seen.has('number')) columns.unshift({ role: 'number', label: 'STT', part: 'plan' });
  return columns;
}
