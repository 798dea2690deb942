/**
 * Property: whatever exceljs writes (values of every type, formula results, number formats,
 * merges, sheet states), PhuLuc's reader returns what was written.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import type { Cell, CellValue, GridBook } from '../../core/grid/types';
import { readWorkbook } from './read';
import { inflateWithZlib } from './reader/inflate-node';

type Written =
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number; format?: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date'; value: Date }
  | { kind: 'error'; value: string }
  | { kind: 'rich'; runs: string[] }
  | { kind: 'formula'; result: number | boolean | string | { error: string } };

const ERRORS = ['#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!'];
// Text as officers type it, with XML's special characters; no control characters or _xHHHH_
// (which Excel itself would escape).
const textArb = fc
  .string({
    unit: fc.constantFrom(
      ...'aăâbcdđeêghiklmnoôơpqrstuưvxyÀẠẢỆ ờữ<>&"\'\n\t0123456789-.,;:/()%=',
      'Sở ',
      '🙂',
    ),
    minLength: 1,
    maxLength: 24,
  })
  .filter((s) => !/_x[0-9A-Fa-f]{4}_/.test(s));
const numberArb = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ min: -1e12, max: 1e12, noNaN: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
  fc.constantFrom(0, 1, 0.5, 0.855, 1e-7, 123456789.125),
);
const writtenArb: fc.Arbitrary<Written> = fc.oneof(
  textArb.map((value) => ({ kind: 'text' as const, value })),
  fc.record({
    kind: fc.constant('number' as const),
    value: numberArb,
    format: fc.constantFrom(undefined, '0%', '0.0%', '0.00', '#,##0', '@'),
  }),
  fc.boolean().map((value) => ({ kind: 'boolean' as const, value })),
  fc
    .date({
      min: new Date(Date.UTC(1900, 2, 1)),
      max: new Date(Date.UTC(9999, 11, 31)),
      noInvalidDate: true,
    })
    .map((value) => ({ kind: 'date' as const, value })),
  fc.constantFrom(...ERRORS).map((value) => ({ kind: 'error' as const, value })),
  fc
    .array(textArb, { minLength: 1, maxLength: 3 })
    .map((runs) => ({ kind: 'rich' as const, runs })),
  fc
    .oneof(
      fc.constantFrom<number | boolean | string>(0, false, '', true),
      numberArb,
      textArb,
      fc.constantFrom(...ERRORS).map((error) => ({ error })),
    )
    .map((result) => ({ kind: 'formula' as const, result })),
);

interface SheetSpec {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  cells: Map<string, Written>;
  merges: { top: number; left: number; bottom: number; right: number }[];
}

const sheetArb = fc.record({
  state: fc.constantFrom<'visible' | 'hidden' | 'veryHidden'>(
    'visible',
    'visible',
    'hidden',
    'veryHidden',
  ),
  cells: fc.array(fc.tuple(fc.nat(30), fc.nat(9), writtenArb), { maxLength: 40 }),
  merges: fc.array(
    fc.record({ top: fc.nat(30), left: fc.nat(9), height: fc.nat(3), width: fc.nat(3) }),
    { maxLength: 4 },
  ),
});

const bookArb = fc.array(sheetArb, { minLength: 1, maxLength: 3 }).map((sheets) =>
  sheets.map((s, i): SheetSpec => {
    const merges: SheetSpec['merges'] = [];
    for (const m of s.merges) {
      const r = { top: m.top, left: m.left, bottom: m.top + m.height, right: m.left + m.width };
      if (r.bottom === r.top && r.right === r.left) continue;
      if (
        merges.some(
          (o) => o.left <= r.right && r.left <= o.right && o.top <= r.bottom && r.top <= o.bottom,
        )
      )
        continue;
      merges.push(r);
    }
    return {
      name: i === 0 ? 'Phụ lục 1' : `Trang ${i + 1} (ẩn)`,
      state: i === 0 ? 'visible' : s.state,
      cells: new Map(s.cells.map(([r, c, w]) => [`${r},${c}`, w])),
      merges,
    };
  }),
);

function exceljsValue(w: Written): ExcelJS.CellValue {
  switch (w.kind) {
    case 'rich':
      return {
        richText: w.runs.map((text, i) => ({ text, ...(i % 2 ? { font: { bold: true } } : {}) })),
      };
    case 'error':
      return { error: w.value } as ExcelJS.CellErrorValue;
    case 'formula':
      return { formula: 'A1', result: w.result } as ExcelJS.CellFormulaValue;
    default:
      return w.value;
  }
}

function expectedValue(w: Written): CellValue {
  switch (w.kind) {
    case 'date':
      return { kind: 'date', iso: w.value.toISOString().slice(0, 10) };
    case 'error':
      return { kind: 'error', code: w.value };
    case 'rich':
      return w.runs.join('');
    case 'formula':
      return typeof w.result === 'object' ? { kind: 'error', code: w.result.error } : w.result;
    default:
      return w.value;
  }
}

function formatOf(w: Written): string | undefined {
  if (w.kind === 'date') return 'dd/mm/yyyy';
  return w.kind === 'number' ? w.format : undefined;
}

async function write(book: SheetSpec[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of book) {
    const ws = wb.addWorksheet(s.name, { state: s.state });
    for (const [key, w] of s.cells) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = exceljsValue(w);
      const format = formatOf(w);
      if (format) cell.numFmt = format;
    }
    for (const m of s.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function expected(book: SheetSpec[]) {
  return book.map((s) => {
    const cells: [string, Cell][] = [];
    for (const [key, w] of s.cells) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      if (
        s.merges.some(
          (m) =>
            r >= m.top &&
            r <= m.bottom &&
            c >= m.left &&
            c <= m.right &&
            (r !== m.top || c !== m.left),
        )
      )
        continue;
      const format = formatOf(w);
      cells.push([key, { value: expectedValue(w), ...(format ? { format } : {}) }]);
    }
    return {
      name: s.name,
      hidden: s.state !== 'visible',
      merges: [...s.merges].sort(byPlace),
      cells: cells.sort(([a], [b]) => a.localeCompare(b)),
    };
  });
}

function byPlace(a: { top: number; left: number }, b: { top: number; left: number }): number {
  return a.top - b.top || a.left - b.left;
}

function actual(book: GridBook) {
  return book.sheets.map((g) => {
    const cells: [string, Cell][] = [];
    g.rows.forEach((row, r) => row?.forEach((cell, c) => cell && cells.push([`${r},${c}`, cell])));
    return {
      name: g.name,
      hidden: !!g.hidden,
      merges: [...g.merges].sort(byPlace),
      cells: cells.sort(([a], [b]) => a.localeCompare(b)),
    };
  });
}

it('reads back every value, type, format, merge and sheet state exceljs wrote', async () => {
  await fc.assert(
    fc.asyncProperty(bookArb, async (book) => {
      const bytes = await write(book);
      const read = await readWorkbook(bytes, 'book.xlsx', { inflate: inflateWithZlib });
      expect(actual(read)).toEqual(expected(book));
      // The browser's inflater gives the same grids.
      expect(await readWorkbook(bytes, 'book.xlsx')).toEqual(read);
    }),
    { numRuns: 60 },
  );
}, 120_000);
