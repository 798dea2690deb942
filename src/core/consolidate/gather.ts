import { issue, type Issue, type IssueCode } from '../issues/types';
import type { IndicatorItem, TaskItem } from '../parse/model';
import type { ScanResult } from '../scan';
import type { Roster } from '../units/roster';
import { identifyUnit } from './identify';
import { matchRows, type PlanItem } from './match';
import type { UnitIndicatorReport, UnitTaskReport, UnmatchedRow } from './types';
import { hasIndicatorReport, hasTaskReport, indicatorReport, taskReport } from './unit-reports';

/** A unit's returned copy of the plan, already scanned. */
export interface UnitWorkbook {
  readonly file: string;
  readonly scan: ScanResult;
}

/** What the units' files say, by plan row, and what could not be placed (phases 1 and 2). */
export interface Gathered {
  readonly taskReports: Map<PlanItem, UnitTaskReport[]>;
  readonly indicatorReports: Map<PlanItem, UnitIndicatorReport[]>;
  /** The files each roster unit sent, in the order given. */
  readonly filesByUnit: Map<string, string[]>;
  /** Warnings and errors of each unit file's report columns. */
  readonly issueCountByFile: Map<string, number>;
  readonly unmatched: UnmatchedRow[];
  /** The plan's issues, then each file's, in the order of the files. */
  readonly issues: Issue[];
}

/** What a unit's file may add to the office's list of problems: its own report columns. */
const UNIT_FILE_CODES = new Set<IssueCode>([
  'no-appendix-table',
  'empty-workbook',
  'legacy-encoding',
  'status-unknown',
  'completion-date-unparsed',
  'completion-after-as-of',
  'completion-before-plan',
  'actual-not-number',
  'formula-error',
  'unit-mismatch',
]);

/** Below this share of matched rows, a unit's file is taken for another plan's. */
const OTHER_PLAN_SHARE = 0.3;

/**
 * Phases 1 and 2 of a consolidation: names each file's unit, matches its rows to the plan and
 * files every report under its plan row. With no unit files the plan's own report columns speak
 * for each row's lead (or the named reporting unit).
 * @example gatherReports(planScan, [{ file: 'vp.xlsx', scan: vpScan }]).filesByUnit.get('Văn phòng Sở') // ['vp.xlsx']
 */
export function gatherReports(plan: ScanResult, units: readonly UnitWorkbook[]): Gathered {
  const gathered: Gathered = {
    taskReports: new Map(),
    indicatorReports: new Map(),
    filesByUnit: new Map(),
    issueCountByFile: new Map(),
    unmatched: [],
    issues: [...plan.issues],
  };
  if (units.length === 0) gatherPlanOwn(plan, gathered);
  for (const unitFile of units) {
    const fileIssues = unitFile.scan.issues
      .filter((i) => UNIT_FILE_CODES.has(i.code))
      .map((i) => ({ ...i, file: unitFile.file }));
    gathered.issues.push(...fileIssues);
    const unit = identifyFile(unitFile, plan.roster, gathered);
    matchFile(plan, unitFile, unit, gathered);
    gathered.issueCountByFile.set(
      unitFile.file,
      fileIssues.filter((i) => i.severity !== 'info').length,
    );
  }
  return gathered;
}

function addReport<R>(reports: Map<PlanItem, R[]>, item: PlanItem, report: R): void {
  reports.set(item, [...(reports.get(item) ?? []), report]);
}

function gatherPlanOwn(plan: ScanResult, gathered: Gathered): void {
  for (const table of plan.tables) {
    for (const item of table.items) {
      const unit = plan.reportingUnit?.text ?? item.lead[0] ?? plan.file;
      if (table.kind === 'tasks' && hasTaskReport(item as TaskItem)) {
        const report = taskReport(unit, plan.file, table.sheet, item as TaskItem);
        addReport(gathered.taskReports, item, report);
      }
      if (table.kind === 'indicators' && hasIndicatorReport(item as IndicatorItem)) {
        const report = indicatorReport(unit, plan.file, table.sheet, item as IndicatorItem);
        addReport(gathered.indicatorReports, item, report);
      }
    }
  }
}

