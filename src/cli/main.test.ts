import { fakeIo } from '../../test/_lib/fake-io';
import path from 'path';
import { scanJsonSchema } from '../core/schema/scan';
import { EXIT, main } from './main';

const fixtures = path.join(__dirname, '..', '..', 'test', 'fixtures', 'xlsx');

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
    expect(io.stdout).toContain('Sheet1!A3:E7: 4 nhiệm vụ / tasks');
    expect(io.stdout).toContain('Sheet1!A12:E17: 5 chỉ tiêu / indicators');
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

describe('phuluc scan with deadlines and indicators', () => {
  it('reads deadlines into dates and says what is overdue as of --as-of', async () => {
    const io = fakeIo();
    await main(
      ['scan', path.join(fixtures, 'seed003-tasks.xlsx'), '--json', '--as-of', '2023-09-25'],
      io,
    );
    const json = scanJsonSchema.parse(JSON.parse(io.stdout));
    expect(json.asOf).toBe('2023-09-25');
    const items = new Map(json.tables[0]!.items.map((i) => [i.key, i]));
    expect(items.get('VIII/2')).toMatchObject({
      deadlineText: 'Trước ngày 01/9/2023',
      deadline: { kind: 'date', due: ['2023-08-31'] },
      due: { status: 'overdue', date: '2023-08-31', days: -25 },
    });
    expect(items.get('XI/3')).toMatchObject({
      deadline: { kind: 'recurring' },
      due: { status: 'due-soon', date: '2023-09-30', days: 5 },
    });
    expect(items.get('V/1')).toMatchObject({
      deadline: { kind: 'continuous', due: [] },
      due: { status: 'no-date' },
    });
  });

  it('prints overdue and due-soon tasks in the summary, within --days', async () => {
    const io = fakeIo();
    await main(
      ['scan', path.join(fixtures, 'seed003-tasks.xlsx'), '--as-of', '2023-09-25', '--days', '3'],
      io,
    );
    expect(io.stdout).toContain(
      'Kỳ báo cáo: Quý IV năm 2023 (từ ngày 15/09/2023 đến ngày 14/12/2023)',
    );
    expect(io.stdout).toMatch(
      /quá hạn \/ overdue +VIII\/2 +31\/08\/2023 +quá 25 ngày \/ 25 days late /,
    );
    expect(io.stdout).not.toMatch(/sắp đến hạn \/ due soon +XI\/3/);
  });

  it('judges indicators and validates the JSON', async () => {
    const io = fakeIo();
    await main(
      [
        'scan',
        path.join(fixtures, 'validation-indicators.xlsx'),
        '--json',
        '--as-of',
        '2025-10-20',
      ],
      io,
    );
    const json = scanJsonSchema.parse(JSON.parse(io.stdout));
    const table = json.tables[0]!;
    if (table.kind !== 'indicators') throw new Error('expected indicators');
    expect(table.items[0]).toMatchObject({
      key: '1',
      target: { op: '>=', value: 80 },
      actual: 85,
      achieved: true,
      ratio: 106.25,
    });
    expect(json.issues.map((i) => i.code)).toContain('target-unparsed');
  });

  it('rejects a bad --days', async () => {
    const io = fakeIo();
    expect(await main(['scan', 'a.xlsx', '--days', 'x'], io)).toBe(EXIT.usage);
  });
});
