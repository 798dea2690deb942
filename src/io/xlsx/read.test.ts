import { readFileSync } from 'fs';
import path from 'path';
import { parseA1 } from '../../core/grid/a1';
import type { CellValue, GridBook } from '../../core/grid/types';
import { cellText } from '../../core/grid/types';
import { readWorkbook, WorkbookReadError } from './read';

const fixtures = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'xlsx');

async function load(file: string): Promise<GridBook> {
  return readWorkbook(new Uint8Array(readFileSync(path.join(fixtures, file))), file);
}

function valueAt(book: GridBook, sheet: string, address: string): CellValue | undefined {
  const { row, col } = parseA1(address);
  return book.sheets.find((s) => s.name === sheet)?.rows[row]?.[col]?.value;
}

function findCell(book: GridBook, predicate: (v: CellValue, text: string) => boolean) {
  for (const sheet of book.sheets) {
    for (const row of sheet.rows)
      for (const cell of row ?? []) if (cell && predicate(cell.value, cellText(cell))) return cell;
  }
  return undefined;
}

describe('readWorkbook (exceljs → grids)', () => {
  it('reads sheet names and keeps merged values at the top-left only', async () => {
    const book = await load('seed003-tasks.xlsx');
    expect(book.name).toBe('seed003-tasks.xlsx');
    expect(book.sheets.map((s) => s.name)).toEqual(['Phụ lục']);
    const sheet = book.sheets[0]!;
    // "Cơ quan thực hiện" is merged over C9:D9.
    const merge = sheet.merges.find((m) => m.top === 8 && m.left === 2);
    expect(merge).toEqual({ top: 8, left: 2, bottom: 8, right: 3 });
    expect(valueAt(book, 'Phụ lục', 'C9')).toBe('Cơ quan thực hiện');
    expect(valueAt(book, 'Phụ lục', 'D9')).toBeUndefined();
  });

  it('reads real date cells as ISO dates, without a time-zone shift', async () => {
    const book = await load('variant-messy-tasks.xlsx');
    const date = findCell(book, (v) => typeof v === 'object' && v !== null && v.kind === 'date');
    expect(date?.value).toEqual({ kind: 'date', iso: '2024-11-15' });
    expect(cellText(date)).toBe('15/11/2024');
  });

  it('flattens rich text, takes formulas at their cached result, keeps errors as values', async () => {
    const book = await load('variant-messy-tasks.xlsx');
    expect(
      findCell(book, (v) => typeof v === 'object' && v !== null && v.kind === 'error')?.value,
    ).toEqual({ kind: 'error', code: '#REF!' });
    expect(
      book.sheets.every((s) =>
        s.rows.every((r) =>
          (r ?? []).every(
            (c) => !c || typeof c.value !== 'object' || c.value === null || 'kind' in c.value,
          ),
        ),
      ),
    ).toBe(true);
    expect(findCell(book, (_v, t) => t === 'Tổng cộng')).toBeDefined();
  });

  it('keeps number formats, so a percent-formatted 1 reads as 100%', async () => {
    const book = await load('variant-two-tables.xlsx');
    const percent = findCell(book, (v, t) => v === 1 && t === '100%');
    expect(percent?.format).toMatch(/%/);
  });

  it('refuses what is not a workbook with a typed error and never changes the bytes', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(fixtures, 'not-a-workbook.xlsx')));
    const before = Buffer.from(bytes).toString('base64');
    await expect(readWorkbook(bytes, 'x.xlsx')).rejects.toBeInstanceOf(WorkbookReadError);
    await expect(readWorkbook(bytes, 'x.xlsx')).rejects.toMatchObject({ failure: 'text-file' });
    // A Compound File cut short: its directory cannot be read (./format.test.ts has whole ones).
    await expect(
      readWorkbook(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'old.xls'),
    ).rejects.toMatchObject({ failure: 'unreadable-workbook' });
    await expect(
      readWorkbook(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'broken.xlsx'),
    ).rejects.toMatchObject({ failure: 'unreadable-workbook' });
    expect(Buffer.from(bytes).toString('base64')).toBe(before);
  });

  it('leaves the input bytes of a real workbook unchanged', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(fixtures, 'seed001-tasks.xlsx')));
    const copy = bytes.slice();
    await readWorkbook(bytes, 'seed001-tasks.xlsx');
    expect(Buffer.compare(Buffer.from(bytes), Buffer.from(copy))).toBe(0);
  });
});
