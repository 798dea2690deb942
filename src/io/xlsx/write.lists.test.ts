/**
 * The consolidated copy of a plan whose officer put drop-down lists on whole columns: exceljs,
 * which makes the copy, builds one object per covered cell (six whole columns: 30 s and over
 * 1 GB, measured). The copy is made without those lists, and holds the plan's cells.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { buildReport } from '../../core/report-model/build';
import { smallConsolidation } from '../../../test/fixtures/report-consolidation';
import { rewrite, wholeColumnLists } from './_test/cases';
import { readWorkbook } from './read';
import { largestValidation } from './reader/validations';
import { consolidatedWorkbookBytes } from './write';

const PLAN = path.join(
  __dirname,
  '..',
  '..',
  '..',
  'test',
  'fixtures',
  'xlsx',
  'seed001-tasks.xlsx',
);

it('copies a plan with lists on six whole columns, keeping every cell of its sheets', async () => {
  const plain = new Uint8Array(readFileSync(PLAN));
  const plan = await rewrite(plain, wholeColumnLists(['A', 'B', 'C', 'D', 'E', 'F']));
  expect(largestValidation(plan)).toBe(1_048_576);
  expect(largestValidation(plain)).toBe(0);
  const out = await consolidatedWorkbookBytes(plan, buildReport(smallConsolidation()));
  const [original] = (await readWorkbook(plan, 'plan.xlsx')).sheets;
  // The plan's sheet, wherever the report sheets put it.
  const copied = (await readWorkbook(out, 'out.xlsx')).sheets.find(
    (s) => s.name === original!.name,
  );
  expect(copied).toBeDefined();
  const values = (g: typeof copied) =>
    g!.rows.map((r) => (r ?? []).map((c) => (c ? JSON.stringify(c.value) : '')));
  expect(values(copied)).toEqual(values(original));
}, 20_000);
