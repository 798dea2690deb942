import { roundTo } from './_lib/number';
import type { Target } from './target';

export interface Achievement {
  /** Đạt (true) / Không đạt (false); null = not judged ("Chưa có số liệu" or no readable target). */
  readonly achieved: boolean | null;
  /** actual ÷ target × 100, rounded to 2 decimals, only for '>=' targets with a non-zero value */
  readonly ratio: number | null;
}

/** Differences below this are rounding noise, not a miss ("80" vs 79.99999999999999). */
const EPSILON = 1e-9;

/**
 * Judges an actual value against a target (DOMAIN.md §3). Comparisons tolerate floating-point
 * noise of 1e-9; a range includes both ends. No target or no actual → not judged.
 * @example judgeIndicator({ op: '>=', value: 80 }, 92) // { achieved: true, ratio: 115 }
 * @example judgeIndicator({ op: '<=', value: 5 }, 7) // { achieved: false, ratio: null }
 * @example judgeIndicator({ op: '>=', value: 80 }, null) // { achieved: null, ratio: null }
 */
export function judgeIndicator(target: Target | undefined, actual: number | null): Achievement {
  if (!target || actual === null || !Number.isFinite(actual)) {
    return { achieved: null, ratio: null };
  }
  switch (target.op) {
    case '>=':
      return {
        achieved: actual >= target.value - EPSILON,
        ratio: target.value !== 0 ? roundTo((actual / target.value) * 100, 2) : null,
      };
    case '>':
      return { achieved: actual > target.value + EPSILON, ratio: null };
    case '<=':
      return { achieved: actual <= target.value + EPSILON, ratio: null };
    case '<':
      return { achieved: actual < target.value - EPSILON, ratio: null };
    case 'range':
      return {
        achieved: actual >= target.min - EPSILON && actual <= target.max + EPSILON,
        ratio: null,
      };
  }
}

/** How a rate across units was consolidated. */
export type RateMethod = 'weighted' | 'mean' | 'single' | 'none';

/** One unit's figures for a rate indicator: numerator (tử số), denominator (mẫu số), value (%). */
export interface UnitRate {
  readonly unit: string;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly value?: number;
}

export interface ConsolidatedRate {
  readonly value: number | null;
  readonly method: RateMethod;
}

/**
 * DOMAIN §3: Σ tử số ÷ Σ mẫu số × 100 ('weighted') over the units that gave both (denominator >
 * 0); the mean of the units' values only when NO unit gave a denominator ('mean'); one unit →
 * 'single'; none → 'none'. Rounded to 2 decimals.
 *
 * Which units count:
 * - a unit "gave both" when its numerator is a finite number ≥ 0 and its denominator a finite
 *   number > 0; its own `value` is then ignored (the rate is recomputed from the counts);
 * - a unit with a value but no usable numerator/denominator, when other units gave them, is left
 *   out of the weighted rate (its size is unknown, so it cannot be weighted);
 * - a unit that gave neither usable counts nor a finite value does not take part (denominator
 *   0: nothing arose in that unit);
 * - "a unit gave a denominator", which rules out the mean, means it gave usable counts;
 * - 'single' when exactly one unit takes part at all: its num ÷ den × 100, else its value.
 * @example consolidateRate([{ unit: 'A', numerator: 9, denominator: 10 }, { unit: 'B', numerator: 700, denominator: 1000 }]) // { value: 70.2, method: 'weighted' }
 * @example consolidateRate([{ unit: 'A', value: 90 }, { unit: 'B', value: 70 }]) // { value: 80, method: 'mean' }
 * @example consolidateRate([]) // { value: null, method: 'none' }
 */
export function consolidateRate(rates: readonly UnitRate[]): ConsolidatedRate {
  const counted = rates.filter(hasCounts);
  const valued = rates.filter((r) => !hasCounts(r) && isFiniteNumber(r.value));
  const taking = counted.length + valued.length;
  if (taking === 0) return { value: null, method: 'none' };
  if (taking === 1) {
    const only = counted[0];
    const value = only ? (only.numerator / only.denominator) * 100 : valued[0]!.value!;
    return { value: roundTo(value, 2), method: 'single' };
  }
  if (counted.length > 0) {
    let num = 0;
    let den = 0;
    for (const r of counted) {
      num += r.numerator;
      den += r.denominator;
    }
    return { value: roundTo((num / den) * 100, 2), method: 'weighted' };
  }
  const sum = valued.reduce((s, r) => s + r.value!, 0);
  return { value: roundTo(sum / valued.length, 2), method: 'mean' };
}

function hasCounts(r: UnitRate): r is UnitRate & { numerator: number; denominator: number } {
  return (
    isFiniteNumber(r.numerator) &&
    r.numerator >= 0 &&
    isFiniteNumber(r.denominator) &&
    r.denominator > 0
  );
}

function isFiniteNumber(n: number | undefined): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}
