/** A minimal zip writer for hostile zips: entries whose stated sizes may lie, stored or deflated. */
import JSZip from 'jszip';
import { deflateRawSync } from 'zlib';
import { crc32 } from '../_lib/crc32';
import { withFixedZipDates } from '../../src/io/xlsx/template';
import { FIXED_DATE } from './plan';

export interface RawEntry {
  readonly name: string;
  /** The bytes stored in the zip (already deflated when `method` is 8). */
  readonly data: Uint8Array;
  readonly method: 0 | 8;
  readonly crc: number;
  /** What the headers claim; a bomb may lie. Above 4 GB, written as ZIP64. */
  readonly uncompressedSize: number;
}

const ZIP32_MAX = 0xffffffff;

/** An entry deflated from its content, with honest sizes. */
export function deflated(name: string, content: Uint8Array | string): RawEntry {
  const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return {
    name,
    data: deflateRawSync(raw, { level: 9 }),
    method: 8,
    crc: crc32(raw),
    uncompressedSize: raw.length,
  };
}

/** Builds a zip from entries as given (no checks: sizes may lie on purpose). */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const dosDate = ((2025 - 1980) << 9) | (1 << 5) | 1;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const zip64 = e.uncompressedSize >= ZIP32_MAX;
    const size32 = zip64 ? ZIP32_MAX : e.uncompressedSize;
    // ZIP64 extended information: the real uncompressed size, 8 bytes.
    const extra = Buffer.alloc(zip64 ? 12 : 0);
    if (zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(8, 2);
      extra.writeBigUInt64LE(BigInt(e.uncompressedSize), 4);
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(size32, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    parts.push(local, name, extra, Buffer.from(e.data));
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt16LE(e.method, 10);
    c.writeUInt16LE(0, 12);
    c.writeUInt16LE(dosDate, 14);
    c.writeUInt32LE(e.crc, 16);
    c.writeUInt32LE(e.data.length, 20);
    c.writeUInt32LE(size32, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt16LE(extra.length, 30);
    c.writeUInt32LE(offset, 42);
    central.push(c, name, extra);
    offset += 30 + name.length + extra.length + e.data.length;
  }
  const cd = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, cd, eocd]));
}

/** Rewrites some parts of a zip (an .xlsx) and gives the new bytes, deterministically. */
export async function patchZip(
  bytes: Uint8Array,
  patch: (zip: JSZip) => void | Promise<void>,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await patch(zip);
  for (const f of Object.values(zip.files)) f.date = FIXED_DATE;
  const out = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return withFixedZipDates(out);
}

/** Reads one text part of a zip. */
export async function zipText(zip: JSZip, name: string): Promise<string> {
  const f = zip.file(name);
  if (!f) throw new Error(`no ${name} in the zip`);
  return f.async('string');
}
