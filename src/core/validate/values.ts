import type { SheetView } from '../_lib/sheet-view';
import { readWrittenDate } from '../_lib/dates';
import { parseDeadline } from '../deadline/parse';
import { parseA1 } from '../grid/a1';
import { isGridDate, type Cell } from '../grid/types';
import { judgeIndicator } from '../indicator/achievement';
import { parseTarget } from '../indicator/target';
import { readReportedValue } from '../indicator/value';
import { issue, type Issue } from '../issues/types';
import { isRateUnit } from '../indicator/unit';
import type { IndicatorItem, IndicatorTable, TaskItem, TaskTable } from '../parse/model';
import type { PlanYears } from '../plan/year';
import { readStatusWord } from '../report/status';

export interface CheckContext {
  readonly sheet: string;
  readonly view: SheetView;
  /** The plan's years; when the title names none, the as-of year stands in. */
  readonly years: PlanYears;
  /** True when `years` came from the plan (or the user), so dates can be held against it. */
  readonly yearsKnown: boolean;
  readonly asOf: string;
}

/** A row's units as the scan resolved them to the roster (by default, as read). */
export type UnitsOf<T> = (
  item: T,
  index: number,
) => { readonly lead: readonly string[]; readonly support: readonly string[] };

function cellAt(ctx: CheckContext, address: string | undefined): Cell | undefined {
  if (!address) return undefined;
  const { row, col } = parseA1(address);
  return ctx.view.raw(row, col);
}

function hasColumn(table: TaskTable | IndicatorTable, ...roles: string[]): boolean {
  return table.header.columns.some((c) => c.role !== undefined && roles.includes(c.role));
}

/**
 * Reads deadlines, status words and completion dates of a task table and checks them
 * (missing values, unreadable or impossible dates, dates outside the plan, unknown status words).
 * @example checkTasks(ctx, table).issues.map((i) => i.code) // ['impossible-date', 'missing-value', …]
 */
export function checkTasks(
  ctx: CheckContext,
  table: TaskTable,
  unitsOf: UnitsOf<TaskItem> = (item) => item,
): { table: TaskTable; issues: Issue[] } {
  const issues: Issue[] = [];
  const at = (cell: string | undefined, fallbackRow: number) => ({
    sheet: ctx.sheet,
    cell: cell ?? `A${fallbackRow}`,
  });
  // Per table, not per task: the columns are the same for every row.
  const checksLead = hasColumn(table, 'lead', 'units');
  const checksDeadline = hasColumn(table, 'deadline');
  const items = table.items.map((item, index): TaskItem => {
    const { lead, support } = unitsOf(item, index);
    if (!item.content)
      issues.push(
        issue({
          code: 'missing-value',
          field: 'content',
          ...at(item.cells.content ?? item.cells.activity, item.row),
        }),
      );
    if (checksLead && lead.length === 0) {
      issues.push(
        issue({
          code: 'missing-value',
          field: 'lead',
          ...at(item.cells.lead ?? item.cells.units, item.row),
        }),
      );
    }

    let deadline = item.deadline;
    if (checksDeadline) {
      const raw = cellAt(ctx, item.cells.deadline);
      const value = raw && isGridDate(raw.value) ? raw.value : item.deadlineText;
      const parsed = parseDeadline(value, ctx.years);
      deadline = { kind: parsed.kind, due: parsed.due };
      const where = at(item.cells.deadline, item.row);
      if (parsed.kind === 'missing')
        issues.push(issue({ code: 'missing-value', field: 'deadline', ...where }));
      for (const p of parsed.problems) {
        issues.push(
          p.kind === 'impossible-date'
            ? issue({ code: 'impossible-date', text: p.text, ...where })
            : issue({ code: 'deadline-unparsed', text: p.text, ...where }),
        );
      }
      if (parsed.kind === 'unparsed' && parsed.problems.length === 0)
        issues.push(issue({ code: 'deadline-unparsed', text: item.deadlineText, ...where }));
      if (ctx.yearsKnown) {
        const outside = parsed.due.find(
          (d) => Number(d.slice(0, 4)) < ctx.years.from || Number(d.slice(0, 4)) > ctx.years.to,
        );
        if (outside)
          issues.push(
            issue({
              code: 'deadline-outside-plan',
              due: outside,
              from: ctx.years.from,
              to: ctx.years.to,
              ...where,
            }),
          );
      }
    }

    const statusText = item.report?.status;
    const statusWord = statusText ? readStatusWord(statusText) : undefined;
    if (statusText && !statusWord)
      issues.push(
        issue({ code: 'status-unknown', text: statusText, ...at(item.cells.status, item.row) }),
      );

    const completionCell = cellAt(ctx, item.cells.completionDate);
    const completionText = item.report?.completionDate;
    let completedOn: string | undefined;
    if (completionText) {
      const where = at(item.cells.completionDate, item.row);
      const iso =
        completionCell && isGridDate(completionCell.value)
          ? completionCell.value.iso
          : readWrittenDate(completionText);
      completedOn = iso;
      if (!iso)
        issues.push(issue({ code: 'completion-date-unparsed', text: completionText, ...where }));
      else if (iso > ctx.asOf)
        issues.push(issue({ code: 'completion-after-as-of', date: iso, asOf: ctx.asOf, ...where }));
      else if (ctx.yearsKnown && iso < `${ctx.years.from}-01-01`) {
        issues.push(
          issue({
            code: 'completion-before-plan',
            date: iso,
            planStart: `${ctx.years.from}-01-01`,
            ...where,
          }),
        );
      }
    }
    const checked: { -readonly [K in keyof TaskItem]: TaskItem[K] } = {
      ...item,
      lead,
      support,
      deadline,
    };
    if (statusWord) checked.statusWord = statusWord;
    if (completedOn) checked.completedOn = completedOn;
    return checked;
  });
  return { table: { ...table, items }, issues };
}

