import { num, Y4, YEAR_TAIL, yearOf, type Matcher } from './matcher';

/** "ngày 15 tháng 11 năm 2024". */
export const DAY_IN_WORDS: Matcher = {
  re: new RegExp(`\\bngay ?(\\d{1,2}) ?thang ?(\\d{1,2})(?!\\d)${YEAR_TAIL}`, 'gu'),
  read: (m) => ({
    level: 'day',
    spans: [{ kind: 'day', day: num(m[1]), month: num(m[2]) }],
    year: yearOf(m[3]),
  }),
};

/** "15/11/2024", "05-09-2024", "15.11.2024": day first, a four-digit year. */
export const DAY_MONTH_YEAR: Matcher = {
  re: new RegExp(`(?<![\\d/.])(\\d{1,2}) ?([/.-]) ?(\\d{1,2}) ?\\2 ?${Y4}`, 'gu'),
  read: (m) => ({
    level: 'day',
    spans: [{ kind: 'day', day: num(m[1]), month: num(m[3]) }],
    year: yearOf(m[4]),
  }),
};

/** "15/11" with no year (a two-digit year "15/11/24" is not read). */
export const DAY_MONTH: Matcher = {
  re: /(?<![\d/.])(\d{1,2}) ?\/ ?(\d{1,2})(?!\d| ?\/ ?\d|\.\d)/gu,
  read: (m) => ({
    level: 'day',
    spans: [{ kind: 'day', day: num(m[1]), month: num(m[2]) }],
    year: undefined,
  }),
};
