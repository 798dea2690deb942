import { SheetView } from './_lib/sheet-view';
import { parseA1 } from './grid/a1';
import { boundedMemo } from './_lib/memo';
import { isGridError, type GridBook } from './grid/types';
import { issue, type InputFailure, type Issue } from './issues/types';
import { legacyHeaderCell } from './text/legacy';
import type { AppendixTable, IndicatorItem, TaskItem } from './parse/model';
import { findTables, type ParsedTable, type RawUnits } from './parse/table';
import { detectPlanYears, type PlanYears } from './plan/year';
import { ownedSheets } from './plan/owned';
import {
  findReportingUnit,
  readPlanHeading,
  type PlanHeading,
  type ReportingUnitLine,
} from './plan/heading';
import { readUnitList, readUnitRoles } from './units/roles';
import { checkHeader } from './validate/header';
import { checkNumbering } from './validate/numbering';
import { checkIndicators, checkTasks, type CheckContext } from './validate/values';
import {
  isRosterSheetName,
  matchUnit,
  rosterFromNames,
  rosterFromSheet,
  rosterHasName,
  rosterKeys,
  type Roster,
} from './units/roster';

export interface ScanOptions {
  /** The plan year when the user overrides what the title says. */
  readonly year?: number;
  /** The date deadlines and completion dates are judged at (ISO); defaults to today. */
  readonly asOf?: string;
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
  readonly parsed: readonly ParsedTable[];
}

/**
 * Finds, reads and checks every appendix table of a workbook: the headless core of `phuluc scan`.
 * @example scanBook(book).tables.map((t) => [t.sheet, t.kind, t.items.length]) // [['PL1', 'tasks', 27]]
 */
