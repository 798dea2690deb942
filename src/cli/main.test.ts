import { readFileSync } from 'fs';
import path from 'path';
import { scanJsonSchema } from '../core/schema/scan';
import type { CliIo } from './io';
import { EXIT, main } from './main';

const fixtures = path.join(__dirname, '..', '..', 'test', 'fixtures', 'xlsx');

function fakeIo(): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out(t: string) {
      io.stdout += t;
    },
    err(t: string) {
      io.stderr += t;
    },
    readFile: async (p: string) => new Uint8Array(readFileSync(p)),
    color: false,
    today: () => '2025-10-20',
  };
  return io;
}

describe('phuluc scan --json', () => {
  it('prints one JSON document that the schema accepts, and nothing on stderr', async () => {
    const io = fakeIo();
    const code = await main(['scan', path.join(fixtures, 'seed003-tasks.xlsx'), '--json'], io);
    expect(code).toBe(EXIT.ok);
    expect(io.stderr).toBe('');
    const json = scanJsonSchema.parse(JSON.parse(io.stdout));
    expect(json.file).toBe('seed003-tasks.xlsx');
    expect(json.planYear).toBe(2023);
    expect(json.tables).toHaveLength(1);
    const table = json.tables[0]!;
    expect(table.kind).toBe('tasks');
    expect(table.headerRange).toBe('A9:G10');
    expect(table.items).toHaveLength(29);
    const x2 = table.items.find((i) => i.key === 'X/2');
    expect(x2).toMatchObject({
      stt: '2',
      sectionPath: ['X'],
      lead: ['Văn phòng Sở'],
      deadlineText:
        'Báo cáo hàng quý trước ngày 20 của tháng cuối quý;\nBáo cáo năm trước ngày 20/12/2023',
    });
    expect(json.issues.every((i) => i.message && i.messageEn)).toBe(true);
  });

  it('reads indicator tables with their groups', async () => {
    const io = fakeIo();
    await main(['scan', path.join(fixtures, 'seed000-indicators.xlsx'), '--json'], io);
    const json = scanJsonSchema.parse(JSON.parse(io.stdout));
    const table = json.tables[0]!;
    expect(table.kind).toBe('indicators');
    if (table.kind !== 'indicators') return;
    expect(table.items.map((i) => i.group)).toEqual([
      ...Array(6).fill('1. Chỉ tiêu giao tại Nghị quyết số 01/NQ-CP'),
      ...Array(6).fill('2. Chỉ tiêu giao tại Nghị quyết số 02/NQ-CP'),
    ]);
    expect(table.items[4]).toMatchObject({ key: '1/5', unit: '%', targetText: '100' });
  });

  it('takes --year over the title', async () => {
    const io = fakeIo();
    await main(['scan', path.join(fixtures, 'seed003-tasks.xlsx'), '--json', '--year', '2024'], io);
    expect(JSON.parse(io.stdout).planYear).toBe(2024);
  });
});

describe('phuluc scan, readable summary', () => {
  it('lists tables, sections, units and issues', async () => {
    const io = fakeIo();
    const code = await main(['scan', path.join(fixtures, 'variant-two-tables.xlsx')], io);
    expect(code).toBe(EXIT.ok);
    expect(io.stdout).toContain('Sheet1!A3:E3: 4 nhiệm vụ / tasks');
    expect(io.stdout).toContain('Sheet1!A12:E12: 5 chỉ tiêu / indicators');
    expect(io.stdout).toContain('Đơn vị / Units: 6 (trang "Danh mục đơn vị" / roster sheet)');
    expect(io.stdout).toContain(
      'trang Sheet1, ô D6: Không có đơn vị "Phòng Tổ chức cán bộ" trong danh mục đơn vị.',
    );
    expect(io.stdout).not.toContain(String.fromCharCode(27)); // no colors off a terminal
  });
});

describe('phuluc exit status', () => {
  it.each([
    [
      'not-a-workbook.xlsx',
      'Tệp không phải sổ tính Excel (.xlsx)',
      'Not an Excel workbook (.xlsx)',
    ],
    ['empty.xlsx', 'Sổ tính trống', 'The workbook is empty'],
    ['seed004-no-appendix.xlsx', 'Không tìm thấy bảng phụ lục', 'No appendix table found'],
    ['missing-file.xlsx', 'Không tìm thấy tệp', 'File not found'],
  ])(
    '%s: exit 1 with a one-line message in both languages naming the file',
    async (file, vi, en) => {
      const io = fakeIo();
      const code = await main(['scan', path.join(fixtures, file)], io);
      expect(code).toBe(EXIT.input);
      expect(io.stdout).toBe('');
      const lines = io.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(vi);
      expect(lines[0]).toContain(en);
      expect(lines[0]).toContain(file);
    },
  );

  it('still prints exactly one JSON document with --json', async () => {
    const io = fakeIo();
    const code = await main(['scan', path.join(fixtures, 'not-a-workbook.xlsx'), '--json'], io);
    expect(code).toBe(EXIT.input);
    expect(JSON.parse(io.stdout)).toMatchObject({ error: { code: 'not-a-workbook' } });
  });

  it.each([
    [[]],
    [['frobnicate']],
    [['scan']],
    [['scan', 'a.xlsx', 'b.xlsx']],
    [['scan', 'a.xlsx', '--as-of', '2025-02-30']],
    [['scan', 'a.xlsx', '--year', '25']],
    [['scan', 'a.xlsx', '--bogus']],
  ])('%j: exit 2 with the usage', async (argv) => {
    const io = fakeIo();
    expect(await main(argv, io)).toBe(EXIT.usage);
    expect(io.stderr).toContain('phuluc scan <workbook.xlsx>');
  });
});
