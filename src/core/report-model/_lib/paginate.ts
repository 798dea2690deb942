/**
 * Where a sheet's printed pages start, from its row heights and print setup: enough to keep the
 * end of a report (summary, notes, signers) off a page of its own. Excel and LibreOffice break
 * pages between rows, shrink the sheet to the page width when the columns are wider, and repeat
 * the print-title rows at the top of every later page.
 */
import type { PrintSetup, ReportSheet } from '../types';

const A4_MM = { short: 210, long: 297 } as const;
const PT_PER_MM = 72 / 25.4;
/**
 * A stored column width counts digits of Calibri 11 (7 px) padding included (ECMA-376 §18.3.1.13),
 * so Excel draws width w as about 7·w pixels. LibreOffice draws the same columns about 4 % wider
 * and shrinks the page to fit: taking Excel's (narrower) width errs towards fewer rows per page,
 * so a break meant to keep the end of a report together comes early rather than too late.
 */
const PX_PER_UNIT = 7;
const PT_PER_PX = 0.75;
/** Default height of a row without one, in points. */
const DEFAULT_ROW = 15;

/**
 * Printable width and height of the page in points.
 * @example Math.round(printableArea({ paper: 'A4', orientation: 'landscape', marginsMm: { top: 20, bottom: 20, left: 30, right: 15 }, fitToWidth: true, horizontalCentered: true, footerCenter: '' }).width) // 714
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
 * Width of the columns in points.
 * @example sheetWidth([{ width: 10 }]) // 52.5
 */
export function sheetWidth(columns: readonly { readonly width: number }[]): number {
  return columns.reduce((s, c) => s + c.width * PX_PER_UNIT * PT_PER_PX, 0);
}

/** The fit-to-width scale, in whole percent as Excel applies it. */
export function fitScale(sheet: Pick<ReportSheet, 'columns' | 'print'>): number {
  const ratio = printableArea(sheet.print).width / sheetWidth(sheet.columns);
  return Math.min(100, Math.floor(ratio * 100)) / 100;
}

/**
 * The 0-based rows that start a printed page (the first is always 0), honouring manual breaks.
 */
export function pageStarts(
  sheet: Pick<ReportSheet, 'columns' | 'print' | 'rows' | 'printTitleRows'>,
  manualBreaks: readonly number[] = [],
): number[] {
  const scale = fitScale(sheet);
  const pageHeight = printableArea(sheet.print).height / scale;
  const heightOf = (r: number) => sheet.rows[r]?.height ?? DEFAULT_ROW;
  const [first, last] = sheet.printTitleRows;
  let titles = 0;
  for (let r = first; r <= last; r++) titles += heightOf(r);
  const starts = [0];
  let used = 0;
  for (let r = 0; r < sheet.rows.length; r++) {
    const h = heightOf(r);
    const repeat = r > last ? titles : 0;
    const forced = manualBreaks.includes(r) && r > 0;
    if (forced || (used + h > pageHeight && used > repeat)) {
      starts.push(r);
      used = repeat;
    }
    used += h;
  }
  return starts;
}

/**
 * A manual page break that keeps the end of the sheet (rows `tailStart`…) with the last table
 * row (`lastBodyRow`) when the end would otherwise begin or continue on a page without any
 * table row; null when no break is needed or none helps.
 */
export function keepTailBreak(
  sheet: Pick<ReportSheet, 'columns' | 'print' | 'rows' | 'printTitleRows'>,
  lastBodyRow: number,
  tailStart: number,
): number | null {
  const starts = pageStarts(sheet);
  const splitsTail = starts.some((s) => s > lastBodyRow && s < sheet.rows.length);
  if (!splitsTail || starts.includes(lastBodyRow) || tailStart <= lastBodyRow) return null;
  const moved = pageStarts(sheet, [lastBodyRow]);
  const stillSplit = moved.some((s) => s > lastBodyRow);
  return stillSplit ? null : lastBodyRow;
}
