import { rowKeyOf } from '../consolidate/match';
import type { Grid, GridBook } from '../grid/types';
import { scanBook } from '../scan';
import { buildTemplates } from './build';
import { uniqueFileName } from './file-name';
import type { TemplateItemRow, TemplateTable, UnitTemplate } from './types';

function grid(name: string, rows: (string | null)[][]): Grid {
  return {
    name,
    merges: [],
    rows: rows.map((r) => r.map((v) => (v === null ? undefined : { value: v }))),
  };
}

const roster = grid('Danh mục đơn vị', [
  ['Tên đơn vị', 'Tên khác'],
  ['Văn phòng Sở', 'VP Sở'],
  ['Phòng Quản lý Khoa học', 'Phòng QLKH'],
  ['Thanh tra Sở', null],
]);

const tasks = grid('PL1', [
  ['UBND TỈNH QUẢNG TRỊ'],
  ['SỞ KHOA HỌC VÀ CÔNG NGHỆ'],
  ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025'],
  ['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian', 'Tình trạng'],
  ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
  ['1', 'Ban hành kế hoạch CCHC', 'Văn phòng Sở', 'Các phòng, đơn vị thuộc Sở', 'Quý I'],
  ['2', 'Rà soát TTHC', 'Phòng QLKH', null, 'Quý II'],
  ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
  ['1', 'Số hóa hồ sơ, kết quả giải quyết TTHC'],
  ['1.1', 'Số hóa hồ sơ năm 2025', 'Phòng QLKH', 'Văn phòng Sở', 'Quý III'],
  ['1.2', 'Số hóa kết quả giải quyết', 'Văn phòng Sở', null, 'Quý IV'],
  ['2', 'Cắt giảm thời hạn giải quyết', 'Các phòng, đơn vị thuộc Sở', 'Văn phòng Sở', 'Năm 2025'],
  ['3', 'a) Cắt giảm TTHC nội bộ', 'Phòng QLKH', null, 'Quý II'],
  [null, 'b) Đơn giản hóa TTHC nội bộ', 'Phòng QLKH', null, 'Quý III'],
]);

const indicators = grid('PL2', [
  ['CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH NĂM 2025'],
  ['STT', 'Nội dung chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2025', 'Chủ trì thực hiện'],
  ['1', 'Tỷ lệ hồ sơ trực tuyến', '%', 'Tối thiểu 80', 'Văn phòng Sở'],
  ['2', 'Số hồ sơ giải quyết quá hạn', 'Hồ sơ', 'Tối đa 5', 'Phòng QLKH'],
]);

const book: GridBook = { name: 'ke-hoach.xlsx', sheets: [roster, tasks, indicators] };
const plan = scanBook(book, { asOf: '2025-10-20' });
const templates = buildTemplates(plan);

const byUnit = (unit: string): UnitTemplate => templates.find((t) => t.unit === unit)!;
const table = (t: UnitTemplate, sheet: string): TemplateTable | undefined =>
  t.sheets.find((s) => s.name === sheet)?.tables[0];
const items = (tb: TemplateTable | undefined): TemplateItemRow[] =>
  (tb?.rows ?? []).filter((r): r is TemplateItemRow => r.kind === 'item');

