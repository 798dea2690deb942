/**
 * Hostile inputs (issue #7), each run through `phuluc` in-process. Every case must end in a clear
 * one-line Vietnamese/English message naming the file (exit 1) or in a result with issues
 * (exit 0): no exception, no stack trace, no hang (each test has its own time limit), and the
 * input files byte for byte as they were (checked by `phuluc()` with sha256).
 */
import { mkdtempSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { EXIT } from '../../src/cli/main';
import { READ_LIMITS } from '../../src/io/xlsx/read';
import { CASE_IDS, generateAdversarial, type AdversarialCase } from './generate';
import { LONE_SURROGATE, phuluc, sha256, type Run } from './run';

const dir = mkdtempSync(path.join(os.tmpdir(), 'phuluc-adversarial-'));
let cases: Record<string, AdversarialCase> = {};

beforeAll(async () => {
  cases = await generateAdversarial(dir);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FAST = 10_000;
const SLOW = 60_000;

interface ScanJson {
  tables: { kind: string; sheet: string; items: { key: string; lead: string[] }[] }[];
  issues: { code: string; sheet?: string; cell?: string; message: string; messageEn: string }[];
}

function file(id: string): string {
  const c = cases[id];
  if (!c) throw new Error(`no case ${id}`);
  return c.files[0]!;
}

/** No stack trace, no "Unexpected error", and nothing but the one message on failure. */
function expectClean(run: Run): void {
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stderr).not.toMatch(/Unexpected error|TypeError|RangeError/);
  expect([EXIT.ok, EXIT.input]).toContain(run.code);
}

async function scanJson(id: string): Promise<ScanJson> {
  const run = await phuluc(['scan', file(id), '--json'], [file(id)]);
  expectClean(run);
  expect(run.code).toBe(EXIT.ok);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as ScanJson;
}

/** Exit 1 with one line, in both languages, naming the file; the JSON names the failure. */
async function refused(id: string, failure: string, vi: RegExp, en: RegExp): Promise<void> {
  const run = await phuluc(['scan', file(id), '--json'], [file(id)]);
  expectClean(run);
  expect(run.code).toBe(EXIT.input);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(vi);
  expect(lines[0]).toMatch(en);
  expect(lines[0]).toContain(file(id));
  expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: failure } });
}

const codes = (json: ScanJson) => new Set(json.issues.map((i) => i.code));

it(
  'generates at least 30 distinct cases, deterministically',
  async () => {
    expect(CASE_IDS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CASE_IDS).size).toBe(CASE_IDS.length);
    const again = mkdtempSync(path.join(os.tmpdir(), 'phuluc-adversarial-again-'));
    try {
      const some = ['sheet-names', 'merged-header', 'encrypted', 'two-files-one-unit'];
      const second = await generateAdversarial(again, some);
      for (const id of some)
        expect(second[id]!.files.map(sha256)).toEqual(cases[id]!.files.map(sha256));
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  },
  FAST,
);

describe('not a workbook', () => {
  it.each([['zip-without-workbook'], ['docx-renamed']])(
    '%s: "not an Excel workbook"',
    (id) => refused(id, 'not-a-workbook', /không phải sổ tính Excel/, /Not an Excel workbook/),
    FAST,
  );

  it(
    'not-a-zip: told as a text/CSV file to save as .xlsx',
    () =>
      refused(
        'not-a-zip',
        'text-file',
        /Tệp là văn bản.*lưu lại dạng \.xlsx/,
        /text\/CSV file.*save it as \.xlsx/,
      ),
    FAST,
  );

  it(
    'empty-file: told as empty (0 bytes)',
    () => refused('empty-file', 'empty-file', /Tệp rỗng \(0 byte\)/, /empty \(0 bytes\)/),
    FAST,
  );

  it(
    'encrypted: reported as protected by a password, not a crash',
    () => refused('encrypted', 'encrypted-workbook', /có mật khẩu/, /password-protected/),
    FAST,
  );

  it(
    'legacy-xls: reported as an old .xls to save as .xlsx',
    () =>
      refused(
        'legacy-xls',
        'legacy-xls',
        /Excel cũ dạng \.xls.*\.xlsx/,
        /old Excel \.xls.*save it as \.xlsx/,
      ),
    FAST,
  );
});

