import type { SheetView } from '../_lib/sheet-view';
import {
  detectHeaderAt,
  headerLabels,
  isRepeatedHeaderRow,
  type HeaderLabels,
  type TableHeader,
} from '../detect/header';
import { rangeToA1 } from '../grid/a1';
import { issue, type Issue } from '../issues/types';
import { placeRow, type RowPlacing } from './classify';
import { buildRows } from './families';
import type { ParsedTable, SectionRow } from './model';
import { readStt, SECTION_LEVEL } from './stt';
import {
  endsTable,
  firstOwnText,
  isColumnNumberRow,
  readRowCells,
  roleColumns,
  type RoleColumns,
} from './_lib/rows';

/** A table found on a sheet: its rows as parsed, and what the parser noticed. */
export interface TableParse {
  readonly table: ParsedTable;
  readonly issues: readonly Issue[];
  /** 0-based row after the table: where scanning for the next table resumes. */
  readonly nextRow: number;
}

const MAX_BLANK_RUN = 3;

/** The walk down a table's rows. */
interface Walk extends RowPlacing {
  readonly view: SheetView;
  readonly columns: RoleColumns;
  readonly labels: HeaderLabels;
  readonly numberCol: number | undefined;
  blankRun: number;
  firstBlank: number;
  afterPageBreak: boolean;
  lastRow: number;
}

/**
 * Parses the table whose header was found, following the row rules of DOMAIN.md §1: sections,
 * tasks, groups, sub-rows, continuation rows, vertical merges, repeated headers, totals, notes.
 * @example parseTable(view, header, 'PL1').table.rows[0].texts.content // 'Rà soát TTHC'
 */
export function parseTable(view: SheetView, header: TableHeader, sheet: string): TableParse {
  const columns = roleColumns(header);
  const numberAt = columns.roles.indexOf('number');
  const walk: Walk = {
    view,
    header,
    sheet,
    columns,
    roles: columns.roles,
    labels: headerLabels(header),
    numberCol: numberAt < 0 ? undefined : columns.cols[numberAt],
    logical: [],
    issues: [],
    blankRun: 0,
    firstBlank: -1,
    afterPageBreak: false,
    lastRow: header.bottom,
  };
  let r = header.bottom + 1;
  while (r < view.rowCount && walkRow(walk, r)) r++;
  const built = buildRows(walk.logical, header, sheet, walk.issues);
  const { top, bottom, left, right } = header;
  const table: ParsedTable = {
    kind: header.kind,
    sheet,
    header,
    headerRange: rangeToA1({ top, bottom, left, right }),
    lastRow: walk.lastRow + 1,
    sections: built.sections,
    groups: built.groups,
    rows: built.rows,
  };
  return { table, issues: walk.issues, nextRow: r };
}

/** Reads one printed row into the walk; false where the table ends. */
function walkRow(walk: Walk, r: number): boolean {
  const { view, header, sheet } = walk;
  const headerWide = { top: r, bottom: r, left: header.left, right: header.right };
  if (view.isBlank(r, header.left, header.right)) {
    if (walk.blankRun === 0) walk.firstBlank = r;
    walk.blankRun++;
    return walk.blankRun < MAX_BLANK_RUN;
  }
  // A row with a number of its own in the STT column is a task: no header, repeated or the
  // next table's, has one. Its cells are not read as labels (most rows of a table are such).
  const sttCell = view.at(r, walk.numberCol ?? header.left);
  const stt = readStt(sttCell.text);
  const numbered = walk.numberCol !== undefined && sttCell.own && stt.kind === 'number';
  if (!numbered && isRepeatedHeaderRow(view, header, r, walk.labels)) {
    walk.issues.push(
      issue({ code: 'repeated-header-skipped', sheet, cell: rangeToA1(headerWide), rows: 1 }),
    );
    walk.afterPageBreak = true;
    walk.blankRun = 0;
    return true;
  }
  if (!numbered && detectHeaderAt(view, r)) return false; // another table starts here
  if (isColumnNumberRow(view, header, r)) {
    walk.issues.push(issue({ code: 'column-numbers-skipped', sheet, cell: rangeToA1(headerWide) }));
    return true;
  }
  const first = firstOwnText(view, header, r);
  if (first && endsTable(first.text)) return false;

  if (walk.blankRun > 0 && walk.logical.length > 0) {
    const blank = {
      ...headerWide,
      top: walk.firstBlank,
      bottom: walk.firstBlank + walk.blankRun - 1,
    };
    walk.issues.push(issue({ code: 'blank-row', sheet, cell: rangeToA1(blank) }));
  }
  walk.blankRun = 0;
  walk.lastRow = r;
  placeRow(
    walk,
    r,
    { reading: stt, own: sttCell.own, row: sttCell.row },
    readRowCells(view, walk.columns, r),
    first?.col,
  );
  walk.afterPageBreak = false;
  return true;
}

/**
 * Finds every appendix table on a sheet, top to bottom.
 * @example findTables(new SheetView(grid), 'PL1').map((t) => t.table.kind) // ['tasks', 'indicators']
 */
export function findTables(view: SheetView, sheet: string): TableParse[] {
  const found: TableParse[] = [];
  for (let r = 0; r < view.rowCount; r++) {
    const header = detectHeaderAt(view, r);
    if (!header) continue;
    const headingAbove = headingBefore(view, header);
    const parsed = parseTable(view, header, sheet);
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

/** Puts the rows before the table's first section under the heading found above the header. */
function withInitialSection(
  parsed: TableParse,
  heading: { label: string; title: string; row: number },
): TableParse {
  const t = parsed.table;
  const section: SectionRow = {
    label: heading.label,
    title: heading.title,
    row: heading.row,
    path: [heading.label],
  };
  const group = `${heading.label}. ${heading.title}`;
  const groupAbove = true as const;
  const firstSectionRow = t.sections[0]?.row ?? Number.POSITIVE_INFINITY;
  const restarted = (key: string, row: { sectionPath: readonly string[]; stt: string }): string =>
    row.sectionPath.length === 0 &&
    t.rows.some((o) => o.sectionPath.length > 0 && o.stt === row.stt)
      ? `${heading.label}/${key}`
      : key;
  const rows = t.rows.map((row) =>
    row.row < firstSectionRow && row.sectionPath.length === 0
      ? { ...row, key: restarted(row.key, row), sectionPath: [heading.label], group, groupAbove }
      : row,
  );
  return { ...parsed, table: { ...t, rows, sections: [section, ...t.sections] } };
}