export function scanBook(book: GridBook, options: ScanOptions = {}): ScanResult {
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  const issues: Issue[] = [];
  const located = (i: Issue): Issue => ({ ...i, file: book.name });

  const nonEmpty = book.sheets.filter((s) =>
    s.rows.some((row) =>
      row?.some((c) => c && c.value !== null && !(typeof c.value === 'string' && !c.value.trim())),
    ),
  );
  if (nonEmpty.length === 0) {
    return empty(book, asOf, [located(issue({ code: 'empty-workbook' }))]);
  }

  let rosterSheet: SheetView | undefined;
  const found: SheetTables[] = [];
  const owned = ownedSheets(book);
  const legacy: Issue[] = [];
  for (const grid of book.sheets) {
    if (owned.has(grid.name)) continue; // PhuLuc's own report sheets are not plans
    const view = new SheetView(grid);
    const old = legacyHeaderCell(view);
    if (old) legacy.push(located(issue({ code: 'legacy-encoding', sheet: grid.name, ...old })));
    if (isRosterSheetName(grid.name)) {
      rosterSheet = view;
      continue;
    }
    const parsed = findTables(view, grid.name);
    if (parsed.length > 0) found.push({ sheet: grid.name, view, parsed });
  }
  if (found.length === 0) {
    return empty(book, asOf, [located(issue({ code: 'no-appendix-table' })), ...legacy]);
  }
  issues.push(...legacy);

  const years = options.year
    ? { from: options.year, to: options.year }
    : detectPlanYears(titleLines(found));

  const roster = rosterSheet ? rosterFromSheet(rosterSheet) : rosterFromNames(allUnitNames(found));
  const resolvedByText = new UnitTextMap<ResolvedUnits>();
  const resolveUnits = (raw: RawUnits): ResolvedUnits => {
    let resolved = resolvedByText.get(raw);
    if (!resolved)
      resolvedByText.set(raw, (resolved = resolveNames(rosterNames(roster, raw), roster)));
    return resolved;
  };

  const tables: AppendixTable[] = [];
  for (const { sheet, view, parsed } of found) {
    // Most sheets hold no error value at all: look at each item's cells only when one does.
    const sheetHasErrors = hasErrorCell(view.grid);
    for (const p of parsed) {
      issues.push(...p.issues.map(located));
      // Unit cells repeat down a plan ("Văn phòng Sở" on every other row): each distinct text is
      // read and matched once; only its unknown names are reported again, at every cell.
      const resolve = (item: TaskItem | IndicatorItem, raw: RawUnits): ResolvedUnits => {
        const resolved = resolveUnits(raw);
        for (const u of resolved.unknown) {
          const cell =
            u.role === 'lead'
              ? (item.cells.lead ?? item.cells.units)
              : (item.cells.support ?? item.cells.units);
          issues.push(
            located(
              issue({
                code: 'unknown-unit',
                sheet,
                ...(cell ? { cell } : {}),
                name: u.name,
                ...(u.suggestion ? { suggestion: u.suggestion } : {}),
              }),
            ),
          );
        }
        return resolved;
      };
      const errors = sheetHasErrors ? p.table.items : [];
      for (const item of errors) {
        for (const address of new Set(Object.values(item.cells))) {
          if (!address) continue;
          const { row, col } = parseA1(address);
          const value = view.raw(row, col)?.value ?? null;
          if (isGridError(value))
            issues.push(
              located(issue({ code: 'formula-error', sheet, cell: address, value: value.code })),
            );
        }
      }
      issues.push(...checkHeader(view, p.table.header, sheet, p.table.lastRow).map(located));
      issues.push(...checkNumbering(p.table).map(located));
      const ctx: CheckContext = {
        sheet,
        view,
        years: years ?? { from: Number(asOf.slice(0, 4)), to: Number(asOf.slice(0, 4)) },
        yearsKnown: years !== undefined,
        asOf,
      };
      // The units are resolved as each row is checked: one copy of each item, not two.
      const checked =
        p.table.kind === 'tasks'
          ? checkTasks(ctx, p.table, (item, i) => resolve(item, p.units[i]!))
          : checkIndicators(ctx, p.table, (item, i) => resolve(item, p.units[i]!));
      issues.push(...checked.issues.map(located));
      tables.push(checked.table);
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

function unitNames(
  raw: RawUnits,
  known: (name: string) => boolean,
): { lead: string[]; support: string[] } {
  const lead = raw.leadText ? readUnitList(raw.leadText, known) : [];
  const support = raw.supportText ? readUnitList(raw.supportText, known) : [];
  if (raw.unitsText) {
    const roles = readUnitRoles(raw.unitsText, known);
    lead.push(...roles.lead.filter((n) => !lead.includes(n)));
    support.push(...roles.support.filter((n) => !support.includes(n)));
  }
  return { lead, support };
}

/** No roster yet: unit texts read before the roster is made from the names they give. */
const NO_ROSTER: Roster = { source: 'plan', units: [] };

/** A row's unit names, matched to the roster; the names it does not know, to report. */
interface ResolvedUnits {
  readonly lead: readonly string[];
  readonly support: readonly string[];
  readonly unknown: readonly {
    readonly role: 'lead' | 'support';
    readonly name: string;
    readonly suggestion?: string;
  }[];
}

function resolveNames(
  names: { readonly lead: readonly string[]; readonly support: readonly string[] },
  roster: Roster,
): ResolvedUnits {
  const unknown: ResolvedUnits['unknown'][number][] = [];
  const canonical = (list: readonly string[], role: 'lead' | 'support'): string[] =>
    list.map((name) => {
      const m = matchUnit(name, roster);
      if (m.kind === 'unit') return m.name;
      if (m.kind === 'unknown')
        unknown.push({ role, name, ...(m.suggestion ? { suggestion: m.suggestion } : {}) });
      return name;
    });
  const lead = canonical(names.lead, 'lead');
  const support = canonical(names.support, 'support');
  // Issues in the order the names were read: every lead's, then every support's.
  return { lead, support, unknown };
}

/**
 * A row's unit names read against a roster. Every unit sends back the same plan, with the same
 * roster: the reading is kept across scans, per roster (its keys) and unit text (bounded memo).
 */
function rosterNames(
  roster: Roster,
  raw: RawUnits,
): { readonly lead: string[]; readonly support: string[] } {
  return namesByRoster(`${rosterId(roster)}\u0000${unitTextKey(raw)}`, { roster, raw });
}

const namesByRoster = boundedMemo(
  (_key: string, { roster, raw }: { roster: Roster; raw: RawUnits }) =>
    unitNames(raw, (name) => rosterHasName(roster, name)),
  { limit: 20_000 },
);

/** Ids of rosters by their keys; never reused, so a memo entry of a forgotten roster is never read. */
let nextRosterId = 0;
const idOfKeys = boundedMemo((_keys: string) => nextRosterId++, { limit: 1_000 });

const idOfRoster = new WeakMap<Roster, number>();

function rosterId(roster: Roster): number {
  let id = idOfRoster.get(roster);
  if (id === undefined) idOfRoster.set(roster, (id = idOfKeys(rosterKeys(roster))));
  return id;
}

/** One key per distinct unit text of a row (lead, support and shared unit cells). */
function unitTextKey(raw: RawUnits): string {
  return `${raw.leadText}\u0000${raw.supportText}\u0000${raw.unitsText}`;
}

/**
 * A map keyed by a row's three unit texts, level by level: the same cell texts come back on
 * every row, and looking them up builds no joined key.
 */
class UnitTextMap<V> {
  private readonly byLead = new Map<string, Map<string, Map<string, V>>>();

  get(raw: RawUnits): V | undefined {
    return this.byLead.get(raw.leadText)?.get(raw.supportText)?.get(raw.unitsText);
  }

  set(raw: RawUnits, value: V): void {
    let bySupport = this.byLead.get(raw.leadText);
    if (!bySupport) this.byLead.set(raw.leadText, (bySupport = new Map()));
    let byUnits = bySupport.get(raw.supportText);
    if (!byUnits) bySupport.set(raw.supportText, (byUnits = new Map()));
    byUnits.set(raw.unitsText, value);
  }
}

function allUnitNames(found: readonly SheetTables[]): string[] {
  const names: string[] = [];
  const seen = new UnitTextMap<true>();
  for (const s of found) {
    for (const p of s.parsed) {
      for (const raw of p.units) {
        // Only each distinct unit text adds names; repeats ("Văn phòng Sở" on every row) do not.
        if (seen.get(raw)) continue;
        seen.set(raw, true);
        const n = rosterNames(NO_ROSTER, raw);
        names.push(...n.lead, ...n.support);
      }
    }
  }
  return names;
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
