import {
  DATA_ROLES,
  NAME_ROLES,
  readHeaderLabel,
  requiredColumns,
  resolveAmbiguousRole,
  ROLES,
  schemaFieldOf,
  templateColumns,
} from './roles';

describe('readHeaderLabel', () => {
  // Every label of DOMAIN.md §1, as written and in the odd forms seen in real files.
  it.each([
    ['STT', 'number'],
    ['Stt', 'number'],
    ['TT', 'number'],
    ['Số TT', 'number'],
    ['  STT ', 'number'],
    ['Nội dung công việc', 'content'],
    ['Nội dung\ncông việc', 'content'],
    ['Nội dung nhiệm vụ', 'content'],
    ['Nội dung', 'content'],
    ['Nhiệm vụ', 'content'],
    ['Công việc', 'content'],
    ['Hoạt động', 'activity'],
    ['Mục tiêu', 'objective'],
    ['Kết quả', 'deliverable'],
    ['Kết quả  công việc', 'deliverable'],
    ['Kết quả sản phẩm', 'deliverable'],
    ['Sản phẩm', 'deliverable'],
    ['Kết quả dự kiến', 'deliverable'],
    ['Đơn vị chủ trì', 'lead'],
    ['Đơn vị chủ\ntrì', 'lead'],
    ['Chủ trì', 'lead'],
    ['Cơ quan chủ trì', 'lead'],
    ['Chủ trì  \nthực hiện', 'lead'],
    ['Đơn vị phối hợp', 'support'],
    ['Phối  hợp', 'support'],
    ['Cơ quan phối hợp', 'support'],
    // Provincial, district and commune plans' words for the same columns.
    ['Cơ quan, đơn vị chủ trì', 'lead'],
    ['Cơ quan chủ trì thực hiện', 'lead'],
    ['Phòng, ban chủ trì', 'lead'],
    ['Bộ phận chủ trì', 'lead'],
    ['Đơn vị tham mưu', 'lead'],
    ['Cơ quan chủ trì tham mưu', 'lead'],
    ['Công chức phụ trách', 'lead'],
    ['Cơ quan, đơn vị phối hợp', 'support'],
    ['Phòng, ban phối hợp', 'support'],
    ['Người thực hiện', 'units'],
    ['Bộ phận thực hiện', 'units'],
    ['Lộ trình thực hiện', 'deadline'],
    ['Thời hạn thực hiện', 'deadline'],
    ['Mốc thời gian', 'deadline'],
    ['Hình thức văn bản', 'deliverable'],
    ['Sản phẩm dự kiến', 'deliverable'],
    ['Phòng, đơn vị thực hiện', 'units'],
    ['Phòng, đơn vị\nthực hiện', 'units'],
    ['Đơn vị thực hiện', 'units'],
    ['Cơ quan thực hiện', 'units'],
    ['Thời gian', 'deadline'],
    ['Thời gian\n  thực hiện', 'deadline'],
    ['Thời gian hoàn thành', 'deadline'],
    ['Thời hạn', 'deadline'],
    ['Thời hạn hoàn thành', 'deadline'],
    ['Tiến độ thực hiện', 'deadline'],
    ['Kinh phí', 'budget'],
    ['Ghi chú', 'note'],
    ['Nội dung chỉ tiêu', 'indicatorName'],
    ['Tên chỉ tiêu', 'indicatorName'],
    ['Chỉ tiêu', 'indicatorOrTarget'],
    ['Đơn vị', 'unitOrMeasure'],
    ['Đơn vị tính', 'measureUnit'],
    ['ĐVT', 'measureUnit'],
    ['Chỉ tiêu năm 2024', 'target'],
    ['Chỉ tiêu              \nnăm 2024', 'target'],
    ['Kế hoạch', 'target'],
    ['Mục tiêu năm 2025', 'target'],
    ['Chỉ tiêu giao', 'target'],
    ['Kết quả thực hiện', 'actual'],
    ['Thực hiện', 'actual'],
    ['Kết quả đạt được', 'actual'],
    ['Ước thực hiện', 'actual'],
    ['Kết quả thực hiện (%)', 'actual'],
    ['Tử số', 'numerator'],
    ['Số đạt', 'numerator'],
    ['Số lượng đạt', 'numerator'],
    ['Số hồ sơ trực tuyến (tử số)', 'numerator'],
    ['Mẫu số', 'denominator'],
    ['Tổng số', 'denominator'],
    ['Tổng số hồ sơ (mẫu số)', 'denominator'],
    ['Tình trạng', 'status'],
    ['Tình hình thực hiện', 'status'],
    ['Mức độ hoàn thành', 'status'],
    ['Trạng thái', 'status'],
    ['Ngày hoàn thành', 'completionDate'],
    ['Thời gian hoàn thành thực tế', 'completionDate'],
    ['Văn bản, minh chứng', 'evidence'],
    ['Minh chứng', 'evidence'],
    ['Sản phẩm đã có', 'evidence'],
    ['Số, ký hiệu văn bản', 'evidence'],
  ])('%j is %s', (label, role) => {
    expect(readHeaderLabel(label)).toBe(role);
  });

  it.each([
    ['1 (Tử số)', 'numerator'],
    ['2. Số hồ sơ (mẫu số)', 'denominator'],
  ])('%j, opening with a digit, is still %s', (label, role) => {
    expect(readHeaderLabel(label)).toBe(role);
  });

  it.each([
    '',
    'Tổ chức thực hiện',
    'UBND TỈNH QUẢNG TRỊ',
    '1',
    '(3)',
    '15/12/2025',
    '1. STT',
    'Lãnh đạo phụ trách',
    'Phụ trách',
  ])('%j names no column', (label) => {
    expect(readHeaderLabel(label)).toBeUndefined();
  });
});

