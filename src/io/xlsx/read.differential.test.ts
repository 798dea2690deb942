/**
 * Differential test: on every fixture, sample and generated hostile workbook that both read,
 * PhuLuc's reader gives the grids the exceljs-based reader gave, except where exceljs was wrong;
 * each such difference is a class explained in ./_test/differences.ts and expected here by file.
 */
import { readFileSync, readdirSync } from 'fs';
import os from 'os';
import path from 'path';
import { generateAdversarial } from '../../../test/adversarial/generate';
import { readWithExceljs } from './_test/exceljs-read';
import { gridDifferences, type DifferenceClass } from './_test/grid-diff';
import { readWorkbook } from './read';
import { inflateWithZlib } from './reader/inflate-node';

const ROOT = path.join(__dirname, '..', '..', '..');
const xlsxIn = (dir: string) =>
  readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith('.xlsx') && f !== 'not-a-workbook.xlsx')
    .map((f) => path.join(dir, f));

const REPOSITORY_FILES = [
  ...xlsxIn('test/fixtures/xlsx'),
  ...xlsxIn('samples'),
  ...xlsxIn('samples/tong-hop'),
];

/** Hostile workbooks both readers read (the huge ones are left to the adversarial test). */
const ADVERSARIAL: Record<string, readonly DifferenceClass[]> = {
  'empty-workbook': [],
  'header-only': [],
  'long-cells': [],
  'formula-errors': [],
  'merged-header': [],
  'duplicate-headers': [],
  'legacy-tcvn3': [],
  'legacy-vni': [],
  'legacy-tcvn3-table': [],
  // Serials 1–59 a day off in exceljs; 0, negatives, 60 and past 9999 given an invented day.
  'dates-1900': ['before-1900-03-01', 'no-such-day'],
  'text-in-numbers': [],
  'types-swapped': [],
  'units-not-in-roster': [],
  'nested-sections': [],
  emoji: [],
  'invisible-headers': [],
  'all-hidden': [],
  'sheet-names': [],
  'xlsm-renamed': [],
  'xltx-renamed': [],
  'other-plan': [],
  'two-files-one-unit': [],
};

async function differences(file: string) {
  const bytes = new Uint8Array(readFileSync(file));
  const ours = await readWorkbook(bytes, path.basename(file), { inflate: inflateWithZlib });
  const exceljs = await readWithExceljs(bytes, path.basename(file));
  // The browser inflater reads the same.
  expect(await readWorkbook(bytes, path.basename(file))).toEqual(ours);
  return gridDifferences(ours, exceljs);
}

describe('the repository’s fixtures and samples: the same grids as exceljs gave', () => {
  it('covers every workbook there', () =>
    expect(REPOSITORY_FILES.length).toBeGreaterThanOrEqual(17));

  it.each(REPOSITORY_FILES)('%s', async (file) => {
    expect(await differences(path.join(ROOT, file))).toEqual([]);
  });
});

describe('generated hostile workbooks: only the explained differences', () => {
  let files: Record<string, readonly string[]> = {};
  beforeAll(async () => {
    const dir = path.join(os.tmpdir(), `phuluc-differential-${process.pid}`);
    const cases = await generateAdversarial(dir, Object.keys(ADVERSARIAL));
    files = Object.fromEntries(Object.values(cases).map((c) => [c.id, c.files]));
  }, 120_000);

  it.each(Object.entries(ADVERSARIAL))('%s', async (id, expected) => {
    expect(files[id]?.length).toBeGreaterThan(0);
    const found = new Set<DifferenceClass>();
    for (const file of files[id] ?? []) for (const d of await differences(file)) found.add(d.class);
    expect([...found].sort()).toEqual([...expected].sort());
  });
});
