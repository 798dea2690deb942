import type { PlanYears } from '../plan/year';

/** What a table's rows are judged against. */
export interface CheckContext {
  readonly sheet: string;
  /** The plan's years; when the title names none, the as-of year stands in. */
  readonly years: PlanYears;
  /** True when `years` came from the plan (or the user), so dates can be held against it. */
  readonly yearsKnown: boolean;
  readonly asOf: string;
}

/**
 * Where an issue about a row's cell is: the cell, else the row's first column.
 * @example cellOf(ctx, undefined, 12) // { sheet: 'PL1', cell: 'A12' }
 */
export function cellOf(
  ctx: CheckContext,
  cell: string | undefined,
  row: number,
): { sheet: string; cell: string } {
  return { sheet: ctx.sheet, cell: cell ?? `A${row}` };
}
