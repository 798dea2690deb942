import type { ParsedDeadline } from '../deadline/parse';
import { issue, type Issue } from '../issues/types';
import type { TaskItem } from '../parse/model';
import type { ReadTask } from '../read/task';
import { cellOf, type CheckContext } from './context';

/** Which checks a task table's columns call for (the same for every row). */
export interface TaskColumns {
  readonly lead: boolean;
  readonly deadline: boolean;
}

/**
 * Judges a task as read: missing values, unreadable or impossible dates, dates outside the
 * plan, unknown status words, completion dates after the as-of date or before the plan.
 * @example checkTask(ctx, readTask(row, units, ctx, true), { lead: true, deadline: true }).map((i) => i.code) // ['missing-value']
 */
export function checkTask(ctx: CheckContext, read: ReadTask, columns: TaskColumns): Issue[] {
  const { item } = read;
  const issues: Issue[] = [];
  if (!item.content) {
    const where = cellOf(ctx, item.cells.content ?? item.cells.activity, item.row);
    issues.push(issue({ code: 'missing-value', field: 'content', ...where }));
  }
  if (columns.lead && item.lead.length === 0) {
    const where = cellOf(ctx, item.cells.lead ?? item.cells.units, item.row);
    issues.push(issue({ code: 'missing-value', field: 'lead', ...where }));
  }
  if (read.deadline) issues.push(...checkDeadline(ctx, item, read.deadline));
  const statusText = item.report?.status;
  if (statusText && !item.statusWord) {
    const where = cellOf(ctx, item.cells.status, item.row);
    issues.push(issue({ code: 'status-unknown', text: statusText, ...where }));
  }
  const completionText = item.report?.completionDate;
  if (completionText) issues.push(...checkCompletion(ctx, item, completionText));
  return issues;
}

function checkDeadline(ctx: CheckContext, item: TaskItem, parsed: ParsedDeadline): Issue[] {
  const issues: Issue[] = [];
  const where = cellOf(ctx, item.cells.deadline, item.row);
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
    const { from, to } = ctx.years;
    const outside = parsed.due.find(
      (d) => Number(d.slice(0, 4)) < from || Number(d.slice(0, 4)) > to,
    );
    if (outside)
      issues.push(issue({ code: 'deadline-outside-plan', due: outside, from, to, ...where }));
  }
  return issues;
}

function checkCompletion(ctx: CheckContext, item: TaskItem, text: string): Issue[] {
  const where = cellOf(ctx, item.cells.completionDate, item.row);
  const iso = item.completedOn;
  const planStart = `${ctx.years.from}-01-01`;
  if (!iso) return [issue({ code: 'completion-date-unparsed', text, ...where })];
  if (iso > ctx.asOf)
    return [issue({ code: 'completion-after-as-of', date: iso, asOf: ctx.asOf, ...where })];
  if (ctx.yearsKnown && iso < planStart)
    return [issue({ code: 'completion-before-plan', date: iso, planStart, ...where })];
  return [];
}
