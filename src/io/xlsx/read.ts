import ExcelJS from 'exceljs';
import type { Cell, CellRange, CellValue, Grid, GridBook } from '../../core/grid/types';
import { parseRange } from '../../core/grid/a1';
import { byteFormat, zipFormat, type ByteFormat } from './format';

/** Why a file could not be read as a workbook; rendered by the message catalogue. */
export type ReadFailure =
  | 'not-a-workbook'
  | 'unreadable-workbook'
  | 'encrypted-workbook'
  | 'too-large'
  | 'empty-file'
  | 'legacy-xls'
  | 'xlsb-workbook'
  | 'ods-workbook'
  | 'text-file';

const MB = 1024 * 1024;

/**
 * What PhuLuc agrees to read (docs/LIMITS.md). Checked on the zip's central directory before
 * exceljs inflates anything, so a zip bomb is refused without being expanded.
 */
export const READ_LIMITS = {
  /** The .xlsx file itself. */
  fileBytes: 50 * MB,
  /** All parts of the zip once inflated. */
  totalUncompressedBytes: 200 * MB,
  /** One part (a sheet's XML, the shared strings) once inflated. */
  entryUncompressedBytes: 100 * MB,
  /** Parts in the zip (a workbook has a few dozen). */
  entries: 10_000,
} as const;

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

/** Why bytes that are not a zip are refused: what they are, told from the bytes (./format). */
const NOT_ZIP: Record<Exclude<ByteFormat, 'zip'>, ReadFailure> = {
  empty: 'empty-file',
  xls: 'legacy-xls',
  encrypted: 'encrypted-workbook',
  compound: 'not-a-workbook',
  'damaged-compound': 'unreadable-workbook',
  text: 'text-file',
  unknown: 'not-a-workbook',
};

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

/**
 * Reads an .xlsx file's bytes into the core's grids: values (cached formula results, rich text
 * flattened, dates as ISO, error values), number formats and merged ranges.
 * Never modifies the bytes it is given.
 */
export async function readWorkbook(bytes: Uint8Array, file: string): Promise<GridBook> {
  return (await readWorkbookAndExcel(bytes, file)).book;
}

/**
 * Like {@link readWorkbook}, also returning the exceljs workbook it loaded, for a caller that
 * writes a copy of the file (the consolidated report) without loading the bytes a second time.
 * The workbook was loaded from a copy of the bytes: changing it never changes them. The grids
 * share nothing with it, so changing it leaves them as read.
 */
export async function readWorkbookAndExcel(
  bytes: Uint8Array,
  file: string,
): Promise<{ book: GridBook; workbook: ExcelJS.Workbook }> {
  const format = byteFormat(bytes);
  if (format !== 'zip') throw new WorkbookReadError(NOT_ZIP[format], file, format);
  await checkInflatedSizes(bytes, checkZip(bytes, file), file);
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
  return { book: { name: file, sheets: wb.worksheets.map(readSheet) }, workbook: wb };
}

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Where the entry's local header starts. */
  readonly offset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;

