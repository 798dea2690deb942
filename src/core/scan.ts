import { SheetView } from './_lib/sheet-view';
import { parseA1 } from './grid/a1';
import { isGridError, type GridBook } from './grid/types';
import { issue, type InputFailure, type Issue } from './issues/types';
import { legacyHeaderCell } from './text/legacy';
import type { ColumnRole } from './detect/roles';
import { yearTargetColumns } from './detect/header';
import type { AppendixTable, ParsedRow, ParsedTable } from './parse/model';
import { findTables, type TableParse } from './parse/table';
import { readPlanYears, yearsNamedIn, type PlanYears } from './plan/year';
import { ownedSheets } from './plan/owned';
import {
  findReportingUnit,
  readPlanHeading,
  type PlanHeading,
  type ReportingUnitLine,
} from './plan/heading';
import { checkHeader } from './validate/header';
import { checkNumbering } from './validate/numbering';
import type { CheckContext } from './validate/context';
import { checkIndicator } from './validate/indicators';
import { checkTask } from './validate/tasks';
import { readIndicator } from './read/indicator';
import type { ReadContext } from './read/context';
import { targetYearOfHeading } from './indicator/target-year';
import { readTask } from './read/task';
import {
  rawUnitsOf,
  unitNamesIn,
  UnitReader,
  type CutOffUnit,
  type ResolvedUnits,
  type RunTogether,
  type UnknownUnit,
} from './read/units';
import { isRosterSheetName, rosterFromNames, rosterFromSheet, type Roster } from './units/roster';

export interface ScanOptions {
  /** The plan year when the user overrides what the title says. */
  readonly year?: number;
  /** The date deadlines and completion dates are judged at (ISO): today comes from the caller. */
  readonly asOf: string;
}

export interface ScanResult {
  readonly file: string;
  readonly asOf: string;
  /** The plan's first year (its only year for a one-year plan); null when no title names one. */
  readonly planYear: number | null;
  readonly planYears: PlanYears | null;
  readonly roster: Roster;
  /** The agency block and title above the first table. */
  readonly heading: PlanHeading;
  /** The "Đơn vị báo cáo: …" line of a unit's copy, if any. */
  readonly reportingUnit: ReportingUnitLine | null;
  readonly tables: readonly AppendixTable[];
  readonly issues: readonly Issue[];
}

interface SheetTables {
  readonly sheet: string;
  readonly view: SheetView;
  readonly parsed: readonly TableParse[];
}

/** What every table of one scan is read and judged against. */
interface ScanContext {
  readonly asOf: string;
  /** The plan's years; when the title names none, the as-of year stands in. */
  readonly years: PlanYears;
  readonly yearsKnown: boolean;
  /** One per scan: it reads each distinct unit text once. */
  readonly units: UnitReader;
}

/**
 * Finds, reads and checks every appendix table of a workbook: the headless core of `phuluc scan`.
 * @example scanBook(book, { asOf: '2025-10-20' }).tables.map((t) => [t.sheet, t.kind, t.items.length]) // [['PL1', 'tasks', 27]]
 */
export function scanBook(book: GridBook, options: ScanOptions): ScanResult {
  const asOf = options.asOf;
  const located = (i: Issue): Issue => ({ ...i, file: book.name });
  if (!hasContent(book)) return empty(book, asOf, [located(issue({ code: 'empty-workbook' }))]);

  const { found, rosterSheet, legacy } = findSheetTables(book);
  if (found.length === 0) {
    return empty(book, asOf, [located(issue({ code: 'no-appendix-table' })), ...legacy]);
  }
  const years = options.year
    ? { from: options.year, to: options.year }
    : readPlanYears(titleLines(found), namedYears(found));
  const roster = rosterSheet
    ? rosterFromSheet(rosterSheet)
    : rosterFromNames(unitNamesIn(parsedRows(found)));
  const asOfYear = Number(asOf.slice(0, 4));
  const scan: ScanContext = {
    asOf,
    years: years ?? { from: asOfYear, to: asOfYear },
    yearsKnown: years !== undefined,
    units: new UnitReader(roster),
  };

  const issues: Issue[] = [...legacy];
  const tables: AppendixTable[] = [];
  for (const sheet of found) {
    // Most sheets hold no error value at all: look at each row's cells only when one does.
    const sheetHasErrors = hasErrorCell(sheet.view.grid);
    for (const p of sheet.parsed) {
      issues.push(...p.issues.map(located));
      if (sheetHasErrors) issues.push(...formulaErrors(sheet.view, p.table).map(located));
      const read = readAndCheck(scan, sheet.view, p.table);
      tables.push(read.table);
      issues.push(...read.issues.map(located));
    }
  }

  const first = found[0]!;
  const heading = readPlanHeading(first.view, first.parsed[0]!.table.header.top);
  let reportingUnit: ReportingUnitLine | null = null;
  for (const s of found) {
    reportingUnit ??= findReportingUnit(s.view, s.sheet, s.parsed[0]!.table.header.top) ?? null;
  }

  return {
    file: book.name,
    asOf,
    heading,
    reportingUnit,
    planYear: years ? years.from : null,
    planYears: years ?? null,
    roster,
    tables,
    issues: dedupeIssues(issues),
  };
}

