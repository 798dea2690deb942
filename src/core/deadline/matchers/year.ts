import type { Span } from '../_lib/span';
import { Y4, yearOf, type Matcher } from './matcher';

/** "6 tháng đầu năm", "6 tháng cuối năm 2024", "nửa đầu năm", "9 tháng đầu năm". */
export const HALF_YEAR: Matcher = {
  re: new RegExp(`\\b(?:(6|sau|9|chin) thang|nua) (dau|cuoi) nam(?: ?[/,-]? ?${Y4})?`, 'gu'),
  read: (m) => {
    const months = m[1] === '9' || m[1] === 'chin' ? 9 : 6;
    const span: Span =
      m[2] === 'dau'
        ? { kind: 'months', from: 1, to: months }
        : { kind: 'months', from: 13 - months, to: 12 };
    return { level: 'half', spans: [span], year: yearOf(m[3]) };
  },
};

/** "cuối năm", "cuối năm 2024": 31/12. */
export const YEAR_END: Matcher = {
  re: new RegExp(`\\bcuoi nam(?: ?[/,-]? ?${Y4})?`, 'gu'),
  read: (m) => ({
    level: 'year-end',
    spans: [{ kind: 'day', day: 31, month: 12 }],
    year: yearOf(m[1]),
  }),
};

/** "trong năm" with no year written: the plan's year. */
export const WITHIN_YEAR: Matcher = {
  re: /\btrong nam\b(?! ?\d)/gu,
  read: () => ({ level: 'year', spans: [{ kind: 'months', from: 1, to: 12 }], year: undefined }),
};

/** "năm 2024", a bare "2024". */
export const YEAR: Matcher = {
  re: /(?<![\d/.])(?:\bnam ?)?((?:19|20)\d{2})(?![\d/])/gu,
  read: (m) => ({
    level: 'year',
    spans: [{ kind: 'months', from: 1, to: 12 }],
    year: yearOf(m[1]),
  }),
};
