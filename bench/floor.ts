/**
 * The physical floor of reading a workbook: inflate every part of the zip (node:zlib) and pass
 * once over the inflated bytes. No reader can do less; every read stage is reported as a
 * multiple of it (F), measured in the same rounds.
 */
import { inflateRawSync } from 'zlib';
import { zipEntries } from '../src/io/xlsx/reader/zip';

/** Inflates every part and counts its `<` bytes (the pass over the bytes); returns the count. */
export function inflateFloor(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let tags = 0;
  for (const e of zipEntries(bytes) ?? []) {
    const at = e.offset;
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const data = bytes.subarray(start, start + e.compressedSize);
    const out = e.method === 8 ? inflateRawSync(data) : data;
    for (let i = 0; i < out.length; i++) if (out[i] === 60) tags++;
  }
  return tags;
}
