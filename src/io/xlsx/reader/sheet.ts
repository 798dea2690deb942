/**
 * A worksheet part to a grid: each cell's value (a formula's cached result of any kind, shared
 * and inline strings, dates through their number format), its number format, and the merged
 * ranges. Everything else in the part (validations, conditional formats, drawings, page setup)
 * is passed over without being built.
 */
import type { Cell, CellRange, CellValue, Grid } from '../../../core/grid/types';
import { serialToIso } from './dates';
import type { StyleFormat } from './styles';
import { CellType, scanSheet, type SheetVisitor } from './cell-scan';
import { readReference } from './_lib/chars';
import { hasClosingTag, lineFeeds, ownText, unescapeOoxml, XmlError } from './xml';
import { isUtf16, partText } from './zip';

export interface SheetContext {
  readonly strings: readonly string[];
  readonly styles: readonly StyleFormat[];
  readonly date1904: boolean;
}

interface SheetMeta {
  readonly name: string;
  readonly hidden: boolean;
}

/** Bytes of a sheet decoded to text at a time: a 40 MB sheet never becomes one 80 MB string. */
const PIECE_BYTES = 4 * 1024 * 1024;
const utf8 = new TextDecoder('utf-8');

/**
 * Reads a worksheet part's bytes into a grid, decoding and scanning it a piece at a time (pieces
 * end after a `</row>`, so no cell is cut). Throws {@link XmlError} on a damaged part.
 */
export function parseSheet(
  bytes: Uint8Array,
  part: string,
  meta: SheetMeta,
  context: SheetContext,
): Grid {
  const rows: (Cell | undefined)[][] = [];
  const merges: CellRange[] = [];
  let current = -1;
  // A row's array is made when it gets its first value: styled empty rows cost nothing.
  let cells: (Cell | undefined)[] | null = null;
  const texts = new Map<string, Cell>();
  const sharedCells: Cell[] = [];
  const visitor: SheetVisitor = {
    cell(row, col, style, type, raw, inline) {
      const format = context.styles[style];
      if (row !== current) {
        current = row;
        cells = rows[row] ??= [];
      }
      if (type === CellType.Shared && raw !== null && !format?.code) {
        // A shared string without a format: one cell object per string, found by its index.
        const index = sharedIndex(raw, context.strings.length, part);
        cells![col] = sharedCells[index] ??= { value: context.strings[index]! };
        return;
      }
      const value = cellValue(type, raw, inline, format, context, part);
      if (value === null) return;
      if (typeof value === 'string' && !format?.code) {
        // One cell object per distinct text of a sheet: units, deadlines and statuses repeat
        // down a column, and a 100,000-row table would otherwise hold 100,000 copies of each.
        let shared = texts.get(value);
        if (!shared) {
          // Keyed by the copy: a key cut from the XML would keep the XML alive.
          const text = owned(value, type);
          texts.set(text, (shared = { value: text }));
        }
        cells![col] = shared;
      } else if (typeof value === 'string')
        cells![col] = { value: owned(value, type), format: format!.code! };
      else
        cells![col] =
          typeof value === 'number' && format?.kind === 'date'
            ? dateCell(value, format, context.date1904)
            : format?.code
              ? { value, format: format.code }
              : { value };
    },
    mergeCell: (ref) => void merges.push(rangeOf(ref, part)),
  };
  const state = { row: -1, col: -1 };
  let last = '';
  for (const piece of sheetPieces(bytes)) {
    last = piece;
    scanSheet(piece, part, visitor, state);
  }
  if (!hasClosingTag(last, 'worksheet')) throw new XmlError(part, 'cut short (no </worksheet>)');
  checkMerges(merges, part);
  clearMergedCells(rows, merges);
  return { name: meta.name, rows, merges, ...(meta.hidden ? { hidden: true } : {}) };
}

/**
 * The part's text in pieces of about `size` bytes, each ending after a `</row>`.
 * @example [...sheetPieces(bytes, 4 << 20)].join('') === new TextDecoder().decode(bytes) // true
 */
export function* sheetPieces(bytes: Uint8Array, size = PIECE_BYTES): Generator<string> {
  if (isUtf16(bytes)) {
    yield partText(bytes);
    return;
  }
  for (let from = 0; from < bytes.length;) {
    const to = from + size >= bytes.length ? bytes.length : afterRowEnd(bytes, from + size);
    yield lineFeeds(utf8.decode(bytes.subarray(from, to)));
    from = to;
  }
  if (bytes.length === 0) yield '';
}

/**
 * Just after the first `</row>` (any prefix) at or past `from`, or the end. UTF-8 never uses the
 * bytes of `<`, `/` or `>` inside a character, so cutting there cuts no character.
 */
