import { pathKey } from '../_lib/section-path';
import { consolidateRate, judgeIndicator, type UnitRate } from '../indicator/achievement';
import { isRateUnit } from '../indicator/unit';
import { readReportedValue } from '../indicator/value';
import { issue, type Issue, type IssueCode } from '../issues/types';
import type { IndicatorItem, TaskItem } from '../parse/model';
import { periodContaining, type PeriodKind } from '../period/period';
import type { ScanResult } from '../scan';
import { isGenericUnitGroup } from '../units/generic';
import { identifyUnit } from './identify';
import { matchRows, type PlanItem } from './match';
import { hasConflict, judgedDueDate, taskStatus } from './status';
import type {
  Conflict,
  ConsolidatedIndicator,
  ConsolidatedTask,
  Consolidation,
  UnitIndicatorReport,
  UnitSubmission,
  UnitTaskReport,
  UnmatchedRow,
} from './types';

/** A unit's returned copy of the plan, already scanned. */
export interface UnitWorkbook {
  readonly file: string;
  readonly scan: ScanResult;
}

export interface ConsolidateOptions {
  readonly asOf: string;
  readonly period?: PeriodKind;
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

function hasTaskReport(item: TaskItem): boolean {
  return !!(
    item.report?.status ||
    item.report?.completionDate ||
    item.report?.actual ||
    item.report?.evidence
  );
}

function hasIndicatorReport(item: IndicatorItem): boolean {
  return !!(item.actualText || item.numeratorText || item.denominatorText);
}

function taskReport(unit: string, file: string, sheet: string, item: TaskItem): UnitTaskReport {
  return {
    unit,
    file,
    sheet,
    row: item.row,
    statusText: item.report?.status ?? '',
    ...(item.statusWord ? { statusWord: item.statusWord } : {}),
    ...(item.completedOn ? { completedOn: item.completedOn } : {}),
    ...(item.report?.actual ? { result: item.report.actual } : {}),
    ...(item.report?.evidence ? { evidence: item.report.evidence } : {}),
    ...(item.note ? { note: item.note } : {}),
  };
}

function indicatorReport(
  unit: string,
  file: string,
  sheet: string,
  item: IndicatorItem,
): UnitIndicatorReport {
  const value = item.actual ?? (item.actualText ? numberOf(item.actualText) : null);
  return {
    unit,
    file,
    sheet,
    row: item.row,
    numerator: item.numerator ?? null,
    denominator: item.denominator ?? null,
    value,
  };
}

function numberOf(text: string): number | null {
  const v = readReportedValue({ value: text });
  return v.kind === 'number' ? v.value : null;
}

/**
 * Merges the units' returned copies into the plan (DOMAIN.md §4): identifies each file's unit,
 * matches its rows to the plan, judges every task at the as-of date, combines indicators
 * (weighted by tử số/mẫu số), lists conflicts, unmatched rows and who has not submitted.
 * With no unit files, the report columns filled in the plan itself are used.
 * @example consolidate(planScan, [{ file: 'vp.xlsx', scan: vpScan }], { asOf: '2025-10-20' }).tasks[0].status
 */
export function consolidate(
  plan: ScanResult,
  units: readonly UnitWorkbook[],
  options: ConsolidateOptions,
): Consolidation {
  const { asOf } = options;
  const roster = plan.roster;
  const rosterNames = roster.units.map((u) => u.name);
  const issues: Issue[] = [...plan.issues];
  const unmatched: UnmatchedRow[] = [];
  const taskReports = new Map<PlanItem, UnitTaskReport[]>();
  const indicatorReports = new Map<PlanItem, UnitIndicatorReport[]>();
  const filesByUnit = new Map<string, string[]>();
  const issueCountByFile = new Map<string, number>();

  const addTaskReport = (item: PlanItem, r: UnitTaskReport) =>
    taskReports.set(item, [...(taskReports.get(item) ?? []), r]);
  const addIndicatorReport = (item: PlanItem, r: UnitIndicatorReport) =>
    indicatorReports.set(item, [...(indicatorReports.get(item) ?? []), r]);

  if (units.length === 0) {
    // The plan itself carries the reports: each row speaks for its lead (or the named reporting unit).
    for (const table of plan.tables) {
      for (const item of table.items) {
        const unit = plan.reportingUnit?.text ?? item.lead[0] ?? plan.file;
        if (table.kind === 'tasks' && hasTaskReport(item as TaskItem))
          addTaskReport(item, taskReport(unit, plan.file, table.sheet, item as TaskItem));
        if (table.kind === 'indicators' && hasIndicatorReport(item as IndicatorItem)) {
          addIndicatorReport(
            item,
            indicatorReport(unit, plan.file, table.sheet, item as IndicatorItem),
          );
        }
      }
    }
  }

  for (const unitFile of units) {
    const scan = unitFile.scan;
    const fileIssues = scan.issues
      .filter((i) => UNIT_FILE_CODES.has(i.code))
      .map((i) => ({ ...i, file: unitFile.file }));
    issues.push(...fileIssues);
    const identity = identifyUnit(scan.reportingUnit?.text ?? null, unitFile.file, roster);
    let unitName: string | null = null;
    if (identity.kind === 'unit') {
      unitName = identity.name;
      const files = filesByUnit.get(unitName) ?? [];
      if (files.length > 0) {
        issues.push(
          issue({
            code: 'unit-duplicate-file',
            file: unitFile.file,
            unit: unitName,
            otherFile: files[0]!,
          }),
        );
      }
      filesByUnit.set(unitName, [...files, unitFile.file]);
    } else {
      const where = scan.reportingUnit
        ? { sheet: scan.reportingUnit.sheet, cell: scan.reportingUnit.cell }
        : {};
      issues.push(
        issue({
          code: 'unit-not-identified',
          file: unitFile.file,
          ...where,
          text: identity.text,
          ...(identity.suggestion ? { suggestion: identity.suggestion } : {}),
        }),
      );
    }
    const unitLabel = identity.kind === 'unit' ? identity.name : identity.text;
    let rows = 0;
    let planRows = 0;
    const fileUnmatched: UnmatchedRow[] = [];
    for (const table of scan.tables) {
      const matches = matchRows(plan.tables, table);
      for (const item of table.items) {
        rows++;
        const m = matches.get(item);
        // Whether the file is this plan's is told by its rows, whoever sent it.
        if (m?.kind === 'matched') planRows++;
        if (!m || m.kind === 'unmatched' || !unitName) {
          const content = 'content' in item ? item.content : item.name;
          fileUnmatched.push({
            file: unitFile.file,
            sheet: table.sheet,
            row: item.row,
            unit: unitLabel,
            stt: item.stt,
            content,
            reason: !unitName ? 'unknown-unit' : m?.kind === 'unmatched' ? m.reason : 'no-match',
          });
          continue;
        }
        if (table.kind === 'tasks' && hasTaskReport(item as TaskItem)) {
          addTaskReport(
            m.plan.item,
            taskReport(unitName, unitFile.file, table.sheet, item as TaskItem),
          );
        }
        if (table.kind === 'indicators' && hasIndicatorReport(item as IndicatorItem)) {
          addIndicatorReport(
            m.plan.item,
            indicatorReport(unitName, unitFile.file, table.sheet, item as IndicatorItem),
          );
        }
      }
    }
    unmatched.push(...fileUnmatched);
    const otherPlan = rows >= 5 && planRows / rows < OTHER_PLAN_SHARE;
    if (otherPlan)
      issues.push(
        issue({ code: 'unit-file-other-plan', file: unitFile.file, matched: planRows, rows }),
      );
    else if (unitName) {
      for (const u of fileUnmatched) {
        issues.push(
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
    }
    issueCountByFile.set(unitFile.file, fileIssues.filter((i) => i.severity !== 'info').length);
  }

  // Items with the same unit cells share one list (see scanBook): expand each list once.
  const expanded = new WeakMap<readonly string[], string[]>();
  const expand = (names: readonly string[]): string[] => {
    let list = expanded.get(names);
    if (!list) {
      list = [...new Set(names.flatMap((n) => (isGenericUnitGroup(n) ? rosterNames : [n])))];
      expanded.set(names, list);
    }
    return list;
  };

  const tasks: ConsolidatedTask[] = [];
  const conflicts: Conflict[] = [];
  for (const table of plan.tables) {
    if (table.kind !== 'tasks') continue;
    // A section's title by its path; the first section of a path names it.
    const titles = new Map<string, string>();
    for (const s of table.sections) {
      const key = pathKey(s.path);
      if (!titles.has(key)) titles.set(key, s.title);
    }
    const titlesOf = new WeakMap<readonly string[], string[]>();
    const sectionTitles = (path: readonly string[]): string[] => {
      let list = titlesOf.get(path);
      if (!list) {
        list = path.map((_, i) => titles.get(pathKey(path.slice(0, i + 1))) ?? '');
        titlesOf.set(path, list);
      }
      return list;
    };
    for (const item of table.items) {
      const lead = expand(item.lead);
      const support = expand(item.support).filter((s) => !lead.includes(s));
      const all = taskReports.get(item) ?? [];
      const leadReports = units.length === 0 ? all : all.filter((r) => lead.includes(r.unit));
      const others = all.filter((r) => !leadReports.includes(r));
      const due = judgedDueDate(item.deadline, asOf);
      const status = taskStatus(leadReports, due, asOf);
      const conflict = hasConflict(leadReports);
      if (conflict) {
        const reported = leadReports.filter((r) => r.statusText || r.completedOn);
        conflicts.push({
          kind: 'task',
          key: item.key,
          content: item.content,
          reports: reported.map((r) => ({ unit: r.unit, file: r.file, statusText: r.statusText })),
        });
        issues.push(
          issue({
            code: 'report-conflict',
            file: plan.file,
            sheet: table.sheet,
            cell: item.cells.number ?? `A${item.row}`,
            key: item.key,
            units: reported.map((r) => `${r.unit}: ${r.statusText || '—'}`),
          }),
        );
      }
      tasks.push({
        key: item.key,
        sheet: table.sheet,
        row: item.row,
        stt: item.stt,
        sectionPath: item.sectionPath,
        sectionTitles: sectionTitles(item.sectionPath),
        content: item.content,
        lead,
        support,
        leadText: item.lead.join(', '),
        deadlineText: item.deadlineText,
        deadline: item.deadline,
        judgedDue: due,
        status,
        reports: [...leadReports, ...others],
        conflict,
      });
    }
  }

  const indicators: ConsolidatedIndicator[] = [];
  for (const table of plan.tables) {
    if (table.kind !== 'indicators') continue;
    for (const item of table.items) {
      const reports = indicatorReports.get(item) ?? [];
      let actual: number | null;
      let method: ConsolidatedIndicator['method'];
      if (isRateUnit(item.unit) || reports.length <= 1) {
        const rates: UnitRate[] = reports.map((r) => ({
          unit: r.unit,
          ...(r.numerator !== null ? { numerator: r.numerator } : {}),
          ...(r.denominator !== null ? { denominator: r.denominator } : {}),
          ...(r.value !== null ? { value: r.value } : {}),
        }));
        const combined = consolidateRate(rates);
        actual = combined.value;
        method = combined.method;
      } else {
        const values = reports.map((r) => r.value).filter((v): v is number => v !== null);
        actual =
          values.length > 0 ? Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100 : null;
        method = values.length > 1 ? 'sum' : values.length === 1 ? 'single' : 'none';
      }
      const target = item.target ?? null;
      const { achieved, ratio } = judgeIndicator(target ?? undefined, actual);
      indicators.push({
        key: item.key,
        sheet: table.sheet,
        row: item.row,
        stt: item.stt,
        ...(item.group ? { group: item.group } : {}),
        name: item.name,
        unit: item.unit,
        targetText: item.targetText,
        target,
        actual,
        method,
        achieved,
        ratio,
        reports,
      });
    }
  }

  const unitsOut: UnitSubmission[] = rosterNames.map((name) => {
    const files = filesByUnit.get(name) ?? [];
    const led = tasks.filter((t) => t.lead.includes(name));
    const own = (t: ConsolidatedTask) =>
      t.reports.find((r) => r.unit === name && (r.statusText || r.completedOn));
    const done = led.filter(
      (t) => own(t)?.statusWord === 'done' || (!!own(t)?.completedOn && !own(t)?.statusText),
    ).length;
    const overdue = led.filter((t) => {
      const r = own(t);
      const isDone = r?.statusWord === 'done' || r?.statusWord === 'not-applicable';
      return (
        !isDone && t.judgedDue !== null && t.judgedDue < asOf && t.deadline.kind !== 'continuous'
      );
    }).length;
    return {
      name,
      submitted: files.length > 0,
      files,
      tasksLed: led.length,
      done,
      overdue,
      issues: files.reduce((n, f) => n + (issueCountByFile.get(f) ?? 0), 0),
    };
  });

  return {
    asOf,
    period: periodContaining(asOf, options.period ?? 'quarter'),
    plan: {
      file: plan.file,
      years: plan.planYears,
      parentAgency: plan.heading.parentAgency,
      agency: plan.heading.agency,
      title: plan.heading.title,
    },
    units: unitsOut,
    tasks,
    indicators,
    conflicts,
    unmatched,
    issues,
  };
}
