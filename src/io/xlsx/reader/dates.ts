/**
 * Dates in a workbook are numbers (serials) shown through a date format. Which formats show a
 * date, and which day a serial is, in both of Excel's date systems.
 */

/** Built-in format ids whose code depends on the machine's locale: all dates or times. */
const BUILTIN_DATE_IDS = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);
const BUILTIN_TIME_IDS = new Set([18, 19, 20, 21, 32, 33, 45, 46, 47]);

export type FormatKind = 'date' | 'time' | 'other';

/**
 * What a number format shows: a date (it has day, month or year parts), a time only (hours,
 * minutes, seconds: a duration or a time of day, not a day), or anything else.
 * @example formatKind('dd/mm/yyyy') // 'date'
 * @example formatKind('h:mm AM/PM') // 'time'
 * @example formatKind('0.0 "ngày"') // 'other'
 * @example formatKind('0.00E+00') // 'other'
 */
export function formatKind(code: string | undefined, id?: number): FormatKind {
  if (id !== undefined && BUILTIN_DATE_IDS.has(id)) return 'date';
  if (id !== undefined && BUILTIN_TIME_IDS.has(id)) return 'time';
  if (!code) return 'other';
  // Only the first section (positive numbers) decides; quoted text, escapes, fill and padding
  // characters, colours and locale tags show no date part.
  const plain = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
    .replace(/AM\/PM|A\/P/gi, '')
    // Scientific notation (0.00E+00): its E is an exponent, not the era year of a date.
    .replace(/E[+-]/gi, '')
    .split(';')[0]!;
  if (/^general$/i.test(plain.trim())) return 'other';
  if (/[dyeb]/i.test(plain)) return 'date';
  const hasTime = /[hs]/i.test(plain);
  if (/m/i.test(plain)) return hasTime ? 'time' : 'date'; // "mmm" alone is a month
  return hasTime ? 'time' : 'other';
}

const DAY_MS = 86_400_000;
/** Day 0 of the 1900 system as Excel counts from day 61 on (its fictitious 29/02/1900 is 60). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** Day 0 of the 1904 system. */
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** 31/12/9999, the last day Excel shows. */
const LAST_SERIAL_1900 = 2_958_465;

/**
 * The day a serial shows, as `YYYY-MM-DD` (a time of day dropped), or null for a serial no date
 * shows: negative, past 9999, or 60 in the 1900 system, Excel's 29/02/1900 that never was.
 * @example serialToIso(45611, false) // '2024-11-15'
 * @example serialToIso(1, false) // '1900-01-01'
 * @example serialToIso(0, true) // '1904-01-01'
 */
export function serialToIso(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  // Rounded to the millisecond first, as Excel shows 23:59:59.9995 as the next day.
  const day = Math.floor(Math.round(serial * DAY_MS) / DAY_MS);
  let ms: number;
  if (date1904) ms = EPOCH_1904 + day * DAY_MS;
  else if (day === 60) return null;
  else ms = EPOCH_1900 + (day < 60 ? day + 1 : day) * DAY_MS;
  if (!date1904 && day > LAST_SERIAL_1900) return null;
  const iso = new Date(ms).toISOString();
  return iso.length === 24 && day >= (date1904 ? 0 : 1) ? iso.slice(0, 10) : null;
}