describe('resolveAmbiguousRole', () => {
  it('reads Chỉ tiêu as the name first, then as the target', () => {
    expect(resolveAmbiguousRole('indicatorOrTarget', 'indicators', false)).toBe('indicatorName');
    expect(resolveAmbiguousRole('indicatorOrTarget', 'indicators', true)).toBe('target');
  });
  it('reads Đơn vị by table kind', () => {
    expect(resolveAmbiguousRole('unitOrMeasure', 'indicators', false)).toBe('measureUnit');
    expect(resolveAmbiguousRole('unitOrMeasure', 'tasks', false)).toBe('units');
  });
});

describe('the role descriptors', () => {
  it('give each role one descriptor', () => {
    expect(new Set(ROLES.map((d) => d.role)).size).toBe(ROLES.length);
  });

  it('read back every template title as its own role', () => {
    for (const kind of ['tasks', 'indicators'] as const)
      for (const part of ['plan', 'report', 'key'] as const)
        for (const { role, label } of templateColumns(kind, part)) {
          const reading = readHeaderLabel(label);
          expect(reading && resolveAmbiguousRole(reading, kind, true)).toBe(role);
        }
  });

  it('lay out a unit template as the templates always have', () => {
    const titles = (kind: 'tasks' | 'indicators', part: 'plan' | 'report' | 'key') =>
      templateColumns(kind, part).map((c) => `${c.role}:${c.label}`);
    expect(titles('tasks', 'plan')).toEqual([
      'number:STT',
      'objective:Mục tiêu',
      'content:Nội dung công việc',
      'activity:Hoạt động',
      'deliverable:Kết quả',
      'lead:Đơn vị chủ trì',
      'support:Đơn vị phối hợp',
      'units:Phòng, đơn vị thực hiện',
      'deadline:Thời gian thực hiện',
      'budget:Kinh phí',
      'note:Ghi chú',
    ]);
    expect(titles('indicators', 'plan')).toEqual([
      'number:STT',
      'indicatorName:Nội dung chỉ tiêu',
      'measureUnit:Đơn vị tính',
      'target:Chỉ tiêu giao',
      'lead:Đơn vị chủ trì',
      'support:Đơn vị phối hợp',
      'units:Đơn vị thực hiện',
    ]);
    expect(titles('tasks', 'report')).toEqual([
      'status:Tình trạng',
      'completionDate:Ngày hoàn thành',
      'actual:Kết quả thực hiện',
      'evidence:Minh chứng',
    ]);
    expect(titles('indicators', 'report')).toEqual([
      'actual:Kết quả thực hiện',
      'numerator:Tử số',
      'denominator:Mẫu số',
    ]);
    expect(titles('tasks', 'key')).toEqual(['rowKey:Mã dòng (PhuLuc)']);
  });

  it('name the roles a row is named by, and the plan values', () => {
    expect(NAME_ROLES).toEqual(['content', 'activity', 'objective', 'indicatorName']);
    expect([...DATA_ROLES].sort()).toEqual(
      ['deadline', 'deliverable', 'lead', 'measureUnit', 'support', 'target', 'units'].sort(),
    );
  });

  it('name the required columns and the scan fields', () => {
    expect(requiredColumns('tasks')).toEqual([
      ['content', ['objective', 'content', 'activity']],
      ['lead', ['lead', 'units']],
      ['deadline', ['deadline']],
    ]);
    expect(requiredColumns('indicators')).toEqual([
      ['indicatorName', ['content', 'indicatorName']],
      ['target', ['target']],
    ]);
    expect(schemaFieldOf('target', 'indicators')).toBe('targetText');
    expect(schemaFieldOf('status', 'tasks')).toBe('report.status');
    expect(schemaFieldOf('units', 'tasks')).toBeUndefined();
  });
});