describe('buildTemplates', () => {
  it('makes one template per roster unit, with unique ASCII file names', () => {
    expect(templates.map((t) => [t.unit, t.fileName])).toEqual([
      ['Văn phòng Sở', 'van-phong-so.xlsx'],
      ['Phòng Quản lý Khoa học', 'phong-quan-ly-khoa-hoc.xlsx'],
      ['Thanh tra Sở', 'thanh-tra-so.xlsx'],
    ]);
    expect(templates.every((t) => t.years.from === 2025 && t.years.to === 2025)).toBe(true);
  });

  it('keeps the rows a unit leads or supports; a generic group counts for every unit', () => {
    const vp = byUnit('Văn phòng Sở');
    expect(items(table(vp, 'PL1')).map((i) => [i.key, i.unitRole])).toEqual([
      ['I/1', 'lead'],
      ['II/1.1', 'support'],
      ['II/1.2', 'lead'],
      // Named as support: that wins over the generic lead group.
      ['II/2', 'support'],
    ]);
    expect(items(table(vp, 'PL2')).map((i) => i.key)).toEqual(['1']);
    expect([vp.tasks, vp.indicators]).toEqual([4, 1]);

    const tt = byUnit('Thanh tra Sở');
    expect(items(table(tt, 'PL1')).map((i) => [i.key, i.unitRole])).toEqual([
      ['I/1', 'support'],
      ['II/2', 'lead'],
    ]);
    // No indicator for this unit: the indicator sheet is left out.
    expect(tt.sheets.map((s) => s.name)).toEqual(['PL1']);
  });

  it('keeps the sections and group rows above the kept rows, in plan order', () => {
    const qlkh = byUnit('Phòng Quản lý Khoa học');
    const rows = table(qlkh, 'PL1')!.rows.map((r) =>
      r.kind === 'section' ? `§${r.text}` : r.kind === 'group' ? `#${r.stt}` : r.key,
    );
    expect(rows).toEqual([
      '§I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
      'I/1',
      'I/2',
      '§II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH',
      '#1',
      'II/1.1',
      'II/2',
      'II/3.a',
      'II/3.b',
    ]);
    const group = table(qlkh, 'PL1')!.rows[4]!;
    expect(group).toEqual({
      kind: 'group',
      stt: '1',
      values: { number: '1', content: 'Số hóa hồ sơ, kết quả giải quyết TTHC' },
    });
  });

  it('shows a split task as the plan does: the STT once, each row opening with its letter', () => {
    const rows = items(table(byUnit('Phòng Quản lý Khoa học'), 'PL1')).filter((i) =>
      i.key.startsWith('II/3'),
    );
    expect(rows.map((r) => [r.values.number, r.values.content])).toEqual([
      ['3', 'a) Cắt giảm TTHC nội bộ'],
      ['', 'b) Đơn giản hóa TTHC nội bộ'],
    ]);
  });

  it('writes the plan columns, then the report columns, then the hidden row key', () => {
    const tb = table(byUnit('Văn phòng Sở'), 'PL1')!;
    // The plan's own "Tình trạng" column is replaced by the template's report columns.
    expect(tb.columns.map((c) => [c.label, c.part])).toEqual([
      ['STT', 'plan'],
      ['Nội dung công việc', 'plan'],
      ['Đơn vị chủ trì', 'plan'],
      ['Đơn vị phối hợp', 'plan'],
      ['Thời gian', 'plan'],
      ['Tình trạng', 'report'],
      ['Ngày hoàn thành', 'report'],
      ['Kết quả thực hiện', 'report'],
      ['Minh chứng', 'report'],
      ['Mã dòng (PhuLuc)', 'key'],
    ]);
    const ind = table(byUnit('Văn phòng Sở'), 'PL2')!;
    expect(ind.columns.map((c) => c.label)).toEqual([
      'STT',
      'Nội dung chỉ tiêu',
      'Đơn vị tính',
      'Chỉ tiêu năm 2025',
      'Chủ trì thực hiện',
      'Kết quả thực hiện',
      'Tử số',
      'Mẫu số',
      'Mã dòng (PhuLuc)',
    ]);
    expect(items(ind)[0]!.values).toEqual({
      number: '1',
      indicatorName: 'Tỷ lệ hồ sơ trực tuyến',
      measureUnit: '%',
      target: 'Tối thiểu 80',
      lead: 'Văn phòng Sở',
    });
  });

  it('keys every row by the plan sheet and the plan key', () => {
    const planKeys = new Set(
      plan.tables.flatMap((t) => t.items.map((i) => rowKeyOf(t.sheet, i.key))),
    );
    for (const t of templates) {
      for (const s of t.sheets) {
        for (const tb of s.tables) {
          for (const row of items(tb)) {
            expect(row.rowKey).toBe(rowKeyOf(tb.planSheet, row.key));
            expect(planKeys.has(row.rowKey)).toBe(true);
          }
        }
      }
    }
  });

  it('reads the plan texts from the items, units by their roster names', () => {
    const row = items(table(byUnit('Văn phòng Sở'), 'PL1')).find((i) => i.key === 'II/1.1')!;
    expect(row.values).toEqual({
      number: '1.1',
      content: 'Số hóa hồ sơ năm 2025',
      lead: 'Phòng Quản lý Khoa học',
      support: 'Văn phòng Sở',
      deadline: 'Quý III',
    });
  });

  it('puts the agency block, the title and the reporting unit above the table', () => {
    const lines = byUnit('Thanh tra Sở').sheets[0]!.titleLines;
    expect(lines.slice(0, 4)).toEqual([
      { kind: 'parent-agency', text: 'UBND TỈNH QUẢNG TRỊ' },
      { kind: 'agency', text: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ' },
      { kind: 'title', text: 'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025' },
      { kind: 'reporting-unit', text: 'Đơn vị báo cáo: Thanh tra Sở' },
    ]);
    expect(lines[4]!.kind).toBe('instructions');
  });

  it('adds the plan year when the title does not say it', () => {
    const noYear = grid('PL1', [
      ['NHIỆM VỤ CỤ THỂ CÔNG TÁC KIỂM SOÁT TTHC'],
      ['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Thời gian thực hiện'],
      ['1', 'Rà soát TTHC', 'Văn phòng Sở', 'Quý II'],
    ]);
    const scan = scanBook({ name: 'p.xlsx', sheets: [noYear] }, { asOf: '2025-10-20', year: 2023 });
    const [t] = buildTemplates(scan);
    expect(t!.sheets[0]!.titleLines.map((l) => l.text)).toContain('(Kế hoạch năm 2023)');
    expect(t!.years).toEqual({ from: 2023, to: 2023 });
  });

  it('gives a unit with no row every plan table, empty, with a note', () => {
    const withIdle = grid('Danh mục đơn vị', [
      ['Tên đơn vị', 'Tên khác'],
      ['Văn phòng Sở', null],
      ['Trung tâm Chuyển đổi số', null],
    ]);
    const small = grid('PL1', [
      ['KẾ HOẠCH NĂM 2025'],
      ['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Thời gian thực hiện'],
      ['1', 'Rà soát TTHC', 'Văn phòng Sở', 'Quý II'],
    ]);
    const scan = scanBook(
      { name: 'p.xlsx', sheets: [withIdle, small, indicators] },
      {
        asOf: '2025-10-20',
      },
    );
    const idle = buildTemplates(scan).find((t) => t.unit === 'Trung tâm Chuyển đổi số')!;
    expect([idle.tasks, idle.indicators]).toEqual([0, 0]);
    expect(idle.sheets.map((s) => s.name)).toEqual(['PL1', 'PL2']);
    for (const s of idle.sheets) {
      expect(s.tables[0]!.rows).toEqual([]);
      expect(s.tables[0]!.note).toMatch(/^Ghi chú: Đơn vị không chủ trì, không phối hợp/);
    }
  });

  it('writes the roles into a single units column so that they read back', () => {
    const units = grid('PL1', [
      ['KẾ HOẠCH NĂM 2025'],
      ['STT', 'Nội dung công việc', 'Phòng, đơn vị thực hiện', 'Thời gian thực hiện'],
      ['1', 'Rà soát TTHC', '- Văn phòng Sở chủ trì.\n- Thanh tra Sở phối hợp', 'Quý II'],
      ['2', 'Kiểm tra CCHC', 'Thanh tra Sở', 'Quý IV'],
    ]);
    const scan = scanBook({ name: 'p.xlsx', sheets: [units] }, { asOf: '2025-10-20' });
    const tt = buildTemplates(scan).find((t) => t.unit === 'Thanh tra Sở')!;
    expect(items(tt.sheets[0]!.tables[0]).map((i) => [i.unitRole, i.values.units])).toEqual([
      ['support', '- Văn phòng Sở chủ trì;\n- Thanh tra Sở phối hợp.'],
      ['lead', 'Thanh tra Sở'],
    ]);
  });
});

describe('uniqueFileName', () => {
  it('folds diacritics and punctuation into an ASCII slug, unique among the others', () => {
    const taken = new Set<string>();
    expect(uniqueFileName('Trung tâm Ứng dụng tiến bộ KH&CN', taken)).toBe(
      'trung-tam-ung-dung-tien-bo-kh-cn.xlsx',
    );
    expect(uniqueFileName('Phòng Kế hoạch - Tài chính', taken)).toBe(
      'phong-ke-hoach-tai-chinh.xlsx',
    );
    expect(uniqueFileName('Phòng Kế hoạch-Tài chính', taken)).toBe(
      'phong-ke-hoach-tai-chinh-2.xlsx',
    );
    expect(uniqueFileName('Đảng ủy', taken)).toBe('dang-uy.xlsx');
    expect(uniqueFileName('???', taken)).toBe('don-vi.xlsx');
  });
});
