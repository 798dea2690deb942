import type { TableKind } from '../detect/header';
import { readHeaderLabel, resolveAmbiguousRole, type ColumnRole } from '../detect/roles';
import { rowKeyOf } from '../consolidate/match';
import type { AppendixTable, GroupRow, IndicatorItem, SectionRow, TaskItem } from '../parse/model';
import { detectPlanYears, type PlanYears } from '../plan/year';
import type { ScanResult } from '../scan';
import { foldVietnamese } from '../text/fold';
import { matchUnit, type Roster } from '../units/roster';

/** Which part of a template a column belongs to: the plan's (locked), the unit's (to fill), the hidden key. */
export type TemplatePart = 'plan' | 'report' | 'key';

export interface TemplateColumn {
  readonly role: ColumnRole;
  /** The header label: the plan's own label for plan columns. */
  readonly label: string;
  readonly part: TemplatePart;
}

/** A section heading kept for context ("I. CẢI CÁCH THỂ CHẾ"): written across the plan columns. */
export interface TemplateSectionRow {
  readonly kind: 'section';
  readonly label: string;
  readonly title: string;
  /** What the row shows: "I. CẢI CÁCH THỂ CHẾ" (the label alone when there is no title). */
  readonly text: string;
}

/** A numbered row that only heads sub-rows (1 → 1.1, 1.2, or a), b) rows), kept for context. */
export interface TemplateGroupRow {
  readonly kind: 'group';
  readonly stt: string;
  /** Plan texts by column role (the STT and the group's title). */
  readonly values: Readonly<Partial<Record<ColumnRole, string>>>;
}

/** A task or indicator the unit reports on. */
export interface TemplateItemRow {
  readonly kind: 'item';
  /** The plan item's key ("II/3", "1.a"). */
  readonly key: string;
  /** The hidden row key: `rowKeyOf(planSheet, key)`. */
  readonly rowKey: string;
  /** What the unit does for this row. */
  readonly unitRole: 'lead' | 'support';
  /** Plan texts by column role, as the template shows them (STT empty on a task's second a), b) row). */
  readonly values: Readonly<Partial<Record<ColumnRole, string>>>;
}

export type TemplateRow = TemplateSectionRow | TemplateGroupRow | TemplateItemRow;

export interface TemplateTable {
  readonly kind: TableKind;
  /** The plan sheet the table comes from (the template sheet has the same name). */
  readonly planSheet: string;
  /** Plan columns, then report columns, then the hidden key column. */
  readonly columns: readonly TemplateColumn[];
  readonly rows: readonly TemplateRow[];
  /** Shown under the header when the table has no rows for the unit. */
  readonly note?: string;
}

export type TemplateLineKind =
  'parent-agency' | 'agency' | 'title' | 'plan-years' | 'reporting-unit' | 'instructions';

export interface TemplateTitleLine {
  readonly kind: TemplateLineKind;
  readonly text: string;
}

export interface TemplateSheet {
  /** The plan's sheet name, so that the unit's report maps back by name. */
  readonly name: string;
  /** The lines above the first table. */
  readonly titleLines: readonly TemplateTitleLine[];
  readonly tables: readonly TemplateTable[];
}

/** One unit's report template: data only, written to a workbook by the xlsx adapter. */
export interface UnitTemplate {
  /** The roster's canonical name. */
  readonly unit: string;
  /** ASCII slug of the unit's name, unique among the templates ("van-phong-so.xlsx"). */
  readonly fileName: string;
  /** The plan's years (the as-of year when the plan names none): the range completion dates may take. */
  readonly years: PlanYears;
  readonly sheets: readonly TemplateSheet[];
  /** How many task and indicator rows the unit reports on. */
  readonly tasks: number;
  readonly indicators: number;
}

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

const NAME_ROLES: readonly ColumnRole[] = ['content', 'activity', 'objective', 'indicatorName'];

/**
 * Builds one report template per roster unit (DOMAIN.md §4): for each plan table, the rows the
 * unit leads or supports (a generic group such as "Các phòng, đơn vị thuộc Sở" counts for every
 * unit; a unit named in a column takes that column's role), with the sections and group rows
 * above them kept for context, the plan's columns, the report columns and the hidden row key.
 * A unit with no row anywhere still gets a template: every plan table, empty, with a note.
 * @example buildTemplates(planScan).map((t) => [t.unit, t.fileName, t.tasks]) // [['Văn phòng Sở', 'van-phong-so.xlsx', 18], …]
 */
