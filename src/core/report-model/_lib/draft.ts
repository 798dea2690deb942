import {
  STYLES,
  type PrintSetup,
  type ReportCell,
  type ReportMerge,
  type ReportRow,
  type ReportSheet,
  type ReportValue,
  type Keep,
  type SheetRole,
  type StyleName,
} from '../types';
import { formatDateVi } from '../../issues/messages';
import { reportCell } from '../cell';
import { lineHeight, wrappedLines } from './measure';
import { pageStarts, printableArea, sheetWidth } from './paginate';

/** A value laid over columns `from`..`to` (inclusive, 0-based; `to` defaults to `from`). */
export interface Span {
  readonly value: ReportValue;
  readonly style: StyleName;
  readonly from: number;
  readonly to?: number;
}

/**
 * The text a value shows, for measuring.
 * @example displayText({ date: '2025-09-30' }) // '30/09/2025'
 */
export function displayText(value: ReportValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if ('date' in value) return formatDateVi(value.date);
  return value.text;
}

/**
 * A sheet being laid out row by row: spans are merged when they cover several columns, every
 * column of a row gets a cell (merged-over cells repeat the span's style so borders print), and
 * each row's height is set so its wrapped text shows entirely.
 */
export class SheetDraft {
  private readonly rows: ReportRow[] = [];
  private readonly merges: ReportMerge[] = [];

  constructor(readonly widths: readonly number[]) {}

  /** 0-based index the next row will have. */
  get next(): number {
    return this.rows.length;
  }

  get last(): number {
    return this.widths.length - 1;
  }

  /** Adds a row of spans; columns no span covers stay blank. Returns the row's index. */
  add(
    spans: readonly Span[],
    options: { height?: number; minHeight?: number; keepWithNext?: boolean | Keep } = {},
  ): number {
    const r = this.rows.length;
    const cells: ReportCell[] = this.widths.map(() => ({ value: null, style: 'blank' }));
    let height = lineHeight(1, STYLES.blank.font.size);
    for (const s of spans) {
      const to = Math.min(s.to ?? s.from, this.last);
      cells[s.from] = reportCell(s.value, s.style);
      for (let c = s.from + 1; c <= to; c++) cells[c] = { value: null, style: s.style };
      if (to > s.from) this.merges.push({ top: r, left: s.from, bottom: r, right: to });
      height = Math.max(height, spanHeight(s, this.width(s.from, to)));
    }
    if (options.minHeight !== undefined) height = Math.max(height, options.minHeight);
    const row: ReportRow = { cells, height: options.height ?? height };
    const keep = options.keepWithNext === true ? 'always' : options.keepWithNext;
    this.rows.push(keep ? { ...row, keepWithNext: keep } : row);
    return r;
  }

  /** Height of row `r` in points. */
  rowHeight(r: number): number {
    return this.rows[r]?.height ?? 0;
  }

  /**
   * Keeps the last row added on the page of the next one (`if-room`: unless that leaves a page
   * under 40 % used).
   */
  keepWithNext(keep: Keep = 'always'): void {
    const r = this.rows.length - 1;
    if (r >= 0) this.rows[r] = { ...this.rows[r]!, keepWithNext: keep };
  }

  /** Adds one cell per column, in order. */
  addCells(values: readonly (readonly [ReportValue, StyleName])[]): number {
    return this.add(values.map(([value, style], from) => ({ value, style, from })));
  }

  /** An empty row. */
  blank(height?: number): number {
    return this.add([], height === undefined ? {} : { height });
  }

  /** Width of columns `from`..`to` together. */
  width(from: number, to: number): number {
    let w = 0;
    for (let c = from; c <= to; c++) w += this.widths[c] ?? 0;
    return w;
  }

  /**
   * The finished sheet, with a page break at every page start: rows marked keep-with-next
   * print on the page of the row after them.
   */
  sheet(
    name: string,
    role: SheetRole,
    printTitleRows: readonly [number, number],
    print: PrintSetup,
  ): ReportSheet {
    const columns = this.widths.map((width) => ({ width }));
    // At 100 % unless the columns are wider than the page (many unit columns, wide figures).
    const fitToWidth = sheetWidth(columns) > printableArea(print).width;
    const sheet: ReportSheet = {
      name,
      role,
      columns,
      rows: this.rows,
      merges: this.merges,
      printTitleRows,
      print: { ...print, fitToWidth },
    };
    const starts = pageStarts(
      sheet,
      this.rows.map((r) => r.keepWithNext),
    );
    return starts.length > 1 ? { ...sheet, pageBreaks: starts.slice(1) } : sheet;
  }
}

function spanHeight(s: Span, width: number): number {
  const font = STYLES[s.style].font;
  const text = displayText(s.value);
  if (text === '') return lineHeight(1, font.size);
  const lines = STYLES[s.style].wrap ? wrappedLines(text, width, font.size, font.bold) : 1;
  return lineHeight(lines, font.size);
}
