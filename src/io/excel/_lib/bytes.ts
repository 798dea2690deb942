/**
 * Request-size estimates. Excel on the web rejects a request (or response) over 5 MB; the
 * writer estimates each queued operation from the JSON of what it sends plus a fixed envelope
 * per operation (Office.js adds ids, the action type and the object path), and packs operations
 * into batches below a budget that leaves room for what the estimate misses.
 */

/** Excel on the web's limit for one request or response, in bytes. */
export const REQUEST_LIMIT = 5 * 1024 * 1024;
/** What the writer packs into one batch by default: 4 MB, a fifth under the limit. */
export const DEFAULT_BATCH_BYTES = 4_000_000;
/** The envelope Office.js wraps around one action (ids, action type, object path), generously. */
export const OP_OVERHEAD = 320;

/**
 * Bytes of a string in UTF-8, without TextEncoder (works in every host).
 * @example utf8Length('Hà Nội') // 9
 */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Bytes of a value's JSON in UTF-8.
 * @example jsonBytes([['=SUM(A1)', 1]]) // 16
 */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? 'null');
}

/**
 * Estimated bytes of one operation in a request: its arguments' JSON, the address it targets
 * and the envelope.
 * @example opBytes('A1:B2', [[1, 2], [3, 4]]) // 320 + 5 + 13
 */
export function opBytes(address: string, args: unknown = null): number {
  return OP_OVERHEAD + utf8Length(address) + jsonBytes(args);
}
