import type { StatusWord } from '../reported/status-word';

/** What a report row says about a task, as read from its status and completion-date columns. */
export interface ReportedProgress {
  /** The status as written ("Đã hoàn thành"); empty when the cell is. */
  readonly statusText: string;
  readonly statusWord?: StatusWord;
  /** ISO date read from the completion-date column. */
  readonly completedOn?: string;
}

/**
 * What a report says (DOMAIN.md §4): `done`, `not-applicable` ("Không phát sinh"), `not-done`
 * (in progress, not started, or words PhuLuc does not know), or `none` when both columns are empty.
 */
export type TaskProgress = 'done' | 'not-applicable' | 'not-done' | 'none';

/**
 * The one definition of done: the status word "done", or a completion date with no status text
 * (the unit filled in the date only). A completion date beside other words does not make it done.
 * @example progressOf({ statusText: 'Đã hoàn thành', statusWord: 'done' }) // 'done'
 * @example progressOf({ statusText: '', completedOn: '2025-09-15' }) // 'done'
 * @example progressOf({ statusText: 'Xong', completedOn: '2025-09-15' }) // 'not-done'
 */
export function progressOf(report: ReportedProgress): TaskProgress {
  if (!report.statusText) return report.completedOn ? 'done' : 'none';
  if (report.statusWord === 'done') return 'done';
  if (report.statusWord === 'not-applicable') return 'not-applicable';
  return 'not-done';
}

/**
 * Whether a report says done ({@link progressOf}).
 * @example isDone({ statusText: 'Hoàn thành', statusWord: 'done' }) // true
 */
export function isDone(report: ReportedProgress): boolean {
  return progressOf(report) === 'done';
}

/**
 * Whether a report closes the task for deadlines: done, or "không phát sinh" (nothing arose, so
 * nothing can be late). Such a task is never overdue.
 * @example isSettled({ statusText: 'Không phát sinh', statusWord: 'not-applicable' }) // true
 */
export function isSettled(report: ReportedProgress): boolean {
  const outcome = progressOf(report);
  return outcome === 'done' || outcome === 'not-applicable';
}
