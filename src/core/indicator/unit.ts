import { foldVietnamese } from '../text/fold';

/** Units of measure that make an indicator a rate (folded: no case, no diacritics). */
const RATE_UNITS = new Set(['%', 'ty le', 'ty le %', 'phan tram']);

/**
 * True when an indicator's unit of measure makes it a percentage (DOMAIN.md §3): its values lie
 * in 0–100, and across units it is consolidated from numerators and denominators.
 * @example isRateUnit('%') // true
 * @example isRateUnit('Tỷ lệ') // true
 * @example isRateUnit('hồ sơ') // false
 */
export function isRateUnit(unit: string): boolean {
  return RATE_UNITS.has(foldVietnamese(unit));
}