export function buildTemplates(plan: ScanResult): UnitTemplate[] {
  const years = plan.planYears ?? {
    from: Number(plan.asOf.slice(0, 4)),
    to: Number(plan.asOf.slice(0, 4)),
  };
  const taken = new Set<string>();
  return plan.roster.units.map((unit) => {
    const fileName = uniqueFileName(unit.name, taken);
    const tables = plan.tables.map((table) => ({
      table,
      template: buildTable(table, unit.name, plan.roster),
    }));
    const withRows = tables.filter((t) => t.template.rows.some((r) => r.kind === 'item'));
    const kept: { table: AppendixTable; template: TemplateTable }[] =
      withRows.length > 0
        ? withRows
        : tables.map((t) => ({
            table: t.table,
            template: { ...t.template, note: emptyNote(t.table.kind) },
          }));
    // One template sheet per plan sheet, in plan order, holding that sheet's tables.
    const bySheet = new Map<string, TemplateTable[]>();
    for (const { table, template } of kept)
      bySheet.set(table.sheet, [...(bySheet.get(table.sheet) ?? []), template]);
    const count = (kind: TableKind) =>
      kept
        .filter((k) => k.template.kind === kind)
        .reduce((n, k) => n + k.template.rows.filter((r) => r.kind === 'item').length, 0);
    return {
      unit: unit.name,
      fileName,
      years,
      sheets: [...bySheet].map(([name, sheetTables]): TemplateSheet => ({
        name,
        titleLines: titleLines(plan, unit.name, sheetTables),
        tables: sheetTables,
      })),
      tasks: count('tasks'),
      indicators: count('indicators'),
    };
  });
}

function emptyNote(kind: TableKind): string {
  return kind === 'tasks'
    ? 'Ghi chú: Đơn vị không chủ trì, không phối hợp nhiệm vụ nào trong bảng này.'
    : 'Ghi chú: Đơn vị không chủ trì, không phối hợp chỉ tiêu nào trong bảng này.';
}

function titleLines(
  plan: ScanResult,
  unit: string,
  tables: readonly TemplateTable[],
): TemplateTitleLine[] {
  const lines: TemplateTitleLine[] = [];
  const { parentAgency, agency, title } = plan.heading;
  if (parentAgency) lines.push({ kind: 'parent-agency', text: parentAgency });
  if (agency) lines.push({ kind: 'agency', text: agency });
  if (title) lines.push({ kind: 'title', text: title });
  // The plan's year must read back from the template as it did from the plan.
  const years = plan.planYears;
  const fromTitle = title ? detectPlanYears([title]) : undefined;
  if (years && (fromTitle?.from !== years.from || fromTitle.to !== years.to)) {
    lines.push({
      kind: 'plan-years',
      text:
        years.from === years.to
          ? `(Kế hoạch năm ${years.from})`
          : `(Kế hoạch giai đoạn ${years.from}-${years.to})`,
    });
  }
  lines.push({ kind: 'reporting-unit', text: `Đơn vị báo cáo: ${unit}` });
  const parts: string[] = [];
  if (tables.some((t) => t.kind === 'tasks'))
    parts.push(
      'chọn Tình trạng trong danh sách, ghi Ngày hoàn thành dạng dd/mm/yyyy, ghi Kết quả thực hiện và Minh chứng (số, ký hiệu văn bản)',
    );
  if (tables.some((t) => t.kind === 'indicators'))
    parts.push(
      'với chỉ tiêu, ghi số vào Kết quả thực hiện; chỉ tiêu tỷ lệ (%) ghi thêm Tử số và Mẫu số',
    );
  lines.push({
    kind: 'instructions',
    text: `Hướng dẫn: ${parts.join('; ')}. Chỉ điền vào các ô được tô màu; không sửa các cột của kế hoạch và cột ẩn "Mã dòng (PhuLuc)".`,
  });
  return lines;
}

