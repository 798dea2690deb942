/**
 * Real published plans of other levels (issue 17, "Test material"), typed into .xlsx by
 * scripts/build-fixtures.ts from test/fixtures/seed-tables/. Each oracle below was written by hand
 * from the document (test/fixtures/README.md, "Plans of other levels"), not from PhuLuc's output.
 */
import { readFileSync } from 'fs';
import path from 'path';
import type { TaskItem } from '../src/core/parse/model';
import { scanBook } from '../src/core/scan';
import { readWorkbook } from '../src/io/xlsx/read';
import { NQ03_FILE } from './fixtures/seed-tables/nq03-cp-2025';

async function scanFixture(file: string) {
  const buf = readFileSync(path.join(__dirname, 'fixtures', 'xlsx', file));
  return scanBook(await readWorkbook(buf, file), { asOf: '2025-06-30' });
}

describe(`${NQ03_FILE} — Phụ lục II of the Government's programme (Nghị quyết 03/NQ-CP, 2025)`, () => {
  let result: Awaited<ReturnType<typeof scanFixture>>;
  beforeAll(async () => {
    result = await scanFixture(NQ03_FILE);
  });
  const tasks = () => result.tables.flatMap((t) => t.items as readonly TaskItem[]);

  const ALL = 'Các bộ, ngành, địa phương';
  const TTTT = 'Bộ Thông tin và Truyền thông';
  const KHCN = 'Bộ Khoa học và Công nghệ';
  // By hand from the document: [TT, chủ trì, phối hợp, Thời gian hoàn thành → kind, last due].
  const ORACLE: [string, string[], string[], string, string | null][] = [
    [
      '1',
      [TTTT],
      ['Ban Tuyên giáo Trung ương', 'các bộ, ngành, địa phương', 'VTV', 'VOV', 'TTXVN'],
      'date',
      '2025-06-30',
    ],
    ['2', ['VTV', 'VOV', 'TTXVN', 'các địa phương'], [KHCN, TTTT], 'continuous', null],
    ['3', [ALL], [TTTT, KHCN, 'Bộ'], 'continuous', null],
    ['4', [TTTT], [ALL], 'date', '2025-06-30'],
    ['5', ['Bộ Nội vụ'], [ALL], 'date', '2025-06-30'],
    ['6', [ALL], [], 'continuous', null],
    ['7', [ALL], [], 'date', '2025-01-31'],
    ['8', [TTTT, KHCN], [], 'date', '2025-03-31'],
    ['9', ['Bộ, ngành, địa phương'], [], 'continuous', null],
    ['10', ['Bộ Nội vụ'], [ALL], 'date', '2025-12-31'],
    ['11', [TTTT], [ALL], 'date', '2025-06-30'],
    ['12', ['Bộ, ngành, địa phương'], [ALL], 'date', '2025-12-31'],
    ['13', ['Bộ Nội vụ'], [ALL], 'date', '2025-12-31'],
    [
      '14',
      [KHCN],
      [
        'Bộ Công an',
        'Bộ Nội vụ',
        'Bộ Kế hoạch và Đầu tư',
        'Bộ Tài chính',
        'Bộ Lao động - Thương binh và Xã hội',
        'Thanh tra Chính phủ',
        'các bộ, ngành và địa phương',
      ],
      'date',
      '2025-12-31',
    ],
    ['15', [KHCN], ['Các bộ, ngành và địa phương'], 'date', '2025-12-31'],
    ['16', [KHCN], ['Các bộ, ngành và địa phương'], 'date', '2025-10-31'],
    ['17', [KHCN], ['Các bộ, ngành và địa phương'], 'date', '2025-05-31'],
    ['18', ['Bộ Tài chính'], [KHCN], 'date', '2025-12-31'],
    ['19', ['Bộ Tài chính'], [KHCN, TTTT, 'Bộ Giáo dục và Đào tạo'], 'date', '2025-12-31'],
    ['20', ['Bộ Nội vụ'], [ALL], 'date', '2025-02-28'],
  ];

  it('finds one table of 20 tasks in two sections, plan year 2025', () => {
    expect(result.tables).toHaveLength(1);
    expect(tasks()).toHaveLength(20);
    expect(result.tables[0]!.sections.map((s) => s.title.slice(0, 30))).toEqual([
      'Nâng cao nhận thức, đột phá về',
      'Khẩn trương, quyết liệt hoàn t',
    ]);
    expect(result.planYears).toEqual({ from: 2025, to: 2025 });
  });

  it('splits the units of each task as the document gives them', () => {
    expect(tasks().map((t, i) => [ORACLE[i]![0], t.lead, t.support])).toEqual(
      ORACLE.map(([stt, lead, support]) => [stt, lead, support]),
    );
  });

  it('warns only of the two ministries run together in task 8', () => {
    // "Bộ Thông tin và Truyền thông Bộ Khoa học và Công nghệ" (C14): two names, no separator.
    expect(
      result.issues
        .filter((i) => i.severity !== 'info')
        .map((i) => `${i.code}@${i.sheet}!${i.cell}`),
    ).toEqual(['unit-names-run-together@Phụ lục II!C14']);
  });

  it('reads each deadline as the document gives it', () => {
    expect(
      tasks().map((t, i) => [ORACLE[i]![0], t.deadline.kind, t.deadline.due.at(-1) ?? null]),
    ).toEqual(ORACLE.map(([stt, , , kind, due]) => [stt, kind, due]));
  });
});
