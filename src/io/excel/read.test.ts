/// <reference types="office-js" />
import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import type { Grid, GridBook } from '../../core/grid/types';
import { scanBook } from '../../core/scan';
import { readWorkbook } from '../xlsx/read';
import {
  createFakeExcel,
  displayedText,
  type FakeExcel,
  type FakeSheetSpec,
} from '../../../test/fake-excel/fake-excel';
import { fakeFromXlsx } from '../../../test/fake-excel/from-xlsx';
import { detectCapabilities } from './capabilities';
import { officeCell, officeCellValue, readExcelBook } from './read';

const root = path.join(__dirname, '..', '..', '..');

function caps(fx: FakeExcel) {
  return detectCapabilities(fx.isSetSupported);
}

/** Merges in reading order, so grids from both readers compare whatever order the file lists them in. */
function normalized(book: GridBook): GridBook {
  return {
    ...book,
    sheets: book.sheets.map((g): Grid => ({
      ...g,
      merges: [...g.merges].sort((a, b) => a.top - b.top || a.left - b.left),
    })),
  };
}

function tallSheet(rows: number, cols = 8): FakeSheetSpec {
  const values = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => (c === 0 ? r + 1 : `Nhiệm vụ ${r + 1}, cột ${c + 1}`)),
  );
  const merges = Array.from(
    { length: Math.floor(rows / 2) },
    (_, i) => `H${2 * i + 1}:H${2 * i + 2}`,
  );
  return { values, merges };
}

describe('readExcelBook: the same grids as the exceljs reader', () => {
  const files = [
    'samples/kiem-soat-tthc-2023.xlsx',
    'samples/ke-hoach-cchc-2021-2025.xlsx',
    'samples/chi-tieu-cai-cach-tthc-2024.xlsx',
    'samples/tong-hop/van-phong-so.xlsx',
    'samples/tong-hop/thanh-tra.xlsx',
    'test/fixtures/xlsx/variant-messy-tasks.xlsx',
    'test/fixtures/xlsx/variant-two-tables.xlsx',
    'test/fixtures/xlsx/empty.xlsx',
  ];

  // Real Excel renders Range.text in the machine's locale: Vietnamese Windows shows "95,5".
  it.each(files.flatMap((f) => (['en-US', 'vi-VN'] as const).map((l) => [f, l] as const)))(
    '%s (%s)',
    async (file, locale) => {
      const bytes = readFileSync(path.join(root, file));
      const name = path.basename(file);
      const expected = await readWorkbook(bytes, name);
      const fx = await fakeFromXlsx(bytes, { locale });
      const read = await readExcelBook(fx.context, name, { capabilities: caps(fx) });
      expect(normalized(read.book)).toEqual(normalized(expected));
      expect(read.notes).toEqual([]);
      expect(read.syncs).toBe(fx.syncs);
    },
  );

  it('gives the same scan on English and Vietnamese Windows, equal to the file reader’s', async () => {
    const dir = path.join(root, 'samples', 'tong-hop');
    const asOf = '2024-10-20';
    let differ = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.xlsx'))) {
      const bytes = readFileSync(path.join(dir, file));
      const scans = [];
      for (const locale of ['en-US', 'vi-VN'] as const) {
        const fx = await fakeFromXlsx(bytes, { locale });
        for (const s of fx.sheets)
          for (const c of s.cells.values())
            if (locale === 'vi-VN' && displayedText(c, 'vi-VN') !== displayedText(c, 'en-US'))
              differ++;
        const { book } = await readExcelBook(fx.context, file, { capabilities: caps(fx) });
        scans.push(scanBook(book, { asOf }));
      }
      const fromFile = scanBook(await readWorkbook(bytes, file), { asOf });
      expect(scans[1]).toEqual(scans[0]);
      expect(scans[0]).toEqual(fromFile);
    }
    // Not vacuous: some cell shows differently in Vietnamese ("95,5").
    expect(differ).toBeGreaterThan(0);
  });

  it('reads dates, errors, rich text and formula results of the messy variant like exceljs', async () => {
    const bytes = readFileSync(path.join(root, 'test/fixtures/xlsx/variant-messy-tasks.xlsx'));
    const fx = await fakeFromXlsx(bytes);
    const { book } = await readExcelBook(fx.context, 'x.xlsx', { capabilities: caps(fx) });
    const cells = book.sheets[0]!.rows.flatMap((r) => r ?? []).filter(Boolean);
    expect(cells.some((c) => typeof c!.value === 'object' && c!.value?.kind === 'date')).toBe(true);
    expect(cells.some((c) => typeof c!.value === 'object' && c!.value?.kind === 'error')).toBe(
      true,
    );
  });
});

