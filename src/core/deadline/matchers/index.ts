import { DAY_IN_WORDS, DAY_MONTH, DAY_MONTH_YEAR } from './day';
import type { Matcher } from './matcher';
import { MONTH_YEAR, MONTHS } from './month';
import { QUARTERS } from './quarter';
import { HALF_YEAR, WITHIN_YEAR, YEAR, YEAR_END } from './year';

export type { Matcher };

/**
 * The date patterns in the order they are tried; each match is blanked out before the next
 * pattern runs, so the longer, more precise forms come first ("15/11/2024" before "11/2024",
 * "6 tháng đầu năm" before "tháng", "năm 2024" last).
 * @example DATE_MATCHERS.length // 10
 */
export const DATE_MATCHERS: readonly Matcher[] = [
  DAY_IN_WORDS,
  DAY_MONTH_YEAR,
  QUARTERS,
  HALF_YEAR,
  YEAR_END,
  WITHIN_YEAR,
  MONTHS,
  MONTH_YEAR,
  DAY_MONTH,
  YEAR,
];