function hasContent(book: GridBook): boolean {
  return book.sheets.some((s) =>
    s.rows.some((row) =>
      row?.some((c) => c && c.value !== null && !(typeof c.value === 'string' && !c.value.trim())),
    ),
  );
}

/** The sheets holding appendix tables, the roster sheet, and the sheets in a legacy encoding. */
function findSheetTables(book: GridBook): {
  found: SheetTables[];
  rosterSheet: SheetView | undefined;
  legacy: Issue[];
} {
  let rosterSheet: SheetView | undefined;
  const found: SheetTables[] = [];
  const owned = ownedSheets(book);
  const legacy: Issue[] = [];
  for (const grid of book.sheets) {
    if (owned.has(grid.name)) continue; // PhuLuc's own report sheets are not plans
    const view = new SheetView(grid);
    const old = legacyHeaderCell(view);
    if (old)
      legacy.push({
        ...issue({ code: 'legacy-encoding', sheet: grid.name, ...old }),
        file: book.name,
      });
    if (isRosterSheetName(grid.name)) {
      rosterSheet = view;
      continue;
    }
    const parsed = findTables(view, grid.name);
    if (parsed.length > 0) found.push({ sheet: grid.name, view, parsed });
  }
  return { found, rosterSheet, legacy };
}

function* parsedRows(found: readonly SheetTables[]): Iterable<ParsedRow> {
  for (const s of found) for (const p of s.parsed) yield* p.table.rows;
}

/** A formula error (#REF!, #DIV/0!…) in a cell a row was read from. */
function formulaErrors(view: SheetView, table: ParsedTable): Issue[] {
  const issues: Issue[] = [];
  for (const row of table.rows) {
    for (const address of new Set(Object.values(row.cells))) {
      if (!address) continue;
      const { row: r, col } = parseA1(address);
      const value = view.raw(r, col)?.value ?? null;
      if (isGridError(value))
        issues.push(
          issue({ code: 'formula-error', sheet: table.sheet, cell: address, value: value.code }),
        );
    }
  }
  return issues;
}

/**
 * Reads a parsed table's rows into values and judges the table: its header, its numbering, the
 * unit names the roster does not know (at every cell that gives them), each row's values.
 */
function readAndCheck(
  scan: ScanContext,
  view: SheetView,
  table: ParsedTable,
): { table: AppendixTable; issues: Issue[] } {
  const { sheet } = table;
  const issues = [
    ...checkHeader(view, table.header, sheet, table.lastRow),
    ...checkNumbering(table),
  ];
  const unitIssues: Issue[] = [];
  const rowIssues: Issue[] = [];
  const readCtx: ReadContext = {
    view,
    years: scan.years,
    yearTargets: yearTargetColumns(table.header),
    sectionYears: sectionTargetYears(table),
  };
  const checkCtx: CheckContext = {
    sheet,
    years: scan.years,
    yearsKnown: scan.yearsKnown,
    asOf: scan.asOf,
  };
  const unitsOf = (row: ParsedRow): ResolvedUnits => {
    const units = scan.units.resolve(rawUnitsOf(row));
    unitIssues.push(...units.runTogether.map((u) => runTogether(sheet, row, u)));
    unitIssues.push(...units.cutOff.map((u) => cutOffUnit(sheet, row, u)));
    unitIssues.push(...units.unknown.map((u) => unknownUnit(sheet, row, u)));
    return units;
  };
  const { kind, rows, ...rest } = table;
  const has = (...roles: ColumnRole[]) =>
    table.header.columns.some((c) => c.role !== undefined && roles.includes(c.role));
  let read: AppendixTable;
  if (kind === 'tasks') {
    const columns = { lead: has('lead', 'units'), deadline: has('deadline') };
    const items = rows.map((row) => {
      const task = readTask(row, unitsOf(row), readCtx, columns.deadline);
      rowIssues.push(...checkTask(checkCtx, task, columns));
      return task.item;
    });
    read = { ...rest, kind, items };
  } else {
    const hasTarget = has('target');
    const items = rows.map((row) => {
      const indicator = readIndicator(row, unitsOf(row), readCtx, hasTarget);
      rowIssues.push(...checkIndicator(checkCtx, indicator, hasTarget));
      return indicator.item;
    });
    read = { ...rest, kind: 'indicators', items };
  }
  return { table: read, issues: [...issues, ...unitIssues, ...rowIssues] };
}

