import { readFileSync } from 'fs';
import path from 'path';
import { scanBook, type ScanResult } from '../../../core/scan';
import { readWorkbook } from '../../../io/xlsx/read';
import { consolidate } from '../../../core/consolidate/consolidate';
import { consolidationOf, dueTasks, groupByDue, leadsTask, leadUnits } from './groups';

const ROOT = path.resolve(__dirname, '../../../..');

async function scan(relative: string, asOf: string): Promise<ScanResult> {
  const bytes = new Uint8Array(readFileSync(path.join(ROOT, relative)));
  return scanBook(await readWorkbook(bytes, path.basename(relative)), { asOf });
}

const counts = (groups: ReturnType<typeof groupByDue>) =>
  Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, v.length]));

describe('deadline groups', () => {
  let plan: ScanResult;
  beforeAll(async () => {
    plan = await scan('samples/tong-hop/ke-hoach-cai-cach-tthc-2024.xlsx', '2024-10-20');
  });

  it('groups the sample plan as the command line counts it, most overdue first', () => {
    const groups = groupByDue(dueTasks(plan, 7), null);
    // `phuluc scan … --as-of 2024-10-20`: overdue 7, due soon 0, later 4, done 0, no date 3.
    expect(counts(groups)).toEqual({
      overdue: 7,
      'due-soon': 0,
      'not-yet-due': 4,
      'no-date': 3,
      done: 0,
    });
    expect(groups.overdue.map((t) => `${t.task.key} ${t.date} ${t.days}`)).toEqual([
      '1 2024-06-19 -123',
      '6 2024-06-19 -123',
      '2 2024-09-30 -20',
      '3 2024-09-30 -20',
      '8 2024-09-30 -20',
      // Quarterly and monthly: their 30/09 occurrence was not reported done.
      '10 2024-09-30 -20',
      '11 2024-09-30 -20',
    ]);
  });

  it('widens "due soon" with the window', () => {
    // Tasks 4, 9 and 14 are due 30/11/2024: 41 days after the as-of date.
    expect(groupByDue(dueTasks(plan, 40), null)['due-soon']).toEqual([]);
    const groups = groupByDue(dueTasks(plan, 41), null);
    expect(groups['due-soon'].map((t) => t.task.key)).toEqual(['4', '9', '14']);
    expect(groups['not-yet-due']).toHaveLength(1);
  });

  it('offers the roster units and filters by lead, generic groups included', () => {
    expect(leadUnits(plan)).toEqual([
      'Văn phòng Sở',
      'Phòng Quản lý Khoa học',
      'Phòng Quản lý chuyên ngành',
      'Thanh tra Sở',
      'Trung tâm Thông tin và Ứng dụng tiến bộ KH&CN',
    ]);
    const office = groupByDue(dueTasks(plan, 7), 'Văn phòng Sở');
    // Tasks 3 and 10 are the office's own; 1, 2 and 11 belong to "Các phòng, đơn vị thuộc Sở".
    expect(office.overdue.map((t) => t.task.key)).toEqual(['1', '2', '3', '10', '11']);
    expect(counts(office)).toMatchObject({ overdue: 5, 'not-yet-due': 0, 'no-date': 2 });
    expect(leadsTask({ lead: ['Thanh tra Sở'] }, 'Văn phòng Sở')).toBe(false);
    expect(leadsTask({ lead: ['Các phòng, đơn vị thuộc Sở'] }, 'Thanh tra Sở')).toBe(true);
  });

  it('counts tasks a unit reported done as done', async () => {
    const checked = await scan('test/fixtures/xlsx/validation-tasks.xlsx', '2024-10-20');
    const groups = groupByDue(dueTasks(checked, 7), null);
    expect(groups.done.map((t) => t.task.key)).toEqual(['1', '12', '13', '14', '15']);
    // Unknown lead names (a typo) are still offered, after the roster.
    expect(leadUnits(checked)).toContain('Phòng Kế hoạch Tài chánh');
  });

  it('takes the consolidated statuses only from a consolidation of this plan at this date', () => {
    const own = consolidate(plan, [], { asOf: plan.asOf });
    expect(consolidationOf(plan, own)).toBe(own);
    expect(consolidationOf(plan, { ...own, asOf: '2024-10-21' })).toBeNull();
    expect(consolidationOf(plan, { ...own, plan: { ...own.plan, file: 'other.xlsx' } })).toBeNull();
    expect(consolidationOf(plan, null)).toBeNull();
    // The plan's own report columns are empty: nothing reported, the same groups as before.
    expect(counts(groupByDue(dueTasks(plan, 7, own), null))).toEqual(
      counts(groupByDue(dueTasks(plan, 7), null)),
    );
  });
});