/** A file's unit: a roster name (`name`), or only the text it was known by (`name` null). */
interface FileUnit {
  readonly name: string | null;
  readonly label: string;
}

/** Phase 1: which roster unit sent the file; a second file of one unit is an issue. */
function identifyFile(unitFile: UnitWorkbook, roster: Roster, gathered: Gathered): FileUnit {
  const scan = unitFile.scan;
  const identity = identifyUnit(scan.reportingUnit?.text ?? null, unitFile.file, roster);
  if (identity.kind === 'unit') {
    const name = identity.name;
    const files = gathered.filesByUnit.get(name) ?? [];
    if (files.length > 0) {
      gathered.issues.push(
        issue({
          code: 'unit-duplicate-file',
          file: unitFile.file,
          unit: name,
          otherFile: files[0]!,
        }),
      );
    }
    gathered.filesByUnit.set(name, [...files, unitFile.file]);
    return { name, label: name };
  }
  const where = scan.reportingUnit
    ? { sheet: scan.reportingUnit.sheet, cell: scan.reportingUnit.cell }
    : {};
  gathered.issues.push(
    issue({
      code: 'unit-not-identified',
      file: unitFile.file,
      ...where,
      text: identity.text,
      ...(identity.suggestion ? { suggestion: identity.suggestion } : {}),
    }),
  );
  return { name: null, label: identity.text };
}

/** Phase 2: each row of the file to its plan row; the rest listed as unmatched. */
function matchFile(
  plan: ScanResult,
  unitFile: UnitWorkbook,
  unit: FileUnit,
  gathered: Gathered,
): void {
  let rows = 0;
  let planRows = 0;
  const fileUnmatched: UnmatchedRow[] = [];
  for (const table of unitFile.scan.tables) {
    const matches = matchRows(plan.tables, table);
    for (const item of table.items) {
      rows++;
      const m = matches.get(item);
      // Whether the file is this plan's is told by its rows, whoever sent it.
      if (m?.kind === 'matched') planRows++;
      if (!m || m.kind === 'unmatched' || !unit.name) {
        fileUnmatched.push({
          file: unitFile.file,
          sheet: table.sheet,
          row: item.row,
          unit: unit.label,
          stt: item.stt,
          content: 'content' in item ? item.content : item.name,
          reason: !unit.name ? 'unknown-unit' : m?.kind === 'unmatched' ? m.reason : 'no-match',
        });
        continue;
      }
      if (table.kind === 'tasks' && hasTaskReport(item as TaskItem)) {
        const report = taskReport(unit.name, unitFile.file, table.sheet, item as TaskItem);
        addReport(gathered.taskReports, m.plan.item, report);
      }
      if (table.kind === 'indicators' && hasIndicatorReport(item as IndicatorItem)) {
        const report = indicatorReport(
          unit.name,
          unitFile.file,
          table.sheet,
          item as IndicatorItem,
        );
        addReport(gathered.indicatorReports, m.plan.item, report);
      }
    }
  }
  gathered.unmatched.push(...fileUnmatched);
  gathered.issues.push(...matchIssues(unitFile.file, unit, fileUnmatched, rows, planRows));
}

/** A file that matches too little is another plan's; otherwise each unmatched row is named. */
function matchIssues(
  file: string,
  unit: FileUnit,
  unmatched: readonly UnmatchedRow[],
  rows: number,
  planRows: number,
): Issue[] {
  if (rows >= 5 && planRows / rows < OTHER_PLAN_SHARE) {
    return [issue({ code: 'unit-file-other-plan', file, matched: planRows, rows })];
  }
  if (!unit.name) return [];
  return unmatched.map((u) =>
    issue({
      code: 'unmatched-row',
      file: u.file,
      sheet: u.sheet,
      cell: `A${u.row}`,
      unit: u.unit,
      stt: u.stt,
    }),
  );
}
