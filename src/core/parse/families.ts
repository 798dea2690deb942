import { pathKey } from '../_lib/section-path';
import type { TableHeader } from '../detect/header';
import { NAME_ROLES, ROLES, type ColumnRole } from '../detect/roles';
import { toA1 } from '../grid/a1';
import { issue, type Issue } from '../issues/types';
import { ownsData, type LogicalRow } from './classify';
import { assignKeys, subRowLetter, topNumber, type KeyedRow } from './keys';
import type { GroupRow, SectionRow } from './model';
import { leadingLetter } from './stt';
import { subjectText } from './_lib/rows';

/** What a sub-row never takes from the row that opens it: its own number, key and report. */
const NOT_INHERITED = new Set<ColumnRole>(ROLES.filter((d) => !d.inherited).map((d) => d.role));
const LETTERED_ROLES = ['content', 'deliverable', 'activity'] as const;

/** The rows of a table with their sections and groups: what {@link buildRows} gives. */
export interface BuiltRows {
  readonly rows: KeyedRow[];
  readonly sections: SectionRow[];
  readonly groups: GroupRow[];
}

/** Where the walk down a table stands: the open sections, the last number in each. */
class Sections {
  private readonly stack: { level: number; label: string; title: string }[] = [];
  // The section path and group title change only at section rows: rows between share them.
  private currentPath: string[] | undefined;
  private currentTitle: string | undefined;
  readonly lastNumber = new Map<string, number>();

  open(level: number, label: string, title: string): void {
    while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.level >= level)
      this.stack.pop();
    this.stack.push({ level, label, title });
    this.currentPath = undefined;
    this.currentTitle = undefined;
  }

  path(): string[] {
    return (this.currentPath ??= this.stack.map((s) => s.label));
  }

  groupTitle(): string | undefined {
    const top = this.stack[this.stack.length - 1];
    if (!top) return undefined;
    return (this.currentTitle ??= top.title ? `${top.label}. ${top.title}` : top.label);
  }
}

/**
 * The row's name: its content, activity, objective or indicator name, the first written.
 * @example nameOf(row) // 'Rà soát TTHC nội bộ'
 */
function nameOf(row: LogicalRow): string {
  for (const role of NAME_ROLES) {
    const t = row.texts[role];
    if (t) return t;
  }
  return '';
}

/**
 * Builds a table's rows from its logical rows: sections open and close, a numbered row and
 * the sub-rows after it form a family, a row without a number gets the next one, and keys are
 * made unique.
 * @example buildRows(logical, header, 'PL1', issues).rows.map((r) => r.key) // ['1', '2.a', '2.b']
 */
export function buildRows(
  logical: readonly LogicalRow[],
  header: TableHeader,
  sheet: string,
  issues: Issue[],
): BuiltRows {
  const built: BuiltRows = { rows: [], sections: [], groups: [] };
  const sections = new Sections();
  for (let i = 0; i < logical.length; i++) {
    const row = logical[i]!;
    if (row.kind === 'section' && row.stt.kind === 'section') {
      const { label, level } = row.stt;
      const title = row.stt.title ?? nameOf(row) ?? '';
      if (headsSubNumbers(logical, i, label)) {
        // "11" over 11.1–11.12: a group in the numbering, closed when 12 comes; no section.
        built.groups.push({
          stt: label,
          row: row.row + 1,
          content: title,
          sectionPath: sections.path(),
        });
        sections.lastNumber.set(pathKey(sections.path()), Number(label));
        continue;
      }
      sections.open(level, label, title);
      built.sections.push({ label, title, row: row.row + 1, path: sections.path() });
      continue;
    }
    // A family: a numbered (or unnumbered) row and the sub-rows that follow it.
    let end = i + 1;
    while (end < logical.length && logical[end]!.kind === 'sub') end++;
    const stt = familyStt(row, sections, header, sheet, issues);
    buildFamily(logical, i, end, stt, sections, built);
    i = end - 1;
  }
  assignKeys(built.rows, sheet, issues);
  return built;
}

/**
 * True when a numbered heading (an indicator row "11" without data) is followed by its own
 * sub-numbers ("11.1"): it heads a group of rows, not a section.
 */
function headsSubNumbers(logical: readonly LogicalRow[], at: number, label: string): boolean {
  if (!/^\d+$/.test(label)) return false;
  for (let j = at + 1; j < logical.length; j++) {
    const next = logical[j]!;
    if (next.kind === 'section') return false;
    if (next.kind === 'numbered')
      return next.stt.kind === 'number' && next.stt.stt.startsWith(`${label}.`);
  }
  return false;
}

/** The family's STT: its own, or the next number in its section for an unnumbered row. */
function familyStt(
  row: LogicalRow,
  sections: Sections,
  header: TableHeader,
  sheet: string,
  issues: Issue[],
): string {
  if (row.kind === 'numbered') return row.stt.kind === 'number' ? row.stt.stt : '';
  const stt = String((sections.lastNumber.get(pathKey(sections.path())) ?? 0) + 1);
  issues.push(
    issue({
      code: 'missing-stt',
      sheet,
      cell: row.cells.number ?? toA1(row.row, header.left),
      inferred: stt,
    }),
  );
  return stt;
}

function buildFamily(
  logical: readonly LogicalRow[],
  start: number,
  end: number,
  stt: string,
  sections: Sections,
  built: BuiltRows,
): void {
  const row = logical[start]!;
  const group = (): GroupRow => ({
    stt,
    row: row.row + 1,
    content: nameOf(row),
    sectionPath: sections.path(),
  });
  if (end === start + 1) {
    // The next numbered row, walked to: a slice per row would make long tables quadratic.
    let next: LogicalRow | undefined;
    for (let j = end; j < logical.length && !next; j++)
      if (logical[j]!.kind === 'numbered') next = logical[j];
    const hasChildren = next?.stt.kind === 'number' && next.stt.stt.startsWith(`${stt}.`);
    if (hasChildren && !ownsData(row)) built.groups.push(group());
    else pushRow(built, sections, row, stt, undefined);
    return;
  }
  // Sub-rows: the first row is a task of its own when it carries data or shares a merged STT;
  // otherwise it only titles the a), b) rows that follow.
  const family = logical.slice(start, end);
  const mergedStt = family.slice(1).some((f) => f.sttAnchorRow === row.row);
  const parentIsTask = mergedStt || ownsData(row) || leadingLetter(nameOf(row)) !== undefined;
  const members = parentIsTask ? family : family.slice(1);
  if (!parentIsTask) built.groups.push(group());
  members.forEach((member, index) => {
    const letter = member.letter ?? leadingLetter(subjectText(member.texts)) ?? subRowLetter(index);
    // Sub-rows share what they leave blank with the row that opens them (the same task, split results).
    pushRow(built, sections, member, stt, letter, member === row ? undefined : row);
  });
}

function pushRow(
  built: BuiltRows,
  sections: Sections,
  row: LogicalRow,
  stt: string,
  letter: string | undefined,
  inherit?: LogicalRow,
): void {
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
    for (const role of LETTERED_ROLES) {
      const t = texts[role];
      if (t && leadingLetter(t) === letter) texts[role] = t.replace(/^[a-zđ]\)\s*/, '');
    }
  }
  const sectionPath = sections.path();
  built.rows.push({
    key: letter ? `${stt}.${letter}` : stt,
    stt,
    sectionPath,
    group: sections.groupTitle(),
    row: row.row + 1,
    texts,
    cells,
  });
  const top = Number(topNumber(stt));
  if (Number.isFinite(top)) sections.lastNumber.set(pathKey(sectionPath), top);
}
