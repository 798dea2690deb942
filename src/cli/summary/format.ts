import { formatNumber } from '../../core/text/number';
import { paint, type CliIo } from '../io';

/*
 * How the readable summaries are written, for `scan` and `consolidate` alike:
 * - short labels and tags pair the two languages inline, Vietnamese first ("quá hạn / overdue");
 * - a sentence is a Vietnamese line with its English line beneath, indented and dim (issues,
 *   indicator results, notes), so neither language has the other's words inside it;
 * - numbers in Vietnamese text are written the Vietnamese way ("71,68 %", "1.403"), in English
 *   text the English way ("71.68%", "1,403"); a count shared by both halves of a label pair
 *   is written the Vietnamese way.
 */

/** A terminal color or weight, as {@link paint} takes it. */
export type Style = Parameters<typeof paint>[1];

/** A count in Vietnamese text ("1.403"). */
export const vi = (n: number): string => formatNumber(n, 'vi');
/** A count in English text ("1,403"). */
export const en = (n: number): string => formatNumber(n, 'en');

/** One line of at most `max` characters, cut with "…" (never inside a character: emoji stay whole). */
export function shorten(text: string, max = 60): string {
  const chars = [...text.replace(/\s+/g, ' ').trim().normalize('NFC')];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}

const ZERO_WIDTH = new Set(['\u200b', '\u200c', '\u200d', '\ufeff']);

/** Columns a terminal gives a text: combining marks (decomposed Vietnamese) take none. */
export function displayWidth(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\p{M}/u.test(ch) && !ZERO_WIDTH.has(ch)) n++;
  return n;
}

/** A cell of {@link columnLines}: its text, and its color on a terminal. */
export interface Cell {
  readonly text: string;
  readonly style?: Style;
}

/** A line that stands between the rows of {@link columnLines} ("… 6 more"), not in a column. */
export interface Between {
  readonly line: string;
}

/** A row of {@link columnLines}: its cells, or a line between the rows. */
export type Row = readonly (string | Cell)[] | Between;

/**
 * Rows in aligned columns, under a header line when one is given. Each column is as wide as its
 * widest cell; the last column is not padded unless it is right-aligned. Colors are added after
 * padding, so they never shift a column.
 */
export function columnLines(
  io: CliIo,
  indent: string,
  header: readonly string[] | null,
  rows: readonly Row[],
  rightAligned: readonly number[] = [],
): string[] {
  const cells = (r: Row): Cell[] | null =>
    'line' in r ? null : r.map((c) => (typeof c === 'string' ? { text: c } : c));
  const table = rows.map(cells);
  const all = [...(header ? [header.map((text) => ({ text }))] : []), ...table];
  const widths: number[] = [];
  for (const r of all)
    r?.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(c.text))));
  const render = (r: Cell[]): string =>
    r
      .map((c, i) => {
        const right = rightAligned.includes(i);
        const room = i === r.length - 1 && !right ? 0 : (widths[i] ?? 0) - displayWidth(c.text);
        const fill = ' '.repeat(Math.max(0, room));
        const text = c.style ? paint(io, c.style, c.text) : c.text;
        return right ? `${fill}${text}` : `${text}${fill}`;
      })
      .join('  ')
      .trimEnd();
  const lines: string[] = [];
  if (header) lines.push(paint(io, 'bold', `${indent}${render(header.map((text) => ({ text })))}`));
  rows.forEach((r, i) => {
    const row = table[i];
    lines.push(row ? `${indent}${render(row)}` : `${indent}${(r as Between).line}`);
  });
  return lines;
}

/** A sentence in both languages: the Vietnamese line, and the English one beneath it. */
export function bothLines(
  io: CliIo,
  indent: string,
  viText: string,
  enText: string,
  style?: Style,
): string[] {
  return [
    `${indent}${style ? paint(io, style, viText) : viText}`,
    `${indent}    ${paint(io, 'dim', enText)}`,
  ];
}
