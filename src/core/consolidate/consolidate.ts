import { periodContaining, type PeriodKind } from '../period/period';
import type { ScanResult } from '../scan';
import { gatherReports, type UnitWorkbook } from './gather';
import { combineIndicators } from './indicators';
import { judgeTasks } from './judge';
import { trackSubmissions } from './tracker';
import type { Consolidation } from './types';

export type { UnitWorkbook };

export interface ConsolidateOptions {
  readonly asOf: string;
  readonly period?: PeriodKind;
}

/**
 * Merges the units' returned copies into the plan (DOMAIN.md §4) in four phases: identifies each
 * file's unit and matches its rows to the plan ({@link gatherReports}), judges every task at the
 * as-of date ({@link judgeTasks}), combines indicators (weighted by tử số/mẫu số,
 * {@link combineIndicators}) and tracks who has submitted ({@link trackSubmissions}).
 * With no unit files, the report columns filled in the plan itself are used.
 * @example consolidate(planScan, [{ file: 'vp.xlsx', scan: vpScan }], { asOf: '2025-10-20' }).tasks[0].status
 */
export function consolidate(
  plan: ScanResult,
  units: readonly UnitWorkbook[],
  options: ConsolidateOptions,
): Consolidation {
  const { asOf } = options;
  const gathered = gatherReports(plan, units);
  const judged = judgeTasks(plan, gathered.taskReports, asOf, units.length === 0);
  const indicators = combineIndicators(plan, gathered.indicatorReports);
  const rosterNames = plan.roster.units.map((u) => u.name);
  return {
    asOf,
    period: periodContaining(asOf, options.period ?? 'quarter'),
    plan: {
      file: plan.file,
      years: plan.planYears,
      parentAgency: plan.heading.parentAgency,
      agency: plan.heading.agency,
      title: plan.heading.title,
    },
    units: trackSubmissions(rosterNames, judged.tasks, gathered, asOf),
    tasks: judged.tasks,
    indicators,
    conflicts: judged.conflicts,
    unmatched: gathered.unmatched,
    issues: [...gathered.issues, ...judged.issues],
  };
}
