import { inflateRawSync } from 'zlib';
import { InflateLimitError, type Inflate } from './inflate';

/**
 * node:zlib's inflater, for the command line: native, and bounded by `maxOutputLength`, so a part
 * whose directory lies about its size is stopped at the limit in the one pass that reads it.
 * @example new TextDecoder().decode(inflateWithZlib(deflateRawSync(bytes), bytes.length, 1e6))
 */
export const inflateWithZlib: Inflate = (data, _stated, limit) => {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, limit) });
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw new InflateLimitError(limit);
    throw e;
  }
};
