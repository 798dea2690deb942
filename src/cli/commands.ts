/**
 * What `phuluc` accepts and how it explains itself: the commands, their options, the help texts
 * and the exit statuses. Light on purpose (Node's fs and path only): `phuluc --help` and
 * `--version` load this and nothing of exceljs or the core.
 */
import { readFileSync } from 'fs';
import path from 'path';

/** Exit statuses (README "Exit status"). */
export const EXIT = {
  /** Done; issues found in the files still end in 0. */
  ok: 0,
  /** An input could not be read (the plan; for scan the workbook) or the output could not be written. */
  input: 1,
  /** Same status as {@link EXIT.input}: the output could not be written. */
  output: 1,
  /** Bad usage: unknown command or option, missing or wrong value. */
  usage: 2,
  /** A bug in PhuLuc (EX_SOFTWARE): one line, no stack trace. */
  bug: 70,
} as const;

export type CommandName = 'scan' | 'consolidate' | 'templates';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** The value's placeholder in the help ("YYYY-MM-DD"). */
  readonly value?: string;
  readonly vi: string;
  readonly en: string;
  /** A third line (the values to choose from). */
  readonly more?: string;
}

export interface CommandSpec {
  readonly name: CommandName;
  /** One line each language: what the command does. */
  readonly vi: string;
  readonly en: string;
  /** The synopsis, as typed. */
  readonly usage: readonly string[];
  /** Whether the command takes file names without an option before them. */
  readonly positionals: boolean;
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly examples: readonly string[];
  /** Said after the options (both languages). */
  readonly notes?: readonly string[];
}

/** The report periods of Decree 09/2019 (core/period PERIOD_KINDS; a test keeps them equal). */
export const PERIODS = ['month', 'quarter', 'half', 'nine-months', 'year'] as const;

const AS_OF: OptionSpec = {
  type: 'string',
  value: 'YYYY-MM-DD',
  vi: 'ngày báo cáo, ngày tính quá hạn (mặc định: hôm nay)',
  en: 'the report date, deadlines are judged on it (default: today)',
};
const YEAR: OptionSpec = {
  type: 'string',
  value: 'YYYY',
  vi: 'năm kế hoạch, thay cho năm ghi trong tiêu đề kế hoạch',
  en: "the plan year, instead of the one in the plan's title",
};
const JSON_OPTION: OptionSpec = {
  type: 'boolean',
  vi: 'in đúng một tài liệu JSON thay cho bản tóm tắt',
  en: 'print exactly one JSON document instead of the summary',
};

