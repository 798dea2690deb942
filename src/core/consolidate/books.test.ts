import type { Grid, GridBook } from '../grid/types';
import { scanBook } from '../scan';
import { consolidateBooks, type BooksProgress } from './books';
import { consolidate } from './consolidate';

function grid(name: string, rows: (string | null)[][]): Grid {
  return {
    name,
    merges: [],
    rows: rows.map((r) => r.map((v) => (v === null ? undefined : { value: v }))),
  };
}

const HEADER = ['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Thời gian', 'Tình trạng'];

const plan = scanBook(
  {
    name: 'ke-hoach.xlsx',
    sheets: [
      grid('PL1', [
        ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025'],
        HEADER,
        ['1', 'Ban hành kế hoạch CCHC', 'Văn phòng Sở', 'Quý I'],
        ['2', 'Rà soát thủ tục hành chính', 'Thanh tra Sở', 'Quý IV'],
      ]),
    ],
  },
  { asOf: '2025-10-20' },
);

/** A unit's copy: no title (so no year of its own), the unit named above the table. */
function unitCopy(file: string, unit: string, rows: (string | null)[][]): GridBook {
  return { name: file, sheets: [grid('PL1', [[`Đơn vị báo cáo: ${unit}`], HEADER, ...rows])] };
}

const vp = unitCopy('vp.xlsx', 'Văn phòng Sở', [
  ['1', 'Ban hành kế hoạch CCHC', 'Văn phòng Sở', 'Quý I', 'Đã hoàn thành'],
]);
const tt = unitCopy('tt.xlsx', 'Thanh tra Sở', [
  ['2', 'Rà soát thủ tục hành chính', 'Thanh tra Sở', 'Quý IV', 'Đang thực hiện'],
]);

describe('consolidateBooks', () => {
  it('scans each unit book at the plan’s date and year, then merges as consolidate() does', async () => {
    const { units, consolidation } = await consolidateBooks(
      plan,
      [
        { file: 'vp.xlsx', book: vp },
        { file: 'tt.xlsx', book: tt },
      ],
      { period: 'quarter' },
    );
    expect(units.map((u) => [u.file, u.scan.asOf, u.scan.planYear])).toEqual([
      ['vp.xlsx', '2025-10-20', 2025],
      ['tt.xlsx', '2025-10-20', 2025],
    ]);
    expect(consolidation).toEqual(consolidate(plan, units, { asOf: plan.asOf, period: 'quarter' }));
    expect(consolidation.units.filter((u) => u.submitted).map((u) => u.name)).toEqual([
      'Văn phòng Sở',
      'Thanh tra Sở',
    ]);
  });

  it('merges the readable books and names each unreadable one as an error, after the merge’s issues', async () => {
    const { units, consolidation } = await consolidateBooks(plan, [
      { file: 'hong.xlsx', failure: 'not-a-workbook' },
      { file: 'vp.xlsx', book: vp },
      { file: 'cu.xls', failure: 'legacy-xls' },
    ]);
    expect(units.map((u) => u.file)).toEqual(['vp.xlsx']);
    expect(consolidation.issues.slice(-2)).toEqual([
      expect.objectContaining({
        code: 'unit-file-unreadable',
        severity: 'error',
        file: 'hong.xlsx',
        failure: 'not-a-workbook',
      }),
      expect.objectContaining({
        code: 'unit-file-unreadable',
        file: 'cu.xls',
        failure: 'legacy-xls',
      }),
    ]);
  });

  it('awaits the caller before each piece of work, and stops when it throws', async () => {
    const seen: BooksProgress[] = [];
    await consolidateBooks(
      plan,
      [
        { file: 'vp.xlsx', book: vp },
        { file: 'hong.xlsx', failure: 'not-a-workbook' },
      ],
      { beforeEach: (next) => void seen.push(next) },
    );
    expect(seen).toEqual([
      { done: 0, total: 3, what: 'vp.xlsx' },
      { done: 1, total: 3, what: 'hong.xlsx' },
      { done: 2, total: 3, what: 'ke-hoach.xlsx' },
    ]);

    const cancelled = consolidateBooks(plan, [{ file: 'vp.xlsx', book: vp }], {
      beforeEach: () => Promise.reject(new Error('cancelled')),
    });
    await expect(cancelled).rejects.toThrow('cancelled');
  });

  it('with no unit books, takes the reports filled in the plan itself', async () => {
    const { units, consolidation } = await consolidateBooks(plan, []);
    expect(units).toEqual([]);
    expect(consolidation).toEqual(consolidate(plan, [], { asOf: plan.asOf }));
  });
});
