/**
 * The command line as a user runs it: `node bin/phuluc.js …` on the compiled lib/ (`npm test`
 * builds it first). Every failure is one line on stderr, Vietnamese / English, with a documented
 * exit status, no stack trace and nothing on stdout (without --json).
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { compoundFile, ODS_MIMETYPE, zipOf } from '../io/xlsx/_test/files';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'phuluc.js');
const PLAN = path.join(ROOT, 'samples', 'tong-hop', 'ke-hoach-cai-cach-tthc-2024.xlsx');
const UNIT = path.join(ROOT, 'samples', 'tong-hop', 'van-phong-so.xlsx');
const linux = process.platform === 'linux' ? it : it.skip;

interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

function phuluc(...args: string[]): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1', PHULUC_DEBUG: '' },
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

const VIETNAMESE = /[ăâđêôơưáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữự]/i;
const ENGLISH = /\b(the|is|not|no|must|missing|unknown|cannot|an?|file|folder|option|see)\b/i;

/** Exit `code`, one line on stderr in both languages holding each fragment, nothing on stdout. */
function expectFailure(run: Run, code: number, ...fragments: (string | RegExp)[]): string {
  expect(run.signal).toBeNull(); // finished by itself: no hang killed by the timeout
  expect({ code: run.code, stderr: run.stderr }).toMatchObject({ code });
  expect(run.stdout).toBe('');
  expect(run.stderr).not.toMatch(/^\s+at /m);
  const lines = run.stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  const line = lines[0]!;
  const slash = line.indexOf(' / ');
  expect(slash).toBeGreaterThan(0);
  expect(line.slice(0, slash)).toMatch(VIETNAMESE);
  expect(line.slice(slash)).toMatch(ENGLISH);
  for (const f of fragments) {
    if (typeof f === 'string') expect(line).toContain(f);
    else expect(line).toMatch(f);
  }
  return line;
}

