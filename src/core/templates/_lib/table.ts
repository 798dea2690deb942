/** One plan table as a unit's template table: the rows the unit leads or supports, with their context. */
import type { ColumnRole } from '../../detect/roles';
import { rowKeyOf } from '../../consolidate/match';
import type {
  AppendixTable,
  GroupRow,
  IndicatorItem,
  SectionRow,
  TaskItem,
} from '../../parse/model';
import type { Roster } from '../../units/roster';
import { NAME_ROLES, planColumns, REPORT_COLUMNS, ROW_KEY_COLUMN } from '../columns';
import type { TemplateColumn, TemplateRow, TemplateTable } from '../types';
import { isPrefix, planValues, subRowLetter, unitRoleIn } from './items';

type Item = TaskItem | IndicatorItem;

/** A plan row the template keeps, at its plan row; at one row a section comes before a group before an item. */
type Entry =
  | { readonly row: number; readonly order: 0; readonly section: SectionRow }
  | { readonly row: number; readonly order: 1; readonly group: GroupRow }
  | { readonly row: number; readonly order: 2; readonly item: Item };

/** What every row of one table is written with. */
interface TableColumns {
  readonly sheet: string;
  readonly roles: ReadonlySet<ColumnRole>;
  readonly planRoles: ReadonlySet<ColumnRole>;
  readonly nameRole: ColumnRole | undefined;
}

const pathKey = (p: readonly string[]) => p.join('/');

/**
 * The template table of a plan table for one unit: its columns, and the rows the unit leads or
 * supports under the sections and group rows above them.
 * @example buildTable(table, 'Văn phòng Sở', roster).columns.at(-1) // ROW_KEY_COLUMN
 */
export function buildTable(table: AppendixTable, unit: string, roster: Roster): TemplateTable {
  const columns: TemplateColumn[] = [
    ...planColumns(table),
    ...REPORT_COLUMNS[table.kind],
    ROW_KEY_COLUMN,
  ];
  const roles = new Set(columns.map((c) => c.role));
  const tableColumns: TableColumns = {
    sheet: table.sheet,
    roles,
    planRoles: new Set(columns.filter((c) => c.part === 'plan').map((c) => c.role)),
    nameRole: NAME_ROLES.find((r) => roles.has(r)),
  };
  const chosen = new Map<Item, 'lead' | 'support'>();
  for (const item of table.items) {
    const role = unitRoleIn(item, unit, roster);
    if (role) chosen.set(item, role);
  }
  const rows = templateRows(tableEntries(table, [...chosen.keys()]), tableColumns, chosen);
  return { kind: table.kind, planSheet: table.sheet, columns, rows };
}

/** The chosen items with the sections and group rows that head them, in plan order. */
function tableEntries(table: AppendixTable, items: readonly Item[]): Entry[] {
  const sections = table.sections.filter((s) => items.some((i) => isPrefix(s.path, i.sectionPath)));
  const groups = table.groups.filter((g) =>
    items.some(
      (i) =>
        pathKey(i.sectionPath) === pathKey(g.sectionPath) &&
        (i.stt === g.stt || i.stt.startsWith(`${g.stt}.`)),
    ),
  );
  return [
    ...sections.map((section) => ({ row: section.row, order: 0 as const, section })),
    ...groups.map((group) => ({ row: group.row, order: 1 as const, group })),
    ...items.map((item) => ({ row: item.row, order: 2 as const, item })),
  ].sort((a, b) => a.row - b.row || a.order - b.order);
}

function templateRows(
  entries: readonly Entry[],
  t: TableColumns,
  chosen: ReadonlyMap<Item, 'lead' | 'support'>,
): TemplateRow[] {
  const rows: TemplateRow[] = [];
  // The numbered row above, for a task split into a), b) rows: its STT shows once.
  let above: { stt: string; path: string } | undefined;
  for (const e of entries) {
    if ('section' in e) {
      const s = e.section;
      rows.push({
        kind: 'section',
        label: s.label,
        title: s.title,
        text: s.title ? `${s.label}. ${s.title}` : s.label,
      });
      above = undefined;
    } else if ('group' in e) {
      const g = e.group;
      rows.push({
        kind: 'group',
        stt: g.stt,
        values: { number: g.stt, ...(t.nameRole ? { [t.nameRole]: g.content } : {}) },
      });
      above = { stt: g.stt, path: pathKey(g.sectionPath) };
    } else {
      const item = e.item;
      const path = pathKey(item.sectionPath);
      rows.push({
        kind: 'item',
        key: item.key,
        rowKey: rowKeyOf(t.sheet, item.key),
        unitRole: chosen.get(item)!,
        values: itemValues(item, t, above?.stt === item.stt && above.path === path),
      });
      above = { stt: item.stt, path };
    }
  }
  return rows;
}

/**
 * The plan texts an item row shows; an a), b) sub-row gets its letter before its name, and no
 * STT when the row above already shows it.
 */
function itemValues(
  item: Item,
  t: TableColumns,
  sameNumberAbove: boolean,
): Partial<Record<ColumnRole, string>> {
  const letter = subRowLetter(item.key);
  const values: Partial<Record<ColumnRole, string>> = {};
  for (const [role, text] of Object.entries(planValues(item, t.roles)) as [ColumnRole, string][])
    if (t.planRoles.has(role) && text) values[role] = text;
  if (letter && t.nameRole) values[t.nameRole] = `${letter}) ${values[t.nameRole] ?? ''}`.trimEnd();
  if (letter && sameNumberAbove) values.number = '';
  return values;
}
