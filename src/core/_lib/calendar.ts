/**
 * The proleptic Gregorian calendar on plain numbers and ISO `YYYY-MM-DD` strings: the one place
 * that knows month lengths, leap years and day counts. No `Date`: dates here are days, not
 * instants, so no time zone can shift them.
 */

/** A calendar day: year, month 1–12, day 1–31. */
export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/**
 * Whether a year has 29 February.
 * @example isLeapYear(2024) // true
 * @example isLeapYear(1900) // false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Days in a month (1–12) of a year.
 * @example daysInMonth(2024, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether the day exists: whole numbers, a year 1–9999, a month 1–12 and a day within the month.
 * @example isRealDay({ y: 2023, m: 2, d: 29 }) // false
 */
export function isRealDay({ y, m, d }: Ymd): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    y >= 1 &&
    y <= 9999 &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  );
}

/**
 * The day before.
 * @example dayBefore({ y: 2024, m: 3, d: 1 }) // { y: 2024, m: 2, d: 29 }
 */
export function dayBefore({ y, m, d }: Ymd): Ymd {
  if (d > 1) return { y, m, d: d - 1 };
  if (m > 1) return { y, m: m - 1, d: daysInMonth(y, m - 1) };
  return { y: y - 1, m: 12, d: 31 };
}

/**
 * The ISO text of a day, or undefined when the day does not exist.
 * @example isoOfDay({ y: 2024, m: 9, d: 5 }) // '2024-09-05'
 * @example isoOfDay({ y: 2024, m: 6, d: 31 }) // undefined
 */
export function isoOfDay(day: Ymd): string | undefined {
  if (!isRealDay(day)) return undefined;
  return `${String(day.y).padStart(4, '0')}-${pad2(day.m)}-${pad2(day.d)}`;
}

/**
 * Whether the text is a real calendar date written `YYYY-MM-DD` (4-digit year, 2-digit month
 * and day, nothing else).
 * @example isIsoDate('2024-02-29') // true
 * @example isIsoDate('2025-02-29') // false
 * @example isIsoDate('2025-1-5') // false
 */
export function isIsoDate(text: string): boolean {
  if (typeof text !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/**
 * Whole days from `a` to `b` (ISO dates); negative when `b` is earlier.
 * @example daysBetween('2025-12-25', '2026-01-05') // 11
 */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** Days since 0000-03-01 (a year starting in March puts the leap day last). */
function dayNumber(iso: string): number {
  const y0 = Number(iso.slice(0, 4));
  const m0 = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const y = m0 <= 2 ? y0 - 1 : y0;
  const m = m0 <= 2 ? m0 + 9 : m0 - 3;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * m + 2) / 5) + d - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
