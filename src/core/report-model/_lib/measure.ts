/**
 * Row heights for wrapped text. Excel and LibreOffice do not grow a row whose height was set,
 * and a report written by a program has no "autofit" pass, so the model estimates how many
 * lines each cell wraps into and sets the height itself.
 *
 * Units: a column width is counted in digits of the default font (Calibri 11: 7 px); text is
 * measured with the advance widths of Times New Roman (16 px to the em at 12 pt).
 */

import { boundedMemo } from '../../_lib/memo';

/** Spare room for rendering differences (Excel's print scaling, hinting, font substitutes). */
const SAFETY = 1.03;
/** Cell padding on both sides, in width units. */
const PADDING = 0.6;
/** A one-line row at 12 pt (Excel's default row height for Times New Roman 12): the line and the cell's padding. */
const LINE_AT_12 = 15.75;
/**
 * Each further wrapped line, in ems: Times New Roman's line spacing (ascent + descent + line
 * gap, 1.15 em; Liberation Serif's is 1.107: LibreOffice draws 12 pt lines 13.3 pt apart), with
 * room for Excel rounding each line to whole pixels. Counting every line at the one-line row's
 * height (its padding once per line) made rows 15–20 % taller than their text as printed.
 */
const LINE_SPACING = 1.17;
/** Excel's highest row. */
export const MAX_ROW_HEIGHT = 409;
/** Pixels of one column-width unit (the digit of Calibri 11, Excel's default font). */
const UNIT_PX = 7;

/**
 * Advance widths of Times New Roman (and the metric-compatible Liberation Serif) for the
 * characters U+0020–U+007E, in thousandths of an em: regular, then bold.
 */
const ASCII_REGULAR = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500,
  500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611,
  556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722,
  722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500,
  278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];
const ASCII_BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500,
  500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667,
  611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722,
  722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556,
  278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
];
/** Vietnamese letters whose width is not their base letter's: [regular, bold]. */
const SPECIAL: Readonly<Record<string, readonly [number, number]>> = {
  đ: [500, 556],
  Đ: [722, 722],
  ơ: [529, 554],
  Ơ: [722, 778],
  ư: [542, 600],
  Ư: [776, 796],
  '—': [1000, 1000],
  '…': [1000, 1000],
};

/** Width of one character in thousandths of an em; other letters count as their base letter. */
function charWidth(ch: string, bold: boolean): number {
  const special = SPECIAL[ch];
  if (special) return special[bold ? 1 : 0];
  const table = bold ? ASCII_BOLD : ASCII_REGULAR;
  const code = ch.charCodeAt(0);
  const direct = table[code - 32];
  if (code >= 32 && direct !== undefined) return direct;
  const base = ch.normalize('NFD').charAt(0);
  const viaBase = SPECIAL[base]?.[bold ? 1 : 0] ?? table[base.charCodeAt(0) - 32];
  return viaBase ?? 600;
}

/**
 * Estimated width of a text on one line, in column-width units.
 * @example Math.round(textWidth('abc', 12, false)) // 3
 * @example textWidth('ABC', 12, true) > textWidth('abc', 12, true) // true
 */
export function textWidth(text: string, size: number, bold: boolean): number {
  const px = (emWidth(text, bold) / 1000) * size * (4 / 3);
  return (px / UNIT_PX) * SAFETY;
}

/**
 * A text's advance width in thousandths of an em (an integer sum, so memoizing it changes no
 * result). A report measures the same words over and over ("Văn phòng Sở", "Đang thực hiện"):
 * each word is measured once per weight (bounded memo, cleared whole when full).
 */
function emWidth(text: string, bold: boolean): number {
  return bold ? boldWidth(text) : regularWidth(text);
}

function sumWidths(text: string, bold: boolean): number {
  let em = 0;
  for (const ch of text.normalize('NFC')) em += charWidth(ch, bold);
  return em;
}

// Every cell's text is measured for column widths and again for row heights. Removing these:
// report model (b) 1.56×, A/B 2026-12-04 (the scan A/B with buildReport as the stage).
const WIDTH_MEMO = { limit: 20_000, maxKeyLength: 200 };
const regularWidth = boundedMemo((text: string) => sumWidths(text, false), WIDTH_MEMO);
const boldWidth = boundedMemo((text: string) => sumWidths(text, true), WIDTH_MEMO);
/**
 * The narrowest column (width units, half steps) in which a text stands on one line, padding
 * included: for figures ("700/1000"), which must not wrap, and for a header's longest word.
 * @example oneLineWidth('700/1000', 12, false) // 10
 * @example oneLineWidth('', 12, true) // 0
 */
export function oneLineWidth(text: string, size: number, bold: boolean): number {
  if (!text) return 0;
  return Math.ceil((textWidth(text, size, bold) + PADDING) * 2) / 2;
}

/**
 * How many lines a text wraps into in a column `width` units wide: explicit line breaks, then
 * greedy word wrap; a word longer than the line is broken, as Excel does.
 * @example wrappedLines('ngắn', 20, 12, false) // 1
 * @example wrappedLines('a\nb', 20, 12, false) // 2
 * @example wrappedLines('một hai ba bốn năm sáu bảy tám chín mười', 10, 12, false) // 6
 */
export function wrappedLines(text: string, width: number, size: number, bold: boolean): number {
  return linesAt(measureWords(text, size, bold), width);
}

/** A text's words measured once: their widths by paragraph, and a space's width. */
export interface MeasuredWords {
  readonly paragraphs: readonly (readonly number[])[];
  readonly space: number;
}

/**
 * The widths of a text's words, by paragraph, for wrapping it at many widths without measuring
 * it again (the column widths try each width in turn).
 * @example measureWords('a b\nc', 12, false).paragraphs.length // 2
 */
export function measureWords(text: string, size: number, bold: boolean): MeasuredWords {
  return {
    paragraphs: text.split(/\r?\n/).map((paragraph) =>
      paragraph
        .split(' ')
        .filter((word) => word.length > 0) // runs of spaces
        .map((word) => textWidth(word, size, bold)),
    ),
    space: textWidth(' ', size, bold),
  };
}

/**
 * How many lines measured words wrap into at a width: greedy word wrap, a word longer than the
 * line broken, as Excel does.
 * @example linesAt(measureWords('một hai ba bốn năm sáu bảy tám chín mười', 12, false), 10) // 6
 */
export function linesAt(words: MeasuredWords, width: number): number {
  const room = Math.max(1, width - PADDING);
  const { space } = words;
  let lines = 0;
  for (const paragraph of words.paragraphs) {
    lines += 1;
    let used = 0;
    for (const w of paragraph) {
      if (used > 0 && used + space + w <= room) {
        used += space + w;
        continue;
      }
      if (used > 0) lines += 1;
      const extra = Math.max(0, Math.ceil(w / room) - 1);
      lines += extra;
      used = w - extra * room;
    }
  }
  return Math.max(1, lines);
}

/**
 * Height in points of `lines` lines of text at a font size: the one-line row, then a line
 * spacing per further line.
 * @example lineHeight(1, 12) // 15.75
 * @example lineHeight(2, 12) // 29.75
 * @example lineHeight(3, 11) // 40.25
 */
export function lineHeight(lines: number, size: number): number {
  const h = LINE_AT_12 * (size / 12) + (Math.max(1, lines) - 1) * LINE_SPACING * size;
  return Math.min(MAX_ROW_HEIGHT, Math.round(h * 4) / 4);
}