describe('readExcelBook: sync budget', () => {
  it('takes as many syncs for a 2,000-row sheet as for a 20-row sheet', async () => {
    const small = createFakeExcel({ 'Phụ lục': tallSheet(20) });
    const large = createFakeExcel({ 'Phụ lục': tallSheet(2000) });
    const a = await readExcelBook(small.context, 'a.xlsx', { capabilities: caps(small) });
    const b = await readExcelBook(large.context, 'b.xlsx', { capabilities: caps(large) });
    expect(small.syncs).toBe(3);
    expect(large.syncs).toBe(small.syncs);
    expect(b.syncs).toBe(3);
    expect(a.book.sheets[0]!.merges).toHaveLength(10);
    expect(b.book.sheets[0]!.merges).toHaveLength(1000);
    expect(b.book.sheets[0]!.rows[1999]![1]!.value).toBe('Nhiệm vụ 2000, cột 2');
  });

  it('takes the same syncs for one sheet or ten', async () => {
    const many = createFakeExcel(
      Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`PL${i + 1}`, tallSheet(200)])),
    );
    await readExcelBook(many.context, 'm.xlsx', { capabilities: caps(many) });
    expect(many.syncs).toBe(3);
  });

  it('keeps every response under 5 MB and splits only when Excel says a response is too large', async () => {
    const fx = createFakeExcel({ 'Phụ lục': tallSheet(2000) }, { responseLimit: 400_000 });
    const { book } = await readExcelBook(fx.context, 'b.xlsx', { capabilities: caps(fx) });
    expect(fx.requests.filter((r) => !r.failed).every((r) => r.responseBytes <= 400_000)).toBe(
      true,
    );
    expect(fx.requests.some((r) => r.failed === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(book.sheets[0]!.rows.filter(Boolean)).toHaveLength(2000);
    expect(book.sheets[0]!.merges).toHaveLength(1000);
  });

  it('reads merges where the values are when the formatted area runs far beyond them', async () => {
    const fx = createFakeExcel({
      S: {
        values: [['Tiêu đề'], ['a', 'b']],
        merges: ['A1:B1', 'A300000:B300000'],
      },
    });
    const { book } = await readExcelBook(fx.context, 's.xlsx', { capabilities: caps(fx) });
    expect(book.sheets[0]!.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(fx.syncs).toBe(3);
    expect(fx.requests[2]!.ops).toBeLessThan(10);
  });

  it('reads an empty workbook in two syncs', async () => {
    const fx = createFakeExcel({ Sheet1: { values: [] } });
    const { book } = await readExcelBook(fx.context, 'e.xlsx', { capabilities: caps(fx) });
    expect(book.sheets).toEqual([{ name: 'Sheet1', rows: [], merges: [] }]);
    expect(fx.syncs).toBe(2);
  });
});

describe('readExcelBook: older Excel', () => {
  const spec: FakeSheetSpec = {
    values: [['PHỤ LỤC'], ['STT', 'Nội dung'], [1, 'Rà soát']],
    merges: ['A1:B1'],
  };

  it('without ExcelApi 1.13 reads no merges and says so', async () => {
    const fx = createFakeExcel({ PL: spec }, { version: '1.12' });
    const read = await readExcelBook(fx.context, 'a.xlsx', { capabilities: caps(fx) });
    expect(read.book.sheets[0]!.merges).toEqual([]);
    expect(read.book.sheets[0]!.rows[2]).toEqual([{ value: 1 }, { value: 'Rà soát' }]);
    expect(read.notes.map((n) => n.id)).toEqual(['merged-areas']);
    expect(read.notes[0]!.vi).toMatch(/ô gộp/);
  });

  it('without ExcelApi 1.4 (no null objects) still reads, on ExcelApi 1.1 too', async () => {
    for (const version of ['1.3', '1.1']) {
      const fx = createFakeExcel({ PL: spec, Trống: { values: [] } }, { version });
      const read = await readExcelBook(fx.context, 'a.xlsx', { capabilities: caps(fx) });
      expect(read.book.sheets[0]!.rows[1]).toEqual([{ value: 'STT' }, { value: 'Nội dung' }]);
      expect(read.book.sheets[1]!.rows).toEqual([]);
    }
  });

  it('refuses outside Excel, with the reason', async () => {
    const fx = createFakeExcel({ PL: spec });
    await expect(
      readExcelBook(fx.context, 'a.xlsx', { capabilities: detectCapabilities(() => false) }),
    ).rejects.toMatchObject({ note: { id: 'read' } });
  });
});

describe('officeCell', () => {
  it('turns date serials under a date format into ISO dates (1900 system)', () => {
    expect(officeCellValue(45000, 'dd/mm/yyyy')).toEqual({ kind: 'date', iso: '2023-03-15' });
    expect(officeCellValue(45000.75, 'd/m/yyyy h:mm')).toEqual({ kind: 'date', iso: '2023-03-15' });
    expect(officeCellValue(60, 'dd/mm/yyyy')).toEqual({ kind: 'date', iso: '1900-02-29' });
    expect(officeCellValue(61, 'dd/mm/yyyy')).toEqual({ kind: 'date', iso: '1900-03-01' });
    expect(officeCellValue(59, 'dd/mm/yyyy')).toEqual({ kind: 'date', iso: '1900-02-28' });
    expect(officeCellValue(45000, '0.0')).toBe(45000);
    expect(officeCellValue(-1, 'dd/mm/yyyy')).toBe(-1);
  });

  it('turns error strings into errors, but not in text-formatted cells', () => {
    expect(officeCellValue('#REF!', undefined)).toEqual({ kind: 'error', code: '#REF!' });
    expect(officeCellValue('#N/A', '@')).toBe('#N/A');
    expect(officeCellValue('#hashtag', undefined)).toBe('#hashtag');
  });

  it('reads the value and its number format, never the locale’s displayed text', () => {
    expect(officeCell('a', 'General')).toEqual({ value: 'a' });
    expect(officeCell(0.855, '0.0%')).toEqual({ value: 0.855, format: '0.0%' });
    expect(officeCell(1234.5, '#,##0.0')).toEqual({ value: 1234.5, format: '#,##0.0' });
    expect(officeCell(45000, 'mm/dd/yyyy')).toEqual({
      value: { kind: 'date', iso: '2023-03-15' },
      format: 'mm/dd/yyyy',
    });
    expect(officeCell('', 'General')).toBeUndefined();
  });
});
