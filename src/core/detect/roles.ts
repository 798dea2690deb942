import { boundedMemo } from '../_lib/memo';
import { foldLabel, opensWithDigit } from '../text/fold';
import {
  ROLES,
  type ColumnRole,
  type RequiredColumn,
  type RoleDescriptor,
  type TableKind,
} from './role-descriptors';

export {
  ROLES,
  type ColumnRole,
  type RequiredColumn,
  type RoleDescriptor,
  type TableKind,
} from './role-descriptors';

const BY_ROLE = new Map(ROLES.map((d) => [d.role, d]));

/**
 * Every role's name, in template order (as `z.enum` takes them).
 * @example COLUMN_ROLES[0] // 'number'
 */
export const COLUMN_ROLES = ROLES.map((d) => d.role) as [ColumnRole, ...ColumnRole[]];

/**
 * The descriptor of a role.
 * @example roleOf('deadline').template // { tasks: 'Thời gian thực hiện' }
 */
function roleOf(role: ColumnRole): RoleDescriptor {
  return BY_ROLE.get(role)!;
}

/**
 * The roles whose descriptor passes a test, in template order.
 * @example rolesWhere((d) => d.part === 'report' && d.kinds.includes('tasks')) // ['status', 'completionDate', 'actual', 'evidence']
 */
export function rolesWhere(test: (d: RoleDescriptor) => boolean): ColumnRole[] {
  return ROLES.filter(test).map((d) => d.role);
}

/**
 * The roles that name a row, the one read first first.
 * @example NAME_ROLES // ['content', 'activity', 'objective', 'indicatorName']
 */
export const NAME_ROLES: readonly ColumnRole[] = ROLES.filter((d) => d.nameRank !== undefined)
  .sort((a, b) => a.nameRank! - b.nameRank!)
  .map((d) => d.role);

/**
 * The plan values that make a numbered row a task rather than a heading.
 * @example DATA_ROLES.includes('deadline') // true
 */
export const DATA_ROLES: readonly ColumnRole[] = rolesWhere((d) => d.data === true);

/**
 * The columns of one part (plan, report, key) a unit template has for a table kind, in order,
 * with their titles (labels the reader knows, DOMAIN.md §1).
 * @example templateColumns('indicators', 'report').map((c) => c.label) // ['Kết quả thực hiện', 'Tử số', 'Mẫu số']
 */
export function templateColumns<P extends RoleDescriptor['part']>(
  kind: TableKind,
  part: P,
): { readonly role: ColumnRole; readonly label: string; readonly part: P }[] {
  return ROLES.filter((d) => d.part === part && d.template?.[kind] !== undefined).map((d) => ({
    role: d.role,
    label: d.template![kind]!,
    part,
  }));
}

/**
 * The item (and scan JSON) field a role's text is read into; undefined when it has none of
 * its own (the units column is read into `lead` and `support`).
 * @example schemaFieldOf('target', 'indicators') // 'targetText'
 */
export function schemaFieldOf(role: ColumnRole, kind: TableKind): string | undefined {
  return roleOf(role).field?.[kind];
}

/**
 * The columns a table of a kind must have, each with the roles that stand for it.
 * @example requiredColumns('indicators') // [['indicatorName', ['content', 'indicatorName']], ['target', ['target']]]
 */
export function requiredColumns(
  kind: TableKind,
): ReadonlyArray<readonly [RequiredColumn, readonly ColumnRole[]]> {
  const required = new Map<RequiredColumn, ColumnRole[]>();
  for (const d of ROLES) {
    const column = d.satisfies?.[kind];
    if (column) required.set(column, [...(required.get(column) ?? []), d.role]);
  }
  return [...required];
}

/**
 * A label's reading before the table's kind is known. `chi tieu` and `don vi` change meaning
 * with the table: resolved by {@link resolveAmbiguousRole}.
 */
export type LabelReading = ColumnRole | 'indicatorOrTarget' | 'unitOrMeasure';

// The roles' patterns are disjoint except those marked `labelsFirst`, so only these go first.
const LABEL_ORDER: ReadonlyArray<readonly [RegExp, LabelReading]> = [
  ...ROLES.filter((d) => d.labelsFirst).map((d) => [d.labels, d.role] as const),
  [/^don vi$/, 'unitOrMeasure'],
  [/^chi tieu$/, 'indicatorOrTarget'],
  ...ROLES.filter((d) => !d.labelsFirst).map((d) => [d.labels, d.role] as const),
];

/**
 * Reads a header label; `undefined` when it names no known column.
 * Matching ignores case, diacritics, spacing, line breaks and punctuation.
 * @example readHeaderLabel('Thời gian\n thực hiện') // 'deadline'
 * @example readHeaderLabel('Chỉ tiêu              năm 2024') // 'target'
 */
export function readHeaderLabel(label: string): LabelReading | undefined {
  // Every cell of every row is tried; numbers and dates ("12", "15/12/2025") are most of the
  // short ones, and no label opens with a digit (only "(tử số)" and "(mẫu số)" end a label).
  if (opensWithDigit(label) && !label.includes('(')) return undefined;
  return readings(label);
}

// Module-level: every cell of every row is tried as a label, unit names and deadlines repeat
// down every plan, and the label search runs inside header detection, which no scan state reaches.
// Removing it: scan (a) 1.23×, scan+consolidate (b) 1.19×, A/B 2026-12-04.
const readings = boundedMemo(
  (label: string): LabelReading | undefined => {
    const folded = foldLabel(label);
    if (!folded) return undefined;
    return LABEL_ORDER.find(([pattern]) => pattern.test(folded))?.[1];
  },
  { limit: 20_000 },
);

/**
 * Settles an ambiguous label once the table's kind is known: in an indicator table the first
 * `Chỉ tiêu` names the indicator, `Đơn vị` is the unit of measure, and `Kết quả` / `Mục tiêu`
 * are the target (in a task table the deliverable and the objective); beside another target
 * column (`hasTarget`) `Kết quả` is the result achieved.
 * @example resolveAmbiguousRole('unitOrMeasure', 'indicators', false) // 'measureUnit'
 * @example resolveAmbiguousRole('deliverable', 'indicators', true) // 'target'
 */
export function resolveAmbiguousRole(
  reading: LabelReading,
  kind: TableKind,
  hasIndicatorName: boolean,
  hasTarget = false,
): ColumnRole {
  if (reading === 'unitOrMeasure') return kind === 'indicators' ? 'measureUnit' : 'units';
  if (reading === 'indicatorOrTarget') return hasIndicatorName ? 'target' : 'indicatorName';
  // Beside indicators, "Kết quả" (the expected result) and "Mục tiêu" are the target, unless
  // another column is: then "Kết quả" is what was achieved.
  if (kind === 'indicators' && reading === 'deliverable') return hasTarget ? 'actual' : 'target';
  if (kind === 'indicators' && reading === 'objective' && !hasTarget) return 'target';
  return reading;
}
