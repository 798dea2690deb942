/**
 * Every part of a workbook's zip, inflated, for the bench's floor and comparisons (in Node and in
 * the page: the inflater is given, node:zlib or fflate).
 */
import { zipEntries } from '../src/io/xlsx/reader/zip';

/** Calls `visit(name, bytes)` for each part of the zip (those named by `only`), inflated. */
export function forEachPart(
  bytes: Uint8Array,
  inflate: (data: Uint8Array, size: number) => Uint8Array,
  visit: (name: string, part: Uint8Array) => void,
  only?: RegExp,
): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const e of zipEntries(bytes) ?? []) {
    if (only && !only.test(e.name)) continue;
    const start =
      e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
    const data = bytes.subarray(start, start + e.compressedSize);
    visit(e.name, e.method === 8 ? inflate(data, e.uncompressedSize) : data);
  }
}
