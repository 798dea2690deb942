import type { Span } from '../_lib/span';
import { num, Y4, YEAR_TAIL, yearOf, type Matcher } from './matcher';

/** "Tháng 6", "tháng 6/2024", "tháng 01 năm 2023", "tháng 6 và 12 năm 2024". */
export const MONTHS: Matcher = {
  re: new RegExp(
    `\\bthang ?(\\d{1,2})(?!\\d)((?: ?(?:,|va|&) ?(?:thang ?)?\\d{1,2}(?![\\d/.]))*)${YEAR_TAIL}`,
    'gu',
  ),
  read: (m) => {
    const months = [num(m[1])];
    for (const more of (m[2] ?? '').matchAll(/\d{1,2}/g)) months.push(Number(more[0]));
    return {
      level: 'month',
      spans: months.map((mo): Span => ({ kind: 'months', from: mo, to: mo })),
      year: yearOf(m[3]),
    };
  },
};

/** "6/2024", "06-2024". */
export const MONTH_YEAR: Matcher = {
  re: new RegExp(`(?<![\\d/.])(\\d{1,2}) ?[/.-] ?${Y4}(?!/)`, 'gu'),
  read: (m) => ({
    level: 'month',
    spans: [{ kind: 'months', from: num(m[1]), to: num(m[1]) }],
    year: yearOf(m[2]),
  }),
};
