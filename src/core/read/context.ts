import type { SheetView } from '../_lib/sheet-view';
import { parseA1 } from '../grid/a1';
import type { Cell } from '../grid/types';
import type { PlanYears } from '../plan/year';

/** What a row's values are read against: its sheet's cells and the plan's years. */
export interface ReadContext {
  readonly view: SheetView;
  /** The plan's years; when the title names none, the as-of year stands in. */
  readonly years: PlanYears;
  /** An indicator table's target columns named by a year ("Năm 2025", "Đến năm 2030"). */
  readonly yearTargets?: readonly { readonly col: number; readonly year: number }[];
  /** The year a section heading sets its indicators' targets for ("Đến năm 2030"), by path. */
  readonly sectionYears?: ReadonlyMap<string, number>;
}

/**
 * The raw cell at an A1 address (its typed value: a date, a number), if any.
 * @example cellAt(ctx, 'E12')?.value // { iso: '2025-03-15', … }
 */
export function cellAt(ctx: ReadContext, address: string | undefined): Cell | undefined {
  if (!address) return undefined;
  const { row, col } = parseA1(address);
  return ctx.view.raw(row, col);
}
