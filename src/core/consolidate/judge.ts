import { pathKey } from '../_lib/section-path';
import { judgedOccurrence } from '../deadline/due-state';
import { progressOf } from '../deadline/done';
import { issue, type Issue } from '../issues/types';
import type { SectionRow, TaskItem, TaskTable } from '../parse/model';
import type { ScanResult } from '../scan';
import { genericGroupCovers, isGenericUnitGroup } from '../units/generic';
import type { Gathered } from './gather';
import { hasConflict, taskStatus } from './task-status';
import type { Conflict, ConsolidatedTask, UnitTaskReport } from './types';

/** The plan's tasks judged at the as-of date, the lead units' disagreements, and their issues. */
export interface Judged {
  readonly tasks: ConsolidatedTask[];
  readonly conflicts: Conflict[];
  readonly issues: Issue[];
}

/**
 * Phase 3 of a consolidation: every plan task with its status at `asOf` from its lead units'
 * reports ({@link taskStatus}); a generic lead ("Các phòng, đơn vị thuộc Sở") means every roster
 * unit. With `fromPlan` (no unit files) every report on a row is its lead's.
 * @example judgeTasks(planScan, gathered.taskReports, '2025-10-20', false).tasks[0].status // 'completed-on-time'
 */
export function judgeTasks(
  plan: ScanResult,
  taskReports: Gathered['taskReports'],
  asOf: string,
  fromPlan: boolean,
): Judged {
  const judged: Judged = { tasks: [], conflicts: [], issues: [] };
  const expand = rosterExpander(plan.roster.units.map((u) => u.name));
  for (const table of plan.tables) {
    if (table.kind !== 'tasks') continue;
    const sectionTitles = sectionTitlesOf(table.sections);
    for (const item of table.items) {
      const lead = expand(item.lead);
      const support = expand(item.support).filter((s) => !lead.includes(s));
      const all = taskReports.get(item) ?? [];
      const leadReports = fromPlan ? all : all.filter((r) => lead.includes(r.unit));
      const others = all.filter((r) => !leadReports.includes(r));
      const conflict = hasConflict(leadReports);
      if (conflict) recordConflict(plan.file, table, item, leadReports, judged);
      judged.tasks.push({
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
        judgedDue: judgedOccurrence(item.deadline, asOf),
        status: taskStatus(leadReports, item.deadline, asOf),
        reports: [...leadReports, ...others],
        conflict,
      });
    }
  }
  return judged;
}

function recordConflict(
  file: string,
  table: TaskTable,
  item: TaskItem,
  leadReports: readonly UnitTaskReport[],
  judged: Judged,
): void {
  const reported = leadReports.filter((r) => progressOf(r) !== 'none');
  judged.conflicts.push({
    kind: 'task',
    key: item.key,
    content: item.content,
    reports: reported.map((r) => ({ unit: r.unit, file: r.file, statusText: r.statusText })),
  });
  judged.issues.push(
    issue({
      code: 'report-conflict',
      file,
      sheet: table.sheet,
      cell: item.cells.number ?? `A${item.row}`,
      key: item.key,
      units: reported.map((r) => `${r.unit}: ${r.statusText || '—'}`),
    }),
  );
}

/**
 * Unit lists with a generic group expanded to the roster's units of its kind; items sharing a
 * list share the result.
 */
function rosterExpander(rosterNames: readonly string[]): (names: readonly string[]) => string[] {
  const expanded = new WeakMap<readonly string[], string[]>();
  return (names) => {
    let list = expanded.get(names);
    if (!list) {
      list = [
        ...new Set(
          names.flatMap((n) =>
            isGenericUnitGroup(n) ? rosterNames.filter((u) => genericGroupCovers(n, u)) : [n],
          ),
        ),
      ];
      expanded.set(names, list);
    }
    return list;
  };
}

/** A section path's titles from the top; the first section of a path names it. */
function sectionTitlesOf(sections: readonly SectionRow[]): (path: readonly string[]) => string[] {
  const titles = new Map<string, string>();
  for (const s of sections) {
    const key = pathKey(s.path);
    if (!titles.has(key)) titles.set(key, s.title);
  }
  const titlesOf = new WeakMap<readonly string[], string[]>();
  return (path) => {
    let list = titlesOf.get(path);
    if (!list) {
      list = path.map((_, i) => titles.get(pathKey(path.slice(0, i + 1))) ?? '');
      titlesOf.set(path, list);
    }
    return list;
  };
}
