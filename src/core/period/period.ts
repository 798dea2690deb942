/**
 * Reporting periods of Nghị định 09/2019/NĐ-CP (DOMAIN.md §2 "Reporting periods"): figures are
 * cut off on the 14th, so every window runs from the 15th of a month to the 14th of a later one.
 */

import { isIsoDate } from '../_lib/calendar';

/** Whether the text is a real `YYYY-MM-DD` date (the calendar's check, where callers look for it). */
export { isIsoDate };

export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface ReportingPeriod {
  readonly kind: PeriodKind;
  /** The report year: the year of the window's last day. */
  readonly year: number;
  /** Month 1–12, quarter 1–4, half 1–2; 1 for nine-months and year. */
  readonly index: number;
  /** First day of the window, ISO `YYYY-MM-DD`. */
  readonly from: string;
  /** Last day of the window (the cut-off), ISO `YYYY-MM-DD`. */
  readonly to: string;
  /** Vietnamese name, e.g. "Quý IV năm 2025". */
  readonly label: string;
}

/**
 * The period kinds of Nghị định 09/2019, shortest first.
 * @example PERIOD_KINDS.includes('quarter') // true
 */
export const PERIOD_KINDS = ['month', 'quarter', 'half', 'nine-months', 'year'] as const;
const MAX_INDEX: Readonly<Record<PeriodKind, number>> = {
  month: 12,
  quarter: 4,
  half: 2,
  'nine-months': 1,
  year: 1,
};
const ROMAN = ['I', 'II', 'III', 'IV'];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** Years a period may have: `from` (15/12 of the year before) must still be a 4-digit year. */
const MIN_YEAR = 1001;
const MAX_YEAR = 9999;

/**
 * The reporting period of a kind, year and index. `index` is required for month (1–12), quarter
 * (1–4) and half (1–2); for nine-months and year it may be omitted (it is always 1).
 * Throws a RangeError for an unknown kind, a year outside 1001–9999 or an index out of range.
 * @example reportingPeriod('quarter', 2025, 4) // { kind: 'quarter', year: 2025, index: 4, from: '2025-09-15', to: '2025-12-14', label: 'Quý IV năm 2025' }
 * @example reportingPeriod('month', 2026, 1).from // '2025-12-15'
 * @example reportingPeriod('year', 2025).label // 'Năm 2025'
 */
export function reportingPeriod(kind: PeriodKind, year: number, index?: number): ReportingPeriod {
  if (!PERIOD_KINDS.includes(kind)) throw new RangeError(`Unknown period kind: ${String(kind)}`);
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Invalid report year: ${year}`);
  }
  const max = MAX_INDEX[kind];
  const i = index ?? (max === 1 ? 1 : undefined);
  if (i === undefined) throw new RangeError(`A ${kind} period needs an index (1-${max})`);
  if (!Number.isInteger(i) || i < 1 || i > max) {
    throw new RangeError(`Invalid ${kind} index: ${i} (expected 1-${max})`);
  }
  const [firstMonth, lastMonth] = monthSpan(kind, i);
  const from = firstMonth === 1 ? isoOf(year - 1, 12, 15) : isoOf(year, firstMonth - 1, 15);
  return {
    kind,
    year,
    index: i,
    from,
    to: isoOf(year, lastMonth, 14),
    label: labelOf(kind, year, i),
  };
}

/**
 * The period of a kind (default: quarter) whose window contains the date `asOf` (ISO
 * `YYYY-MM-DD`). A date from the 15th on belongs to the next month's report, so 2025-12-20 is in
 * month 1/2026, Q1 2026, H1 2026 and year 2026.
 *
 * Nine-months has one window a year (15/12 → 14/09) and the rest of the year is in none: for a
 * date from 15/09 to 14/12 it still returns that report year's nine months, which then ends
 * before `asOf` (the latest nine-months report). Throws a RangeError when `asOf` is not a real
 * ISO date.
 * @example periodContaining('2025-12-14').label // 'Quý IV năm 2025'
 * @example periodContaining('2025-12-15').label // 'Quý I năm 2026'
 * @example periodContaining('2025-10-20', 'month').label // 'Tháng 11 năm 2025'
 * @example periodContaining('2025-10-01', 'nine-months').label // '9 tháng năm 2025'
 */
export function periodContaining(asOf: string, kind: PeriodKind = 'quarter'): ReportingPeriod {
  if (!isIsoDate(asOf)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${String(asOf)}`);
  const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
  // The report month: from the 15th on, figures count towards the next month.
  let year = y;
  let month = m;
  if (d >= 15) {
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  switch (kind) {
    case 'month':
      return reportingPeriod(kind, year, month);
    case 'quarter':
      return reportingPeriod(kind, year, Math.ceil(month / 3));
    case 'half':
      return reportingPeriod(kind, year, month <= 6 ? 1 : 2);
    case 'nine-months':
    case 'year':
      return reportingPeriod(kind, year, 1);
    default:
      throw new RangeError(`Unknown period kind: ${String(kind)}`);
  }
}

/**
 * The period line of a Vietnamese report.
 * @example periodHeading(reportingPeriod('quarter', 2025, 4)) // 'Kỳ báo cáo: Quý IV năm 2025 (từ ngày 15/09/2025 đến ngày 14/12/2025)'
 */
export function periodHeading(p: ReportingPeriod): string {
  return `Kỳ báo cáo: ${p.label} (từ ngày ${dmy(p.from)} đến ngày ${dmy(p.to)})`;
}

/**
 * The period line in English. Labels: "October 2025", "Q4 2025", "H1 2025", "H2 2025",
 * "9 months 2025", "Year 2025".
 * @example periodHeadingEn(reportingPeriod('quarter', 2025, 4)) // 'Reporting period: Q4 2025 (15/09/2025 to 14/12/2025)'
 */
export function periodHeadingEn(p: ReportingPeriod): string {
  return `Reporting period: ${labelEn(p)} (${dmy(p.from)} to ${dmy(p.to)})`;
}

function monthSpan(kind: PeriodKind, i: number): [number, number] {
  switch (kind) {
    case 'month':
      return [i, i];
    case 'quarter':
      return [3 * i - 2, 3 * i];
    case 'half':
      return [6 * i - 5, 6 * i];
    case 'nine-months':
      return [1, 9];
    case 'year':
      return [1, 12];
  }
}

function labelOf(kind: PeriodKind, year: number, i: number): string {
  switch (kind) {
    case 'month':
      return `Tháng ${i} năm ${year}`;
    case 'quarter':
      return `Quý ${ROMAN[i - 1]} năm ${year}`;
    case 'half':
      return `6 tháng ${i === 1 ? 'đầu' : 'cuối'} năm ${year}`;
    case 'nine-months':
      return `9 tháng năm ${year}`;
    case 'year':
      return `Năm ${year}`;
  }
}

function labelEn(p: ReportingPeriod): string {
  switch (p.kind) {
    case 'month':
      return `${MONTHS_EN[p.index - 1]} ${p.year}`;
    case 'quarter':
      return `Q${p.index} ${p.year}`;
    case 'half':
      return `H${p.index} ${p.year}`;
    case 'nine-months':
      return `9 months ${p.year}`;
    case 'year':
      return `Year ${p.year}`;
  }
}

function isoOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

function dmy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
