/**
 * Folds Vietnamese text for matching: no diacritics (đ → d, which NFD does not decompose),
 * lower case, one space between words, no line breaks.
 * @example foldVietnamese('Thời gian\n thực hiện') // 'thoi gian thuc hien'
 * @example foldVietnamese('ĐƠN VỊ chủ trì') // 'don vi chu tri'
 */
export function foldVietnamese(text: string): string {
  const cached = foldCache.get(text);
  if (cached !== undefined) return cached;
  const folded = foldUncached(text);
  remember(foldCache, text, folded);
  return folded;
}

/**
 * The same cell texts (unit names, deadlines, header labels) are folded many times per scan;
 * a bounded memo keeps that linear. Cleared whole when full: no unbounded growth.
 */
const foldCache = new Map<string, string>();
const labelCache = new Map<string, string>();
const CACHE_LIMIT = 20_000;

function remember(cache: Map<string, string>, key: string, value: string): void {
  if (key.length > 500) return; // long free text is rarely folded twice
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
}

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
  const cached = labelCache.get(text);
  if (cached !== undefined) return cached;
  const folded = foldVietnamese(text.replace(/[^\p{L}\p{N}%()&\s]/gu, ' '))
    .replace(/\s+/g, ' ')
    .trim();
  remember(labelCache, text, folded);
  return folded;
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
