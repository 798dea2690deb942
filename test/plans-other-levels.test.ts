/**
 * Real published plans of other levels (issue 17, "Test material"), typed into .xlsx by
 * scripts/build-fixtures.ts from test/fixtures/seed-tables/. Each oracle below was written by hand
 * from the document (test/fixtures/README.md, "Plans of other levels"), not from PhuLuc's output.
 */
import { readFileSync } from 'fs';
import path from 'path';
import type { IndicatorItem, TaskItem } from '../src/core/parse/model';
import { scanBook } from '../src/core/scan';
import { readWorkbook } from '../src/io/xlsx/read';
import { templateRows } from './_lib/template-rows';
import { NQ03_FILE } from './fixtures/seed-tables/nq03-cp-2025';

async function scanFixture(file: string) {
  const buf = readFileSync(path.join(__dirname, 'fixtures', 'xlsx', file));
  return scanBook(await readWorkbook(buf, file), { asOf: '2025-06-30' });
}

describe(`${NQ03_FILE} — Phụ lục I and II of the Government's programme (Nghị quyết 03/NQ-CP, 2025)`, () => {
  let result: Awaited<ReturnType<typeof scanFixture>>;
  beforeAll(async () => {
    result = await scanFixture(NQ03_FILE);
  });
  const tasks = () =>
    result.tables.filter((t) => t.kind === 'tasks').flatMap((t) => t.items as readonly TaskItem[]);
  const indicators = () =>
    result.tables
      .filter((t) => t.kind === 'indicators')
      .flatMap((t) => t.items as readonly IndicatorItem[]);

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

  it('finds Phụ lục I (24 indicators) and Phụ lục II (20 tasks in two sections)', () => {
    expect(result.tables.map((t) => [t.kind, t.sheet, t.items.length])).toEqual([
      ['indicators', 'Phụ lục I', 24],
      ['tasks', 'Phụ lục II', 20],
    ]);
    expect(result.tables[1]!.sections.map((s) => s.title.slice(0, 30))).toEqual([
      'Nâng cao nhận thức, đột phá về',
      'Khẩn trương, quyết liệt hoàn t',
    ]);
  });

  it('gives the plan year of RULES.md "Plan year" read by hand: 2025', () => {
    // The titles name no year, no deadline of tasks 1–20 leaves 2025 and no target column is by
    // year, so rule 5: the attached line's "năm 2025". The indicators' "Đến năm 2030" is a
    // section heading: the year of their targets, a goal, not a year of the plan.
    expect(result.planYears).toEqual({ from: 2025, to: 2025 });
  });

  it('splits the units of each task as the document gives them', () => {
    expect(tasks().map((t, i) => [ORACLE[i]![0], t.lead, t.support])).toEqual(
      ORACLE.map(([stt, lead, support]) => [stt, lead, support]),
    );
  });

  it('reads each indicator of Phụ lục I as the document gives it', () => {
    const VPCP = 'Văn phòng Chính phủ';
    const TTTT_ = 'Bộ Thông tin và Truyền thông';
    const KHCN_ = 'Bộ Khoa học và Công nghệ';
    const ge = (value: number) => ({ op: '>=', value });
    // [TT, Đơn vị, Kết quả, target, Cơ quan chủ trì theo dõi, đánh giá]: by hand. 1–3 are
    // qualitative and 4–6 ranks within a region: no number to judge against.
    const ORACLE_I: [string, string, string, unknown, string][] = [
      [
        '1',
        'Thứ bậc',
        'Đạt mức tiên tiến ở nhiều lĩnh vực quan trọng, thuộc nhóm dẫn đầu trong các nước có thu nhập trung bình cao',
        null,
        KHCN_,
      ],
      ['2', 'Thứ bậc', 'Đạt mức trên trung bình của thế giới', null, KHCN_],
      ['3', 'Thứ bậc', 'Một số lĩnh vực đạt trình độ quốc tế', null, KHCN_],
      ['4', 'Thứ bậc', '≤ 3 Đông Nam Á; ≤ 50 Thế giới', null, TTTT_],
      ['5', 'Thứ bậc', '≤ 3 Đông Nam Á; ≤ 50 Thế giới', null, TTTT_],
      ['6', 'Thứ bậc', '≤ 3 Đông Nam Á', null, TTTT_],
      ['7', 'Doanh nghiệp', '≥ 5', ge(5), TTTT_],
      ['8', '%', '≥ 55', ge(55), 'Bộ Kế hoạch và Đầu tư'],
      ['9', '%', '≥ 50', ge(50), KHCN_],
      ['10', '% GDP', '≥ 30', ge(30), TTTT_],
      ['11.1', '%', '≥ 80', ge(80), TTTT_],
      ['11.2', '%', '90', ge(90), VPCP],
      ['11.3', '%', '100', ge(100), VPCP],
      ['11.4', '%', '100', ge(100), VPCP],
      ['11.5', '%', '80', ge(80), VPCP],
      ['11.6', '%', '80', ge(80), VPCP],
      ['11.7', '%', '70', ge(70), VPCP],
      ['11.8', '%', '>= 30', ge(30), VPCP],
      ['11.9', '%', '50', ge(50), VPCP],
      ['11.10', '%', '100', ge(100), VPCP],
      ['11.11', '%', '100', ge(100), VPCP],
      ['11.12', '%', '100', ge(100), VPCP],
      ['12', '%', '≥ 80', ge(80), 'Ngân hàng Nhà nước'],
      ['13', '%', '≥ 40', ge(40), KHCN_],
    ];
    expect(
      indicators().map((i) => [i.key, i.unit, i.targetText, i.target ?? null, i.lead.join('; ')]),
    ).toEqual(ORACLE_I);
    expect(result.tables[0]!.groups.map((g) => g.stt)).toEqual(['11']);
  });

  it('keeps each target of Phụ lục I with the year its section heading sets: "I. Đến năm 2030"', () => {
    // The table has no year column; its only section row reads "Đến năm 2030" (RULES.md,
    // "Tables and rows"). The year is the targets', not the plan's (still 2025, test above).
    expect(indicators().map((i) => i.targets?.map((t) => [t.year, t.text]))).toEqual(
      indicators().map((i) => [[2030, i.targetText]]),
    );
    expect(indicators().every((i) => i.targets?.[0]?.target === i.target)).toBe(true);
  });

  it('warns of the targets it cannot judge, the two ministries run together, the cut-off "Bộ"', () => {
    // D7–D12: indicators 1–6 (qualitative, ranks); D9: task 3's Cơ quan phối hợp ends with a
    // bare "Bộ" (the source's cell is cut off); C14: "Bộ Thông tin và Truyền thông Bộ Khoa học
    // và Công nghệ" (task 8), two names without a separator.
    expect(
      result.issues
        .filter((i) => i.severity !== 'info')
        .map((i) => `${i.code}@${i.sheet}!${i.cell}`),
    ).toEqual([
      ...[7, 8, 9, 10, 11, 12].map((r) => `target-unparsed@Phụ lục I!D${r}`),
      'unit-name-cut-off@Phụ lục II!D9',
      'unit-names-run-together@Phụ lục II!C14',
    ]);
  });

  it('makes its roster of the ministries and bodies the document names, and of nothing else', () => {
    // By hand from tasks 1–20 and indicators 1–13: no generic group, no cut-off "Bộ".
    expect(result.roster.units.map((u) => u.name).sort((a, b) => a.localeCompare(b, 'vi'))).toEqual(
      [
        'Ban Tuyên giáo Trung ương',
        'Bộ Công an',
        'Bộ Giáo dục và Đào tạo',
        'Bộ Kế hoạch và Đầu tư',
        'Bộ Khoa học và Công nghệ',
        'Bộ Lao động - Thương binh và Xã hội',
        'Bộ Nội vụ',
        'Bộ Tài chính',
        'Bộ Thông tin và Truyền thông',
        'Ngân hàng Nhà nước',
        'Thanh tra Chính phủ',
        'TTXVN',
        'Văn phòng Chính phủ',
        'VOV',
        'VTV',
      ].sort((a, b) => a.localeCompare(b, 'vi')),
    );
  });

  it('reads each deadline as the document gives it', () => {
    expect(
      tasks().map((t, i) => [ORACLE[i]![0], t.deadline.kind, t.deadline.due.at(-1) ?? null]),
    ).toEqual(ORACLE.map(([stt, , , kind, due]) => [stt, kind, due]));
  });
  it('gives every unit of the roster exactly the tasks and indicators it leads or supports', () => {
    // By hand from the document, RULES.md "Generic groups": "(Các) bộ, ngành(,| và) địa phương"
    // stand for every body (no unit here is a People's Committee); "các địa phương" for none of
    // them. A unit named by its name takes that column's role (task 3: Bộ Khoa học và Công nghệ
    // supports, though the lead is "Các bộ, ngành, địa phương"); else a group's column, lead
    // first (task 12). Indicators: "Cơ quan chủ trì theo dõi, đánh giá" leads, from Phụ lục I.
    const BODIES_GROUPS = new Set([
      'Các bộ, ngành, địa phương',
      'các bộ, ngành, địa phương',
      'Bộ, ngành, địa phương',
      'các bộ, ngành và địa phương',
      'Các bộ, ngành và địa phương',
    ]);
    const VPCP_LEADS = ['11.2', '11.3', '11.4', '11.5', '11.6', '11.7', '11.8', '11.9', '11.10'];
    const INDICATOR_LEADS: Record<string, string[]> = {
      [KHCN]: ['1', '2', '3', '9', '13'],
      [TTTT]: ['4', '5', '6', '7', '10', '11.1'],
      'Bộ Kế hoạch và Đầu tư': ['8'],
      'Văn phòng Chính phủ': [...VPCP_LEADS, '11.11', '11.12'],
      'Ngân hàng Nhà nước': ['12'],
    };
    const role = (lead: string[], support: string[], unit: string) => {
      if (lead.includes(unit)) return 'lead';
      if (support.includes(unit)) return 'support';
      if (lead.some((n) => BODIES_GROUPS.has(n))) return 'lead';
      return support.some((n) => BODIES_GROUPS.has(n)) ? 'support' : undefined;
    };
    for (const unit of result.roster.units.map((u) => u.name)) {
      const expected = [
        ...(INDICATOR_LEADS[unit] ?? []).map((key) => `CT ${key} lead`),
        ...ORACLE.flatMap(([stt, lead, support]) => {
          const r = role(lead, support, unit);
          return r ? [`NV ${stt} ${r}`] : [];
        }),
      ];
      expect([unit, ...templateRows(result, unit, 'Phụ lục II').sort()]).toEqual([
        unit,
        ...expected.sort(),
      ]);
    }
  });

  it('gives a ministry exactly the tasks it leads or supports, groups of ministries included', () => {
    const rows = (unit: string) => templateRows(result, unit, 'Phụ lục II');
    // By hand: "(Các) bộ, ngành, địa phương" and "các bộ, ngành và địa phương" take in every
    // ministry; "VTV, VOV, TTXVN, các địa phương" does not. Bộ Tài chính is named in 14, 18, 19
    // and leads no indicator of 1–13; task 12 names it as lead and as support: lead.
    expect(rows('Bộ Tài chính')).toEqual([
      'NV 1 support',
      'NV 3 lead',
      'NV 4 support',
      'NV 5 support',
      'NV 6 lead',
      'NV 7 lead',
      'NV 9 lead',
      'NV 10 support',
      'NV 11 support',
      'NV 12 lead',
      'NV 13 support',
      'NV 14 support',
      'NV 15 support',
      'NV 16 support',
      'NV 17 support',
      'NV 18 lead',
      'NV 19 lead',
      'NV 20 support',
    ]);
  });
});
