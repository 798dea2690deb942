import { pathKey } from '../_lib/section-path';
import { SheetView } from '../_lib/sheet-view';
import { detectHeaderAt, isRepeatedHeaderRow, type TableHeader } from '../detect/header';
import type { ColumnRole } from '../detect/roles';
import { columnLetters, rangeToA1, toA1 } from '../grid/a1';
import { issue, type Issue } from '../issues/types';
import { foldVietnamese, opensWithDigit } from '../text/fold';
import type {
  AppendixTable,
  GroupRow,
  IndicatorItem,
  ItemCells,
  SectionRow,
  TaskItem,
} from './model';
import { leadingLetter, readStt, SECTION_LEVEL, type SttReading } from './stt';

/** Unit names as written in a row, before roster matching. */
export interface RawUnits {
  readonly leadText: string;
  readonly supportText: string;
  /** A single "Phòng, đơn vị thực hiện" column whose lines carry the roles. */
  readonly unitsText: string;
}

export interface ParsedTable {
  readonly table: AppendixTable;
  /** Unit texts per item, same order as `table.items`. */
  readonly units: readonly RawUnits[];
  readonly issues: readonly Issue[];
  /** 0-based row after the table: where scanning for the next table resumes. */
  readonly nextRow: number;
}

type RowKind = 'section' | 'numbered' | 'sub' | 'unnumbered';

/** One logical row: a printed row plus the continuation rows joined to it. */
interface LogicalRow {
  kind: RowKind;
  row: number;
  stt: SttReading;
  /** For a row whose STT comes from a vertical merge: the merge's first row. */
  sttAnchorRow: number | undefined;
  letter: string | undefined;
  texts: RoleTexts;
  /** The roles whose text is the row's own (not filled down from a merge): see {@link roleBit}. */
  own: number;
  cells: ItemCells;
}

/** A row's text per role (a plain object: one per row of every table, cheaper than a Map). */
type RoleTexts = Partial<Record<ColumnRole, string>>;

const ROLE_BITS: Readonly<Record<ColumnRole, number>> = {
  number: 1 << 0,
  content: 1 << 1,
  activity: 1 << 2,
  objective: 1 << 3,
  deliverable: 1 << 4,
  lead: 1 << 5,
  support: 1 << 6,
  units: 1 << 7,
  deadline: 1 << 8,
  budget: 1 << 9,
  note: 1 << 10,
  indicatorName: 1 << 11,
  measureUnit: 1 << 12,
  target: 1 << 13,
  actual: 1 << 14,
  numerator: 1 << 15,
  denominator: 1 << 16,
  status: 1 << 17,
  completionDate: 1 << 18,
  evidence: 1 << 19,
  rowKey: 1 << 20,
};

/** A role's bit in a row's `own` set. */
function roleBit(role: ColumnRole): number {
  return ROLE_BITS[role];
}

const NAME_ROLES: readonly ColumnRole[] = ['content', 'activity', 'objective', 'indicatorName'];
const DATA_ROLES: readonly ColumnRole[] = [
  'deadline',
  'lead',
  'support',
  'units',
  'deliverable',
  'target',
  'measureUnit',
];
const MAX_BLANK_RUN = 3;
const NO_ROLES: readonly ColumnRole[] = [];
// Tried on every row (a regex literal is a new object each time it is evaluated).
const TOTALS_OPENING = /^tong cong\b/;
const TOTALS_ALONE = /^(cong|tong|tong so|cong tong)\s*[:.]?\s*$/;
const NOTE_OPENING = /^(\*|ghi chu\s*:|luu y\b|\* ?ghi chu|\* ?luu y|chu thich\s*:)/;
const COLUMN_NUMBER = /^\(?\d{1,2}\)?$/;
const COLUMN_FORMULA = /^\(?\d{1,2}\)?\s*=/;
const BULLET = /^[-+•*]/;
const APPENDIX_TITLE = /^phu luc\b/;
/** What a sub-row never takes from the row that opens it: its own number, key and report. */
const NOT_INHERITED = new Set<ColumnRole>([
  'number',
  'rowKey',
  'status',
  'completionDate',
  'actual',
  'evidence',
  'numerator',
  'denominator',
]);

