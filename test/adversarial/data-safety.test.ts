/**
 * Data safety (issue #7, part 2): PhuLuc never changes its inputs, never writes over one, and
 * writing the report again gives the same report sheets.
 *
 * Formula-looking text ("=SUM(A1)", "-Báo cáo…") staying text is tested where each writer is:
 * src/io/xlsx/write.test.ts ("keeps formula-looking strings as text") for exceljs and
 * src/io/excel/write.test.ts for Office.js; not repeated here.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { EXIT } from '../../src/cli/main';
import type { Grid } from '../../src/core/grid/types';
import { REPORT_SHEET_NAMES } from '../../src/core/report-model/build';
import { readWorkbook } from '../../src/io/xlsx/read';
import { phuluc, sha256 } from './run';

const demo = path.join(__dirname, '..', '..', 'samples', 'tong-hop');
const dir = mkdtempSync(path.join(os.tmpdir(), 'phuluc-safety-'));
const inputs = path.join(dir, 'in');
mkdirSync(inputs);
for (const f of readdirSync(demo)) copyFileSync(path.join(demo, f), path.join(inputs, f));
const plan = path.join(inputs, 'ke-hoach-cai-cach-tthc-2024.xlsx');
const units = readdirSync(inputs)
  .filter((f) => f !== path.basename(plan))
  .map((f) => path.join(inputs, f));
const all = [plan, ...units];

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const reportNames: readonly string[] = Object.values(REPORT_SHEET_NAMES);

async function reportSheets(file: string): Promise<Grid[]> {
  const book = await readWorkbook(new Uint8Array(readFileSync(file)), path.basename(file));
  return book.sheets.filter((s) => reportNames.includes(s.name));
}

describe('inputs are never modified', () => {
  it('by scan (summary and JSON)', async () => {
    for (const f of all) {
      expect((await phuluc(['scan', f], [f])).code).toBe(EXIT.ok);
      expect((await phuluc(['scan', f, '--json'], [f])).code).toBe(EXIT.ok);
    }
  });

  it('by templates', async () => {
    const out = path.join(dir, 'templates');
    expect((await phuluc(['templates', '--plan', plan, '--out-dir', out], all)).code).toBe(EXIT.ok);
    expect(readdirSync(out).length).toBeGreaterThan(0);
  });

  it('by consolidate', async () => {
    const out = path.join(dir, 'out', 'bao-cao.xlsx');
    const before = all.map(sha256);
    const run = await phuluc(['consolidate', '--plan', plan, ...units, '--out', out], all);
    expect(run.code).toBe(EXIT.ok);
    expect(all.map(sha256)).toEqual(before);
  });
});

describe('the output never overwrites an input', () => {
  const spellings = () => [
    plan,
    units[0]!,
    path.join(inputs, '..', 'in', path.basename(plan)),
    path.relative(process.cwd(), units[1]!),
  ];

  it.each([0, 1, 2, 3])('refuses --out naming an input (spelling %i), exit 2', async (i) => {
    const out = spellings()[i]!;
    const run = await phuluc(['consolidate', '--plan', plan, ...units, '--out', out], all);
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toContain('The output must not overwrite an input');
  });

  it('refuses the default output when it is an input', async () => {
    // The default is "<plan>-tong-hop.xlsx" beside the plan: given as a unit file, it is refused.
    const clash = path.join(inputs, 'ke-hoach-cai-cach-tthc-2024-tong-hop.xlsx');
    copyFileSync(units[0]!, clash);
    try {
      const run = await phuluc(['consolidate', '--plan', plan, clash], [plan, clash]);
      expect(run.code).toBe(EXIT.usage);
    } finally {
      rmSync(clash);
    }
  });

  it('templates never write over the plan (tested in src/cli/templates.test.ts)', () => {
    expect(
      readFileSync(path.join(__dirname, '..', '..', 'src', 'cli', 'templates.test.ts'), 'utf8'),
    ).toContain('never overwrites the plan (exit 2)');
  });
});

describe('regenerating the report', () => {
  it('gives identical report sheets, from the same inputs and from its own output', async () => {
    const first = path.join(dir, 'regen', 'a.xlsx');
    const second = path.join(dir, 'regen', 'b.xlsx');
    const third = path.join(dir, 'regen', 'c.xlsx');
    const argv = (p: string, out: string) => [
      'consolidate',
      '--plan',
      p,
      ...units,
      '--as-of',
      '2024-10-20',
      '--out',
      out,
    ];
    expect((await phuluc(argv(plan, first), all)).code).toBe(EXIT.ok);
    expect((await phuluc(argv(plan, second), all)).code).toBe(EXIT.ok);
    // The report written into a workbook that already holds one replaces it, never adds "(PhuLuc)".
    // (under the plan's name, which the issue list cites)
    const again = path.join(dir, 'regen', path.basename(plan));
    copyFileSync(first, again);
    expect((await phuluc(argv(again, third), [again, ...units])).code).toBe(EXIT.ok);

    const a = await reportSheets(first);
    expect(a.map((s) => s.name)).toEqual(reportNames);
    expect(await reportSheets(second)).toEqual(a);
    expect(await reportSheets(third)).toEqual(a);
    const names = (await readWorkbook(new Uint8Array(readFileSync(third)), 'c.xlsx')).sheets.map(
      (s) => s.name,
    );
    expect(names.filter((n) => n.includes('(PhuLuc'))).toEqual([]);
  });
});
