/// <reference types="office-js" />
/** The calls that give a rectangle of cells one report style (font, alignment, fill, borders, number format). */
import { rangeToA1 } from '../../../core/grid/a1';
import type { CellRange } from '../../../core/grid/types';
import { opBytes } from './bytes';
import type { officeStyle } from './format';
import { grid, type Op, type SheetRef } from './ops';

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

/**
 * The calls that give a rectangle a style, with their estimated bytes.
 * @example styleOp(ws, { top: 9, left: 0, bottom: 20, right: 7 }, officeStyle(STYLES.body)).run() // A10:H21 in the body style
 */
export function styleOp(ws: SheetRef, rect: CellRange, s: ReturnType<typeof officeStyle>): Op {
  const address = rangeToA1(rect);
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  const edges: string[] = s.border
    ? [...EDGES, ...(rows > 1 ? ['InsideHorizontal'] : []), ...(cols > 1 ? ['InsideVertical'] : [])]
    : [];
  const formats = s.numberFormat ? grid(rows, cols, s.numberFormat) : undefined;
  const values: unknown[] = [
    ...Object.values(s.font),
    s.horizontalAlignment,
    s.verticalAlignment,
    s.wrapText,
    ...(s.fill ? [s.fill] : []),
    ...edges.flatMap((e) => [`${e} Continuous`, `${e} Thin`, `${e} #000000`]),
  ];
  return {
    bytes:
      values.reduce<number>((n, v) => n + opBytes(address, v), 0) +
      (formats ? opBytes(address, formats) : 0),
    run: () => {
      const range = ws().getRange(address);
      range.format.font.name = s.font.name;
      range.format.font.size = s.font.size;
      range.format.font.bold = s.font.bold;
      range.format.font.italic = s.font.italic;
      range.format.font.underline = s.font.underline;
      range.format.font.color = s.font.color;
      range.format.horizontalAlignment = s.horizontalAlignment;
      range.format.verticalAlignment = s.verticalAlignment;
      range.format.wrapText = s.wrapText;
      if (s.fill) range.format.fill.color = s.fill;
      for (const edge of edges) {
        const b = range.format.borders.getItem(edge as Excel.BorderIndex);
        b.style = 'Continuous';
        b.weight = 'Thin';
        b.color = '#000000';
      }
      if (formats) range.numberFormat = formats;
      range.untrack();
    },
  };
}
