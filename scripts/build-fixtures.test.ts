import { EXPECTED_ISSUES } from '../test/fixtures/validation';
import { OTHER_LEVELS_FILE } from '../test/fixtures/other-levels';
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildFixtures, fixtureSpecs, SAMPLE_COPIES } from './build-fixtures';
import { NQ03_FILE } from '../test/fixtures/seed-tables/nq03-cp-2025';
import { DISTRICT_FILE, PROVINCE_FILE } from '../test/fixtures/local-levels';
import { EXPECTED } from '../test/fixtures/expected';
import { buildWorkbook, writeWorkbook } from '../test/fixtures/_lib/sheet-spec';

let dir: string;
let samples: string;
const books = new Map<string, ExcelJS.Workbook>();

async function open(file: string): Promise<ExcelJS.Workbook> {
  const cached = books.get(file);
  if (cached) return cached;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, file));
  books.set(file, wb);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

function merges(ws: ExcelJS.Worksheet): string[] {
  return (ws.model as unknown as { merges: string[] }).merges;
}

function fold(s: unknown): string {
  return String(s ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'phuluc-fixtures-'));
  samples = path.join(dir, 'samples');
  await buildFixtures(dir, { samplesDir: samples });
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('build-fixtures', () => {
  it('writes every expected fixture and nothing else', async () => {
    const files = (await fs.readdir(dir)).filter((f) => f.endsWith('.xlsx')).sort();
    const validation = [...new Set(EXPECTED_ISSUES.map((e) => e.file))];
    expect(files).toEqual(
      [
        ...Object.keys(EXPECTED),
        ...validation,
        OTHER_LEVELS_FILE,
        PROVINCE_FILE,
        DISTRICT_FILE,
        NQ03_FILE,
      ].sort(),
    );
  });

  it.each(Object.values(EXPECTED).filter((e) => !e.notAWorkbook))(
    '$file opens with the expected sheets',
    async (e) => {
      const wb = await open(e.file);
      expect(wb.worksheets.map((w) => w.name)).toEqual(e.sheets);
      expect(wb.creator).toBe('PhuLuc fixtures');
      expect(wb.created?.toISOString()).toBe('2024-01-01T00:00:00.000Z');
    },
  );

  it('not-a-workbook.xlsx is plain text and does not open', async () => {
    const buf = await fs.readFile(path.join(dir, 'not-a-workbook.xlsx'));
    expect(buf.subarray(0, 2).toString('latin1')).not.toBe('PK');
    expect(buf.toString('utf8')).toContain('không phải');
    await expect(
      new ExcelJS.Workbook().xlsx.readFile(path.join(dir, 'not-a-workbook.xlsx')),
    ).rejects.toThrow();
  });

  it('empty.xlsx has one empty sheet', async () => {
    const ws = sheet(await open('empty.xlsx'), 'Sheet1');
    expect(ws.actualRowCount).toBe(0);
  });

  it('puts the (first and repeated) header rows where expected.ts says', async () => {
    for (const e of Object.values(EXPECTED)) {
      for (const t of e.tables) {
        const ws = sheet(await open(e.file), t.sheet);
        for (const r of [
          t.headerRows[0]!,
          ...(t.repeatedHeaderRows ?? []).filter(
            (_, i) => t.headerRows.length === 1 || i % 2 === 0,
          ),
        ]) {
          expect([e.file, r, fold(ws.getCell(r, 1).value)]).toEqual([e.file, r, 'stt']);
        }
        if (t.columnNumberRow) expect(ws.getCell(t.columnNumberRow, 1).value).toBe('(1)');
        for (const r of t.continuationRows ?? []) {
          expect([e.file, r, ws.getCell(r, 1).value]).toEqual([e.file, r, null]);
          expect(fold(ws.getCell(r - 1, 1).value)).toBe('stt'); // always right after a repeated header
        }
        for (const r of t.noteRows ?? [])
          expect(String(ws.getCell(r, 1).value)).toMatch(/^\* (Ghi chú|Lưu ý)/);
        for (const r of t.totalsRows ?? []) expect(ws.getCell(r, 1).value).toBe('Tổng cộng');
        for (const r of t.blankRows ?? []) {
          const values: unknown[] = [];
          ws.getRow(r).eachCell((c) => values.push(c.value));
          expect(values.filter((v) => v !== null && v !== '')).toEqual([]);
        }
        expect(t.keys).toHaveLength(t.count);
        expect(new Set(t.keys).size).toBe(t.count);
        for (const s of t.samples) expect(t.keys).toContain(s.key);
      }
    }
  });

  it('round-trips merges', async () => {
    const s1 = merges(sheet(await open('seed001-tasks.xlsx'), 'KH CCHC 2021-2025'));
    expect(s1).toEqual(
      expect.arrayContaining(['A7:A9', 'B7:B9', 'C7:C9', 'I7:I9', 'A14:A15', 'C14:C15']),
    );
    const ws3 = sheet(await open('seed003-tasks.xlsx'), 'Phụ lục');
    expect(merges(ws3)).toEqual(
      expect.arrayContaining([
        'C9:D9',
        'A9:A10',
        'G9:G10',
        'B11:G11',
        'C22:C24',
        'D22:D24',
        'A71:G71',
      ]),
    );
    // A merged cell holds its value in the top-left cell; the others read as the master.
    expect(ws3.getCell('C23').isMerged).toBe(true);
    expect(ws3.getCell('C23').master.address).toBe('C22');
    expect(ws3.getCell('C22').value).toBe(
      'Các phòng thuộc Sở (phòng được giao chủ trì xây dựng dự thảo văn bản)',
    );
    expect(ws3.getCell('C10').value).toBe('Đơn vị chủ\ntrì');
    const wsM = sheet(await open('variant-messy-tasks.xlsx'), 'BC quy 3 (2)');
    expect(merges(wsM)).toEqual(
      expect.arrayContaining(['A15:A16', 'B15:B16', 'D21:D22', 'E21:E23', 'A33:E33']),
    );
  });

  it('round-trips dates, formulas, rich text, errors and number formats', async () => {
    const ws = sheet(await open('variant-messy-tasks.xlsx'), 'BC quy 3 (2)');
    expect(ws.getCell('E25').value).toBeInstanceOf(Date);
    expect((ws.getCell('E25').value as Date).toISOString()).toBe('2024-11-15T00:00:00.000Z');
    expect(ws.getCell('E25').numFmt).toBe('dd/mm/yyyy');

    expect(ws.getCell('C23').value).toEqual({
      formula: '"Quy trình của "&52&" DVCTT được tái cấu trúc"',
      result: 'Quy trình của 52 DVCTT được tái cấu trúc',
    });
    expect(ws.getCell('C32').value).toEqual({ formula: 'COUNTA(C12:C31)', result: 13 });
    expect(ws.getCell('D32').value).toEqual({ error: '#REF!' });

    const rich = ws.getCell('B21').value as ExcelJS.CellRichTextValue;
    expect(rich.richText.map((r) => r.text).join('')).toMatch(/^Thực hiện nghiêm việc gửi, nhận/);
    expect(rich.richText[0]?.font?.bold).toBe(true);

    expect(ws.getCell('A7').value).toBe('  STT ');
    expect(ws.getCell('D13').value).toBe(
      '- Văn phòng Sở chủ trì.\n- Các phòng, đơn vị liên quan phối hợp',
    );

    const two = sheet(await open('variant-two-tables.xlsx'), 'Sheet1');
    expect(two.getCell('D14').value).toBe(1);
    expect(two.getCell('D14').numFmt).toBe('0%');
    expect(two.getCell('D4').value).toBe('Phòng Quản lý Khoa hoc');

    const s0 = sheet(await open('seed000-indicators.xlsx'), 'Phụ lục');
    expect(s0.getCell('D14').value).toBe(100);
    expect(s0.getCell('D10').value).toBe('Tối thiểu 80');
    expect(s0.getCell('F9').value).toBe('Phối  hợp');
    expect(s0.getCell('A16').value).toBe('2. Chỉ tiêu giao tại Nghị quyết số 02/NQ-CP');

    const s3 = sheet(await open('seed003-tasks.xlsx'), 'Phụ lục');
    expect(s3.getCell('F58').value).toBe(
      'Báo cáo hàng quý trước ngày 20 của tháng cuối quý;\nBáo cáo năm trước ngày 20/12/2023',
    );
  });

  it('styles table cells: Times New Roman 12, borders, wrapped text', async () => {
    const ws = sheet(await open('seed003-tasks.xlsx'), 'Phụ lục');
    expect(ws.getCell('B12').font?.name).toBe('Times New Roman');
    expect(ws.getCell('B12').font?.size).toBe(12);
    expect(ws.getCell('B12').border?.left?.style).toBe('thin');
    expect(ws.getCell('B12').alignment?.wrapText).toBe(true);
    expect(ws.getCell('A9').font?.bold).toBe(true);
  });

  it('reads the roster sheet of variant-two-tables', async () => {
    const ws = sheet(await open('variant-two-tables.xlsx'), 'Danh mục đơn vị');
    const roster = EXPECTED['variant-two-tables.xlsx']?.roster;
    expect(roster).toBeDefined();
    roster?.units.forEach((u, i) => {
      expect(ws.getCell(i + 2, 1).value).toBe(u.name);
      expect(
        String(ws.getCell(i + 2, 2).value)
          .split(';')
          .map((s) => s.trim()),
      ).toEqual(u.aliases);
    });
  });

  it('copies the three samples byte for byte', async () => {
    for (const [from, to] of Object.entries(SAMPLE_COPIES)) {
      const a = await fs.readFile(path.join(dir, from));
      const b = await fs.readFile(path.join(samples, to));
      expect(b.equals(a)).toBe(true);
    }
  });

  it('is deterministic: a second build gives identical bytes', async () => {
    const again = await fs.mkdtemp(path.join(os.tmpdir(), 'phuluc-fixtures-'));
    try {
      await buildFixtures(again);
      for (const f of Object.keys(EXPECTED)) {
        const a = await fs.readFile(path.join(dir, f));
        const b = await fs.readFile(path.join(again, f));
        expect([f, b.equals(a)]).toEqual([f, true]);
      }
    } finally {
      await fs.rm(again, { recursive: true, force: true });
    }
  });
});

describe('sheet-spec', () => {
  it('refuses a value inside a merged range', () => {
    expect(() =>
      buildWorkbook({
        file: 'x.xlsx',
        sheets: [{ name: 'S', rows: [['a'], ['b']], merges: ['A1:A2'] }],
      }),
    ).toThrow(/A2 is inside merge A1:A2/);
  });

  it('writes hidden sheets and booleans', async () => {
    const p = path.join(dir, 'hidden.tmp.xlsx');
    await writeWorkbook(
      {
        file: 'hidden.tmp.xlsx',
        sheets: [
          { name: 'A', rows: [[true]] },
          { name: 'B', rows: [['x']], hidden: true },
        ],
      },
      p,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(p);
    expect(wb.getWorksheet('A')?.getCell('A1').value).toBe(true);
    expect(wb.getWorksheet('B')?.state).toBe('hidden');
    await fs.rm(p);
  });

  it('every fixture spec has unique file names', () => {
    const names = fixtureSpecs().map((s) => s.file);
    expect(new Set(names).size).toBe(names.length);
  });
});