describe('damaged workbooks', () => {
  it.each([
    ['truncated'],
    ['truncated-directory'],
    ['corrupt-shared-strings'],
    ['short-shared-strings'],
    ['xml-entities'],
    ['overlapping-merges'],
    ['sheet-names-brackets'],
  ])(
    '%s: "cannot be read"',
    (id) => refused(id, 'unreadable-workbook', /Không đọc được sổ tính/, /cannot be read/),
    FAST,
  );
});

describe('zip bombs and oversized files: refused above the stated limits', () => {
  const vi = /Tệp quá lớn.*50 MB.*200 MB.*100 MB/;
  const en = /too large.*50 MB.*200 MB.*100 MB/;

  it('states the limits the reader applies', () => {
    expect(READ_LIMITS).toEqual({
      fileBytes: 50 * 2 ** 20,
      totalUncompressedBytes: 200 * 2 ** 20,
      entryUncompressedBytes: 100 * 2 ** 20,
      entries: 10_000,
    });
  });

  it.each([
    ['bomb-entry', 'one 150 MB part'],
    ['bomb-total', '270 MB in three parts'],
    ['bomb-zip64', 'a 5 GB part stated through ZIP64'],
    ['bomb-lying-sizes', 'sizes that lie: checked while inflating, stopped at the limit'],
    ['bomb-many-parts', '20,000 parts'],
    ['bomb-file-size', 'a 51 MB file'],
  ])('%s (%s)', (id) => refused(id, 'too-large', vi, en), FAST);
});

describe('empty and near-empty workbooks', () => {
  it(
    'empty-workbook: "the workbook is empty" (whitespace-only cells count as empty)',
    () => refused('empty-workbook', 'empty-workbook', /Sổ tính trống/, /The workbook is empty/),
    FAST,
  );

  it(
    'header-only: tables with no rows, no crash',
    async () => {
      const json = await scanJson('header-only');
      expect(json.tables.map((t) => [t.kind, t.items.length])).toEqual([
        ['tasks', 0],
        ['indicators', 0],
      ]);
    },
    FAST,
  );

  it(
    'all-hidden: hidden sheets are still read',
    async () => {
      const json = await scanJson('all-hidden');
      expect(json.tables[0]!.items).toHaveLength(6);
    },
    FAST,
  );
});