function isTotalsText(folded: string): boolean {
  // "Tổng cộng: 25 nhiệm vụ", "Cộng" alone; not "công tác …", which folds to the same letters.
  return TOTALS_OPENING.test(folded) || TOTALS_ALONE.test(folded);
}

function isNoteText(folded: string): boolean {
  return NOTE_OPENING.test(folded);
}

/**
 * A totals line, a note or the next appendix's title: where a table ends. Most rows open with
 * their STT, and none of these opens with a digit: those are not folded to tell.
 */
function endsTable(firstText: string): boolean {
  if (opensWithDigit(firstText)) return false;
  const folded = foldVietnamese(firstText);
  return isTotalsText(folded) || isNoteText(folded) || APPENDIX_TITLE.test(folded);
}

function isColumnNumberRow(view: SheetView, header: TableHeader, row: number): boolean {
  let count = 0;
  for (let c = header.left; c <= header.right; c++) {
    const t = view.ownText(row, c);
    if (!t) continue;
    if (!COLUMN_NUMBER.test(t) && !COLUMN_FORMULA.test(t)) return false;
    count++;
  }
  return count >= 3;
}

function firstOwnText(
  view: SheetView,
  header: TableHeader,
  row: number,
): { text: string; col: number } | undefined {
  for (let c = header.left; c <= header.right; c++) {
    const text = view.ownText(row, c);
    if (text) return { text, col: c };
  }
  return undefined;
}

function startsLowercase(text: string): boolean {
  const first = text.trim().charAt(0);
  return first !== '' && first === first.toLowerCase() && first !== first.toUpperCase();
}

/** Text joined across a page break: a new bullet starts a new line, a broken sentence a space. */
function joinText(before: string, after: string): string {
  if (!before) return after;
  return BULLET.test(after) ? `${before}\n${after}` : `${before} ${after}`;
}

/**
 * Parses the table whose header was found, following the row rules of DOMAIN.md §1: sections,
 * tasks, groups, sub-rows, continuation rows, vertical merges, repeated headers, totals, notes.
 */
