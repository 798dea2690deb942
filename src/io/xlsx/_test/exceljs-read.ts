/**
 * The reader PhuLuc used before its own (exceljs's document model flattened to grids), kept for
 * differential tests only: on every file both read, the grids must be equal except where this one
 * was wrong (each difference is listed in ../read.differential.test.ts).
 */
import ExcelJS from 'exceljs';
import type { Cell, CellRange, CellValue, Grid, GridBook } from '../../../core/grid/types';
import { parseRange } from '../../../core/grid/a1';

/** An ISO date from the Date exceljs builds: it encodes the cell's wall-clock value in UTC. */
function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function flatten(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? null : { kind: 'date', iso: isoDate(value) };
  if (typeof value === 'object') {
    if ('error' in value) return { kind: 'error', code: String(value.error) };
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return null;
      if (typeof result === 'object' && 'error' in result)
        return { kind: 'error', code: String(result.error) };
      return flatten(result as ExcelJS.CellValue);
    }
    if ('hyperlink' in value) {
      const t = (value as ExcelJS.CellHyperlinkValue).text as unknown;
      if (typeof t === 'string') return t;
      if (t && typeof t === 'object' && 'richText' in t)
        return flatten(t as ExcelJS.CellRichTextValue);
      return String(t ?? '');
    }
  }
  return null;
}

/**
 * A sheet's merged ranges ("A1:C1"), in exceljs's order. Read from the sheet's merge table:
 * `ws.model`, which lists them too, first builds a model of every row and cell of the sheet.
 */
function mergeRangesOf(ws: ExcelJS.Worksheet): string[] {
  const table = (ws as unknown as { _merges?: Record<string, { range: string }> })._merges;
  if (!table) return ((ws.model as { merges?: string[] }).merges ?? []).slice();
  return Object.keys(table).map((k) => table[k]!.range);
}

function readSheet(ws: ExcelJS.Worksheet): Grid {
  const rows: (Cell | undefined)[][] = [];
  const merges: CellRange[] = [];
  for (const m of mergeRangesOf(ws)) merges.push(parseRange(m));
  // Keyed by r × 2^20 + c (far past Excel's 16,384 columns): no string built per cell.
  const inMergeNotAnchor = new Set<number>();
  for (const m of merges) {
    if (m.bottom - m.top > 100_000 || m.right - m.left > 1000) continue;
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) inMergeNotAnchor.add(r * 1_048_576 + c);
    }
  }
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const cells: (Cell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      // Merged values live at the top-left only.
      if (inMergeNotAnchor.size > 0 && inMergeNotAnchor.has(r * 1_048_576 + c)) return;
      const value = flatten(cell.value);
      if (value === null) return;
      const format = cell.numFmt;
      cells[c] = format && format !== 'General' ? { value, format } : { value };
    });
    rows[r] = cells;
  });
  return { name: ws.name, rows, merges, ...(ws.state !== 'visible' ? { hidden: true } : {}) };
}

/** The grids exceljs gives for the bytes (which it is given a copy of). */
export async function readWithExceljs(bytes: Uint8Array, file: string): Promise<GridBook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return { name: file, sheets: wb.worksheets.map(readSheet) };
}