/** An indicator table's section headings that are a target year ("Đến năm 2030"), by path. */
function sectionTargetYears(table: ParsedTable): Map<string, number> | undefined {
  if (table.kind !== 'indicators') return undefined;
  const years = new Map<string, number>();
  for (const s of table.sections) {
    const year = targetYearOfHeading(s.title);
    if (year !== undefined) years.set(s.path.join('/'), year);
  }
  return years.size > 0 ? years : undefined;
}

function unitCell(row: ParsedRow, role: 'lead' | 'support'): string | undefined {
  return role === 'lead'
    ? (row.cells.lead ?? row.cells.units)
    : (row.cells.support ?? row.cells.units);
}

function runTogether(sheet: string, row: ParsedRow, unit: RunTogether): Issue {
  const cell = unitCell(row, unit.role);
  return issue({
    code: 'unit-names-run-together',
    sheet,
    ...(cell ? { cell } : {}),
    text: unit.text,
    names: unit.names,
  });
}

function cutOffUnit(sheet: string, row: ParsedRow, unit: CutOffUnit): Issue {
  const cell = unitCell(row, unit.role);
  return issue({ code: 'unit-name-cut-off', sheet, ...(cell ? { cell } : {}), name: unit.name });
}

function unknownUnit(sheet: string, row: ParsedRow, unit: UnknownUnit): Issue {
  const cell = unitCell(row, unit.role);
  return issue({
    code: 'unknown-unit',
    sheet,
    ...(cell ? { cell } : {}),
    name: unit.name,
    ...(unit.suggestion ? { suggestion: unit.suggestion } : {}),
  });
}

/**
 * Why a scan found nothing to work on, as an input failure for the command line: a legacy
 * encoding explains a missing table better than "no table"; null when there are tables.
 * @example scanFailure(scanBook(emptyBook)) // 'empty-workbook'
 */
export function scanFailure(result: ScanResult): InputFailure | null {
  const codes = new Set(result.issues.map((i) => i.code));
  if (codes.has('empty-workbook')) return 'empty-workbook';
  if (!codes.has('no-appendix-table')) return null;
  return codes.has('legacy-encoding') ? 'legacy-encoding' : 'no-appendix-table';
}

function hasErrorCell(grid: GridBook['sheets'][number]): boolean {
  return grid.rows.some((row) => row?.some((c) => c !== undefined && isGridError(c.value)));
}

function empty(book: GridBook, asOf: string, issues: Issue[]): ScanResult {
  return {
    file: book.name,
    asOf,
    planYear: null,
    planYears: null,
    heading: { parentAgency: null, agency: null, title: null },
    reportingUnit: null,
    roster: { source: 'plan', units: [] },
    tables: [],
    issues,
  };
}

/**
 * The years a plan's rows name: in its deadline cells, and its target columns by year ("Năm
 * 2025", "Đến năm 2030"); a plan whose title names no year spans them.
 */
function namedYears(found: readonly SheetTables[]): number[] {
  const years = new Set<number>();
  const seen = new Set<string>();
  for (const { parsed } of found)
    for (const p of parsed) {
      for (const c of yearTargetColumns(p.table.header)) years.add(c.year);
      for (const row of p.table.rows) {
        const text = row.texts.deadline;
        if (!text || seen.has(text)) continue;
        seen.add(text);
        for (const y of yearsNamedIn(text)) years.add(y);
      }
    }
  return [...years];
}

/** The lines a plan's year is read from: what stands above each table, then its header labels. */
function titleLines(found: readonly SheetTables[]): string[] {
  const lines: string[] = [];
  for (const { view, parsed } of found) {
    const first = parsed[0]!.table.header;
    for (let r = 0; r < first.top; r++) {
      const parts: string[] = [];
      for (let c = 0; c < view.colCount; c++) {
        const t = view.ownText(r, c);
        if (t) parts.push(t);
      }
      if (parts.length > 0) lines.push(parts.join(' '));
    }
    for (const p of parsed) lines.push(...p.table.header.columns.map((c) => c.label));
  }
  return lines;
}

function dedupeIssues(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = JSON.stringify(i);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
