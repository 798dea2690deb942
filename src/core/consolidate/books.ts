import type { GridBook } from '../grid/types';
import { issue, type InputFailure } from '../issues/types';
import type { PeriodKind } from '../period/period';
import { scanBook, type ScanResult } from '../scan';
import { consolidate, type UnitWorkbook } from './consolidate';
import type { Consolidation } from './types';

/** A unit's file as the caller read it: its grids, or why it could not be read. */
export type UnitBook =
  | { readonly file: string; readonly book: GridBook }
  | { readonly file: string; readonly failure: InputFailure };

/** How far the work has gone: `done` of `total` pieces, and what comes next (a file name). */
export interface BooksProgress {
  readonly done: number;
  readonly total: number;
  readonly what: string;
}

export interface ConsolidateBooksOptions {
  readonly period?: PeriodKind;
  /**
   * Awaited before each piece of work (each unit book's scan, then the merge). The pane yields
   * to the browser there, shows the progress and throws when the user cancels; by default the
   * work runs straight through.
   */
  readonly beforeEach?: (next: BooksProgress) => void | Promise<void>;
}

export interface ConsolidatedBooks {
  /** The readable units' scans, in the order given. */
  readonly units: readonly UnitWorkbook[];
  /** The merge, with one `unit-file-unreadable` error per file that could not be read. */
  readonly consolidation: Consolidation;
}

/**
 * Consolidates the units' books into the plan, as the CLI and the pane both do: each readable
 * book is scanned at the plan's as-of date and in the plan's year (a unit's copy may lack the
 * title that names it), the unreadable ones become errors after the merge's own issues.
 * The plan comes already scanned: both callers refuse an unusable plan before reading the units.
 * @example (await consolidateBooks(planScan, [{ file: 'vp.xlsx', book }, { file: 'x.xlsx', failure: 'not-a-workbook' }])).consolidation.issues.at(-1).code // 'unit-file-unreadable'
 */
export async function consolidateBooks(
  plan: ScanResult,
  units: readonly UnitBook[],
  options: ConsolidateBooksOptions = {},
): Promise<ConsolidatedBooks> {
  const total = units.length + 1;
  const scanOptions = { asOf: plan.asOf, ...(plan.planYear ? { year: plan.planYear } : {}) };
  const scanned: UnitWorkbook[] = [];
  for (const [done, unit] of units.entries()) {
    await options.beforeEach?.({ done, total, what: unit.file });
    if ('book' in unit) scanned.push({ file: unit.file, scan: scanBook(unit.book, scanOptions) });
  }
  await options.beforeEach?.({ done: units.length, total, what: plan.file });
  const merged = consolidate(plan, scanned, {
    asOf: plan.asOf,
    ...(options.period ? { period: options.period } : {}),
  });
  const unreadable = units.flatMap((u) =>
    'failure' in u
      ? [issue({ code: 'unit-file-unreadable', file: u.file, failure: u.failure })]
      : [],
  );
  return {
    units: scanned,
    consolidation: { ...merged, issues: [...merged.issues, ...unreadable] },
  };
}