export function parseTable(view: SheetView, header: TableHeader, sheet: string): ParsedTable {
  const issues: Issue[] = [];
  const roleCol = new Map<ColumnRole, number>();
  for (const c of header.columns) if (c.role && !roleCol.has(c.role)) roleCol.set(c.role, c.col);
  const hasNumberColumn = roleCol.has('number');
  const numberCol = roleCol.get('number') ?? header.left;
  const tableRoles = [...roleCol.keys()];
  const roleCols = [...roleCol.values()]; // beside tableRoles: rows walk arrays, not Map entries

  const logical: LogicalRow[] = [];
  let blankRun = 0;
  let firstBlank = -1;
  let afterPageBreak = false;
  let r = header.bottom + 1;
  let lastRow = header.bottom;

  const readRow = (row: number): Pick<LogicalRow, 'texts' | 'own' | 'cells'> => {
    const texts: RoleTexts = {};
    let own = 0;
    const cells: ItemCells = {};
    for (let i = 0; i < tableRoles.length; i++) {
      const role = tableRoles[i]!;
      const col = roleCols[i]!;
      if (!view.mergeAt(row, col)) {
        // Most cells: no merge, the cell's own text (no ViewCell built).
        cells[role] = toA1(row, col);
        const text = view.ownText(row, col);
        if (text) {
          texts[role] = text;
          own |= roleBit(role);
        }
        continue;
      }
      const v = view.at(row, col);
      cells[role] = toA1(v.row, v.col);
      if (!v.text) continue;
      texts[role] = v.text;
      if (v.own) own |= roleBit(role);
    }
    return { texts, own, cells };
  };

  for (; r < view.rowCount; r++) {
    if (view.isBlank(r, header.left, header.right)) {
      if (blankRun === 0) firstBlank = r;
      blankRun++;
      if (blankRun >= MAX_BLANK_RUN) break;
      continue;
    }
    // A row with a number of its own in the STT column is a task: no header, repeated or the
    // next table's, has one. Its cells are not read as labels (most rows of a table are such).
    const sttCell = view.at(r, numberCol);
    const stt = readStt(sttCell.text);
    const numbered = hasNumberColumn && sttCell.own && stt.kind === 'number';
    if (!numbered && isRepeatedHeaderRow(view, header, r)) {
      issues.push(
        issue({
          code: 'repeated-header-skipped',
          sheet,
          cell: rangeToA1({ top: r, bottom: r, left: header.left, right: header.right }),
          rows: 1,
        }),
      );
      afterPageBreak = true;
      blankRun = 0;
      continue;
    }
    if (!numbered && detectHeaderAt(view, r)) break; // another table starts here
    if (isColumnNumberRow(view, header, r)) {
      issues.push(
        issue({
          code: 'column-numbers-skipped',
          sheet,
          cell: rangeToA1({ top: r, bottom: r, left: header.left, right: header.right }),
        }),
      );
      continue;
    }
    const first = firstOwnText(view, header, r);
    if (first && endsTable(first.text)) break;

    if (blankRun > 0 && logical.length > 0) {
      issues.push(
        issue({
          code: 'blank-row',
          sheet,
          cell: rangeToA1({
            top: firstBlank,
            bottom: firstBlank + blankRun - 1,
            left: header.left,
            right: header.right,
          }),
        }),
      );
    }
    blankRun = 0;
    lastRow = r;

    const read = readRow(r);
    const prev = logical[logical.length - 1];
    const add = (
      kind: RowKind,
      reading: SttReading = stt,
      letter?: string,
      sttAnchorRow?: number,
    ): void => {
      // Logical rows all have one shape (no spreads): built for every row of every table.
      logical.push({
        kind,
        row: r,
        stt: reading,
        sttAnchorRow,
        letter,
        texts: read.texts,
        own: read.own,
        cells: read.cells,
      });
    };

    // Which cells the row fills itself matters only for a row without an STT (a heading, a
    // sub-row or a continuation), not for the numbered rows that are most of a table.
    const ownCells =
      stt.kind === 'none' || stt.kind === 'other'
        ? tableRoles.filter((role) => role !== 'number' && (read.own & roleBit(role)) !== 0)
        : NO_ROLES;
    const loneText = ownCells.length === 1 ? (read.texts[ownCells[0]!] ?? '') : '';
    const loneHeading = stt.kind === 'none' && loneText ? readStt(loneText) : undefined;

    if (stt.kind === 'section') {
      add('section');
    } else if (loneHeading?.kind === 'section' && loneHeading.title) {
      add('section', loneHeading);
    } else if (
      stt.kind === 'number' &&
      header.kind === 'indicators' &&
      !DATA_ROLES.some((role) => read.texts[role] !== undefined)
    ) {
      // "1 | Chỉ tiêu giao tại Nghị quyết số 01/NQ-CP" with no unit or target: a group heading.
      add('section', { kind: 'section', label: stt.stt, level: SECTION_LEVEL.number });
    } else if (stt.kind === 'number') {
      if (sttCell.own) add('numbered');
      else add('sub', stt, undefined, sttCell.row);
    } else if (stt.kind === 'letter') {
      add('sub', stt, stt.letter);
    } else {
      const letter = leadingLetter(subjectText(read.texts));
      const ownDeadline = (read.own & roleBit('deadline')) !== 0;
      const prevIsTask = prev !== undefined && prev.kind !== 'section';
      const brokenSentence =
        afterPageBreak && ownCells.every((role) => startsLowercase(read.texts[role] ?? ''));
      if (letter && prevIsTask) {
        add('sub', stt, letter);
      } else if (ownDeadline && !brokenSentence) {
        add(prevIsTask ? 'sub' : 'unnumbered');
      } else if (prev) {
        for (const role of ownCells) {
          prev.texts[role] = joinText(prev.texts[role] ?? '', read.texts[role]!);
          prev.own |= roleBit(role);
        }
        const firstRole = ownCells[0];
        issues.push(
          issue({
            code: 'continuation-joined',
            sheet,
            cell: firstRole ? read.cells[firstRole]! : toA1(r, header.left),
            intoRow: prev.row + 1,
          }),
        );
      } else {
        issues.push(issue({ code: 'orphan-row', sheet, cell: toA1(r, first?.col ?? header.left) }));
      }
    }
    afterPageBreak = false;
  }

  const built = buildItems(logical, header, sheet, issues);
  const table = {
    sheet,
    header,
    headerRange: rangeToA1({
      top: header.top,
      bottom: header.bottom,
      left: header.left,
      right: header.right,
    }),
    lastRow: lastRow + 1,
    sections: built.sections,
    groups: built.groups,
  };
  return {
    table:
      header.kind === 'tasks'
        ? { ...table, kind: 'tasks', items: built.items.map((b) => toTask(b)) }
        : { ...table, kind: 'indicators', items: built.items.map((b) => toIndicator(b)) },
    units: built.items.map((b) => ({
      leadText: b.texts.lead ?? '',
      supportText: b.texts.support ?? '',
      unitsText: b.texts.units ?? '',
    })),
    issues,
    nextRow: r,
  };
}