function numberIn(ctx: CheckContext, address: string | undefined): number | null {
  const v = readReportedValue(cellAt(ctx, address), { count: true });
  return v.kind === 'number' ? v.value : null;
}

/**
 * Reads targets and reported values of an indicator table, judges achievement, and checks them
 * (missing or unreadable targets, results that are not numbers, rates outside 0–100).
 * @example checkIndicators(ctx, table).table.items[0].achieved // true
 */
export function checkIndicators(
  ctx: CheckContext,
  table: IndicatorTable,
  unitsOf: UnitsOf<IndicatorItem> = (item) => item,
): { table: IndicatorTable; issues: Issue[] } {
  const issues: Issue[] = [];
  const at = (cell: string | undefined, fallbackRow: number) => ({
    sheet: ctx.sheet,
    cell: cell ?? `A${fallbackRow}`,
  });
  const checksTarget = hasColumn(table, 'target');
  const items = table.items.map((item, index): IndicatorItem => {
    const { lead, support } = unitsOf(item, index);
    if (!item.name)
      issues.push(
        issue({
          code: 'missing-value',
          field: 'indicatorName',
          ...at(item.cells.indicatorName, item.row),
        }),
      );
    const rate = isRateUnit(item.unit);

    let target = null;
    if (checksTarget) {
      const where = at(item.cells.target, item.row);
      const targetCell = cellAt(ctx, item.cells.target);
      if (!item.targetText)
        issues.push(issue({ code: 'missing-value', field: 'target', ...where }));
      else {
        target = parseTarget(targetCell ?? { value: item.targetText }) ?? null;
        if (!target)
          issues.push(issue({ code: 'target-unparsed', text: item.targetText, ...where }));
        const limit = target ? (target.op === 'range' ? target.max : target.value) : null;
        if (rate && limit !== null && (limit > 100 || limit < 0))
          issues.push(issue({ code: 'unit-mismatch', value: limit, unit: item.unit, ...where }));
      }
    }

    const numerator = numberIn(ctx, item.cells.numerator);
    const denominator = numberIn(ctx, item.cells.denominator);
    let actual: number | null = null;
    const actualCell = cellAt(ctx, item.cells.actual);
    const reported = readReportedValue(actualCell, { count: !rate });
    if (reported.kind === 'number') actual = reported.value;
    else if (reported.kind === 'text')
      issues.push(
        issue({
          code: 'actual-not-number',
          text: reported.text,
          ...at(item.cells.actual, item.row),
        }),
      );
    if (
      actual === null &&
      reported.kind === 'empty' &&
      numerator !== null &&
      denominator !== null &&
      denominator > 0
    ) {
      actual = (numerator / denominator) * 100;
    }
    if (actual !== null && rate && (actual > 100 || actual < 0)) {
      issues.push(
        issue({
          code: 'unit-mismatch',
          value: actual,
          unit: item.unit,
          ...at(item.cells.actual ?? item.cells.numerator, item.row),
        }),
      );
    }
    const rounded = actual === null ? null : Math.round(actual * 100) / 100;
    const { achieved, ratio } = judgeIndicator(target ?? undefined, rounded);
    return {
      ...item,
      lead,
      support,
      target,
      actual: rounded,
      numerator,
      denominator,
      achieved,
      ratio,
    };
  });
  return { table: { ...table, items }, issues };
}
