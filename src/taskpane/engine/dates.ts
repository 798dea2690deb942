import { isIsoDate } from '../../core/period/period';
import { formatDate, type Text } from '../i18n/text';

/** The years an as-of date may have: a date input passes through 0002, 0020, 0202 as one types. */
export const DATE_YEAR_MIN = 2000;
export const DATE_YEAR_MAX = 2100;

/** A date typed into the pane: empty (today), a complete date to take, or why not yet. */
export type DateCheck =
  | { readonly ok: true; readonly iso: string | null }
  | { readonly ok: false; readonly problem: Text };

const OUT_OF_RANGE: Text = {
  vi: `Năm phải từ ${DATE_YEAR_MIN} đến ${DATE_YEAR_MAX}; ngày chưa được dùng cho đến khi nhập đủ.`,
  en: `The year must be from ${DATE_YEAR_MIN} to ${DATE_YEAR_MAX}; the date is not used until it is complete.`,
};
const NOT_A_DATE: Text = {
  vi: 'Ngày chưa đầy đủ hoặc không có thật; chọn một ngày, hoặc để trống để dùng ngày hôm nay.',
  en: 'The date is incomplete or does not exist; pick a date, or leave it empty for today.',
};

/**
 * Whether an ISO date may be an as-of date: a real date with a year from 2000 to 2100.
 * @example isUsableDate('2025-10-20') // true
 * @example isUsableDate('0025-10-20') // false
 */
export function isUsableDate(iso: string): boolean {
  if (!isIsoDate(iso)) return false;
  const year = Number(iso.slice(0, 4));
  return year >= DATE_YEAR_MIN && year <= DATE_YEAR_MAX;
}

/**
 * The ISO form of a date typed as day/month/year (as Vietnamese write it, "/", "." or "-"
 * between) or as ISO; null when it is neither. The year is kept as typed, so "20/10/25" is 0025.
 * @example isoOf('20/10/2025') // '2025-10-20'
 * @example isoOf('5.1.2026') // '2026-01-05'
 * @example isoOf('2025-10-20') // '2025-10-20'
 */
export function isoOf(text: string): string | null {
  const value = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{1,4})$/.exec(value);
  if (!m) return null;
  const [, d, mo, y] = m as unknown as [string, string, string, string];
  return `${y.padStart(4, '0')}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/**
 * A saved date as the date field shows it: dd/mm/yyyy in both languages, whatever the browser's
 * locale; empty for none.
 * @example dateText('2025-10-20') // '20/10/2025'
 * @example dateText(null) // ''
 */
export function dateText(iso: string | null): string {
  return iso === null ? '' : formatDate(iso);
}

/**
 * Checks a date as typed (dd/mm/yyyy, or ISO): only a complete, usable date is taken.
 * @example checkDate('') // { ok: true, iso: null }
 * @example checkDate('20/10/2025') // { ok: true, iso: '2025-10-20' }
 * @example checkDate('20/10/25').ok // false
 */
export function checkDate(text: string): DateCheck {
  if (text.trim() === '') return { ok: true, iso: null };
  const iso = isoOf(text);
  if (iso !== null && isUsableDate(iso)) return { ok: true, iso };
  return { ok: false, problem: iso !== null && isIsoDate(iso) ? OUT_OF_RANGE : NOT_A_DATE };
}