interface BuiltItem {
  key: string;
  stt: string;
  sectionPath: string[];
  group?: string;
  row: number;
  texts: RoleTexts;
  cells: ItemCells;
}

/** What a row says it does, where a sub-row's letter ("a) …") is written. */
function subjectText(texts: RoleTexts): string {
  return texts.content ?? texts.deliverable ?? texts.activity ?? '';
}

function ownsData(row: LogicalRow): boolean {
  return DATA_ROLES.some((role) => (row.own & roleBit(role)) !== 0);
}

function buildItems(
  logical: LogicalRow[],
  header: TableHeader,
  sheet: string,
  issues: Issue[],
): { items: BuiltItem[]; sections: SectionRow[]; groups: GroupRow[] } {
  const sections: SectionRow[] = [];
  const groups: GroupRow[] = [];
  const items: BuiltItem[] = [];
  const stack: { level: number; label: string; title: string }[] = [];
  const lastNumberInSection = new Map<string, number>();

  // The section path and group title change only at section rows: items between share them.
  let currentPath: string[] | undefined;
  let currentTitle: string | undefined;
  const path = (): string[] => (currentPath ??= stack.map((s) => s.label));
  const groupTitle = (): string | undefined => {
    const top = stack[stack.length - 1];
    if (!top) return undefined;
    return (currentTitle ??= top.title ? `${top.label}. ${top.title}` : top.label);
  };
  const nameOf = (row: LogicalRow): string => {
    for (const role of NAME_ROLES) {
      const t = row.texts[role];
      if (t) return t;
    }
    return '';
  };
  const push = (
    row: LogicalRow,
    stt: string,
    letter: string | undefined,
    inherit?: LogicalRow,
  ): void => {
    // A row is pushed once; only a sub-row (inherit, letter) changes what it was read with.
    const texts = inherit || letter ? { ...row.texts } : row.texts;
    const cells = inherit ? { ...row.cells } : row.cells;
    if (inherit) {
      for (const role of Object.keys(inherit.texts) as ColumnRole[]) {
        if (texts[role] === undefined && !NOT_INHERITED.has(role)) {
          texts[role] = inherit.texts[role];
          if (inherit.cells[role]) cells[role] = inherit.cells[role];
        }
      }
    }
    if (letter) {
      for (const role of ['content', 'deliverable', 'activity'] as const) {
        const t = texts[role];
        if (t && leadingLetter(t) === letter) texts[role] = t.replace(/^[a-zđ]\)\s*/, '');
      }
    }
    const sectionPath = path();
    const title = groupTitle();
    items.push({
      key: letter ? `${stt}.${letter}` : stt,
      stt,
      sectionPath,
      group: title,
      row: row.row + 1,
      texts,
      cells,
    });
    const top = Number(topNumber(stt));
    if (Number.isFinite(top)) lastNumberInSection.set(pathKey(sectionPath), top);
  };

  for (let i = 0; i < logical.length; i++) {
    const row = logical[i]!;
    if (row.kind === 'section' && row.stt.kind === 'section') {
      const { label, level } = row.stt;
      while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
      const title = row.stt.title ?? nameOf(row) ?? '';
      stack.push({ level, label, title });
      currentPath = undefined;
      currentTitle = undefined;
      sections.push({ label, title, row: row.row + 1, path: path() });
      continue;
    }

    // A family: a numbered (or unnumbered) row and the sub-rows that follow it.
    let end = i + 1;
    while (end < logical.length && logical[end]!.kind === 'sub') end++;
    const start = i;
    i = end - 1;

    let stt: string;
    if (row.kind === 'numbered') {
      stt = row.stt.kind === 'number' ? row.stt.stt : '';
    } else {
      const inferred = (lastNumberInSection.get(pathKey(path())) ?? 0) + 1;
      stt = String(inferred);
      issues.push(
        issue({
          code: 'missing-stt',
          sheet,
          cell: row.cells.number ?? toA1(row.row, header.left),
          inferred: stt,
        }),
      );
    }

    if (end === start + 1) {
      let next: LogicalRow | undefined; // the next numbered row (no slice: that copy was O(n²))
      for (let j = end; j < logical.length && !next; j++)
        if (logical[j]!.kind === 'numbered') next = logical[j];
      const hasChildren = next?.stt.kind === 'number' && next.stt.stt.startsWith(`${stt}.`);
      if (hasChildren && !ownsData(row)) {
        groups.push({ stt, row: row.row + 1, content: nameOf(row), sectionPath: path() });
      } else {
        push(row, stt, undefined);
      }
      continue;
    }

    // Sub-rows: the first row is a task of its own when it carries data or shares a merged STT;
    // otherwise it only titles the a), b) rows that follow.
    const family = logical.slice(start, end);
    const mergedStt = family.slice(1).some((f) => f.sttAnchorRow === row.row);
    const parentIsTask = mergedStt || ownsData(row) || leadingLetter(nameOf(row)) !== undefined;
    const members = parentIsTask ? family : family.slice(1);
    if (!parentIsTask)
      groups.push({ stt, row: row.row + 1, content: nameOf(row), sectionPath: path() });
    members.forEach((member, index) => {
      const letter =
        member.letter ?? leadingLetter(subjectText(member.texts)) ?? subRowLetter(index);
      // Sub-rows share what they leave blank with the row that opens them (the same task, split results).
      push(member, stt, letter, member === row ? undefined : row);
    });
  }

  assignKeys(items, sheet, issues);
  return { items, sections, groups };
}

