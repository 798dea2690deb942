import { fakeIo } from '../../test/_lib/fake-io';
import path from 'path';
import { scanJsonSchema } from '../core/schema/scan';
import { readFileSync } from 'fs';
import { PERIOD_KINDS } from '../core/period/period';
import { COMMANDS, generalHelp, PERIODS } from './commands';
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
      'Tệp là văn bản (CSV hoặc văn bản thường)',
      'A text/CSV file, not an .xlsx workbook',
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
    expect(JSON.parse(io.stdout)).toMatchObject({ error: { code: 'text-file' } });
  });

  it.each<[string[], RegExp]>([
    [['frobnicate'], /Không có lệnh "frobnicate".* \/ Unknown command "frobnicate"/],
    [['scna'], /có phải "scan"\?.* \/ .*did you mean "scan"\?/],
    [['--bogus'], /Thiếu lệnh: --bogus .* \/ Missing command: --bogus/],
    [['a.xlsx'], /phuluc scan a\.xlsx\?.* \/ .*did you mean: phuluc scan a\.xlsx\?/],
    [['help', 'nope'], /Không có lệnh "nope".* \/ Unknown command "nope"/],
    [['scan'], /Thiếu tệp \.xlsx.* \/ Missing the \.xlsx file/],
    [['scan', 'a.xlsx', 'b.xlsx'], /chỉ kiểm tra một tệp.* \/ .*one file at a time/],
    [
      ['scan', 'a.xlsx', '--as-of', '2025-02-30'],
      /--as-of phải là .*"2025-02-30".* \/ --as-of must be/,
    ],
    [['scan', 'a.xlsx', '--year', '25'], /--year phải là .*"25".* \/ --year must be/],
    [['scan', 'a.xlsx', '--days', '-3'], /--days phải là .*"-3".* \/ --days must be .*"-3"/],
    [['scan', 'a.xlsx', '--days', '400'], /--days phải là .*"400"/],
    [
      ['scan', 'a.xlsx', '--bogus'],
      /Không có tùy chọn --bogus cho lệnh scan.* \/ Unknown option --bogus for scan/,
    ],
    [['scan', 'a.xlsx', '-x'], /Không có tùy chọn -x .* \/ Unknown option -x /],
    [['scan', 'a.xlsx', '--asof', '2025-01-01'], /có phải --as-of\?.* \/ .*did you mean --as-of\?/],
    [
      ['scan', 'a.xlsx', '--as-of'],
      /Thiếu giá trị sau --as-of: cần YYYY-MM-DD .* \/ Missing a value after --as-of/,
    ],
    [
      ['scan', '--as-of', '--json', 'a.xlsx'],
      /Thiếu giá trị sau --as-of.* \/ Missing a value after --as-of/,
    ],
    [['scan', 'a.xlsx', '--json=yes'], /--json không nhận giá trị.* \/ --json takes no value/],
    [
      ['scan', 'a.xlsx', '--out', 'x.xlsx'],
      /--out là tùy chọn của lệnh consolidate.* \/ --out belongs to consolidate/,
    ],
    [
      ['consolidate', '--plan', 'p.xlsx', '--days', '3'],
      /--days chỉ dùng cho lệnh scan.* \/ --days is for scan only/,
    ],
    [['consolidate', '--plan'], /Thiếu giá trị sau --plan.* \/ Missing a value after --plan/],
    [
      ['templates', 'p.xlsx', '--out-dir', 'x'],
      /Đối số thừa: p\.xlsx; .*--plan p\.xlsx.* \/ Unexpected argument: p\.xlsx/,
    ],
  ])('%j: exit 2, one line in both languages naming what is wrong', async (argv, line) => {
    const io = fakeIo();
    expect(await main(argv, io)).toBe(EXIT.usage);
    expect(io.stdout).toBe('');
    const lines = io.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(line);
    expect(lines[0]).toMatch(
      /\(xem phuluc (scan |consolidate |templates )?--help\) \/ .*\(see phuluc/,
    );
  });

  it('a bug ends in one line and exit 70, not a stack', async () => {
    const io = fakeIo();
    io.out = () => {
      throw new TypeError('boom\n    at somewhere (file.js:1:1)');
    };
    const code = await main(['scan', path.join(fixtures, 'seed003-tasks.xlsx')], io);
    expect(code).toBe(EXIT.bug);
    expect(code).toBe(70);
    const lines = io.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Lỗi không mong đợi .*TypeError: boom .* \/ Unexpected error .*TypeError: boom/,
    );
  });
});

describe('phuluc help and version', () => {
  const help = async (argv: string[]) => {
    const io = fakeIo();
    const code = await main(argv, io);
    expect(code).toBe(EXIT.ok);
    expect(io.stderr).toBe('');
    return io.stdout;
  };

  it('prints the general help for no command, help, --help and -h', async () => {
    const text = await help(['--help']);
    expect(text).toContain('Cách dùng / Usage:');
    for (const argv of [[], ['help'], ['-h']]) expect(await help(argv)).toBe(text);
    for (const c of ['scan', 'consolidate', 'templates']) expect(text).toContain(`phuluc ${c} `);
    expect(text).toMatch(/70 +lỗi của PhuLuc/);
  });

  it.each(['scan', 'consolidate', 'templates'] as const)(
    '%s: --help, -h, "help %s" and "--help %s" print its description, options and an example',
    async (command) => {
      const text = await help([command, '--help']);
      expect(await help([command, '-h'])).toBe(text);
      expect(await help(['help', command])).toBe(text);
      expect(await help(['--help', command])).toBe(text);
      // --help wins over anything else typed, even a wrong option.
      expect(await help([command, '--bogus', '-h'])).toBe(text);
      expect(text.split('\n')[0]).toMatch(new RegExp(`^phuluc ${command} — \\S`));
      expect(text).toContain('Tùy chọn / Options:');
      expect(text).toContain(`Ví dụ / Example:\n  phuluc ${command} `);
      for (const option of Object.keys(COMMANDS[command].options))
        expect(text).toContain(`--${option}`);
      for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
    },
  );

  it('--version, -v and version print the version of package.json', async () => {
    const { version } = JSON.parse(
      readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'),
    ) as { version: string };
    for (const argv of [['--version'], ['-v'], ['version']])
      expect(await help(argv)).toBe(`${version}\n`);
  });

  it('lists every option the README gives each command, and only options the command takes', () => {
    const readme = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
    const general = generalHelp();
    for (const command of ['scan', 'consolidate', 'templates'] as const) {
      const lines = readme.split('\n').filter((l) => l.includes(`phuluc ${command} `));
      expect(lines.length).toBeGreaterThan(0);
      const inReadme = new Set(lines.flatMap((l) => l.match(/--[a-z-]+/g) ?? []));
      const known = Object.keys(COMMANDS[command].options).map((o) => `--${o}`);
      for (const option of inReadme) expect(known).toContain(option);
      const usage = COMMANDS[command].usage.join(' ');
      for (const option of known) {
        expect(usage).toContain(option);
        expect(general).toContain(option);
      }
    }
  });

  it('offers the periods the core knows', () => {
    expect([...PERIODS]).toEqual([...PERIOD_KINDS]);
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
      due: { status: 'overdue', date: '2023-06-30', days: -87 },
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
