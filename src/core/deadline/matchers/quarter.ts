import type { Span } from '../_lib/span';
import { ROMAN_OR_NUMBER, romanOrNumber, YEAR_TAIL, yearOf, type Matcher } from './matcher';

const quarterSpan = (q: number): Span => ({ kind: 'months', from: 3 * q - 2, to: 3 * q });

/** "Quý III", "quý 3/2024", "quý II và III năm 2024", "Quý I - II/2024" (a range: its end). */
export const QUARTERS: Matcher = {
  re: new RegExp(
    `\\bquy ?(${ROMAN_OR_NUMBER})((?: ?(?:,|va|&|-) ?(?:quy ?${ROMAN_OR_NUMBER}|[ivxl]+(?![\\p{L}\\d])))*)${YEAR_TAIL}`,
    'gu',
  ),
  read: (m) => {
    const quarters = [romanOrNumber(m[1] ?? '')];
    for (const more of (m[2] ?? '').matchAll(/(,|va|&|-) ?(?:quy ?)?(\d{1,2}|[ivxl]+)/g)) {
      if (more[1] === '-') quarters.pop();
      quarters.push(romanOrNumber(more[2] ?? ''));
    }
    return { level: 'quarter', spans: quarters.map(quarterSpan), year: yearOf(m[3]) };
  },
};
