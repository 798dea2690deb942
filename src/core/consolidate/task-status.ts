import { dueState, judgedOccurrence, type DueState } from '../deadline/due-state';
import { isDone, progressOf } from '../deadline/done';
import type { Deadline } from '../parse/model';
import type { ConsolidatedTask, TaskStatus, UnitTaskReport } from './types';

/**
 * Status of a task from its lead units' reports (DOMAIN.md §4). A task is done when every lead
 * that reported says done ({@link isDone}); its completion date is the latest of theirs, late when
 * after the judged occurrence. Otherwise it is overdue exactly when {@link dueState} says so.
 * Reports with nothing in them (an empty row of the unit's copy) do not count.
 * @example taskStatus([{ unit: 'VP', statusText: 'Hoàn thành', statusWord: 'done', completedOn: '2025-09-15', … }], { kind: 'date', due: ['2025-09-30'] }, '2025-10-20') // 'completed-on-time'
 */
export function taskStatus(
  leadReports: readonly UnitTaskReport[],
  deadline: Deadline,
  asOf: string,
): TaskStatus {
  const reports = leadReports.filter((r) => progressOf(r) !== 'none');
  if (reports.length === 0) return 'not-reported';
  const counted = reports.filter((r) => progressOf(r) !== 'not-applicable');
  if (counted.length === 0) return 'not-applicable';
  if (counted.every(isDone)) {
    const due = judgedOccurrence(deadline, asOf);
    const completed = counted
      .map((r) => r.completedOn)
      .filter((d): d is string => !!d)
      .sort()
      .pop();
    return due && completed && completed > due ? 'completed-late' : 'completed-on-time';
  }
  if (dueState(deadline, asOf).status === 'overdue') return 'overdue';
  return counted.filter((r) => !isDone(r)).every((r) => r.statusWord === 'not-started')
    ? 'not-started'
    : 'in-progress';
}

/**
 * True when lead units say different things: one done and another not, or one "không phát sinh".
 * @example hasConflict([done, notStarted]) // true
 */
export function hasConflict(leadReports: readonly UnitTaskReport[]): boolean {
  const outcomes = new Set(leadReports.map(progressOf).filter((outcome) => outcome !== 'none'));
  return outcomes.size > 1;
}

/** Statuses that close a task for deadlines: done (on time or late), or nothing arose. */
const SETTLED: ReadonlySet<TaskStatus> = new Set([
  'completed-on-time',
  'completed-late',
  'not-applicable',
]);

/**
 * A consolidated task's due state (the pane's Thời hạn after consolidating): done when its
 * status settles it, else {@link dueState} of its deadline — so a task nobody reported on is
 * overdue once its occurrence has passed, as in the submission tracker.
 * @example consolidatedDue({ status: 'in-progress', deadline: { kind: 'recurring', due: ['2025-06-30', '2025-09-30'] } }, '2025-08-01', 7) // { status: 'overdue', date: '2025-06-30', days: -32 }
 */
export function consolidatedDue(
  task: Pick<ConsolidatedTask, 'status' | 'deadline'>,
  asOf: string,
  windowDays: number,
): DueState {
  return dueState(task.deadline, asOf, windowDays, SETTLED.has(task.status));
}
