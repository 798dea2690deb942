import { Inflate as StreamInflate, inflateSync } from 'fflate';

/** Inflating would pass the limit given: the part is bigger than PhuLuc reads. */
export class InflateLimitError extends Error {
  constructor(readonly limit: number) {
    super(`inflates past ${limit} bytes`);
    this.name = 'InflateLimitError';
  }
}

/**
 * Inflates raw deflate data. `stated` is the size the zip's directory gives (it may lie); the
 * result never exceeds `limit` bytes: past it, {@link InflateLimitError}. Damaged data throws
 * any other error.
 */
export type Inflate = (data: Uint8Array, stated: number, limit: number) => Uint8Array;

/**
 * fflate's inflater, for the browser (measured faster there than DecompressionStream for the
 * many small parts of a workbook) and wherever node:zlib is not available. An honest stated size
 * inflates in one call into a buffer of that size; a lying one is streamed and counted.
 * @example new TextDecoder().decode(inflateWithFflate(deflateRawSync(bytes), bytes.length, 1e6))
 */
export const inflateWithFflate: Inflate = (data, stated, limit) => {
  if (stated < limit) {
    try {
      // One byte more than stated: a result that fills it means the directory lied.
      const out = inflateSync(data, { out: new Uint8Array(stated + 1) });
      if (out.length <= stated) return out;
    } catch {
      // a stated size too small can also make fflate fail: count while streaming instead
    }
  }
  return inflateCounting(data, limit);
};

function inflateCounting(data: Uint8Array, limit: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const stream = new StreamInflate((chunk) => {
    size += chunk.length;
    if (size > limit) throw new InflateLimitError(limit);
    chunks.push(chunk);
  });
  stream.push(data, true);
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