function afterRowEnd(bytes: Uint8Array, from: number): number {
  for (let gt = bytes.indexOf(0x3e, from); gt >= 0; gt = bytes.indexOf(0x3e, gt + 1)) {
    if (bytes[gt - 1] !== 0x77 || bytes[gt - 2] !== 0x6f || bytes[gt - 3] !== 0x72) continue; // row>
    const before = bytes[gt - 4];
    if (before === 0x2f && bytes[gt - 5] === 0x3c) return gt + 1; // </row>
    if (before === 0x3a) {
      // </prefix:row>
      let p = gt - 5;
      while (p > from && bytes[p] !== 0x3c && bytes[p] !== 0x20 && bytes[p] !== 0x3e) p--;
      if (bytes[p] === 0x3c && bytes[p + 1] === 0x2f) return gt + 1;
    }
  }
  return bytes.length;
}

function cellValue(
  type: CellType,
  raw: string | null,
  inline: string | null,
  format: StyleFormat | undefined,
  context: SheetContext,
  part: string,
): CellValue {
  switch (type) {
    case CellType.Shared:
      return raw === null ? null : context.strings[sharedIndex(raw, context.strings.length, part)]!;
    case CellType.Inline:
      return inline !== null ? unescapeOoxml(inline) : raw === null ? null : unescapeOoxml(raw);
    case CellType.FormulaText:
      // A formula's text result; an empty <v/> is the empty text, not "no result".
      return raw === null ? null : unescapeOoxml(raw);
    case CellType.Boolean:
      return raw === null ? null : raw.trim() === '1' || raw.trim() === 'true';
    case CellType.Error:
      return raw === null ? null : { kind: 'error', code: raw.trim() };
    case CellType.Date: {
      if (raw === null) return null;
      const iso = /^\d{4}-\d{2}-\d{2}/.exec(raw.trim())?.[0];
      return iso ? { kind: 'date', iso } : raw;
    }
    default: {
      if (raw === null || raw.trim() === '') return null;
      const n = Number(raw);
      // A damaged number keeps its text: the checks then report the cell, not a silent blank.
      return Number.isFinite(n) ? n : raw;
    }
  }
}

/** The index a shared-string cell gives, checked against the table's length. */
function sharedIndex(raw: string, count: number, part: string): number {
  const index = Number(raw);
  if (!Number.isInteger(index) || index < 0 || index >= count)
    throw new XmlError(part, `shared string ${raw.trim()} past the end of the table (${count})`);
  return index;
}

/** A text cut from the sheet's XML, copied to be kept (shared strings are copies already). */
function owned(text: string, type: CellType): string {
  return type === CellType.Shared ? text : ownText(text);
}

/** A number shown as a date: the day it shows, or the number with the text Excel shows. */
function dateCell(serial: number, format: StyleFormat, date1904: boolean): Cell {
  const iso = serialToIso(serial, date1904);
  const code = format.code;
  if (iso)
    return code ? { value: { kind: 'date', iso }, format: code } : { value: { kind: 'date', iso } };
  // Excel's 29/02/1900 (serial 60): shown, but no such day exists.
  const text = !date1904 && Math.floor(serial) === 60 ? '29/02/1900' : undefined;
  return { value: serial, ...(text ? { text } : {}), ...(code ? { format: code } : {}) };
}

/**
 * Row and column (0-based) of an A1 reference, read from its characters.
 * @example cellPosition('AB12', 'sheet1.xml') // { row: 11, col: 27 }
 */
export function cellPosition(ref: string, part: string): { row: number; col: number } {
  const at = { row: -1, col: -1 };
  readReference(ref, 0, ref.length, part, at);
  return at;
}

function rangeOf(ref: string, part: string): CellRange {
  const [from, to = from] = ref.replace(/\$/g, '').split(':');
  const a = cellPosition(from ?? '', part);
  const b = cellPosition(to ?? '', part);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** Overlapping merged ranges: Excel never writes them, and no cell can belong to two merges. */
function checkMerges(merges: readonly CellRange[], part: string): void {
  const byTop = [...merges].sort((a, b) => a.top - b.top);
  const open: CellRange[] = [];
  for (const m of byTop) {
    for (let i = open.length - 1; i >= 0; i--) if (open[i]!.bottom < m.top) open.splice(i, 1);
    for (const o of open)
      if (o.left <= m.right && m.left <= o.right)
        throw new XmlError(part, 'overlapping merged cells');
    open.push(m);
  }
}

/** Merged cells hold their value at the top-left only: values under the rest are dropped. */
function clearMergedCells(rows: (Cell | undefined)[][], merges: readonly CellRange[]): void {
  for (const m of merges) {
    const last = Math.min(m.bottom, rows.length - 1);
    for (let r = m.top; r <= last; r++) {
      const cells = rows[r];
      if (!cells) continue;
      const right = Math.min(m.right, cells.length - 1);
      for (let c = r === m.top ? m.left + 1 : m.left; c <= right; c++) delete cells[c];
    }
  }
}
