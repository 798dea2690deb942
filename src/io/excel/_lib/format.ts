import type { CellRange } from '../../../core/grid/types';
import type { CellStyle, ReportRow, StyleName } from '../../../core/report-model/types';

/**
 * Rectangles of cells sharing a style: runs of equal style along each row, joined with the
 * identical run of the rows below. Writers format each rectangle once (formats by style, not
 * per cell).
 * @example styleRectangles([{ cells: [{ value: 1, style: 'body' }, { value: 2, style: 'body' }] }, { cells: [{ value: 3, style: 'body' }, { value: 4, style: 'body' }] }]) // Map { 'body' => [{ top: 0, left: 0, bottom: 1, right: 1 }] }
 */
export function styleRectangles(
  rows: readonly Pick<ReportRow, 'cells'>[],
  from = 0,
  to = rows.length,
): Map<StyleName, CellRange[]> {
  const done = new Map<StyleName, CellRange[]>();
  let open = new Map<string, { style: StyleName; rect: CellRange }>();
  const close = (o: { style: StyleName; rect: CellRange }) => {
    const list = done.get(o.style) ?? [];
    list.push(o.rect);
    done.set(o.style, list);
  };
  for (let r = from; r < to; r++) {
    const cells = rows[r]?.cells ?? [];
    const next = new Map<string, { style: StyleName; rect: CellRange }>();
    let c = 0;
    while (c < cells.length) {
      const style = cells[c]!.style;
      let end = c;
      while (end + 1 < cells.length && cells[end + 1]!.style === style) end++;
      const key = `${style}|${c}|${end}`;
      const above = open.get(key);
      if (above) {
        open.delete(key);
        next.set(key, { style, rect: { ...above.rect, bottom: r } });
      } else next.set(key, { style, rect: { top: r, left: c, bottom: r, right: end } });
      c = end + 1;
    }
    for (const o of open.values()) close(o);
    open = next;
  }
  for (const o of open.values()) close(o);
  return done;
}

/** A report style in Office.js terms. */
export interface OfficeStyle {
  readonly font: {
    readonly name: string;
    readonly size: number;
    readonly bold: boolean;
    readonly italic: boolean;
    readonly underline: 'Single' | 'None';
    readonly color: string;
  };
  readonly horizontalAlignment: 'Left' | 'Center' | 'Right';
  readonly verticalAlignment: 'Top' | 'Center' | 'Bottom';
  readonly wrapText: boolean;
  /** `#RRGGBB`, or undefined for no fill. */
  readonly fill?: string;
  readonly border: boolean;
  /** Undefined for "General" (a new sheet's format, so nothing to send). */
  readonly numberFormat?: string;
}

/**
 * `#RRGGBB` of an ARGB colour.
 * @example argbToHex('FF0563C1') // '#0563C1'
 */
export function argbToHex(argb: string): string {
  return `#${argb.slice(-6).toUpperCase()}`;
}

const H = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

/** The Office.js properties of a report style. */
export function officeStyle(s: CellStyle): OfficeStyle {
  return {
    font: {
      name: s.font.name,
      size: s.font.size,
      bold: s.font.bold,
      italic: s.font.italic,
      underline: s.font.underline ? 'Single' : 'None',
      color: s.font.color ? argbToHex(s.font.color) : '#000000',
    },
    horizontalAlignment: H[s.horizontal],
    verticalAlignment: V[s.vertical],
    wrapText: s.wrap,
    ...(s.fill ? { fill: argbToHex(s.fill) } : {}),
    border: s.border === 'thin',
    ...(s.numFmt !== 'General' ? { numberFormat: s.numFmt } : {}),
  };
}

/**
 * Points of a column width as an .xlsx stores it (the unit the report model and the exceljs
 * writer use: characters of the default font's digit, padding included), so both writers give
 * the same columns. Pixels follow ECMA-376 for a 7 px digit (Calibri 11, the default font);
 * 96 px = 72 pt. Office.js sets widths in points.
 * @example columnWidthPoints(9.140625) // 48
 * @example columnWidthPoints(10) // 52.5
 */
export function columnWidthPoints(width: number): number {
  const px = Math.trunc(((256 * width + Math.trunc(128 / 7)) / 256) * 7);
  return px * 0.75;
}

/** Millimetres to points. @example mmToPoints(25.4) // 72 */
export function mmToPoints(mm: number): number {
  return Math.round((mm * 72 * 100) / 25.4) / 100;
}
