/**
 * Reads an .xlsx file's bytes into the core's grids with PhuLuc's own reader (./reader): from the
 * zip straight to values, number formats and merged ranges, reading only the parts it needs and,
 * in them, only what the grids hold. exceljs is not used to read (it stays for writing).
 */
import type { GridBook } from '../../core/grid/types';
import { byteFormat, zipFormat, type ByteFormat } from './format';
import { inflateWithFflate, type Inflate } from './reader/inflate';
import { locateWorkbook, readSheets } from './reader/workbook';
import { PartError, ZipParts, partKey, zipEntries, type ZipEntry } from './reader/zip';
import { XmlError } from './reader/xml';

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
 * What PhuLuc agrees to read (docs/LIMITS.md). The stated sizes are checked on the zip's central
 * directory before anything is inflated, and every inflate is bounded by what is left, so a zip
 * bomb is refused without being expanded.
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

export interface ReadOptions {
  /** The inflater: node:zlib's on the command line (./reader/inflate-node), fflate's by default. */
  readonly inflate?: Inflate;
}

/**
 * Reads an .xlsx file's bytes into the core's grids: sheets in order with their visibility,
 * values (cached formula results of every kind, shared and inline strings, rich text joined,
 * dates as ISO through their number format, error values), number formats and merged ranges.
 * Never modifies the bytes it is given.
 * @example (await readWorkbook(bytes, 'ke-hoach.xlsx')).sheets.map((s) => s.name) // ['Phụ lục']
 */
export async function readWorkbook(
  bytes: Uint8Array,
  file: string,
  options: ReadOptions = {},
): Promise<GridBook> {
  const format = byteFormat(bytes);
  if (format !== 'zip') throw new WorkbookReadError(NOT_ZIP[format], file, format);
  const entries = checkZip(bytes, file);
  const parts = new ZipParts(
    bytes,
    entries,
    options.inflate ?? inflateWithFflate,
    READ_LIMITS.totalUncompressedBytes,
    READ_LIMITS.entryUncompressedBytes,
  );
  try {
    const workbook = locateWorkbook(parts);
    if (!workbook) {
      // No workbook part: maybe a workbook saved another way (.xlsb, .ods), told apart by its parts.
      const kind = zipFormat(bytes, entries);
      if (kind === 'xlsb') throw new WorkbookReadError('xlsb-workbook', file, 'xl/workbook.bin');
      if (kind === 'ods')
        throw new WorkbookReadError('ods-workbook', file, 'OpenDocument mimetype');
      // Sheets without the workbook part that lists them: an .xlsx that lost parts, not another file.
      if (entries.some((e) => /^xl\/worksheets\//.test(partKey(e.name))))
        throw new WorkbookReadError('unreadable-workbook', file, 'sheets but no workbook part');
      throw new WorkbookReadError('not-a-workbook', file, 'no workbook part');
    }
    return { name: file, sheets: readSheets(parts, workbook) };
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    if (e instanceof PartError)
      throw new WorkbookReadError(
        e.failure === 'too-large' ? 'too-large' : 'unreadable-workbook',
        file,
        e.message,
      );
    if (e instanceof XmlError) throw new WorkbookReadError('unreadable-workbook', file, e.message);
    throw e;
  }
}

/** Refuses, before anything is inflated, a zip that is too big or damaged. */
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
  return entries;
}
