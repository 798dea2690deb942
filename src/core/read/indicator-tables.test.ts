import type { GridBook } from '../grid/types';
import { scanBook } from '../scan';
import type { IndicatorItem } from '../parse/model';

function book(rows: (string | number | null)[][]): GridBook {
  return {
    name: 'chi-tieu.xlsx',
    sheets: [
      {
        name: 'PL',
        merges: [],
        rows: rows.map((r) => r.map((v) => (v === null ? undefined : { value: v }))),
      },
    ],
  };
}

function indicators(rows: (string | number | null)[][]) {
  const scan = scanBook(book(rows), { asOf: '2025-06-30' });
  const table = scan.tables[0]!;
  if (table.kind !== 'indicators') throw new Error(`read as ${table.kind}`);
  return { scan, table, items: table.items as readonly IndicatorItem[] };
}

const roleOf = (t: ReturnType<typeof indicators>['table'], label: string) =>
  t.header.columns.find((c) => c.label === label)?.role;

describe('indicator tables of other levels', () => {
  it.each([
    ['Kết quả', 'Cơ quan chủ trì theo dõi, đánh giá'],
    ['Mục tiêu', 'Cơ quan theo dõi'],
    ['Giá trị mục tiêu', 'Đơn vị theo dõi'],
    ['Chỉ tiêu đến năm 2030', 'Cơ quan chủ trì'],
  ])('"%s" is the target beside indicators, "%s" the lead', (target, lead) => {
    const { table, items } = indicators([
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', target, lead],
      ['1', 'Tỷ lệ hồ sơ trực tuyến', '%', '≥ 80%', 'Bộ Công an'],
    ]);
    expect(roleOf(table, target)).toBe('target');
    expect(roleOf(table, lead)).toBe('lead');
    expect(items[0]).toMatchObject({ targetText: '≥ 80%', target: { op: '>=', value: 80 } });
    expect(items[0]!.lead).toEqual(['Bộ Công an']);
  });

  it('"Kết quả" stays the deliverable in a task table', () => {
    const scan = scanBook(
      book([
        ['STT', 'Nội dung', 'Kết quả', 'Cơ quan chủ trì', 'Thời gian hoàn thành'],
        ['1', 'Xây dựng đề án', 'Quyết định', 'Bộ Nội vụ', 'Năm 2025'],
      ]),
      { asOf: '2025-06-30' },
    );
    expect(scan.tables[0]!.kind).toBe('tasks');
    expect(scan.tables[0]!.header.columns[2]!.role).toBe('deliverable');
  });

  it('"Kết quả" beside another target column is the result', () => {
    const { table } = indicators([
      ['STT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2025', 'Kết quả', 'Đơn vị chủ trì'],
      ['1', 'Tỷ lệ', '%', '90%', '95', 'Sở Nội vụ'],
    ]);
    expect(roleOf(table, 'Kết quả')).toBe('actual');
  });

  it("keeps each year column's target with its year; the earliest written is judged", () => {
    const { scan, items } = indicators([
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2025', 'Đến năm 2030', 'Cơ quan theo dõi'],
      ['1', 'Số doanh nghiệp KH&CN', 'Doanh nghiệp', '≥ 03', '40 - 50', 'Bộ Khoa học và Công nghệ'],
      ['2', 'Tỷ lệ', '%', null, '20% - 50%', 'Bộ Tài chính'],
      ['3', 'Xếp hạng', 'Hạng', '≤ 3 Đông Nam Á; ≤ 50 Thế giới', null, 'Bộ Công Thương'],
    ]);
    expect(items[0]!.targets).toEqual([
      { year: 2025, text: '≥ 03', target: { op: '>=', value: 3 } },
      { year: 2030, text: '40 - 50', target: { op: 'range', min: 40, max: 50 } },
    ]);
    expect(items[0]!.target).toEqual({ op: '>=', value: 3 });
    expect(items[1]!.targetText).toBe('20% - 50%');
    expect(items[1]!.target).toEqual({ op: 'range', min: 20, max: 50 });
    expect(items[2]!.target).toBeNull();
    const codes = scan.issues.map((i) => `${i.code}@${i.cell}`);
    expect(codes).toContain('target-unparsed@D4');
    expect(codes.filter((c) => c.startsWith('missing-value'))).toEqual([]);
    expect(codes.filter((c) => c.startsWith('duplicate-header'))).toEqual([]);
  });

  it('a numbered row heading sub-numbered rows is a group closed by the next number', () => {
    const { scan, table, items } = indicators([
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Mục tiêu', 'Cơ quan theo dõi'],
      ['10', 'Tỷ lệ A', '%', '100%', 'Bộ Nội vụ'],
      ['11', 'Nhóm chỉ tiêu B', null, null, null],
      ...Array.from({ length: 12 }, (_, i) => [
        `11.${i + 1}`,
        `B${i + 1}`,
        '%',
        '50%',
        'Bộ Tư pháp',
      ]),
      ['12', 'Tỷ lệ C', '%', '> 0,7', 'Bộ Y tế'],
    ]);
    expect(table.groups.map((g) => g.stt)).toEqual(['11']);
    expect(table.sections).toEqual([]);
    expect(items.map((i) => i.key)).toEqual([
      '10',
      ...Array.from({ length: 12 }, (_, i) => `11.${i + 1}`),
      '12',
    ]);
    expect(items[13]!.sectionPath).toEqual([]);
    expect(scan.issues.filter((i) => i.code === 'stt-gap' && i.cell !== 'A2')).toEqual([]);
  });
});