describe('big and wide', () => {
  it(
    'last-row: a used range down to row 1,048,576',
    async () => {
      const json = await scanJson('last-row');
      expect(json.tables[0]!.items).toHaveLength(10);
    },
    FAST,
  );

  it(
    'wide-16384: every column used',
    async () => {
      const json = await scanJson('wide-16384');
      expect(json.tables[0]!.items).toHaveLength(20);
    },
    FAST,
  );

  it(
    'rows-100k: a 100,000-row table is read to the end',
    async () => {
      const run = await phuluc(['scan', file('rows-100k')], [file('rows-100k')]);
      expectClean(run);
      expect(run.code).toBe(EXIT.ok);
      // STT past 999 is not read as a task number (docs/LIMITS.md): rows 1000+ become sub-rows
      // of task 999 ("999.a" … "999.eqxd"), so every row is still read, to the last.
      expect(run.stdout).toMatch(/PL1!A2:E100002: 100\.000 nhiệm vụ \/ tasks/);
      expect(run.stdout).not.toMatch(/999\.[^a-z\s"]/); // sub-row letters never leave a…z
    },
    SLOW,
  );

  it(
    'merges-10k: 10,000 merged ranges',
    async () => {
      const json = await scanJson('merges-10k');
      expect(json.tables[0]!.items).toHaveLength(9_999);
    },
    SLOW,
  );

  it(
    'long-cells: 32,767 characters in every column',
    async () => {
      const json = await scanJson('long-cells');
      expect(json.tables[0]!.items.length).toBeGreaterThanOrEqual(5);
      expect(codes(json).has('deadline-unparsed')).toBe(true);
    },
    FAST,
  );

  it(
    'nested-sections: 40 levels of numbering',
    async () => {
      const json = await scanJson('nested-sections');
      expect(json.tables[0]!.items.length).toBeGreaterThan(30);
    },
    FAST,
  );
});

describe('odd cell contents', () => {
  it(
    'formula-errors: each error cell is reported, none is used',
    async () => {
      const json = await scanJson('formula-errors');
      const errors = json.issues.filter((i) => i.code === 'formula-error');
      expect(errors.length).toBeGreaterThanOrEqual(14 * 4);
      expect(errors.every((i) => /^[A-E]\d+$/.test(i.cell ?? ''))).toBe(true);
    },
    FAST,
  );

  it(
    'merged-header: merges over, across and into the header',
    async () => {
      const json = await scanJson('merged-header');
      expect(json.tables[0]!.items).toHaveLength(12);
    },
    FAST,
  );

  it(
    'duplicate-headers: the repeats are named, the first column is used',
    async () => {
      const json = await scanJson('duplicate-headers');
      expect(
        json.issues.filter((i) => i.code === 'duplicate-header').length,
      ).toBeGreaterThanOrEqual(3);
      expect(json.tables[0]!.items).toHaveLength(8);
    },
    FAST,
  );

  it(
    'dates-1900: serial 0, 60 and negatives, pre-1900 text and dates',
    async () => {
      const json = await scanJson('dates-1900');
      expect(json.tables[0]!.items).toHaveLength(10);
      expect([...codes(json)]).toEqual(
        expect.arrayContaining(['impossible-date', 'deadline-outside-plan']),
      );
    },
    FAST,
  );

  it(
    'text-in-numbers: reported as not a number, never read as one',
    async () => {
      const json = await scanJson('text-in-numbers');
      expect([...codes(json)]).toEqual(
        expect.arrayContaining(['actual-not-number', 'target-unparsed']),
      );
    },
    FAST,
  );

  it(
    'types-swapped: numbers, booleans and dates where text is expected',
    async () => {
      const json = await scanJson('types-swapped');
      expect(json.tables).toHaveLength(1);
    },
    FAST,
  );

  it(
    'units-not-in-roster: each unknown unit is named',
    async () => {
      const json = await scanJson('units-not-in-roster');
      const unknown = json.issues.filter((i) => i.code === 'unknown-unit').map((i) => i.message);
      expect(unknown.join('\n')).toContain('Phòng Bí Ẩn');
      expect(unknown.join('\n')).toContain('Sở XYZ');
    },
    FAST,
  );

  it(
    'emoji: non-BMP characters survive whole in JSON and in the summary',
    async () => {
      const json = await scanJson('emoji');
      expect(json.tables[0]!.sheet).toBe('Kế hoạch 🚀');
      expect(JSON.stringify(json)).toContain('𠀀𠀁 👨‍👩‍👧 🇻🇳');
      const summary = await phuluc(['scan', file('emoji')], [file('emoji')]);
      expect(summary.code).toBe(EXIT.ok);
      expect(summary.stdout).not.toMatch(LONE_SURROGATE);
    },
    FAST,
  );

  it(
    'invisible-headers: zero-width, bidi and BOM characters do not hide the header',
    async () => {
      const json = await scanJson('invisible-headers');
      expect(json.tables[0]!.items).toHaveLength(6);
      expect(json.tables[0]!.items[0]!.lead).toEqual([expect.stringContaining('Văn phòng')]);
    },
    FAST,
  );

  it(
    'sheet-names: quotes, apostrophes and "!" in a sheet name',
    async () => {
      const json = await scanJson('sheet-names');
      expect(json.tables[0]!.sheet).toBe(`PL1 'Nhiệm vụ' "2025"! (A)`);
    },
    FAST,
  );

  it.each([['xlsm-renamed'], ['xltx-renamed']])(
    '%s: read like an .xlsx',
    async (id) => {
      const json = await scanJson(id);
      expect(json.tables[0]!.items).toHaveLength(12);
    },
    FAST,
  );
});

describe('legacy Vietnamese encodings: detected and reported, not guessed', () => {
  it.each([['legacy-tcvn3'], ['legacy-vni']])(
    '%s: exit 1 saying the file is in TCVN3/VNI and how to convert it',
    (id) =>
      refused(
        id,
        'legacy-encoding',
        /bảng mã cũ \(TCVN3\/VNI\).*Unikey/,
        /legacy Vietnamese encoding/,
      ),
    FAST,
  );

  it(
    'legacy-tcvn3-table: a warning once per sheet, with the cell',
    async () => {
      const json = await scanJson('legacy-tcvn3-table');
      const legacy = json.issues.filter((i) => i.code === 'legacy-encoding');
      expect(legacy).toHaveLength(1);
      expect(legacy[0]).toMatchObject({ sheet: 'PL1', cell: 'B3' });
      expect(legacy[0]!.message).toContain('TCVN3');
    },
    FAST,
  );
});

describe('consolidation', () => {
  interface ConsolidateJson {
    issues: { code: string; file?: string; message: string }[];
    units: { name: string; submitted: boolean; files: string[] }[];
  }
  const consolidateCase = async (id: string, units?: string[]) => {
    const c = cases[id]!;
    const [plan, ...rest] = c.files;
    const out = path.join(dir, 'out', `${id}.xlsx`);
    const run = await phuluc(
      ['consolidate', '--plan', plan!, ...(units ?? rest), '--out', out, '--json'],
      c.files,
    );
    expectClean(run);
    return { run, json: run.code === EXIT.ok ? (JSON.parse(run.stdout) as ConsolidateJson) : null };
  };
  const issueCodes = (json: ConsolidateJson | null) => json?.issues.map((i) => i.code) ?? [];

  it(
    'other-plan: a unit workbook for another plan is named as such',
    async () => {
      const { run, json } = await consolidateCase('other-plan');
      expect(run.code).toBe(EXIT.ok);
      expect(issueCodes(json)).toContain('unit-file-other-plan');
    },
    FAST,
  );

  it(
    'same-file-twice: the same unit file given twice is flagged',
    async () => {
      const unit = cases['same-file-twice']!.files[1]!;
      const { run, json } = await consolidateCase('same-file-twice', [unit, unit]);
      expect(run.code).toBe(EXIT.ok);
      expect(issueCodes(json)).toContain('unit-duplicate-file');
    },
    FAST,
  );

  it(
    'two-files-one-unit: duplicate unit and its contradictory statuses are named',
    async () => {
      const { run, json } = await consolidateCase('two-files-one-unit');
      expect(run.code).toBe(EXIT.ok);
      expect(issueCodes(json)).toEqual(
        expect.arrayContaining(['unit-duplicate-file', 'report-conflict']),
      );
    },
    FAST,
  );

  it(
    'unknown-unit-file: the unit is unknown, the file is not "another plan"',
    async () => {
      const { run, json } = await consolidateCase('unknown-unit-file');
      expect(run.code).toBe(EXIT.ok);
      expect(issueCodes(json)).toContain('unit-not-identified');
      expect(issueCodes(json)).not.toContain('unit-file-other-plan');
    },
    FAST,
  );

  it(
    'bad-unit-files: each bad unit file is named on its own line, the good one is merged',
    async () => {
      const { run, json } = await consolidateCase('bad-unit-files');
      expect(run.code).toBe(EXIT.ok);
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(4);
      for (const name of ['bomb.xlsx', 'encrypted.xlsx', 'truncated.xlsx', 'notes.xlsx'])
        expect(lines.filter((l) => l.includes(name))).toHaveLength(1);
      expect(lines.find((l) => l.includes('bomb.xlsx'))).toMatch(/quá lớn.*too large/);
      expect(json!.issues.filter((i) => i.code === 'unit-file-unreadable')).toHaveLength(4);
      expect(json!.units.find((u) => u.name === 'Thanh tra Sở')?.submitted).toBe(true);
    },
    FAST,
  );

  it(
    'plan-is-bomb: exit 1 naming the plan',
    async () => {
      const { run } = await consolidateCase('plan-is-bomb');
      expect(run.code).toBe(EXIT.input);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/quá lớn.*plan\.xlsx.*too large.*plan\.xlsx/);
    },
    FAST,
  );

  it(
    'sheet-names: a report on a plan with quotes in its sheet name',
    async () => {
      const plan = file('sheet-names');
      const out = path.join(dir, 'out', 'sheet-names-report.xlsx');
      const run = await phuluc(['consolidate', '--plan', plan, '--out', out], [plan]);
      expectClean(run);
      expect(run.code).toBe(EXIT.ok);
      const again = await phuluc(['scan', out, '--json'], [out]);
      expect(again.code).toBe(EXIT.ok);
    },
    FAST,
  );
});