/** The plan columns a template keeps: known plan roles, first of each, labels that read back. */
function planColumns(table: AppendixTable): TemplateColumn[] {
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

function buildTable(table: AppendixTable, unit: string, roster: Roster): TemplateTable {
  const columns = [...planColumns(table), ...REPORT_COLUMNS[table.kind], ROW_KEY_COLUMN];
  const roles = new Set(columns.map((c) => c.role));
  const nameRole = NAME_ROLES.find((r) => roles.has(r));
  const planRoles = new Set(columns.filter((c) => c.part === 'plan').map((c) => c.role));

  const chosen = new Map<TaskItem | IndicatorItem, 'lead' | 'support'>();
  for (const item of table.items) {
    const role = unitRoleIn(item, unit, roster);
    if (role) chosen.set(item, role);
  }
  const items = [...chosen.keys()];
  const pathKey = (p: readonly string[]) => p.join('/');
  const sections = table.sections.filter((s) => items.some((i) => isPrefix(s.path, i.sectionPath)));
  const groups = table.groups.filter((g) =>
    items.some(
      (i) =>
        pathKey(i.sectionPath) === pathKey(g.sectionPath) &&
        (i.stt === g.stt || i.stt.startsWith(`${g.stt}.`)),
    ),
  );

  type Entry =
    | { readonly row: number; readonly order: 0; readonly section: SectionRow }
    | { readonly row: number; readonly order: 1; readonly group: GroupRow }
    | { readonly row: number; readonly order: 2; readonly item: TaskItem | IndicatorItem };
  const entries: Entry[] = [
    ...sections.map((section) => ({ row: section.row, order: 0 as const, section })),
    ...groups.map((group) => ({ row: group.row, order: 1 as const, group })),
    ...items.map((item) => ({ row: item.row, order: 2 as const, item })),
  ].sort((a, b) => a.row - b.row || a.order - b.order);

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
        values: { number: g.stt, ...(nameRole ? { [nameRole]: g.content } : {}) },
      });
      above = { stt: g.stt, path: pathKey(g.sectionPath) };
    } else {
      const item = e.item;
      const letter = subRowLetter(item.key);
      const path = pathKey(item.sectionPath);
      const values: Partial<Record<ColumnRole, string>> = {};
      for (const [role, text] of Object.entries(planValues(item, roles)) as [ColumnRole, string][])
        if (planRoles.has(role) && text) values[role] = text;
      if (letter && nameRole) values[nameRole] = `${letter}) ${values[nameRole] ?? ''}`.trimEnd();
      if (letter && above?.stt === item.stt && above.path === path) values.number = '';
      rows.push({
        kind: 'item',
        key: item.key,
        rowKey: rowKeyOf(table.sheet, item.key),
        unitRole: chosen.get(item)!,
        values,
      });
      above = { stt: item.stt, path };
    }
  }
  return { kind: table.kind, planSheet: table.sheet, columns, rows };
}

function isPrefix(prefix: readonly string[], path: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((p, i) => path[i] === p);
}

/** "1.a" → "a"; "II/3.b~2" → "b"; "1.2" → undefined. */
function subRowLetter(key: string): string | undefined {
  return /\.([a-zđ])(?:~\d+)?$/.exec(key)?.[1];
}

/**
 * The unit's role in a row: named in a column, it takes that column's role (lead first); else a
 * generic group ("Các phòng, đơn vị thuộc Sở") gives its column's role to every unit.
 */
function unitRoleIn(
  item: TaskItem | IndicatorItem,
  unit: string,
  roster: Roster,
): 'lead' | 'support' | undefined {
  const kinds = (names: readonly string[]) =>
    names.map((n) => {
      const m = matchUnit(n, roster);
      return m.kind === 'unit' ? (m.name === unit ? 'self' : 'other') : m.kind;
    });
  const lead = kinds(item.lead);
  const support = kinds(item.support);
  if (lead.includes('self')) return 'lead';
  if (support.includes('self')) return 'support';
  if (lead.includes('generic')) return 'lead';
  if (support.includes('generic')) return 'support';
  return undefined;
}

/** The plan texts of an item by column role, read from the item's fields. */
function planValues(
  item: TaskItem | IndicatorItem,
  roles: ReadonlySet<ColumnRole>,
): Partial<Record<ColumnRole, string>> {
  const units = {
    lead: item.lead.join(', '),
    support: item.support.join(', '),
    units: unitsText(item.lead, item.support),
  };
  if ('content' in item) {
    return {
      number: item.stt,
      content: item.content,
      objective: item.objective ?? '',
      // The parser drops an activity equal to the content; without a content column it is the content.
      activity: item.activity ?? (roles.has('content') ? '' : item.content),
      deliverable: item.deliverable ?? '',
      ...units,
      deadline: item.deadlineText,
      budget: item.budget ?? '',
      note: item.note ?? '',
    };
  }
  return {
    number: item.stt,
    indicatorName: item.name,
    measureUnit: item.unit,
    target: item.targetText,
    ...units,
  };
}

/**
 * A "Phòng, đơn vị thực hiện" cell with the roles written in, as plans write it and as
 * `readUnitRoles` reads it back: "- Văn phòng Sở chủ trì;\n- Phòng QLKH phối hợp."
 */
function unitsText(lead: readonly string[], support: readonly string[]): string {
  if (support.length === 0) return lead.join(', ');
  if (lead.length === 0) return `${support.join(', ')} phối hợp`;
  return `- ${lead.join(', ')} chủ trì;\n- ${support.join(', ')} phối hợp.`;
}

/**
 * An ASCII file name for a unit, unique among `taken` (which it extends).
 * @example uniqueFileName('Văn phòng Sở', new Set()) // 'van-phong-so.xlsx'
 */
export function uniqueFileName(unit: string, taken: Set<string>): string {
  let slug = foldVietnamese(unit)
    .replace(/&/g, '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > 60) slug = slug.slice(0, 60).replace(/-[^-]*$/, '');
  if (!slug) slug = 'don-vi';
  let name = `${slug}.xlsx`;
  for (let n = 2; taken.has(name); n++) name = `${slug}-${n}.xlsx`;
  taken.add(name);
  return name;
}
