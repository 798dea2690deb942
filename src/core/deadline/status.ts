import type { Deadline } from '../parse/model';

export type DueStatus = 'done' | 'overdue' | 'due-soon' | 'not-yet-due' | 'no-date';

export interface DueState {
  readonly status: DueStatus;
  /** The date the status is about: the passed due date when overdue, else the next one. */
  readonly due: string | null;
  /** Days from the as-of date to `due` (negative when overdue). */
  readonly days: number | null;
}

const DAY_MS = 86_400_000;

/**
 * Whole days from `a` to `b` (ISO dates).
 * @example daysBetween('2025-12-25', '2026-01-05') // 11
 */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/**
 * Where a task stands against its deadline at a date: overdue, due within `windowDays`, later,
 * or with no date to judge (continuous, on demand, missing, unreadable).
 * A fixed date that has passed makes a task overdue; a recurring task looks at its next
 * occurrence, and is overdue only once its last occurrence has passed. A task reported done is done.
 * @example dueState({ kind: 'date', due: ['2025-09-30'] }, '2025-10-20') // { status: 'overdue', due: '2025-09-30', days: -20 }
 * @example dueState({ kind: 'date', due: ['2025-10-25'] }, '2025-10-20') // { status: 'due-soon', due: '2025-10-25', days: 5 }
 */
export function dueState(deadline: Deadline, asOf: string, windowDays = 7, done = false): DueState {
  if (done) return { status: 'done', due: null, days: null };
  if ((deadline.kind !== 'date' && deadline.kind !== 'recurring') || deadline.due.length === 0) {
    return { status: 'no-date', due: null, days: null };
  }
  const passed = deadline.due.filter((d) => d < asOf);
  const next = deadline.due.find((d) => d >= asOf);
  if ((deadline.kind === 'date' && passed.length > 0) || !next) {
    const due = passed[passed.length - 1]!;
    return { status: 'overdue', due, days: daysBetween(asOf, due) };
  }
  const days = daysBetween(asOf, next);
  return { status: days <= windowDays ? 'due-soon' : 'not-yet-due', due: next, days };
}
