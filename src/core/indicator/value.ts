import { cellText, isGridError, SPREADSHEET_ERRORS, type Cell } from '../grid/types';
import { hasPercentFormat, parseNumberText, toPercent } from './_lib/number';

/** What a unit reported in a number column (actual, numerator, denominator). */
export type ReportedValue =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number }
  /** A formula error (#N/A, #REF!, #DIV/0! …): an issue, never a number. */
  | { readonly kind: 'error'; readonly code: string }
  /** Text that is not a number ("Đạt", "chưa có"), trimmed. */
  | { readonly kind: 'text'; readonly text: string };

/** Texts that mean "nothing reported". */
const EMPTY_TEXT = /^[-–—_.…]*$/;

/**
 * Reads a reported number (DOMAIN.md §3). A number cell gives its value; a percent-formatted one
 * holds the fraction (0.92 with "0%" → 92). Text: "%" optional (also "92 %"), decimal comma
 * ("85,5%" → 85.5), "85.5" → 85.5, "1.234,5" → 1234.5, several dots are thousands ("1.234.567");
 * a single dot followed by three digits is a thousands separator only with `count`
 * ("1.234" → 1234, else 1.234) and never before "%". "", "-", "–", "…" → empty. Formula errors (also typed as text:
 * "#N/A") → error. A date, TRUE/FALSE or any other text → text.
 * @example readReportedValue({ value: 0.92, format: '0%' }) // { kind: 'number', value: 92 }
 * @example readReportedValue({ value: '85,5%' }) // { kind: 'number', value: 85.5 }
 * @example readReportedValue({ value: '1.234' }, { count: true }) // { kind: 'number', value: 1234 }
 * @example readReportedValue({ value: { kind: 'error', code: '#DIV/0!' } }) // { kind: 'error', code: '#DIV/0!' }
 */
export function readReportedValue(
  cell: Cell | undefined,
  options: { readonly count?: boolean } = {},
): ReportedValue {
  if (!cell) return { kind: 'empty' };
  const v = cell.value;
  if (v === null) return { kind: 'empty' };
  if (isGridError(v)) return { kind: 'error', code: v.code };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'error', code: '#NUM!' };
    return { kind: 'number', value: hasPercentFormat(cell.format) ? toPercent(v) : v + 0 };
  }
  if (typeof v !== 'string') return { kind: 'text', text: cellText(cell) };
  const text = v.replace(/[\u00a0\u200b]/g, ' ').trim();
  if (EMPTY_TEXT.test(text.replace(/\s+/g, ''))) return { kind: 'empty' };
  if (SPREADSHEET_ERRORS.has(text.toUpperCase()))
    return { kind: 'error', code: text.toUpperCase() };
  const percent = /%$/.test(text);
  const number = parseNumberText(text.replace(/\s*%$/, ''), {
    thousandsDots: options.count === true && !percent,
  });
  return number === undefined ? { kind: 'text', text } : { kind: 'number', value: number };
}
