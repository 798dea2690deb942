/**
 * Issue 14: one rule for recurring deadlines. A 2025 plan's task due every quarter end, reported
 * "Đang thực hiện" by its lead unit, at 2025-08-01: the occurrence due by then (30/06/2025) was
 * not reported done, so the task is overdue — in the scan JSON, the consolidate JSON, the report
 * sheet and the submission tracker alike (the pane's Thời hạn: DeadlinesView.test.tsx).
 */
import { consolidate } from '../src/core/consolidate/consolidate';
import { buildReport } from '../src/core/report-model/build';
import { toConsolidateJson } from '../src/core/schema/consolidate';
import { toScanJson } from '../src/core/schema/scan';
import { scanBook, type ScanResult } from '../src/core/scan';
import { readWorkbook } from '../src/io/xlsx/read';
import {
  RECURRING_AS_OF as asOf,
  RECURRING_PLAN,
  RECURRING_UNIT,
  recurringBooks,
} from '../src/taskpane/views/deadlines/_test/recurring-books';

const TASK = 'Báo cáo tình hình thực hiện cải cách hành chính';

let plan: ScanResult;
let unit: ScanResult;

beforeAll(async () => {
  const books = await recurringBooks();
  plan = scanBook(await readWorkbook(books.plan, RECURRING_PLAN), { asOf });
  unit = scanBook(await readWorkbook(books.unit, RECURRING_UNIT), { asOf });
});

function scannedTask(scan: ScanResult) {
  const table = toScanJson(scan).tables.find((t) => t.kind === 'tasks')!;
  return table.items.find((i) => 'content' in i && i.content === TASK) as {
    deadline: { kind: string; due: string[] };
    due: { status: string; date: string | null; days: number | null };
  };
}

describe('a quarterly task reported "Đang thực hiện", as of 2025-08-01', () => {
  it('reads as quarter ends of 2025', () => {
    expect(scannedTask(plan).deadline).toEqual({
      kind: 'recurring',
      due: ['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31'],
    });
  });

  it('is overdue since 30/06/2025 in the scan JSON, of the plan and of the unit’s copy', () => {
    const overdue = { status: 'overdue', date: '2025-06-30', days: -32 };
    expect(scannedTask(plan).due).toEqual(overdue);
    expect(scannedTask(unit).due).toEqual(overdue);
  });

  it('is overdue in the consolidate JSON, the report sheet and the submission tracker', () => {
    const c = consolidate(plan, [{ file: RECURRING_UNIT, scan: unit }], { asOf });
    const json = toConsolidateJson(c, null);
    const task = json.tasks.find((t) => t.content === TASK)!;
    expect(task).toMatchObject({ status: 'overdue', judgedDue: '2025-06-30' });
    expect(task.reports.map((r) => r.statusText)).toEqual(['Đang thực hiện']);
    expect(json.units.find((u) => u.name === 'Văn phòng Sở')).toMatchObject({
      tasksLed: 1,
      done: 0,
      overdue: 1,
    });

    const sheet = buildReport(c).sheets[0]!;
    const row = sheet.rows.find((r) => r.cells.some((cell) => cell.value === TASK))!;
    expect(row.cells.map((cell) => cell.value)).toContain('Quá hạn');
  });

  it('before its first quarter end, is judged against it everywhere', async () => {
    const books = await recurringBooks();
    const early = '2025-03-28';
    const planEarly = scanBook(await readWorkbook(books.plan, RECURRING_PLAN), { asOf: early });
    const unitEarly = scanBook(await readWorkbook(books.unit, RECURRING_UNIT), { asOf: early });
    expect(scannedTask(unitEarly).due).toEqual({ status: 'due-soon', date: '2025-03-31', days: 3 });
    const c = consolidate(planEarly, [{ file: RECURRING_UNIT, scan: unitEarly }], { asOf: early });
    expect(c.tasks.find((t) => t.content === TASK)).toMatchObject({
      status: 'in-progress',
      judgedDue: '2025-03-31',
    });
  });
});