/** "3" of "3.2.1": the number a sub-number belongs to. */
function topNumber(stt: string): string {
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

/** Prefixes keys with the section path when numbering restarts; flags keys still duplicated. */
function assignKeys(items: BuiltItem[], sheet: string, issues: Issue[]): void {
  const restarts = numberingRestarts(items);
  const seen = new Map<string, BuiltItem>();
  for (const item of items) {
    if (restarts && item.sectionPath.length > 0)
      item.key = `${pathKey(item.sectionPath)}/${item.key}`;
    const first = seen.get(item.key);
    if (first) {
      const original = item.key;
      let n = 2;
      while (seen.has(`${original}~${n}`)) n++;
      item.key = `${original}~${n}`;
      issues.push(
        issue({
          code: 'duplicate-key',
          sheet,
          cell: item.cells.number ?? `A${item.row}`,
          key: original,
          firstCell: first.cells.number ?? `A${first.row}`,
        }),
      );
    }
    seen.set(item.key, item);
  }
}

function text(item: BuiltItem, role: ColumnRole): string | undefined {
  return item.texts[role] || undefined;
}

function toTask(item: BuiltItem): TaskItem {
  const deadlineText = text(item, 'deadline') ?? '';
  const content = text(item, 'content') ?? text(item, 'activity') ?? text(item, 'objective') ?? '';
  let report: { -readonly [K in keyof NonNullable<TaskItem['report']>]: string } | undefined;
  for (const role of ['status', 'completionDate', 'actual', 'evidence'] as const) {
    const t = text(item, role);
    if (t) (report ??= {})[role] = t;
  }
  const activity = text(item, 'activity');
  // One shape for every task (absent fields are undefined, which JSON leaves out), keys in the
  // order of the published JSON.
  return {
    key: item.key,
    stt: item.stt,
    sectionPath: item.sectionPath,
    row: item.row,
    rowKey: text(item, 'rowKey'),
    content,
    objective: text(item, 'objective'),
    activity: activity === content ? undefined : activity,
    deliverable: text(item, 'deliverable'),
    lead: [],
    support: [],
    deadlineText,
    deadline: { kind: deadlineText ? 'unparsed' : 'missing', due: [] },
    budget: text(item, 'budget'),
    note: text(item, 'note'),
    report,
    cells: item.cells,
  };
}

function toIndicator(item: BuiltItem): IndicatorItem {
  const optional = (role: ColumnRole, key: string): Record<string, string> => {
    const t = text(item, role);
    return t ? { [key]: t } : {};
  };
  return {
    key: item.key,
    stt: item.stt,
    sectionPath: item.sectionPath,
    ...optional('rowKey', 'rowKey'),
    ...(item.group ? { group: item.group } : {}),
    row: item.row,
    name: text(item, 'indicatorName') ?? text(item, 'content') ?? '',
    unit: text(item, 'measureUnit') ?? '',
    targetText: text(item, 'target') ?? '',
    ...optional('actual', 'actualText'),
    ...optional('numerator', 'numeratorText'),
    ...optional('denominator', 'denominatorText'),
    lead: [],
    support: [],
    cells: item.cells,
  };
}

/**
 * Finds every appendix table on a sheet, top to bottom.
 * @example findTables(new SheetView(grid), 'PL1').map((t) => t.table.kind) // ['tasks', 'indicators']
 */
export function findTables(view: SheetView, sheet: string): ParsedTable[] {
  const found: ParsedTable[] = [];
  for (let r = 0; r < view.rowCount; r++) {
    const header = detectHeaderAt(view, r);
    if (!header) continue;
    const headingAbove = headingBefore(view, header);
    const parsed = parseTable(view, headingAbove ? { ...header } : header, sheet);
    found.push(headingAbove ? withInitialSection(parsed, headingAbove) : parsed);
    r = Math.max(r, parsed.nextRow - 1);
  }
  return found;
}

/** A group heading just above the header ("1. Chỉ tiêu giao tại Nghị quyết số 01/NQ-CP"). */
function headingBefore(
  view: SheetView,
  header: TableHeader,
): { label: string; title: string; row: number } | undefined {
  for (let r = header.top - 1; r >= Math.max(0, header.top - 3); r--) {
    if (view.isBlank(r)) continue;
    const texts: string[] = [];
    for (let c = 0; c < view.colCount; c++) {
      const t = view.ownText(r, c);
      if (t) texts.push(t);
    }
    if (texts.length !== 1) return undefined;
    const reading = readStt(texts[0]!);
    if (reading.kind === 'section' && reading.title && reading.level === SECTION_LEVEL.number) {
      return { label: reading.label, title: reading.title, row: r + 1 };
    }
    return undefined;
  }
  return undefined;
}

/** Puts the items before the table's first section under the heading found above the header. */
function withInitialSection(
  parsed: ParsedTable,
  heading: { label: string; title: string; row: number },
): ParsedTable {
  const t = parsed.table;
  const section: SectionRow = {
    label: heading.label,
    title: heading.title,
    row: heading.row,
    path: [heading.label],
  };
  const group = `${heading.label}. ${heading.title}`;
  const firstSectionRow = t.sections[0]?.row ?? Number.POSITIVE_INFINITY;
  const restarted = (key: string, item: { sectionPath: readonly string[]; stt: string }): string =>
    item.sectionPath.length === 0 &&
    t.items.some((o) => o.sectionPath.length > 0 && o.stt === item.stt)
      ? `${heading.label}/${key}`
      : key;
  if (t.kind === 'indicators') {
    const items = t.items.map((item) =>
      item.row < firstSectionRow && item.sectionPath.length === 0
        ? { ...item, key: restarted(item.key, item), sectionPath: [heading.label], group }
        : item,
    );
    return { ...parsed, table: { ...t, items, sections: [section, ...t.sections] } };
  }
  const items = t.items.map((item) =>
    item.row < firstSectionRow && item.sectionPath.length === 0
      ? { ...item, key: restarted(item.key, item), sectionPath: [heading.label] }
      : item,
  );
  return { ...parsed, table: { ...t, items, sections: [section, ...t.sections] } };
}