export const COMMANDS: Readonly<Record<CommandName, CommandSpec>> = {
  scan: {
    name: 'scan',
    vi: 'Kiểm tra một kế hoạch: bảng, mục, đơn vị, thời hạn, chỉ tiêu, lỗi kèm trang và ô.',
    en: 'Check one plan: tables, sections, units, deadlines, indicators, issues by cell.',
    usage: ['phuluc scan <workbook.xlsx> [--as-of YYYY-MM-DD] [--year YYYY] [--days N] [--json]'],
    positionals: true,
    options: {
      'as-of': AS_OF,
      year: YEAR,
      days: {
        type: 'string',
        value: 'N',
        vi: 'số ngày "sắp đến hạn", 0–366 (mặc định 7)',
        en: 'the "due soon" window in days, 0–366 (default 7)',
      },
      json: JSON_OPTION,
    },
    examples: [
      'phuluc scan samples/kiem-soat-tthc-2023.xlsx --as-of 2023-09-25',
      'phuluc scan samples/ke-hoach-cchc-2021-2025.xlsx --json',
    ],
  },
  consolidate: {
    name: 'consolidate',
    vi: 'Tổng hợp các tệp đơn vị thành sổ tính báo cáo MỚI (không ghi đè tệp nào).',
    en: 'Merge the unit workbooks into a NEW report workbook (no input is overwritten).',
    usage: [
      'phuluc consolidate --plan <plan.xlsx> [<unit.xlsx> ...] [--as-of YYYY-MM-DD] [--year YYYY]',
      '                   [--period month|quarter|half|nine-months|year] [--out <report.xlsx>] [--json]',
      '                   [--number <số>] [--signer <chức vụ>] [--signer-name <họ tên>]',
      '                   [--recipients <nơi nhận>]',
    ],
    positionals: true,
    options: {
      plan: {
        type: 'string',
        value: '<plan.xlsx>',
        vi: 'kế hoạch (bắt buộc); các tệp đơn vị đứng sau, không tùy chọn',
        en: 'the plan (required); the unit workbooks follow, with no option',
      },
      'as-of': AS_OF,
      year: YEAR,
      period: {
        type: 'string',
        value: '<kỳ/period>',
        vi: 'kỳ báo cáo (NĐ 09/2019); mặc định: quý chứa ngày báo cáo',
        en: 'the report period (Decree 09/2019); default: the quarter of the as-of date',
        more: PERIODS.join(' | '),
      },
      out: {
        type: 'string',
        value: '<report.xlsx>',
        vi: 'tệp .xlsx sẽ ghi; mặc định: <kế hoạch>-tong-hop.xlsx cạnh kế hoạch',
        en: 'the .xlsx file to write; default: <plan>-tong-hop.xlsx beside the plan',
      },
      json: JSON_OPTION,
      number: {
        type: 'string',
        value: '<số>',
        vi: 'số báo cáo sau "Số:", ví dụ 125/BC-SKHCN (mặc định: để trống)',
        en: 'the number after "Số:", e.g. 125/BC-SKHCN (default: blank)',
      },
      signer: {
        type: 'string',
        value: '<chức vụ>',
        vi: 'chức vụ người ký (mặc định GIÁM ĐỐC; \\n để xuống dòng)',
        en: "the signer's title (default GIÁM ĐỐC; \\n for a second line)",
      },
      'signer-name': {
        type: 'string',
        value: '<họ tên>',
        vi: 'họ tên người ký (mặc định: để trống, ghi tay)',
        en: "the signer's name (default: blank, written by hand)",
      },
      recipients: {
        type: 'string',
        value: '<nơi nhận>',
        vi: 'các dòng "Nơi nhận:", cách nhau bằng \\n (mặc định: Như trên; Lưu: VT, …)',
        en: 'lines under "Nơi nhận:", separated by \\n (default: Như trên; Lưu: VT, …)',
      },
    },
    examples: [
      'phuluc consolidate --plan samples/tong-hop/ke-hoach-cai-cach-tthc-2024.xlsx \\',
      '  samples/tong-hop/van-phong-so.xlsx samples/tong-hop/phong-qlkh.xlsx \\',
      '  --as-of 2024-10-20 --period quarter --out out/bao-cao.xlsx',
    ],
    notes: [
      'Tệp đơn vị không đọc được được nêu tên và bỏ qua; các tệp khác vẫn được tổng hợp.',
      'A unit file that cannot be read is named and left out; the others are still merged.',
      '--days chỉ dùng cho scan: bản tổng hợp xếp nhiệm vụ theo trạng thái, không có "sắp đến hạn".',
      '--days is for scan only: the consolidation sorts tasks by status, with no "due soon" list.',
    ],
  },
  templates: {
    name: 'templates',
    vi: 'Tạo biểu mẫu báo cáo .xlsx cho từng đơn vị trong danh mục đơn vị của kế hoạch.',
    en: "Write one .xlsx report template per unit in the plan's roster.",
    usage: ['phuluc templates --plan <plan.xlsx> --out-dir <dir> [--json]'],
    positionals: false,
    options: {
      plan: {
        type: 'string',
        value: '<plan.xlsx>',
        vi: 'kế hoạch (bắt buộc)',
        en: 'the plan (required)',
      },
      'out-dir': {
        type: 'string',
        value: '<thư mục/dir>',
        vi: 'thư mục ghi các biểu mẫu (bắt buộc; tạo nếu chưa có)',
        en: 'the folder the templates are written to (required; created if missing)',
      },
      json: {
        type: 'boolean',
        vi: 'in đúng một tài liệu JSON: các tệp đã ghi',
        en: 'print exactly one JSON document: the files written',
      },
    },
    examples: [
      'phuluc templates --plan samples/tong-hop/ke-hoach-cai-cach-tthc-2024.xlsx --out-dir out/bieu-mau',
    ],
  },
};

