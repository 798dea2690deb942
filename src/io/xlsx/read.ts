import ExcelJS from 'exceljs';
import type { Cell, CellRange, CellValue, Grid, GridBook } from '../../core/grid/types';
import { parseRange } from '../../core/grid/a1';

/** Why a file could not be read as a workbook; rendered by the message catalogue. */
export type ReadFailure = 'not-a-workbook' | 'unreadable-workbook' | 'encrypted-workbook';

export class WorkbookReadError extends Error {
  constructor(
    readonly failure: ReadFailure,
    readonly file: string,
    readonly detail?: string,
  ) {
    super(`${failure}: ${file}${detail ? ` (${detail})` : ''}`);
    this.name = 'WorkbookReadError';
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]; // legacy .xls, or an .xlsx encrypted with a password

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

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

function readSheet(ws: ExcelJS.Worksheet): Grid {
  const rows: (Cell | undefined)[][] = [];
  const merges: CellRange[] = [];
  const mergeRanges: string[] = ((ws.model as { merges?: string[] }).merges ?? []).slice();
  for (const m of mergeRanges) merges.push(parseRange(m));
  const inMergeNotAnchor = new Set<string>();
  for (const m of merges) {
    if (m.bottom - m.top > 100_000 || m.right - m.left > 1000) continue;
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) inMergeNotAnchor.add(`${r},${c}`);
    }
  }
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const cells: (Cell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      if (inMergeNotAnchor.has(`${r},${c}`)) return; // merged values live at the top-left only
      const value = flatten(cell.value);
      if (value === null) return;
      const format = cell.numFmt;
      cells[c] = format && format !== 'General' ? { value, format } : { value };
    });
    rows[r] = cells;
  });
  return { name: ws.name, rows, merges, ...(ws.state !== 'visible' ? { hidden: true } : {}) };
}

/**
 * Reads an .xlsx file's bytes into the core's grids: values (cached formula results, rich text
 * flattened, dates as ISO, error values), number formats and merged ranges.
 * Never modifies the bytes it is given.
 */
export async function readWorkbook(bytes: Uint8Array, file: string): Promise<GridBook> {
  if (bytes.length < 4 || !startsWith(bytes, ZIP_MAGIC)) {
    if (startsWith(bytes, OLE_MAGIC)) throw new WorkbookReadError('encrypted-workbook', file);
    throw new WorkbookReadError('not-a-workbook', file);
  }
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs wants a Buffer-like; a copy keeps the caller's bytes untouched whatever it does.
    await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  } catch (e) {
    throw new WorkbookReadError(
      'unreadable-workbook',
      file,
      e instanceof Error ? e.message : String(e),
    );
  }
  return { name: file, sheets: wb.worksheets.map(readSheet) };
}
