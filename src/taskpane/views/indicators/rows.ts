import type { RateMethod } from '../../../core/indicator/achievement';
import type { Consolidation } from '../../../core/consolidate/types';
import type { ScanResult } from '../../../core/scan';

/**
 * The badge of an indicator, as the command line counts them: achieved / not achieved when
 * judged; "no data" when no value was reported; "cannot judge" when a value is there but the
 * target cannot be read.
 */
export type Verdict = 'achieved' | 'missed' | 'no-data' | 'not-judged';

/**
 * Where the actual came from: the unit's reported value, tử số ÷ mẫu số, or (consolidated) how
 * the units' figures were combined.
 */
export type ValueMethod = 'reported' | 'counts' | RateMethod | 'sum' | 'none';

export interface IndicatorRow {
  readonly sheet: string;
  readonly key: string;
  readonly group?: string;
  readonly name: string;
  /** Unit of measure ("%"). */
  readonly unit: string;
  readonly targetText: string;
  readonly actual: number | null;
  /** actual ÷ target × 100, for '>=' targets. */
  readonly ratio: number | null;
  readonly method: ValueMethod;
  readonly verdict: Verdict;
}

function verdictOf(achieved: boolean | null | undefined, actual: number | null): Verdict {
  if (achieved === true) return 'achieved';
  if (achieved === false) return 'missed';
  return actual === null ? 'no-data' : 'not-judged';
}

/**
 * The indicators of the plan with their achievement (judged by the core's checks), or of the
 * consolidation when there is one (the units' figures combined).
 * @example indicatorRows(scan, null).map((r) => r.verdict) // ['achieved', 'not-judged', 'no-data', …]
 */
export function indicatorRows(
  scan: ScanResult,
  consolidation: Consolidation | null,
): IndicatorRow[] {
  if (consolidation) {
    return consolidation.indicators.map((i) => ({
      sheet: i.sheet,
      key: i.key,
      ...(i.group !== undefined ? { group: i.group } : {}),
      name: i.name,
      unit: i.unit,
      targetText: i.targetText,
      actual: i.actual,
      ratio: i.ratio,
      method: i.method,
      verdict: verdictOf(i.achieved, i.actual),
    }));
  }
  return scan.tables.flatMap((t) =>
    t.kind === 'indicators'
      ? t.items.map((i) => {
          const actual = i.actual ?? null;
          const counts = typeof i.numerator === 'number' && typeof i.denominator === 'number';
          return {
            sheet: t.sheet,
            key: i.key,
            ...(i.group !== undefined ? { group: i.group } : {}),
            name: i.name,
            unit: i.unit,
            targetText: i.targetText,
            actual,
            ratio: i.ratio ?? null,
            method: actual === null ? 'none' : counts ? 'counts' : 'reported',
            verdict: verdictOf(i.achieved, actual),
          } satisfies IndicatorRow;
        })
      : [],
  );
}

/**
 * How many indicators have each verdict.
 * @example verdictCounts(rows) // { achieved: 3, missed: 1, 'no-data': 2, 'not-judged': 2 }
 */
export function verdictCounts(rows: readonly IndicatorRow[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { achieved: 0, missed: 0, 'no-data': 0, 'not-judged': 0 };
  for (const r of rows) counts[r.verdict]++;
  return counts;
}
