import { blankOut } from '../_lib/fold';

/** How often a recurring part falls due. */
export type Period = 'month' | 'quarter' | 'half' | 'year';

const LAN = '(?: ?(?:/|mot|1) ?lan)';
/** Longest periods first, so "6 tháng một lần" is not read as "tháng một lần". */
const PERIOD_PATTERNS: readonly (readonly [RegExp, Period])[] = [
  [
    new RegExp(
      `\\b(?:dinh ky )?(?:hang|moi) quy\\b|\\bdinh ky quy\\b|\\bdinh ky (?:3|ba) thang${LAN}?|\\b(?:3|ba) thang${LAN}\\b`,
      'g',
    ),
    'quarter',
  ],
  [
    new RegExp(
      `\\bdinh ky (?:6|sau) thang${LAN}?(?: va (?:ca |cuoi )?nam\\b)?|\\b(?:hang|moi) (?:6|sau) thang\\b|\\b(?:6|sau) thang${LAN}\\b|\\b(?:6|sau) thang va (?:ca |cuoi )?nam\\b`,
      'g',
    ),
    'half',
  ],
  [
    new RegExp(
      `\\b(?:dinh ky )?(?:hang|moi) nam\\b|\\bdinh ky nam\\b|\\b(?:1|mot) nam${LAN}\\b`,
      'g',
    ),
    'year',
  ],
  [
    new RegExp(
      `\\b(?:dinh ky )?(?:hang|moi) thang\\b|\\bdinh ky thang\\b|\\b(?:1|mot) thang${LAN}\\b|\\bthang (?:1|mot) lan\\b`,
      'g',
    ),
    'month',
  ],
];
/** "6 tháng" listed next to another period ("Định kỳ hàng quý, 6 tháng, hàng năm"). */
const LISTED_HALF = /\b6 thang\b(?! (?:dau|cuoi) nam)/g;
const BARE_PERIODIC = /\bdinh ky\b/g;

/** "ngày N" / "trước ngày N" with no month: the day of each period's month. */
export const DAY_OF_PERIOD = /(?<![\p{L}\d])(?:(truoc) )?ngay ?(\d{1,2})(?![\d/.])/u;

/**
 * The periods a folded part names ("hàng quý", "định kỳ 6 tháng", bare "định kỳ" = quarterly),
 * with those words blanked out of the work text.
 * @example [...findPeriods('bao cao hang quy').periods] // ['quarter']
 */
export function findPeriods(work: string): { periods: Set<Period>; work: string } {
  const periods = new Set<Period>();
  const consume = (re: RegExp, period: Period) => {
    for (const m of [...work.matchAll(re)]) {
      const start = m.index ?? 0;
      periods.add(period);
      work = blankOut(work, start, start + m[0].length);
    }
  };
  for (const [re, period] of PERIOD_PATTERNS) consume(re, period);
  if (periods.size > 0) consume(LISTED_HALF, 'half');
  let bare = false;
  for (const m of [...work.matchAll(BARE_PERIODIC)]) {
    const start = m.index ?? 0;
    bare = true;
    work = blankOut(work, start, start + m[0].length);
  }
  if (bare && periods.size === 0) periods.add('quarter');
  return { periods, work };
}

/** Which month of a quarter "ngày N" falls in: its last (default), its first, or the next
 * quarter's first ("tháng đầu quý sau"). */
export type QuarterMonth = 'last' | 'first' | 'next';

/**
 * Which month of a quarter the part means.
 * @example quarterMonth('truoc ngay 10 thang dau quy sau') // 'next'
 */
export function quarterMonth(text: string): QuarterMonth {
  if (/\b(?:dau )?(?:cua )?quy (?:sau|tiep theo|ke tiep)\b/.test(text)) return 'next';
  return /\bdau (?:cua )?quy\b/.test(text) ? 'first' : 'last';
}

/**
 * The months of a year a period's dates fall in (13 = January of the next year).
 * @example periodMonths('half', 'last') // [6, 12]
 */
export function periodMonths(period: Period, quarterOf: QuarterMonth): number[] {
  switch (period) {
    case 'month':
      return [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    case 'quarter':
      return quarterOf === 'first'
        ? [1, 4, 7, 10]
        : quarterOf === 'next'
          ? [4, 7, 10, 13]
          : [3, 6, 9, 12];
    case 'half':
      return [6, 12];
    case 'year':
      return [12];
  }
}
