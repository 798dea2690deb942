import type { Consolidation } from '../../../core/consolidate/types';
import type { ScanResult } from '../../../core/scan';
import type { Settings } from '../../engine/settings';
import type { UnitFile } from '../../engine/workbooks';

/** A consolidation with the inputs it was made from. */
export interface MadeConsolidation {
  readonly result: Consolidation;
  readonly scan: ScanResult;
  readonly units: readonly UnitFile[];
  readonly period: Settings['period'];
}

/**
 * Whether a consolidation no longer matches the inputs: the plan's scan (plan, as-of date, year,
 * roster), the unit files or the reporting period changed since it was made.
 * @example isStale(made, made.scan, made.units, made.period) // false
 * @example isStale(made, made.scan, made.units, 'year') // true when it was made for a quarter
 */
export function isStale(
  made: MadeConsolidation,
  scan: ScanResult | null,
  units: readonly UnitFile[],
  period: Settings['period'],
): boolean {
  return made.scan !== scan || made.units !== units || made.period !== period;
}

/**
 * Whether two settings give the same scan of the plan: its as-of date, year and roster.
 * @example sameScanInputs(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, locale: 'en' }) // true
 */
export function sameScanInputs(a: Settings, b: Settings): boolean {
  return (
    a.asOf === b.asOf &&
    a.year === b.year &&
    a.roster.length === b.roster.length &&
    a.roster.every((name, i) => name === b.roster[i])
  );
}