export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

export function isCommand(name: string | undefined): name is CommandName {
  return name !== undefined && Object.prototype.hasOwnProperty.call(COMMANDS, name);
}

/** PhuLuc's version, from package.json (two folders up from src/cli and from lib/cli alike). */
export function version(): string {
  try {
    const file = path.join(__dirname, '..', '..', 'package.json');
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

const HELP_OPTION = '-h, --help';
const COLUMN = 26;

function optionLines(spec: CommandSpec): string[] {
  const lines: string[] = [];
  const entries: [string, { vi: string; en: string; more?: string }][] = Object.entries(
    spec.options,
  ).map(([name, o]) => [`--${name}${o.value ? ` ${o.value}` : ''}`, o]);
  entries.push([HELP_OPTION, { vi: 'in trợ giúp này', en: 'print this help' }]);
  for (const [label, o] of entries) {
    lines.push(`  ${label.padEnd(COLUMN - 2)}${o.vi}`);
    lines.push(`  ${''.padEnd(COLUMN - 2)}${o.en}`);
    if (o.more) lines.push(`  ${''.padEnd(COLUMN - 2)}${o.more}`);
  }
  return lines;
}

const EXIT_LINES = [
  'Mã thoát / Exit status:',
  '  0   xong (có vấn đề trong tệp vẫn là 0) / done (issues found in the files still give 0)',
  '  1   không đọc được tệp đầu vào, hoặc không ghi được tệp kết quả',
  '      an input could not be read, or the output could not be written',
  '  2   sai cú pháp lệnh / bad usage',
  '  70  lỗi của PhuLuc (xin báo lại) / a bug in PhuLuc (please report it)',
];

/**
 * `phuluc --help`: every command with its options, the common options and the exit statuses.
 * @example generalHelp().startsWith('PhuLuc ') // true
 */
export function generalHelp(): string {
  const lines = [
    `PhuLuc ${version()} — phụ lục kế hoạch trong Excel / plan appendices in Excel`,
    '',
    'Cách dùng / Usage:',
    ...COMMAND_NAMES.flatMap((c) => COMMANDS[c].usage.map((u) => `  ${u}`)),
    '  phuluc help [<lệnh/command>]',
    '  phuluc --version',
    '',
    'Lệnh / Commands:',
    ...COMMAND_NAMES.flatMap((c) => [
      `  ${c.padEnd(13)}${COMMANDS[c].vi}`,
      `  ${''.padEnd(13)}${COMMANDS[c].en}`,
    ]),
    '',
    'Tùy chọn chung / Common options:',
    `  ${HELP_OPTION.padEnd(COLUMN - 2)}in trợ giúp (của một lệnh: phuluc <lệnh> --help)`,
    `  ${''.padEnd(COLUMN - 2)}print help (for one command: phuluc <command> --help)`,
    `  ${'-v, --version'.padEnd(COLUMN - 2)}in số phiên bản / print the version`,
    '',
    ...EXIT_LINES,
    '',
    'Chi tiết từng lệnh / Each command in detail: phuluc help <scan|consolidate|templates>',
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * `phuluc <command> --help`: what it does (both languages), its usage, options and an example.
 * @example commandHelp('scan').includes('--days N') // true
 */
export function commandHelp(name: CommandName): string {
  const spec = COMMANDS[name];
  const lines = [
    `phuluc ${name} — ${spec.vi}`,
    `${''.padEnd(`phuluc ${name} — `.length)}${spec.en}`,
    '',
    'Cách dùng / Usage:',
    ...spec.usage.map((u) => `  ${u}`),
    '',
    'Tùy chọn / Options:',
    ...optionLines(spec),
    ...(spec.notes ? ['', ...spec.notes] : []),
    '',
    'Ví dụ / Example:',
    ...spec.examples.map((e) => `  ${e}`),
    '',
    ...EXIT_LINES,
  ];
  return `${lines.join('\n')}\n`;
}
