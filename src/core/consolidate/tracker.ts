import { dueState } from '../deadline/due-state';
import { isDone, isSettled, progressOf } from '../deadline/done';
import type { Gathered } from './gather';
import type { ConsolidatedTask, UnitSubmission } from './types';

/**
 * Phase 4 of a consolidation, the submission tracker (Tình hình báo cáo): for every roster unit,
 * whether and from which files it reported, how many tasks it leads, how many of those its own
 * report says done, and how many are overdue by the one rule ({@link dueState}) — a task it has
 * not reported on counts as overdue once its occurrence has passed.
 * @example trackSubmissions(['Văn phòng Sở'], tasks, gathered, '2025-10-20')[0].overdue // 0
 */
export function trackSubmissions(
  rosterNames: readonly string[],
  tasks: readonly ConsolidatedTask[],
  gathered: Pick<Gathered, 'filesByUnit' | 'issueCountByFile'>,
  asOf: string,
): UnitSubmission[] {
  return rosterNames.map((name) => {
    const files = gathered.filesByUnit.get(name) ?? [];
    const led = tasks.filter((t) => t.lead.includes(name));
    const own = (t: ConsolidatedTask) =>
      t.reports.find((r) => r.unit === name && progressOf(r) !== 'none');
    const done = led.filter((t) => {
      const report = own(t);
      return !!report && isDone(report);
    }).length;
    const overdue = led.filter((t) => {
      const report = own(t);
      const settled = !!report && isSettled(report);
      return dueState(t.deadline, asOf, 0, settled).status === 'overdue';
    }).length;
    return {
      name,
      submitted: files.length > 0,
      files,
      tasksLed: led.length,
      done,
      overdue,
      issues: files.reduce((n, f) => n + (gathered.issueCountByFile.get(f) ?? 0), 0),
    };
  });
}
