import type { Level, Span } from '../_lib/span';

/** One date pattern of a deadline part (on folded text) and how to read its match. */
export interface Matcher {
  readonly re: RegExp;
  readonly read: (m: RegExpMatchArray) => {
    level: Level;
    spans: Span[];
    year: number | undefined;
  };
}

/** A four-digit year. */
export const Y4 = '(\\d{4})(?!\\d)';
/** "/2024", " năm 2024", ", 2024", " - 2024" after a month, quarter or day. */
export const YEAR_TAIL = `(?: ?[/,-]? ?(?:nam ?)?${Y4})?`;
export const ROMAN_OR_NUMBER = '(?:\\d{1,2}|[ivxl]+)(?![\\p{L}\\d])';

/**
 * A captured number; NaN when the group did not match (an impossible date, never a default).
 * @example num('09') // 9
 */
export const num = (s: string | undefined): number => (s === undefined ? NaN : Number(s));

/**
 * A captured year, or undefined when none was written.
 * @example yearOf('2024') // 2024
 */
export const yearOf = (s: string | undefined): number | undefined =>
  s === undefined ? undefined : Number(s);

/**
 * A quarter written in Roman or Arabic numerals.
 * @example romanOrNumber('iv') // 4
 */
export function romanOrNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const value: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };
  let total = 0;
  for (let k = 0; k < text.length; k++) {
    const a = value[text[k] ?? ''] ?? 0;
    const b = value[text[k + 1] ?? ''] ?? 0;
    total += a < b ? -a : a;
  }
  return total;
}