let dir: string;
beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'lib', 'cli', 'main.js')))
    throw new Error('lib/ is not built: run `npm run build:cli` (npm test does)');
  dir = mkdtempSync(path.join(os.tmpdir(), 'phuluc-bin-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('help and version', () => {
  it.each([['--help'], ['-h'], ['help']])('phuluc %s prints the general help', (arg) => {
    const run = phuluc(arg);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Cách dùng / Usage:');
    for (const option of [
      '--as-of',
      '--year',
      '--days',
      '--period',
      '--out',
      '--out-dir',
      '--json',
    ])
      expect(run.stdout).toContain(option);
  });

  it.each([
    ['scan', '--help'],
    ['consolidate', '--help'],
    ['templates', '-h'],
    ['help', 'consolidate'],
  ])('phuluc %s %s prints that command’s help', (a, b) => {
    const run = phuluc(a, b);
    const command = a === 'help' ? b : a;
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(new RegExp(`^phuluc ${command} — `));
    expect(run.stdout).toContain('Tùy chọn / Options:');
    expect(run.stdout).toContain('Ví dụ / Example:');
  });

  it.each([['--version'], ['-v']])('phuluc %s prints the version from package.json', (arg) => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    const run = phuluc(arg);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${version}\n`);
    expect(run.stderr).toBe('');
  });

  it('--help loads neither exceljs nor the core', () => {
    const script = `
      const main = require(${JSON.stringify(path.join(ROOT, 'lib', 'cli', 'main.js'))});
      main.main(['--help'], { out() {}, err() {}, color: false, today: () => '',
        readFile: async () => new Uint8Array() }).then((code) => {
        const loaded = Object.keys(require.cache);
        process.stdout.write(JSON.stringify({
          code,
          exceljs: loaded.some((k) => k.includes('exceljs')),
          core: loaded.some((k) => k.includes(${JSON.stringify(`${path.sep}core${path.sep}`)})),
        }));
      });`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 30_000 });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ code: 0, exceljs: false, core: false });
  });
});

describe('bad usage: exit 2, one line', () => {
  it.each<[string[], (string | RegExp)[]]>([
    [['frobnicate'], ['Unknown command "frobnicate"']],
    [
      ['scan', 'a.xlsx', '--days', '-3'],
      ['--days phải là', '--days must be', '"-3"'],
    ],
    [
      ['scan', 'a.xlsx', '--bogus'],
      ['--bogus', 'Unknown option --bogus'],
    ],
    [['scan', 'a.xlsx', '--as-of'], ['Missing a value after --as-of']],
    [['scan', 'a.xlsx', '--json=1'], ['--json takes no value']],
    [['templates', 'p.xlsx', '--out-dir', 'x'], ['Unexpected argument: p.xlsx']],
    [['consolidate', '--plan', PLAN, '--days', '3'], ['--days is for scan only']],
    [
      ['consolidate', '--plan', PLAN, '--period', 'week'],
      ['--period', '"week"'],
    ],
  ])('phuluc %j', (args, fragments) => {
    expectFailure(phuluc(...args), 2, ...fragments);
  });

  it('consolidate --out x.csv is refused: the report is an .xlsx workbook', () => {
    const out = path.join(dir, 'bao-cao.csv');
    expectFailure(phuluc('consolidate', '--plan', PLAN, '--out', out), 2, out, /\.xlsx/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('the output cannot be written: exit 1, one line naming the path and what to do', () => {
  it('consolidate --out an existing folder', () => {
    const folder = path.join(dir, 'a-folder');
    mkdirSync(folder);
    expectFailure(
      phuluc('consolidate', '--plan', PLAN, '--out', folder),
      1,
      `${folder} là một thư mục`,
      `${folder} is a folder; choose a file name`,
    );
  });

  it('consolidate --out under a regular file', () => {
    const file = path.join(dir, 'a-file');
    writeFileSync(file, 'x');
    const out = path.join(file, 'bao-cao.xlsx');
    expectFailure(
      phuluc('consolidate', '--plan', PLAN, '--out', out),
      1,
      out,
      `${file} is a file, not a folder`,
    );
  });

  linux('consolidate --out /proc/x/y.xlsx ends at once (no endless mkdir loop)', () => {
    expectFailure(
      phuluc('consolidate', '--plan', PLAN, '--out', '/proc/x/y.xlsx'),
      1,
      '/proc/x/y.xlsx',
      'the folder /proc/x does not exist and cannot be created',
    );
  });

  linux('consolidate --out a folder that cannot be written to', () => {
    if (!existsSync('/sys/kernel')) return;
    expectFailure(
      phuluc('consolidate', '--plan', PLAN, '--out', '/sys/bao-cao.xlsx'),
      1,
      '/sys/bao-cao.xlsx',
      /not writable|cannot be created/,
    );
  });

  it('templates --out-dir a regular file', () => {
    const file = path.join(dir, 'not-a-folder');
    writeFileSync(file, 'x');
    expectFailure(
      phuluc('templates', '--plan', PLAN, '--out-dir', file),
      1,
      `${file} is a file, not a folder`,
      '--out-dir',
    );
  });

  linux('templates --out-dir under /proc', () => {
    expectFailure(
      phuluc('templates', '--plan', PLAN, '--out-dir', '/proc/x/bieu-mau'),
      1,
      'cannot be created',
    );
  });
});

describe('inputs PhuLuc cannot read: exit 1, one line saying what was given and what to do', () => {
  const files: Record<string, () => Promise<Uint8Array> | Uint8Array> = {
    'cu.xls': () => compoundFile(['Workbook', '\u0005SummaryInformation']),
    'mat-khau.xlsx': () => compoundFile(['EncryptionInfo', 'EncryptedPackage']),
    'nhi-phan.xlsb': () => zipOf({ '[Content_Types].xml': '<Types/>', 'xl/workbook.bin': 'b' }),
    'libreoffice.ods': () => zipOf({ 'content.xml': '<x/>' }, ODS_MIMETYPE),
    'bang.csv': () => new TextEncoder().encode('STT;Nội dung;Đơn vị chủ trì\r\n1;Rà soát;VP\r\n'),
    'rong.xlsx': () => new Uint8Array(0),
  };
  beforeAll(async () => {
    for (const [name, make] of Object.entries(files))
      writeFileSync(path.join(dir, name), await make());
  });

  it.each<[string, string, string]>([
    ['cu.xls', 'Excel cũ dạng .xls', 'An old Excel .xls workbook'],
    ['mat-khau.xlsx', 'có mật khẩu', 'password-protected'],
    ['nhi-phan.xlsb', 'nhị phân Excel (.xlsb)', 'Excel binary workbook (.xlsb)'],
    ['libreoffice.ods', 'OpenDocument (.ods', 'OpenDocument spreadsheet (.ods'],
    ['bang.csv', 'Tệp là văn bản', 'A text/CSV file'],
    ['rong.xlsx', 'Tệp rỗng (0 byte)', 'The file is empty (0 bytes)'],
  ])('scan %s', (name, vi, en) => {
    const line = expectFailure(phuluc('scan', path.join(dir, name)), 1, vi, en, name);
    if (name !== 'mat-khau.xlsx' && name !== 'rong.xlsx') expect(line).toContain('.xlsx');
  });

  it('scan a folder', () => {
    expectFailure(phuluc('scan', dir), 1, 'là một thư mục', 'is a folder', dir);
  });

  it('scan a missing file', () => {
    const missing = path.join(dir, 'khong-co.xlsx');
    expectFailure(phuluc('scan', missing), 1, 'Không tìm thấy tệp', 'File not found', missing);
  });

  it('consolidate with an .xls plan; --json names the failure', () => {
    const plan = path.join(dir, 'cu.xls');
    expectFailure(phuluc('consolidate', '--plan', plan), 1, 'Excel cũ dạng .xls');
    const run = phuluc('consolidate', '--plan', plan, '--json');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ file: plan, error: { code: 'legacy-xls' } });
  });
});

describe('unexpected errors: exit 70, one line, no stack', () => {
  /** Runs bin/phuluc.js with a preloaded script that breaks one part of the compiled CLI. */
  function broken(preload: string, ...args: string[]): Run {
    const file = path.join(dir, `preload-${Math.random().toString(36).slice(2)}.js`);
    writeFileSync(file, preload);
    const r = spawnSync(process.execPath, ['--require', file, BIN, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, PHULUC_DEBUG: '' },
    });
    return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
  }
  const lib = (m: string) => JSON.stringify(path.join(ROOT, 'lib', 'cli', m));

  it('a bug inside a command', () => {
    const run = broken(
      `require(${lib('scan.js')}).runScan = async () => { throw new TypeError('boom\\n    at x (y.js:1:1)'); };`,
      'scan',
      PLAN,
    );
    expectFailure(run, 70, 'Lỗi không mong đợi', 'Unexpected error', 'TypeError: boom');
  });

  it('a rejection that escapes main (bin/phuluc.js handles it)', () => {
    const run = broken(
      `require(${lib('main.js')}).run = () => Promise.reject(new RangeError('escaped'));`,
      '--help',
    );
    expectFailure(run, 70, 'Unexpected error', 'RangeError: escaped');
  });
});

describe('consolidate --year and a folder to create', () => {
  it('writes the report into folders it creates, with the plan year given', () => {
    const out = path.join(dir, 'a', 'b', 'bao-cao.xlsx');
    const run = phuluc(
      'consolidate',
      '--plan',
      PLAN,
      UNIT,
      '--as-of',
      '2024-10-20',
      '--year',
      '2024',
      '--out',
      out,
      '--json',
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ output: out });
    expect(existsSync(out)).toBe(true);
  });
});
