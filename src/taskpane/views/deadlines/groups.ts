import { consolidatedDue } from '../../../core/consolidate/task-status';
import type { ConsolidatedTask, Consolidation } from '../../../core/consolidate/types';
import { taskDue, type DueState, type DueStatus } from '../../../core/deadline/due-state';
import type { TaskItem } from '../../../core/parse/model';
import type { ScanResult } from '../../../core/scan';
import { genericGroupCovers, isGenericUnitGroup } from '../../../core/units/generic';

/** The order the Deadlines view shows its groups: what to act on first. */
export const DUE_GROUPS: readonly DueStatus[] = [
  'overdue',
  'due-soon',
  'not-yet-due',
  'no-date',
  'done',
];

/** A task with where it stands at the as-of date. */
export interface DueTask {
  readonly sheet: string;
  readonly task: TaskItem;
  readonly status: DueStatus;
  /** The date the status is about (the passed date when overdue, else the next one). */
  readonly date: string | null;
  /** Days from the as-of date to `date` (negative when overdue). */
  readonly days: number | null;
}

/**
 * Every task of the plan with its due state at the scan's as-of date, by the one rule
 * (deadline/due-state.ts). Before consolidating, a task is done when its own status column says
 * so, as on the command line; once a consolidation of this plan at this date exists, what the
 * lead units reported decides (consolidate/task-status.ts `consolidatedDue`), as in Tổng hợp.
 * @example dueTasks(scan, 7).filter((t) => t.status === 'overdue').length // 7
 * @example dueTasks(scan, 7, consolidation).filter((t) => t.status === 'done').length // 5
 */
export function dueTasks(
  scan: ScanResult,
  dueSoonDays: number,
  consolidation: Consolidation | null = null,
): DueTask[] {
  const consolidated = consolidatedTasksOf(scan, consolidation);
  return scan.tables.flatMap((t) =>
    t.kind === 'tasks'
      ? t.items.map((task) => {
          const merged = consolidated?.get(`${t.sheet}\u0000${task.row}`);
          const due: DueState = merged
            ? consolidatedDue(merged, scan.asOf, dueSoonDays)
            : taskDue(task, scan.asOf, dueSoonDays);
          return { sheet: t.sheet, task, status: due.status, date: due.date, days: due.days };
        })
      : [],
  );
}

/**
 * The consolidation when it is of this scan's plan at this scan's date; null otherwise (a
 * consolidation made before the plan or the date changed says nothing about this scan).
 * @example consolidationOf(scan, consolidation) === consolidation // true
 */
export function consolidationOf(
  scan: ScanResult,
  consolidation: Consolidation | null,
): Consolidation | null {
  if (!consolidation) return null;
  return consolidation.asOf === scan.asOf && consolidation.plan.file === scan.file
    ? consolidation
    : null;
}

function consolidatedTasksOf(
  scan: ScanResult,
  consolidation: Consolidation | null,
): Map<string, ConsolidatedTask> | null {
  const own = consolidationOf(scan, consolidation);
  return own ? new Map(own.tasks.map((t) => [`${t.sheet}\u0000${t.row}`, t])) : null;
}

/**
 * The lead units the unit filter offers: the roster's units (in roster order), then any other
 * lead named in the tasks, generic groups ("Các phòng, đơn vị thuộc Sở") left out.
 * @example leadUnits(scan) // ['Văn phòng Sở', 'Phòng Quản lý Khoa học', …]
 */
export function leadUnits(scan: ScanResult): string[] {
  const names = scan.roster.units.map((u) => u.name);
  for (const t of scan.tables) {
    if (t.kind !== 'tasks') continue;
    for (const item of t.items) {
      for (const name of item.lead) {
        if (!names.includes(name) && !isGenericUnitGroup(name)) names.push(name);
      }
    }
  }
  return names;
}

/**
 * Whether a unit leads a task: named as a lead, or the lead is a generic group of the unit's kind
 * ("Các phòng, đơn vị thuộc Sở": every unit; "UBND các huyện": each district's) (DOMAIN §1).
 * @example leadsTask({ lead: ['Các phòng, đơn vị thuộc Sở'] }, 'Văn phòng Sở') // true
 */
export function leadsTask(task: Pick<TaskItem, 'lead'>, unit: string): boolean {
  return task.lead.some((name) => name === unit || genericGroupCovers(name, unit));
}

export type DueGroups = Record<DueStatus, DueTask[]>;

/**
 * The tasks by due state, each group sorted by date (soonest / most overdue first), for one
 * lead unit or all (null).
 * @example groupByDue(dueTasks(scan, 7), null)['overdue'].map((t) => t.task.key) // ['1', '6', '2', '3', '8']
 */
export function groupByDue(tasks: readonly DueTask[], unit: string | null): DueGroups {
  const groups: DueGroups = {
    overdue: [],
    'due-soon': [],
    'not-yet-due': [],
    'no-date': [],
    done: [],
  };
  for (const t of tasks) {
    if (unit !== null && !leadsTask(t.task, unit)) continue;
    groups[t.status].push(t);
  }
  for (const status of DUE_GROUPS) {
    groups[status].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  }
  return groups;
}
