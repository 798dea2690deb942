/**
 * What a file the user gave really is, told from its bytes (not its name), so a refusal can say
 * what was given and what to do: an old .xls, a workbook with a password to open, an .xlsb, an
 * .ods, a CSV or other text, an empty file. Pure: no Node, no DOM, so the task pane uses it too.
 */

/** What the first bytes say. `zip` is an .xlsx, .xlsb, .ods or any other zip (see {@link zipFormat}). */
export type ByteFormat =
  /** Zero bytes. */
  | 'empty'
  | 'zip'
  /** An OLE2 / Compound File holding a "Workbook" or "Book" stream: Excel 97–2003 (.xls). */
  | 'xls'
  /** An OLE2 / Compound File holding "EncryptionInfo" / "EncryptedPackage": an .xlsx with a password to open. */
  | 'encrypted'
  /** An OLE2 / Compound File with neither (a .doc, .ppt, .msg…). */
  | 'compound'
  /** An OLE2 / Compound File whose directory cannot be read. */
  | 'damaged-compound'
  /** Printable text: CSV, TXT, HTML or XML saved with an Excel name. */
  | 'text'
  | 'unknown';

/** What a zip holds. */
export type ZipFormat = 'xlsx' | 'xlsb' | 'ods' | 'other';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);
}

/**
 * What the bytes are, from their first bytes (and, for a Compound File, its directory).
 * @example byteFormat(new TextEncoder().encode('STT;Nội dung\n')) // 'text'
 */
export function byteFormat(bytes: Uint8Array): ByteFormat {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, ZIP_MAGIC)) return 'zip';
  // The first four bytes are enough: a Compound File cut short is still one (damaged).
  if (startsWith(bytes, CFB_MAGIC.slice(0, 4))) return compoundFormat(bytes);
  if (looksLikeText(bytes)) return 'text';
  return 'unknown';
}

/** Streams whose names give a Compound File away. */
const ENCRYPTION_STREAMS = ['EncryptionInfo', 'EncryptedPackage'];
const WORKBOOK_STREAMS = ['Workbook', 'Book'];

function compoundFormat(bytes: Uint8Array): ByteFormat {
  const names = compoundNames(bytes);
  if (!names) return 'damaged-compound';
  if (names.some((n) => ENCRYPTION_STREAMS.includes(n))) return 'encrypted';
  if (names.some((n) => WORKBOOK_STREAMS.includes(n))) return 'xls';
  return 'compound';
}

const END_OF_CHAIN = 0xfffffffa; // sector numbers from here up are markers, not sectors

/**
 * The names in a Compound File's directory (MS-CFB): the directory sectors are followed through
 * the FAT, whose own sectors are listed by the header's DIFAT and the DIFAT sectors after it.
 * Null when the header or a chain points outside the file.
 */
export function compoundNames(bytes: Uint8Array): string[] | null {
  if (bytes.length < 512) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return null;
  const size = 1 << shift;
  const sectors = Math.ceil(bytes.length / size); // a bound on every chain's length
  const offset = (sector: number) => (sector + 1) * size;
  try {
    const fat: number[] = [];
    for (let i = 0; i < 109; i++) fat.push(u32(0x4c + 4 * i));
    for (let s = u32(0x44), n = 0; s < END_OF_CHAIN && n < sectors; n++) {
      const at = offset(s);
      for (let i = 0; i < size / 4 - 1; i++) fat.push(u32(at + 4 * i));
      s = u32(at + size - 4);
    }
    const perSector = size / 4;
    const next = (s: number) => {
      const fatSector = fat[Math.floor(s / perSector)];
      if (fatSector === undefined || fatSector >= END_OF_CHAIN) throw new RangeError('no FAT');
      return u32(offset(fatSector) + 4 * (s % perSector));
    };
    const decoder = new TextDecoder('utf-16le');
    const names: string[] = [];
    for (let s = u32(0x30), n = 0; s < END_OF_CHAIN; s = next(s), n++) {
      if (n >= sectors) return null; // a loop
      for (let at = offset(s); at < offset(s) + size; at += 128) {
        const length = view.getUint16(at + 64, true); // bytes, with the closing NUL
        const type = bytes[at + 66];
        if (length < 2 || length > 64 || (type !== 1 && type !== 2 && type !== 5)) continue;
        names.push(decoder.decode(bytes.subarray(at, at + length - 2)));
      }
    }
    return names;
  } catch {
    return null; // an offset past the end
  }
}

/**
 * Printable text: no NUL byte and almost no control bytes in the first 8 kB (UTF-8, or a legacy
 * 8-bit code page), or a UTF-16 byte-order mark (Excel's "Unicode Text").
 */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return false; // %PDF
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return false;
    // Tab, line feed, form feed, carriage return and the DOS end-of-file mark are text.
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 0x1a) || b === 0x7f)
      control++;
  }
  return control * 100 <= n;
}

/** The part of a zip's directory entry {@link zipFormat} needs. */
export interface ZipPart {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  /** Where the entry's local header starts. */
  readonly offset: number;
}

const OPENDOCUMENT_SPREADSHEET = 'application/vnd.oasis.opendocument.spreadsheet';

/**
 * What a zip holds, from its parts: an .xlsx has xl/workbook.xml, an .xlsb xl/workbook.bin, an
 * OpenDocument file a stored `mimetype` part naming its kind.
 * @example zipFormat(bytes, [{ name: 'xl/workbook.bin', method: 8, compressedSize: 9, offset: 0 }]) // 'xlsb'
 */
export function zipFormat(bytes: Uint8Array, parts: readonly ZipPart[]): ZipFormat {
  const names = new Set(parts.map((p) => p.name.replace(/^\//, '')));
  if (names.has('xl/workbook.xml')) return 'xlsx';
  if (names.has('xl/workbook.bin')) return 'xlsb';
  const mimetype = parts.find((p) => p.name === 'mimetype');
  if (mimetype && mimetype.method === 0 && mimetype.offset + 30 <= bytes.length) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const start =
      mimetype.offset +
      30 +
      view.getUint16(mimetype.offset + 26, true) +
      view.getUint16(mimetype.offset + 28, true);
    const length = Math.min(mimetype.compressedSize, 200);
    const text = new TextDecoder().decode(bytes.subarray(start, start + length)).trim();
    // The template (.ots) shares the prefix; either is a spreadsheet to save as .xlsx.
    if (text.startsWith(OPENDOCUMENT_SPREADSHEET)) return 'ods';
  }
  return 'other';
}
