/**
 * How many cells a workbook's drop-down lists (data validations) cover. exceljs, which writes the
 * consolidated copy of the plan, builds one object per covered cell when it loads a workbook: a
 * list on whole columns makes millions and stalls the run. The writer asks this first.
 */
import { inflateWithFflate, type Inflate } from './inflate';
import { relType } from './package';
import { locateWorkbook } from './workbook';
import { ZipParts, zipEntries } from './zip';

const MAX_BYTES = 200 * 1024 * 1024;

/**
 * The most cells any one data validation of the workbook covers (0 when none, or when the bytes
 * are not a workbook this reader can open).
 * @example largestValidation(bytesWithListOnColumnsAtoC) // 3145728
 */
export function largestValidation(bytes: Uint8Array, inflate: Inflate = inflateWithFflate): number {
  const entries = zipEntries(bytes);
  if (!entries) return 0;
  try {
    const parts = new ZipParts(bytes, entries, inflate, MAX_BYTES, MAX_BYTES);
    const located = locateWorkbook(parts);
    if (!located) return 0;
    let largest = 0;
    for (const rel of located.rels.values()) {
      if (relType(rel) !== 'worksheet' || rel.external) continue;
      const xml = parts.textOf(rel.target) ?? '';
      for (const m of xml.matchAll(/<(?:[\w.-]+:)?dataValidation\b[^>]*?\bsqref="([^"]*)"/g))
        largest = Math.max(largest, cellsIn(m[1]!));
    }
    return largest;
  } catch {
    return 0; // a damaged part: exceljs will say so itself
  }
}

/**
 * Cells in a space-separated list of ranges (`A1:B2 D:D 3:3`).
 * @example cellsIn('A1:B2 D5') // 5
 */
export function cellsIn(sqref: string): number {
  let total = 0;
  for (const ref of sqref.trim().split(/\s+/)) {
    if (!ref) continue;
    const [a, b = a] = ref.replace(/\$/g, '').split(':');
    const from = corner(a ?? '');
    const to = corner(b ?? '');
    const rows = (to.row ?? 1_048_576) - (from.row ?? 1) + 1;
    const cols = (to.col ?? 16_384) - (from.col ?? 1) + 1;
    total += Math.abs(rows) * Math.abs(cols);
  }
  return total;
}

function corner(ref: string): { row?: number; col?: number } {
  const m = /^([A-Za-z]*)(\d*)$/.exec(ref);
  if (!m) return {};
  const col = m[1]
    ? [...m[1].toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0)
    : undefined;
  const row = m[2] ? Number(m[2]) : undefined;
  return { ...(col ? { col } : {}), ...(row ? { row } : {}) };
}
