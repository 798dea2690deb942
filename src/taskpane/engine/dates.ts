import { isIsoDate } from '../../core/period/period';
import type { Text } from '../i18n/text';

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
 * Checks a date as typed (the ISO value of a date input): only a complete, usable date is taken.
 * @example checkDate('') // { ok: true, iso: null }
 * @example checkDate('2025-10-20') // { ok: true, iso: '2025-10-20' }
 * @example checkDate('0025-10-20').ok // false
 */
export function checkDate(text: string): DateCheck {
  const value = text.trim();
  if (value === '') return { ok: true, iso: null };
  if (isUsableDate(value)) return { ok: true, iso: value };
  return { ok: false, problem: isIsoDate(value) ? OUT_OF_RANGE : NOT_A_DATE };
}
