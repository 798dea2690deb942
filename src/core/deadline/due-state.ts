import { daysBetween } from '../_lib/calendar';
import type { Deadline, TaskItem } from '../parse/model';
import { isSettled } from './done';

/** Where a task stands at the as-of date (DOMAIN.md §2, RULES.md "Deadline status"). */
export type DueStatus = 'done' | 'overdue' | 'due-soon' | 'not-yet-due' | 'no-date';

export interface DueState {
  readonly status: DueStatus;
  /** The occurrence judged ({@link judgedOccurrence}); null when done or without a date. */
  readonly date: string | null;
  /** Days from the as-of date to `date` (negative when overdue). */
  readonly days: number | null;
}

/**
 * The due date a task is judged against at `asOf`: the latest of its dates on or before `asOf`
 * (the occurrence whose report is due now), or its first date while none has come yet. One rule
 * for fixed and recurring deadlines: each listed date is an occurrence with its own report.
 * Null for continuous, on-demand, missing and unreadable deadlines.
 * @example judgedOccurrence({ kind: 'recurring', due: ['2025-03-31', '2025-06-30', '2025-09-30'] }, '2025-08-01') // '2025-06-30'
 * @example judgedOccurrence({ kind: 'recurring', due: ['2025-03-31', '2025-06-30'] }, '2025-01-10') // '2025-03-31'
 */
export function judgedOccurrence(deadline: Deadline, asOf: string): string | null {
  if (deadline.kind !== 'date' && deadline.kind !== 'recurring') return null;
  let judged: string | null = deadline.due[0] ?? null;
  for (const d of deadline.due) if (d <= asOf) judged = d;
  return judged;
}

/**
 * Where a task stands against its deadline at a date: `overdue` when its judged occurrence has
 * passed, `due-soon` when it falls within `windowDays` (the as-of day included), else
 * `not-yet-due`; `no-date` when there is no date to judge; `done` when `settled` (reported done
 * or "không phát sinh", see {@link isSettled}).
 * @example dueState({ kind: 'date', due: ['2025-09-30'] }, '2025-10-20') // { status: 'overdue', date: '2025-09-30', days: -20 }
 * @example dueState({ kind: 'recurring', due: ['2025-06-30', '2025-09-30'] }, '2025-08-01') // { status: 'overdue', date: '2025-06-30', days: -32 }
 * @example dueState({ kind: 'date', due: ['2025-10-25'] }, '2025-10-20') // { status: 'due-soon', date: '2025-10-25', days: 5 }
 */
export function dueState(
  deadline: Deadline,
  asOf: string,
  windowDays = 7,
  settled = false,
): DueState {
  if (settled) return { status: 'done', date: null, days: null };
  const date = judgedOccurrence(deadline, asOf);
  if (date === null) return { status: 'no-date', date: null, days: null };
  const days = daysBetween(asOf, date);
  const status = days < 0 ? 'overdue' : days <= windowDays ? 'due-soon' : 'not-yet-due';
  return { status, date, days };
}

/**
 * A plan task's due state from its own report columns (the scan, the pane before consolidating).
 * @example taskDue(task, '2025-10-20', 7) // { status: 'overdue', date: '2025-09-30', days: -20 }
 */
export function taskDue(
  task: Pick<TaskItem, 'deadline' | 'report' | 'statusWord' | 'completedOn'>,
  asOf: string,
  windowDays: number,
): DueState {
  const settled = isSettled({
    statusText: task.report?.status ?? '',
    ...(task.statusWord ? { statusWord: task.statusWord } : {}),
    ...(task.completedOn ? { completedOn: task.completedOn } : {}),
  });
  return dueState(task.deadline, asOf, windowDays, settled);
}
