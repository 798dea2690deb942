/**
 * Where a sheet's printed pages start. The model sets every row's height and keeps the columns
 * within the page width, so it knows where each page ends and writes a break at every page
 * start itself: Excel and LibreOffice have no "keep with next" for rows, and only these breaks
 * keep a section heading with its first task, a total with its breakdown and the signers with
 * the end of the report. Later pages repeat the print-title rows.
 */
import type { Keep, PrintSetup, ReportSheet } from '../types';

const A4_MM = { short: 210, long: 297 } as const;
const PT_PER_MM = 72 / 25.4;

/**
 * Points one column-width unit takes when printed. Excel draws width w as 7·w pixels (5.25 pt);
 * LibreOffice draws the same column 5.55 pt wide (measured: a 50-wide column prints 277.5 pt).
 * Sheets are laid out for the wider of the two, so neither has to shrink them.
 */
const PT_PER_UNIT = 5.55;

/**
 * Share of the page height the model fills: the rest absorbs rounding of row heights (Excel
 * stores them in twentieths of a point, LibreOffice in hundredths of a millimetre), so the
 * host never needs a break of its own before the model's.
 */
const FILL = 0.97;

/** Default height of a row without one, in points. */
const DEFAULT_ROW = 15;

/**
 * Printable width and height of the page in points.
 * @example Math.round(printableArea({ paper: 'A4', orientation: 'landscape', marginsMm: { top: 20, bottom: 20, left: 30, right: 15 }, fitToWidth: false, horizontalCentered: true, headerCenter: '&P', firstPageNumber: 1 }).width) // 714
 */
export function printableArea(print: PrintSetup): { width: number; height: number } {
  const landscape = print.orientation === 'landscape';
  const w = landscape ? A4_MM.long : A4_MM.short;
  const h = landscape ? A4_MM.short : A4_MM.long;
  const m = print.marginsMm;
  return {
    width: (w - m.left - m.right) * PT_PER_MM,
    height: (h - m.top - m.bottom) * PT_PER_MM,
  };
}

/**
 * How many column-width units fit across the page at 100 % in Excel and LibreOffice alike.
 * @example pageUnits({ paper: 'A4', orientation: 'landscape', marginsMm: { top: 20, bottom: 20, left: 30, right: 15 }, fitToWidth: false, horizontalCentered: true, headerCenter: '&P', firstPageNumber: 1 }) // 128
 */
export function pageUnits(print: PrintSetup): number {
  return Math.floor(printableArea(print).width / PT_PER_UNIT);
}

/**
 * Width of the columns in points as printed (the wider, LibreOffice's, measure).
 * @example sheetWidth([{ width: 10 }]) // 55.5
 */
export function sheetWidth(columns: readonly { readonly width: number }[]): number {
  return columns.reduce((s, c) => s + c.width * PT_PER_UNIT, 0);
}

/**
 * The fit-to-width scale, in whole percent as Excel applies it: 1 for every report sheet.
 * @example fitScale({ columns: [{ width: 300 }], print }) // 0.42
 */
export function fitScale(sheet: Pick<ReportSheet, 'columns' | 'print'>): number {
  const ratio = printableArea(sheet.print).width / sheetWidth(sheet.columns);
  return Math.min(100, Math.floor(ratio * 100)) / 100;
}

type Layout = Pick<ReportSheet, 'columns' | 'print' | 'rows' | 'printTitleRows'>;

/** A page's least share of content when a break could be moved up to keep rows together. */
const MIN_FILL = 0.4;

interface Block {
  readonly from: number;
  readonly to: number;
  readonly height: number;
  /** Kept with the next block if that leaves the page at least 40 % used. */
  readonly ifRoom: boolean;
}

/** Runs of rows that print on one page: row r joins row r+1 when it keeps with it `always`. */
function blocksOf(heights: readonly number[], keep: readonly (Keep | undefined)[]): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  let height = 0;
  for (let r = 0; r < heights.length; r++) {
    height += heights[r]!;
    if (keep[r] === 'always' && r + 1 < heights.length) continue;
    blocks.push({ from: start, to: r, height, ifRoom: keep[r] === 'if-room' });
    start = r + 1;
    height = 0;
  }
  return blocks;
}

/**
 * The 0-based rows that start a printed page (the first is always 0). A row that keeps with
 * the next `always` prints on the next row's page; `if-room`, it does unless moving it leaves
 * its page under 40 % used. A run of rows kept together that is taller than a page is broken
 * between rows.
 * @example pageStarts(sheetOf20RowsOf40pt) // [0, 12]
 */
export function pageStarts(sheet: Layout, keep: readonly (Keep | undefined)[] = []): number[] {
  const pageHeight = (printableArea(sheet.print).height * FILL) / fitScale(sheet);
  const heights = sheet.rows.map((r) => r.height ?? DEFAULT_ROW);
  const [first, last] = sheet.printTitleRows;
  const titles = heights.slice(first, last + 1).reduce((s, h) => s + h, 0);
  const starts = [0];
  let used = 0;
  /** Blocks on the current page, in order. */
  let page: Block[] = [];
  const newPage = (r: number) => {
    starts.push(r);
    used = r > last ? titles : 0;
    page = [];
  };
  for (const block of blocksOf(heights, keep)) {
    if (used + block.height <= pageHeight) {
      used += block.height;
      page.push(block);
      continue;
    }
    if (page.length > 0 && block.from > 0) {
      // Take along the blocks that keep with this one if room, while the page stays 40 % used.
      const moved: Block[] = [];
      let left = used;
      for (let k = page.length - 1; k >= 1 && page[k]!.ifRoom; k--) {
        const b = page[k]!;
        const carried = moved.reduce((s, m) => s + m.height, 0) + b.height + block.height;
        if (left - b.height < pageHeight * MIN_FILL || titles + carried > pageHeight) break;
        moved.unshift(b);
        left -= b.height;
      }
      newPage(moved[0]?.from ?? block.from);
      for (const m of moved) used += m.height;
      page = moved;
    }
    if (used + block.height <= pageHeight) {
      used += block.height;
      page.push(block);
      continue;
    }
    // Taller than what is left of a fresh page: break it between rows.
    for (let r = block.from; r <= block.to; r++) {
      if (used + heights[r]! > pageHeight && starts.at(-1)! < r) newPage(r);
      used += heights[r]!;
    }
    page = [];
  }
  return starts;
}