/** A zip's central directory, or null when there is none (truncated or damaged zip). */
function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u64 = (at: number) => view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
  try {
    let eocd = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
      if (view.getUint32(i, true) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return null;
    let count = view.getUint16(eocd + 10, true);
    let size = view.getUint32(eocd + 12, true);
    let offset = view.getUint32(eocd + 16, true);
    if (eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR) {
      const at = u64(eocd - 12);
      if (view.getUint32(at, true) !== ZIP64_EOCD) return null;
      count = u64(at + 32);
      size = u64(at + 40);
      offset = u64(at + 48);
    }
    // Bytes prepended to the zip shift every offset; the directory still ends at the EOCD.
    let shift = 0;
    if (offset + 4 > bytes.length || view.getUint32(offset, true) !== CENTRAL) {
      shift = eocd - size - offset;
      offset = eocd - size;
    }
    const entries: ZipEntry[] = [];
    const decoder = new TextDecoder();
    for (let p = offset, n = 0; n < count; n++) {
      if (view.getUint32(p, true) !== CENTRAL) return null;
      const method = view.getUint16(p + 10, true);
      let compressedSize = view.getUint32(p + 20, true);
      let uncompressedSize = view.getUint32(p + 24, true);
      let local = view.getUint32(p + 42, true);
      const nameLength = view.getUint16(p + 28, true);
      const extraLength = view.getUint16(p + 30, true);
      const commentLength = view.getUint16(p + 32, true);
      const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
      // ZIP64: sizes of 0xFFFFFFFF are in the extra field 0x0001, uncompressed first.
      for (let x = p + 46 + nameLength; x + 4 <= p + 46 + nameLength + extraLength;) {
        const id = view.getUint16(x, true);
        const length = view.getUint16(x + 2, true);
        if (id === 0x0001) {
          let f = x + 4;
          if (uncompressedSize === 0xffffffff) {
            uncompressedSize = u64(f);
            f += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = u64(f);
            f += 8;
          }
          if (local === 0xffffffff) local = u64(f);
        }
        x += 4 + length;
      }
      entries.push({ name, method, compressedSize, uncompressedSize, offset: local + shift });
      p += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } catch {
    return null; // an offset past the end: a truncated or damaged zip
  }
}

/** Refuses, before anything is inflated, a zip that is too big, damaged, or holds no workbook. */
function checkZip(bytes: Uint8Array, file: string): ZipEntry[] {
  const mb = (n: number) => `${(n / MB).toFixed(1)} MB`;
  if (bytes.length > READ_LIMITS.fileBytes)
    throw new WorkbookReadError('too-large', file, `file of ${mb(bytes.length)}`);
  const entries = zipEntries(bytes);
  if (!entries) throw new WorkbookReadError('unreadable-workbook', file, 'no zip directory');
  if (entries.length > READ_LIMITS.entries)
    throw new WorkbookReadError('too-large', file, `${entries.length} parts`);
  let total = 0;
  for (const e of entries) {
    if (e.uncompressedSize > READ_LIMITS.entryUncompressedBytes)
      throw new WorkbookReadError('too-large', file, `${e.name} of ${mb(e.uncompressedSize)}`);
    total += e.uncompressedSize;
  }
  if (total > READ_LIMITS.totalUncompressedBytes)
    throw new WorkbookReadError('too-large', file, `${mb(total)} uncompressed`);
  // exceljs reads the workbook from xl/workbook.xml only; without it the file is no .xlsx, but
  // it may be a workbook saved another way (.xlsb, .ods) that the user can save as .xlsx.
  const kind = zipFormat(bytes, entries);
  if (kind === 'xlsb') throw new WorkbookReadError('xlsb-workbook', file, 'xl/workbook.bin');
  if (kind === 'ods') throw new WorkbookReadError('ods-workbook', file, 'OpenDocument mimetype');
  if (kind !== 'xlsx') throw new WorkbookReadError('not-a-workbook', file, 'no xl/workbook.xml');
  return entries;
}

/** Deflate never expands more than this (RFC 1951: 258 bytes from 2 bits, and a bit more). */
const MAX_DEFLATE_RATIO = 1032;
/** Entries smaller than this are not inflated to check them (their bound is counted instead). */
const VERIFY_FROM = 64 * 1024;

type Inflater = new (format: 'deflate-raw') => {
  readonly readable: ReadableStream<Uint8Array>;
  readonly writable: WritableStream<Uint8Array>;
};

/** Inflates a deflated entry and counts its bytes, stopping once past `limit`. */
async function inflatedSize(Inflate: Inflater, data: Uint8Array, limit: number): Promise<number> {
  const stream = new Inflate('deflate-raw');
  const writer = stream.writable.getWriter();
  writer.write(data).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  let n = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return n;
      n += value.byteLength;
      if (n > limit) {
        await reader.cancel().catch(() => undefined);
        return n;
      }
    }
  } catch {
    return n; // damaged data: exceljs will say the workbook cannot be read
  }
}

/**
 * A zip can state small sizes and hold far bigger data (the directory lies). Where the data
 * could exceed the limits, inflates it once, counting and stopping at the limit, before exceljs
 * expands it all in memory. Needs `DecompressionStream` (Node ≥ 18, current browsers); without
 * it only the stated sizes are checked.
 */
async function checkInflatedSizes(bytes: Uint8Array, entries: ZipEntry[], file: string) {
  const Inflate = (globalThis as { DecompressionStream?: Inflater }).DecompressionStream;
  if (!Inflate) return;
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const bound = (e: ZipEntry) => e.compressedSize * MAX_DEFLATE_RATIO + 1024;
  const deflated = entries.filter((e) => e.method === 8);
  let total = sum(entries.filter((e) => e.method !== 8).map((e) => e.uncompressedSize));
  const { entryUncompressedBytes: entryLimit, totalUncompressedBytes: totalLimit } = READ_LIMITS;
  if (
    deflated.every((e) => bound(e) <= entryLimit) &&
    total + sum(deflated.map(bound)) <= totalLimit
  )
    return; // small files: even lying sizes cannot reach the limits
  // Parts under 64 kB are checked one by one only when, together, they could reach half the
  // total limit; otherwise their stated sizes are counted (a lie there stays under 100 MB).
  const small = deflated.filter((e) => e.compressedSize < VERIFY_FROM);
  const checkAll = sum(small.map(bound)) > totalLimit / 2;
  const toCheck = checkAll ? deflated : deflated.filter((e) => e.compressedSize >= VERIFY_FROM);
  if (!checkAll) total += sum(small.map((e) => e.uncompressedSize));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const e of toCheck) {
    if (e.offset + 30 > bytes.length) continue; // damaged: exceljs will refuse it
    const start =
      e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
    const data = bytes.subarray(start, Math.min(bytes.length, start + e.compressedSize));
    const limit = Math.min(entryLimit, totalLimit - total);
    const size = await inflatedSize(Inflate, data, limit);
    if (size > limit)
      throw new WorkbookReadError('too-large', file, `${e.name} inflates past the limit`);
    total += size;
  }
}
