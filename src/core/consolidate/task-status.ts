import type { Deadline } from '../parse/model';
import type { TaskStatus, UnitTaskReport } from './types';

/**
 * The due date a task is judged against at `asOf`: its last fixed date, or for a recurring task
 * the latest occurrence on or before `asOf` (the next one while none has passed yet).
 * @example judgedDueDate({ kind: 'recurring', due: ['2025-03-31', '2025-06-30', '2025-09-30'] }, '2025-08-01') // '2025-06-30'
 */
export function judgedDueDate(deadline: Deadline, asOf: string): string | null {
  if (deadline.due.length === 0) return null;
  if (deadline.kind === 'date') return deadline.due[deadline.due.length - 1]!;
  if (deadline.kind === 'recurring') {
    const passed = deadline.due.filter((d) => d <= asOf);
    return passed.length > 0 ? passed[passed.length - 1]! : deadline.due[0]!;
  }
  return null;
}

const isDone = (r: UnitTaskReport) =>
  r.statusWord === 'done' || (!r.statusWord && !r.statusText && !!r.completedOn);

/**
 * Status of a task from its lead units' reports (DOMAIN.md §4). A task is done when every lead
 * that reported says done; its completion date is the latest of theirs. Reports with no status
 * (an empty row of the unit's copy) do not count.
 * @example taskStatus([{ unit: 'VP', statusText: 'Hoàn thành', statusWord: 'done', completedOn: '2025-09-15', … }], '2025-09-30', '2025-10-20') // 'completed-on-time'
 */
export function taskStatus(
  leadReports: readonly UnitTaskReport[],
  due: string | null,
  asOf: string,
): TaskStatus {
  const reports = leadReports.filter((r) => r.statusText || r.completedOn);
  if (reports.length === 0) return 'not-reported';
  if (reports.every((r) => r.statusWord === 'not-applicable')) return 'not-applicable';
  const counted = reports.filter((r) => r.statusWord !== 'not-applicable');
  if (counted.every(isDone)) {
    const dates = counted
      .map((r) => r.completedOn)
      .filter((d): d is string => !!d)
      .sort();
    const completed = dates[dates.length - 1];
    return due && completed && completed > due ? 'completed-late' : 'completed-on-time';
  }
  if (due && due < asOf) return 'overdue';
  return counted.filter((r) => !isDone(r)).every((r) => r.statusWord === 'not-started')
    ? 'not-started'
    : 'in-progress';
}

/**
 * True when lead units say different things: one done and another not, or one "không phát sinh".
 * @example hasConflict([done, notStarted]) // true
 */
export function hasConflict(leadReports: readonly UnitTaskReport[]): boolean {
  const outcomes = new Set(
    leadReports
      .filter((r) => r.statusText || r.completedOn)
      .map((r) => (isDone(r) ? 'done' : r.statusWord === 'not-applicable' ? 'n/a' : 'not-done')),
  );
  return outcomes.size > 1;
}
