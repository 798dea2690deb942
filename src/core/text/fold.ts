import { boundedMemo } from '../_lib/memo';

/**
 * Folds Vietnamese text for matching: no diacritics (đ → d, which NFD does not decompose),
 * lower case, one space between words, no line breaks.
 * @example foldVietnamese('Thời gian\n thực hiện') // 'thoi gian thuc hien'
 * @example foldVietnamese('ĐƠN VỊ chủ trì') // 'don vi chu tri'
 */
export function foldVietnamese(text: string): string {
  return foldCached(text);
}

/**
 * The same cell texts (unit names, deadlines, header labels) are folded many times per scan and
 * again in every unit's copy of a plan. Long free text (over 500 characters) is rarely folded
 * twice. Removing it: scan (b) 1.07×, scan+consolidate (b) 1.07×, A/B 2026-12-04.
 */
const foldCached = boundedMemo(foldUncached, { limit: 20_000, maxKeyLength: 500 });

function foldUncached(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();
}

/**
 * Folds and also drops punctuation, for comparing labels and names.
 * @example foldLabel('Phòng, đơn vị  thực hiện:') // 'phong don vi thuc hien'
 */
export function foldLabel(text: string): string {
  return labelCached(text);
}

/**
 * Header labels and unit names are compared on every row they appear in. Removing it: scan (a)
 * 1.63×, scan (b) 1.33×, scan+consolidate (b) 1.18×, A/B 2026-12-04.
 */
const labelCached = boundedMemo(
  (text: string) =>
    foldUncached(text.replace(/[^\p{L}\p{N}%()&\s]/gu, ' '))
      .replace(/\s+/g, ' ')
      .trim(),
  { limit: 20_000, maxKeyLength: 500 },
);

/**
 * True when a text opens with a digit, as STT numbers and dates do: cheap to ask before folding
 * or looking up a text that could only be a word.
 * @example opensWithDigit('15/12/2025') // true
 * @example opensWithDigit('Quý IV') // false
 */
export function opensWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

const UNTIDY = /[\r\n\t\u00a0]| {2}|^\s|\s$/;

/**
 * Cleans a cell's text for output: trims each line, drops empty lines and doubled spaces,
 * keeps the line breaks the author typed.
 * @example tidyText('  Văn phòng   Sở \n\n - Phối hợp ') // 'Văn phòng Sở\n- Phối hợp'
 */
export function tidyText(text: string): string {
  if (!UNTIDY.test(text)) return text; // most cells: one line, single spaces, nothing to trim
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
