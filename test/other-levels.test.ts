/**
 * End to end on a real .xlsx whose units are ministries (test/fixtures/other-levels.ts): the
 * workbook reader, the scan and the templates, against what the sheet says read by hand.
 */
import { readFileSync } from 'fs';
import path from 'path';
import type { IndicatorItem, TaskItem } from '../src/core/parse/model';
import { scanBook } from '../src/core/scan';
import { readWorkbook } from '../src/io/xlsx/read';
import { templateRows } from './_lib/template-rows';
import { OTHER_LEVELS_FILE } from './fixtures/other-levels';

const file = path.join(__dirname, 'fixtures', 'xlsx', OTHER_LEVELS_FILE);

async function scan() {
  return scanBook(await readWorkbook(readFileSync(file), OTHER_LEVELS_FILE), {
    asOf: '2025-06-30',
  });
}

describe(OTHER_LEVELS_FILE, () => {
  let result: Awaited<ReturnType<typeof scan>>;
  beforeAll(async () => {
    result = await scan();
  });
  const tasks = () => result.tables[0]!.items as readonly TaskItem[];
  const indicators = () => result.tables[1]!.items as readonly IndicatorItem[];

  it('reads the plan years from the attached line and the targets by year', () => {
    expect(result.planYears).toEqual({ from: 2025, to: 2030 });
  });

  it('splits ministries, keeps groups whole, joins page-break rests', () => {
    expect(result.tables[0]!.sections.map((s) => s.title)).toEqual([
      'NHIỆM VỤ CHUNG GIAI ĐOẠN 2025 VÀ NHỮNG NĂM TIẾP THEO',
    ]);
    expect(tasks().map((t) => [t.key, t.lead, t.support])).toEqual([
      ['1', ['Bộ Kế hoạch và Đầu tư', 'Bộ Tài chính'], ['Văn phòng Chính phủ', 'Bộ Công an']],
      ['2', ['Bộ Công Thương'], ['Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ']],
      ['3', ['Bộ Thông tin và Truyền thông'], ['VTV', 'VOV', 'TTXVN', 'các địa phương']],
      ['4', ['Bộ Ngoại giao'], ['các cơ quan đại diện Việt Nam ở nước ngoài']],
      ['5', ['Các bộ, ngành, địa phương'], ['Bộ Khoa học và Công nghệ']],
      ['6', ['Bộ Nội vụ'], ['Các cơ quan Đảng, Quốc hội, Chính phủ']],
      ['7', ['Bộ Thông tin và Truyền thông', 'Bộ Khoa học và Công nghệ'], []],
      ['8', ['Bộ Nông nghiệp và Phát triển nông thôn', 'Bộ Y tế'], ['Bộ Tài chính']],
    ]);
    expect(result.roster.units.map((u) => u.name)).toEqual([
      'Bộ Kế hoạch và Đầu tư',
      'Bộ Tài chính',
      'Văn phòng Chính phủ',
      'Bộ Công an',
      'Bộ Công Thương',
      'Bộ Thông tin và Truyền thông',
      'VTV',
      'VOV',
      'TTXVN',
      'Bộ Ngoại giao',
      'Bộ Khoa học và Công nghệ',
      'Bộ Nội vụ',
      'Bộ Nông nghiệp và Phát triển nông thôn',
      'Bộ Y tế',
    ]);
  });

  it('reads the deadlines of a multi-year plan', () => {
    expect(tasks().map((t) => [t.deadline.kind, t.deadline.due.at(-1) ?? null])).toEqual([
      ['date', '2025-12-31'],
      ['continuous', null],
      ['date', '2025-12-31'],
      ['date', '2026-12-31'],
      ['recurring', '2030-12-31'],
      ['on-demand', null],
      ['date', '2025-12-31'],
      ['date', '2030-12-31'],
    ]);
  });

  it('reads targets by year and the group 2 over 2.1–2.2, closed at 3', () => {
    expect(indicators().map((i) => [i.key, i.targetText, i.lead])).toEqual([
      ['1', '≥ 03', ['Bộ Khoa học và Công nghệ']],
      ['2.1', '20% - 50%', ['Bộ Tài chính']],
      ['2.2', '≤ 3 Đông Nam Á; ≤ 50 Thế giới', ['Bộ Công Thương']],
      ['3', '100%', ['Bộ Công an']],
    ]);
    expect(indicators()[0]!.targets).toEqual([
      { year: 2025, text: '≥ 03', target: { op: '>=', value: 3 } },
      { year: 2030, text: '40 - 50', target: { op: 'range', min: 40, max: 50 } },
    ]);
    expect(indicators()[1]!.targets?.map((t) => t.target)).toEqual([
      { op: 'range', min: 20, max: 50 },
      { op: '>', value: 0.7 },
    ]);
    expect(indicators()[3]!.target).toEqual({ op: '>=', value: 100 });
    expect(result.tables[1]!.groups.map((g) => g.stt)).toEqual(['2']);
  });

  it('warns only of the names run together and the target that cannot be judged', () => {
    expect(
      result.issues
        .filter((i) => i.severity !== 'info')
        .map((i) => `${i.code}@${i.sheet}!${i.cell}`),
    ).toEqual(['unit-names-run-together@Phụ lục I!C12', 'target-unparsed@Phụ lục II!D5']);
  });

  it('gives each ministry exactly the tasks and indicators it leads or supports', () => {
    const rows = (unit: string) => templateRows(result, unit, 'Phụ lục I');
    expect(rows('Bộ Tài chính')).toEqual([
      'NV 1 lead',
      'NV 2 support',
      'NV 5 lead',
      'NV 8 support',
      'CT 2.1 lead',
    ]);
    expect(rows('Bộ Y tế')).toEqual(['NV 2 support', 'NV 5 lead', 'NV 8 lead']);
    expect(rows('VOV')).toEqual(['NV 2 support', 'NV 3 support', 'NV 5 lead']);
    expect(rows('Bộ Khoa học và Công nghệ')).toEqual([
      'NV 2 support',
      'NV 5 support',
      'NV 7 lead',
      'CT 1 lead',
    ]);
  });
});
