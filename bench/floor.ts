/**
 * The physical floor of reading a workbook: inflate every part of the zip (node:zlib) and pass
 * once over the inflated bytes. No reader can do less; every read stage is reported as a
 * multiple of it (F), measured in the same rounds.
 */
import { inflateRawSync } from 'zlib';
import { forEachPart } from './parts';

/** Inflates every part and counts its `<` bytes (the pass over the bytes); returns the count. */
export function inflateFloor(bytes: Uint8Array): number {
  let tags = 0;
  forEachPart(
    bytes,
    (data) => inflateRawSync(data),
    (_name, out) => {
      for (let i = 0; i < out.length; i++) if (out[i] === 60) tags++;
    },
  );
  return tags;
}
