/// <reference types="office-js" />
/**
 * Everything one report sheet needs, as queued calls in the order they must run: column widths,
 * merges, formats by style (one set of calls per rectangle of equal style; after the merges,
 * because fill and borders set before merging can be lost), row heights, values
 * as 2-D arrays per block of rows (text formats first, in the same request), then print setup,
 * frozen header and gridlines as far as this Excel can.
 */
import { rangeToA1 } from '../../../core/grid/a1';
import { STYLES, type ReportSheet } from '../../../core/report-model/types';
import type { Capabilities } from '../capabilities';
import { columnsAddress, rowsAddress } from './address';
import { jsonBytes, opBytes } from './bytes';
import { needsTextAt, officeValue } from './cell-values';
import { rowBlocks } from './chunk';
import { columnWidthPoints, officeStyle, styleRectangles } from './format';
import { grid, unit, type Op, type SheetRef, type Unit } from './ops';
import { printSetupOp } from './print';
import { styleOp } from './style-op';

/** Rows of one values block at most, and its share of a request. */
const BLOCK_ROWS = 2000;

/**
 * The units that write one report sheet, in order; `budget` bounds a request's bytes.
 * @example sheetUnits(() => ws, sheet, caps, 4_000_000).length // widths, merges…, styles…, heights, values, finish
 */
export function sheetUnits(
  ws: SheetRef,
  sheet: ReportSheet,
  caps: Capabilities,
  budget: number,
): Unit[] {
  const units: Unit[] = [unit(widthOps(ws, sheet))];
  // Merge first, then format: fill and borders set before merging can be lost (Office.js).
  for (const m of sheet.merges) {
    const address = rangeToA1(m);
    units.push(
      unit([
        {
          bytes: opBytes(address, false),
          run: () => ws().getRange(address).merge(false),
        },
      ]),
    );
  }
  for (const [name, rects] of styleRectangles(sheet.rows)) {
    const s = officeStyle(STYLES[name]);
    for (const rect of rects) units.push(unit([styleOp(ws, rect, s)]));
  }
  units.push(unit(heightOps(ws, sheet)));
  units.push(...valueUnits(ws, sheet, budget));
  units.push(unit(finishOps(ws, sheet, caps)));
  return units.filter((u) => u.ops.length > 0);
}

/** Column widths, equal neighbours together. */
function widthOps(ws: SheetRef, sheet: ReportSheet): Op[] {
  const ops: Op[] = [];
  for (let c = 0; c < sheet.columns.length;) {
    const w = sheet.columns[c]!.width;
    let end = c;
    while (end + 1 < sheet.columns.length && sheet.columns[end + 1]!.width === w) end++;
    const address = columnsAddress(c, end);
    const points = columnWidthPoints(w);
    ops.push({
      bytes: opBytes(address, points),
      run: () => {
        ws().getRange(address).format.columnWidth = points;
      },
    });
    c = end + 1;
  }
  return ops;
}

/** Row heights, equal neighbours together. */
function heightOps(ws: SheetRef, sheet: ReportSheet): Op[] {
  const ops: Op[] = [];
  for (let r = 0; r < sheet.rows.length;) {
    const h = sheet.rows[r]!.height;
    let end = r;
    while (end + 1 < sheet.rows.length && sheet.rows[end + 1]!.height === h) end++;
    if (h !== undefined) {
      const address = rowsAddress(r, end);
      ops.push({
        bytes: opBytes(address, h),
        run: () => {
          ws().getRange(address).format.rowHeight = h;
        },
      });
    }
    r = end + 1;
  }
  return ops;
}

/** Values, a 2-D array per block of rows; each block's text formats first, in the same request. */
function valueUnits(ws: SheetRef, sheet: ReportSheet, budget: number): Unit[] {
  const width = Math.max(sheet.columns.length, ...sheet.rows.map((r) => r.cells.length));
  if (width === 0) return [];
  const values = sheet.rows.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const cell = row.cells[c];
      return cell ? officeValue(cell) : '';
    }),
  );
  const blocks = rowBlocks(
    values.map((v) => jsonBytes(v) + 1),
    Math.min(budget / 2, 1_000_000),
    BLOCK_ROWS,
  );
  return blocks.map(([from, to]) => {
    const ops = textFormatOps(ws, sheet, from, to, width);
    const block = values.slice(from, to);
    const address = rangeToA1({ top: from, left: 0, bottom: to - 1, right: width - 1 });
    ops.push({
      bytes: opBytes(address, block),
      run: () => {
        const range = ws().getRange(address);
        range.values = block;
        range.untrack();
      },
    });
    return unit(ops);
  });
}

/** Text formats of rows `from`..`to` (exclusive), by column runs of cells that need them. */
function textFormatOps(
  ws: SheetRef,
  sheet: ReportSheet,
  from: number,
  to: number,
  width: number,
): Op[] {
  const ops: Op[] = [];
  for (let c = 0; c < width; c++) {
    for (let r = from; r < to;) {
      if (!needsTextAt(sheet, r, c)) {
        r++;
        continue;
      }
      let end = r;
      while (end + 1 < to && needsTextAt(sheet, end + 1, c)) end++;
      const address = rangeToA1({ top: r, left: c, bottom: end, right: c });
      const formats = grid(end - r + 1, 1, '@');
      ops.push({
        bytes: opBytes(address, formats),
        run: () => {
          const range = ws().getRange(address);
          range.numberFormat = formats;
          range.untrack();
        },
      });
      r = end + 1;
    }
  }
  return ops;
}

/** Print setup (ExcelApi 1.9), frozen header (1.7), no gridlines (1.8). */
function finishOps(ws: SheetRef, sheet: ReportSheet, caps: Capabilities): Op[] {
  const ops: Op[] = [];
  if (caps.has('page-layout')) ops.push(printSetupOp(ws, sheet));
  const freeze = sheet.freeze;
  if (freeze && caps.has('freeze-panes'))
    ops.push({
      bytes: opBytes('', freeze.row),
      run: () => ws().freezePanes.freezeRows(freeze.row),
    });
  if (caps.has('hide-gridlines'))
    ops.push({
      bytes: opBytes('', false),
      run: () => {
        ws().showGridlines = false;
      },
    });
  return ops;
}
