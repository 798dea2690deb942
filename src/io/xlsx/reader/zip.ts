/**
 * A zip's central directory and its parts, read within PhuLuc's limits: sizes are checked on the
 * directory before anything is inflated, and each inflate is bounded by what is left of the
 * total, so a zip bomb is refused without being expanded.
 */
import { InflateLimitError, type Inflate } from './inflate';
import { lineFeeds } from './xml';

export interface ZipEntry {
  /** The name as stored. */
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Where the entry's local header starts. */
  readonly offset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * A zip's central directory, or null when there is none (truncated or damaged zip).
 * @example zipEntries(xlsxBytes)?.map((e) => e.name) // ['[Content_Types].xml', '_rels/.rels', …]
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
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
      const flags = view.getUint16(p + 8, true);
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
      entries.push({
        name,
        method,
        flags,
        compressedSize,
        uncompressedSize,
        offset: local + shift,
      });
      p += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } catch {
    return null; // an offset past the end: a truncated or damaged zip
  }
}

/**
 * A part name as OOXML means it: forward slashes (some zip tools store `xl\workbook.xml`), no
 * leading slash, case folded (part names are case-insensitive, ECMA-376 part 2 §9.1.1.1).
 * @example partKey('\\xl\\Workbook.xml') // 'xl/workbook.xml'
 */
export function partKey(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

/** Why a part could not be had: absent, damaged, or past the limits. */
export type PartFailure = 'damaged' | 'too-large';

export class PartError extends Error {
  constructor(
    readonly failure: PartFailure,
    readonly part: string,
    detail: string,
  ) {
    super(`${part}: ${detail}`);
    this.name = 'PartError';
  }
}

/** The parts of a zip by name, inflated on demand within a budget of inflated bytes. */
export class ZipParts {
  private readonly byKey = new Map<string, ZipEntry>();
  private readonly view: DataView;
  private budget: number;

  constructor(
    private readonly bytes: Uint8Array,
    entries: readonly ZipEntry[],
    private readonly inflate: Inflate,
    /** Inflated bytes allowed in all, and per part. */
    totalLimit: number,
    private readonly partLimit: number,
  ) {
    for (const e of entries)
      if (!this.byKey.has(partKey(e.name))) this.byKey.set(partKey(e.name), e);
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.budget = totalLimit;
  }

  has(name: string): boolean {
    return this.byKey.has(partKey(name));
  }

  /** The part's bytes, or null when the zip has no such part. */
  bytesOf(name: string): Uint8Array | null {
    const entry = this.byKey.get(partKey(name));
    if (!entry) return null;
    if (entry.flags & 1) throw new PartError('damaged', name, 'encrypted zip entry');
    const at = entry.offset;
    if (at + 30 > this.bytes.length || this.view.getUint32(at, true) !== LOCAL)
      throw new PartError('damaged', name, 'no local header');
    const start = at + 30 + this.view.getUint16(at + 26, true) + this.view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw new PartError('damaged', name, 'cut short');
    const data = this.bytes.subarray(start, end);
    const limit = Math.min(this.partLimit, this.budget);
    let out: Uint8Array;
    if (entry.method === 0) {
      if (data.length > limit) throw new PartError('too-large', name, 'past the limit');
      out = data;
    } else if (entry.method === 8) {
      try {
        out = this.inflate(data, entry.uncompressedSize, limit);
      } catch (e) {
        if (e instanceof InflateLimitError)
          throw new PartError('too-large', name, 'inflates past the limit');
        throw new PartError('damaged', name, e instanceof Error ? e.message : String(e));
      }
    } else throw new PartError('damaged', name, `compression method ${entry.method}`);
    this.budget -= out.length;
    return out;
  }

  /** The part's text ({@link partText}), or null when absent. */
  textOf(name: string): string | null {
    const bytes = this.bytesOf(name);
    return bytes ? partText(bytes) : null;
  }
}

/** Whether a part starts with a UTF-16 byte-order mark (else it is UTF-8). */
export function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/**
 * A part's bytes as text: UTF-8, or UTF-16 with a byte-order mark; line ends as XML reads them
 * ({@link lineFeeds}: a raw `\r\n` some writers put in a part is a line feed).
 * @example partText(new TextEncoder().encode('<a>x\r\ny</a>')) // '<a>x\ny</a>'
 */
export function partText(bytes: Uint8Array): string {
  if (!isUtf16(bytes)) return lineFeeds(utf8.decode(bytes));
  return lineFeeds(new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes));
}

const utf8 = new TextDecoder('utf-8');
