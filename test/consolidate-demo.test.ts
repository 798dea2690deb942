/**
 * Consolidation on real workbooks: the bundled demo plan and the four unit copies in
 * samples/tong-hop (built by scripts/build-fixtures.ts, what each contains is in
 * test/fixtures/demo.ts), judged against DEMO_EXPECTED.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { consolidate } from '../src/core/consolidate/consolidate';
import type { Consolidation } from '../src/core/consolidate/types';
import { scanBook } from '../src/core/scan';
import { readWorkbook } from '../src/io/xlsx/read';
import { DEMO_EXPECTED, DEMO_PLAN_FILE } from './fixtures/demo';

const dir = path.join(__dirname, '..', 'samples', 'tong-hop');
const asOf = DEMO_EXPECTED.asOf;
let result: Consolidation;

async function scanFile(file: string, year?: number) {
  const book = await readWorkbook(readFileSync(path.join(dir, file)), file);
  return scanBook(book, { asOf, ...(year ? { year } : {}) });
}

beforeAll(async () => {
  const plan = await scanFile(DEMO_PLAN_FILE);
  const unitFiles = DEMO_EXPECTED.units.flatMap((u) => (u.file ? [u.file] : []));
  const units = [];
  for (const file of unitFiles)
    units.push({ file, scan: await scanFile(file, plan.planYear ?? undefined) });
  result = consolidate(plan, units, { asOf });
});

describe('consolidating the demo unit workbooks', () => {
  it('states the plan and the reporting period', () => {
    expect(result.period).toMatchObject(DEMO_EXPECTED.period);
    expect(result.plan).toMatchObject({
      file: DEMO_PLAN_FILE,
      title: DEMO_EXPECTED.plan.title,
      parentAgency: DEMO_EXPECTED.plan.parentAgency,
      agency: DEMO_EXPECTED.plan.agency,
    });
  });

  it('identifies every unit, by its line or its file name, and who has not submitted', () => {
    expect(result.units.map((u) => [u.name, u.submitted, u.files])).toEqual(
      DEMO_EXPECTED.units.map((u) => [u.name, u.submitted, u.file ? [u.file] : []]),
    );
    for (const expected of DEMO_EXPECTED.units) {
      const unit = result.units.find((u) => u.name === expected.name)!;
      expect(unit.tasksLed).toBe(expected.tasksLed.length);
      expect(unit.done).toBe(expected.reportedDone.length);
    }
  });

  it.each(DEMO_EXPECTED.tasks.map((t) => [t.key, t.status, t] as const))(
    'task %s is %s',
    (key, status, expected) => {
      const task = result.tasks.find((t) => t.key === key)!;
      expect(task).toBeDefined();
      expect(task.status).toBe(status);
      expect(task.judgedDue).toBe(expected.judgedDue);
      expect(task.deadline.kind).toBe(expected.deadlineKind);
      expect([...task.lead].sort()).toEqual([...expected.lead].sort());
      expect(task.conflict).toBe(expected.conflict);
    },
  );

  it('counts every status as the summary says', () => {
    for (const [status, count] of Object.entries(DEMO_EXPECTED.summary)) {
      expect([status, result.tasks.filter((t) => t.status === status).length]).toEqual([
        status,
        count,
      ]);
    }
  });

  it('lists conflicts with both reports', () => {
    expect(result.conflicts.map((c) => c.key)).toEqual(DEMO_EXPECTED.conflicts.map((c) => c.key));
    for (const expected of DEMO_EXPECTED.conflicts) {
      const found = result.conflicts.find((c) => c.key === expected.key)!;
      const byUnit = (r: { unit: string }) => r.unit;
      expect([...found.reports].sort((a, b) => byUnit(a).localeCompare(byUnit(b)))).toEqual(
        [...expected.reports].sort((a, b) => byUnit(a).localeCompare(byUnit(b))),
      );
    }
  });

  it('reports rows that match no plan row instead of dropping them', () => {
    expect(
      result.unmatched.map((u) => ({
        file: u.file,
        sheet: u.sheet,
        row: u.row,
        unit: u.unit,
        stt: u.stt,
        reason: u.reason,
      })),
    ).toEqual(
      DEMO_EXPECTED.unmatched.map((u) => ({
        file: u.file,
        sheet: u.sheet,
        row: u.row,
        unit: u.unit,
        stt: u.stt,
        reason: u.reason,
      })),
    );
    const issues = result.issues.filter((i) => i.code === 'unmatched-row');
    expect(issues.map((i) => [i.file, i.sheet, i.cell])).toEqual(
      DEMO_EXPECTED.unmatched.map((u) => [u.file, u.sheet, `A${u.row}`]),
    );
  });

  it('raises the issues planted in the unit files, naming file, sheet and cell', () => {
    for (const expected of DEMO_EXPECTED.issues) {
      expect(
        result.issues.some(
          (i) => i.file === expected.file && i.sheet === expected.sheet && i.cell === expected.cell,
        ),
      ).toBe(true);
    }
  });

  it.each(DEMO_EXPECTED.indicators.map((i) => [i.key, i.method, i] as const))(
    'indicator %s: %s',
    (key, method, expected) => {
      const indicator = result.indicators.find((i) => i.key === key)!;
      expect(indicator.method).toBe(method);
      expect(indicator.actual).toBeCloseTo(expected.actual, 2);
      expect(indicator.achieved).toBe(expected.achieved);
      const reports = indicator.reports.map((r) => ({
        unit: r.unit,
        numerator: r.numerator,
        denominator: r.denominator,
      }));
      expect(reports.sort((a, b) => a.unit.localeCompare(b.unit))).toEqual(
        expected.reports
          .map((r) => ({ unit: r.unit, numerator: r.numerator, denominator: r.denominator }))
          .sort((a, b) => a.unit.localeCompare(b.unit)),
      );
    },
  );

  it('weights rates by tử số/mẫu số: the mean of percentages would say Đạt, the weighted rate says Không đạt', () => {
    const trap = DEMO_EXPECTED.indicators.find(
      (i) => i.method === 'weighted' && i.mean >= 80 && !i.achieved,
    )!;
    const indicator = result.indicators.find((i) => i.key === trap.key)!;
    expect(trap.mean).toBeGreaterThanOrEqual(80);
    expect(indicator.achieved).toBe(false);
    expect(indicator.actual).toBeCloseTo(trap.actual, 2);
  });

  it('keeps evidence that looks like a formula as the text the unit wrote', () => {
    const texts = result.tasks.flatMap((t) => t.reports.map((r) => r.evidence ?? ''));
    expect(texts).toContain('=Báo cáo số 15/BC-TTr');
    expect(texts).toContain('+ Kế hoạch số 8/KH-TTr');
  });

  it('gives the same result when run again', async () => {
    const plan = await scanFile(DEMO_PLAN_FILE);
    const units = [];
    for (const u of DEMO_EXPECTED.units)
      if (u.file) units.push({ file: u.file, scan: await scanFile(u.file, 2024) });
    expect(consolidate(plan, units, { asOf })).toEqual(result);
  });
});

describe('unit files that go wrong', () => {
  const fixtures = path.join(__dirname, 'fixtures', 'xlsx');

  it('names a file whose unit it cannot tell, and a file from another plan, keeping their rows listed', async () => {
    const plan = await scanFile(DEMO_PLAN_FILE);
    const other = 'bao-cao.xlsx';
    const book = await readWorkbook(readFileSync(path.join(fixtures, 'seed003-tasks.xlsx')), other);
    const c = consolidate(plan, [{ file: other, scan: scanBook(book, { asOf }) }], { asOf });
    expect(c.issues.filter((i) => i.file === other).map((i) => i.code)).toEqual([
      'unit-not-identified',
      'unit-file-other-plan',
    ]);
    expect(c.unmatched.filter((u) => u.file === other)).toHaveLength(29);
    expect(c.unmatched.every((u) => u.reason === 'unknown-unit')).toBe(true);
    expect(c.units.every((u) => !u.submitted)).toBe(true);
  });

  it('merges two files from one unit but says so', async () => {
    const plan = await scanFile(DEMO_PLAN_FILE);
    const vp = await scanFile('van-phong-so.xlsx', 2024);
    const c = consolidate(
      plan,
      [
        { file: 'van-phong-so.xlsx', scan: vp },
        { file: 'van-phong-so (2).xlsx', scan: vp },
      ],
      { asOf },
    );
    const dup = c.issues.find((i) => i.code === 'unit-duplicate-file');
    expect(dup).toMatchObject({
      file: 'van-phong-so (2).xlsx',
      unit: 'Văn phòng Sở',
      otherFile: 'van-phong-so.xlsx',
    });
    expect(c.units.find((u) => u.name === 'Văn phòng Sở')!.files).toEqual([
      'van-phong-so.xlsx',
      'van-phong-so (2).xlsx',
    ]);
  });

  it('with no unit files, reports from the columns filled in the plan itself', async () => {
    const book = await readWorkbook(
      readFileSync(path.join(fixtures, 'validation-tasks.xlsx')),
      'validation-tasks.xlsx',
    );
    const plan = scanBook(book, { asOf: '2025-10-20' });
    const c = consolidate(plan, [], { asOf: '2025-10-20' });
    expect(c.tasks.find((t) => t.key === 'I/1' || t.key === '1')).toMatchObject({
      status: 'completed-on-time',
    });
    expect(c.tasks.filter((t) => t.status === 'not-reported').length).toBeGreaterThan(0);
  });
});
