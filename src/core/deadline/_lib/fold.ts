/** A cell's text folded for matching, with the way back to what the officer wrote. */
export interface Folded {
  readonly text: string;
  /** For each UTF-16 unit of `text`, the index of the source character it came from. */
  readonly map: readonly number[];
  readonly source: string;
}

/**
 * Like `foldVietnamese` (no marks, đ → d, lower case, single spaces) and dashes → "-", keeping
 * for each folded character where it came from, so a problem can quote the cell's own words.
 * @example foldWithMap('Quý III – 2024').text // 'quy iii - 2024'
 */
export function foldWithMap(source: string): Folded {
  let text = '';
  const map: number[] = [];
  let at = 0;
  for (const ch of source) {
    const index = at;
    at += ch.length;
    if (/[\s\u00a0\u200b]/.test(ch)) {
      if (text.length > 0 && !text.endsWith(' ')) {
        text += ' ';
        map.push(index);
      }
      continue;
    }
    const folded = /[–—‒−]/.test(ch)
      ? '-'
      : ch
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/đ/g, 'd')
          .replace(/Đ/g, 'D')
          .toLowerCase();
    text += folded;
    for (let k = 0; k < folded.length; k++) map.push(index);
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    map.pop();
  }
  return { text, map, source };
}

/**
 * The source text behind folded positions `start..end`.
 * @example sourceText(foldWithMap('Quý V'), 0, 5) // 'Quý V'
 */
export function sourceText(folded: Folded, start: number, end: number): string {
  const from = folded.map[start];
  const last = folded.map[end - 1];
  if (from === undefined || last === undefined) return '';
  const width = (folded.source.codePointAt(last) ?? 0) > 0xffff ? 2 : 1;
  return folded.source.slice(from, last + width).trim();
}

/**
 * The work text with `start..end` blanked out, so the next pattern cannot read it again
 * (positions stay the same, for {@link sourceText}).
 * @example blankOut('quy iii 2024', 0, 7) // '\u0001\u0001\u0001\u0001\u0001\u0001\u0001 2024'
 */
export function blankOut(work: string, start: number, end: number): string {
  return work.slice(0, start) + '\u0001'.repeat(end - start) + work.slice(end);
}
