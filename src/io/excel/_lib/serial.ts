/**
 * Excel date serials (1900 date system) to and from the ISO dates of the core. Excel counts
 * 1900-01-01 as serial 1 and keeps Lotus 1-2-3's phantom 1900-02-29 as serial 60, so serials
 * from 61 on are one day ahead of a plain day count from 1899-12-31.
 */

const MS_PER_DAY = 86_400_000;
/** Serial 25569 is 1970-01-01 for serials ≥ 61. */
const UNIX_EPOCH_SERIAL = 25_569;
/** The largest serial Excel shows as a date: 9999-12-31. */
const MAX_SERIAL = 2_958_465;

/**
 * The ISO date Excel shows for a serial in the 1900 date system (the time of day is dropped);
 * undefined for serials Excel shows as `#####` (negative or past 9999-12-31).
 * @example serialToIso(45000) // '2023-03-15'
 * @example serialToIso(60) // '1900-02-29'
 * @example serialToIso(61.75) // '1900-03-01'
 * @example serialToIso(1) // '1900-01-01'
 */
export function serialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial >= MAX_SERIAL + 1) return undefined;
  const day = Math.floor(serial);
  if (day === 60) return '1900-02-29'; // Excel's phantom leap day, shown as 29/02/1900
  const shifted = day < 60 ? day + 1 : day; // before the phantom day, add it back
  const date = new Date((shifted - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
  return date.toISOString().slice(0, 10);
}

/**
 * The serial of an ISO date (1900 date system), for writing dates as numbers.
 * @example isoToSerial('2023-03-15') // 45000
 * @example isoToSerial('1900-01-01') // 1
 */
export function isoToSerial(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`Not an ISO date: ${iso}`);
  const days = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
  const serial = days + UNIX_EPOCH_SERIAL;
  return serial < 61 ? serial - 1 : serial;
}

/**
 * Whether a number format shows a date or time: it has a date/time token outside quotes,
 * brackets (`[$-42A]`, `[Red]`) and escapes. The same test exceljs applies, so both readers
 * agree on which numbers are dates.
 * @example isDateFormat('dd/mm/yyyy') // true
 * @example isDateFormat('[$-42A]d mmmm yyyy') // true
 * @example isDateFormat('0.0%') // false
 * @example isDateFormat('"Ngày "0') // false
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === 'General' || format === '@') return false;
  const bare = format
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '');
  return /[ymdhMsb]/.test(bare);
}
