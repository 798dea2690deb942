import type { GridBook } from '../grid/types';
import { scanBook } from '../scan';
import { buildTemplates } from './build';
import type { TemplateItemRow } from './types';

/**
 * A plan whose units are ministries, with the unit cells a national action programme writes
 * (as quoted in issue 17: lists of ministries, generic groups of bodies, named bodies outside
 * the roster, two names run together). Contents are placeholders: only the units matter here.
 */
const plan: GridBook = {
  name: 'chuong-trinh-hanh-dong.xlsx',
  sheets: [
    {
      name: 'Phụ lục I',
      merges: [],
      rows: [
        ['CHƯƠNG TRÌNH HÀNH ĐỘNG'],
        ['(Kèm theo Nghị quyết số …/NQ-CP ngày … tháng … năm 2025 của Chính phủ)'],
        ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
        [
          '1',
          'Nhiệm vụ 1',
          'Bộ Kế hoạch và Đầu tư, Bộ Tài chính',
          'Văn phòng Chính phủ; Bộ Công an',
          'Năm 2025',
        ],
        [
          '2',
          'Nhiệm vụ 2',
          'Bộ Công Thương',
          'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ',
          '2025 và những năm tiếp theo',
        ],
        [
          '3',
          'Nhiệm vụ 3',
          'Bộ Thông tin và Truyền thông',
          'VTV, VOV, TTXVN, các địa phương',
          'Quý IV/2025',
        ],
        [
          '4',
          'Nhiệm vụ 4',
          'Bộ Ngoại giao',
          'các cơ quan đại diện Việt Nam ở nước ngoài',
          'Năm 2026',
        ],
        ['5', 'Nhiệm vụ 5', 'Các bộ, ngành, địa phương', 'Bộ Khoa học và Công nghệ', 'Hằng năm'],
        ['6', 'Nhiệm vụ 6', 'Bộ Nội vụ', 'Các cơ quan Đảng, Quốc hội, Chính phủ', 'Theo quy định'],
        [
          '7',
          'Nhiệm vụ 7',
          'Bộ Thông tin và Truyền thông Bộ Khoa học và Công nghệ',
          null,
          'Năm 2025',
        ],
      ].map((r) => r.map((v) => (v === null ? undefined : { value: v }))),
    },
  ],
};

describe('a plan whose units are ministries', () => {
  const scan = scanBook(plan, { asOf: '2025-06-30' });
  const templates = buildTemplates(scan);
  const rowsOf = (unit: string): string[] => {
    const t = templates.find((x) => x.unit === unit);
    if (!t) throw new Error(`no template for ${unit}`);
    return t.sheets
      .flatMap((s) => s.tables)
      .flatMap((tb) => tb.rows)
      .filter((r): r is TemplateItemRow => r.kind === 'item')
      .map((r) => `${r.key}:${r.unitRole}`);
  };

  it('the roster from the plan holds the ministries and bodies named, no group, no plural bodies', () => {
    expect(scan.roster.units.map((u) => u.name)).toEqual([
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
    ]);
  });

  it('gives each ministry exactly the tasks it leads or supports', () => {
    // 2: "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ" supports; 5: "Các bộ, ngành, địa
    // phương" leads: both stand for every body of the roster.
    expect(rowsOf('Bộ Kế hoạch và Đầu tư')).toEqual(['1:lead', '2:support', '5:lead']);
    expect(rowsOf('Bộ Tài chính')).toEqual(['1:lead', '2:support', '5:lead']);
    expect(rowsOf('Văn phòng Chính phủ')).toEqual(['1:support', '2:support', '5:lead']);
    expect(rowsOf('Bộ Công an')).toEqual(['1:support', '2:support', '5:lead']);
    expect(rowsOf('Bộ Công Thương')).toEqual(['2:lead', '5:lead']);
    expect(rowsOf('Bộ Thông tin và Truyền thông')).toEqual([
      '2:support',
      '3:lead',
      '5:lead',
      '7:lead',
    ]);
    expect(rowsOf('VTV')).toEqual(['2:support', '3:support', '5:lead']);
    expect(rowsOf('Bộ Ngoại giao')).toEqual(['2:support', '4:lead', '5:lead']);
    // Named as support in 5, it supports there: a name beats a group.
    expect(rowsOf('Bộ Khoa học và Công nghệ')).toEqual(['2:support', '5:support', '7:lead']);
    expect(rowsOf('Bộ Nội vụ')).toEqual(['2:support', '5:lead', '6:lead']);
  });

  it('reports the names run together, not the bodies outside the roster', () => {
    const issues = scan.issues.map((i) => `${i.code}@${i.cell ?? ''}`);
    expect(issues.filter((i) => i.startsWith('unit-names-run-together'))).toEqual([
      'unit-names-run-together@C10',
    ]);
    expect(issues.filter((i) => i.startsWith('unknown-unit'))).toEqual([]);
  });

  it('reads the plan year from the attached line and the deadlines after 2025 as recurring', () => {
    expect(scan.planYears).toEqual({ from: 2025, to: 2026 });
    const table = scan.tables[0]!;
    if (table.kind !== 'tasks') throw new Error('tasks');
    expect(table.items.map((t) => t.deadline.kind)).toEqual([
      'date',
      'continuous',
      'date',
      'date',
      'recurring',
      'on-demand',
      'date',
    ]);
  });
});
