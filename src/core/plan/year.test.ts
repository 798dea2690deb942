import { detectPlanYears, readPlanYears, yearsNamedIn } from './year';

describe('detectPlanYears', () => {
  it.each([
    [
      [
        'KẾ HOẠCH',
        'Kế hoạch Cải cách hành chính giai đoạn 2021-2025, định hướng đến năm 2030',
        '(Ban hành kèm theo Quyết định số: 333/QĐ-SKHCN ngày 29/12/2021)',
      ],
      { from: 2021, to: 2025 },
    ],
    [
      [
        'VÀ THỰC HIỆN TTHC TRÊN MÔI TRƯỜNG ĐIỆN TỬ NĂM 2023',
        '(Kèm theo Kế hoạch số /KH-SKHCN ngày 18 tháng 01 năm 2023)',
      ],
      { from: 2023, to: 2023 },
    ],
    [
      [
        'CHỈ TIÊU CỤ THỂ VỀ CẢI CÁCH THỦ TỤC HÀNH CHÍNH',
        '(Kèm theo Kế hoạch số: /KH-SKHCN ngày 19 tháng 03 năm 2024 của Sở)',
      ],
      { from: 2024, to: 2024 },
    ],
    [
      ['KẾ HOẠCH CẢI CÁCH TTHC', '(Kèm theo Kế hoạch số 25/KH-SKHCN ngày 19/3/2024)'],
      { from: 2024, to: 2024 },
    ],
    [['kế hoạch giai đoạn 2022 - 2025'], { from: 2022, to: 2025 }],
    [['Chỉ tiêu năm 2025'], { from: 2025, to: 2025 }],
  ])('%j', (lines, years) => {
    expect(detectPlanYears(lines)).toEqual(years);
  });

  it('ignores years inside document numbers', () => {
    expect(detectPlanYears(['Thực hiện Quyết định số 01/2017/QĐ-UBND'])).toBeUndefined();
  });
});

describe('the plan year from the plan’s own lines', () => {
  it('a cited document’s date is not the plan’s year; the attached line is', () => {
    expect(
      detectPlanYears([
        'CHƯƠNG TRÌNH HÀNH ĐỘNG',
        'Thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị',
        '(Kèm theo Nghị quyết số 71/NQ-CP ngày 01 tháng 4 năm 2025 của Chính phủ)',
      ]),
    ).toEqual({ from: 2025, to: 2025 });
    expect(
      detectPlanYears([
        'KẾ HOẠCH TRIỂN KHAI QUYẾT ĐỊNH SỐ 34/2014/QĐ-TTG NGÀY 30/5/2014 CỦA THỦ TƯỚNG',
        '(Kèm theo Kế hoạch số 2516/KH-UBND ngày 03 tháng 10 năm 2014)',
      ]),
    ).toEqual({ from: 2014, to: 2014 });
  });

  it('a plan whose title names no year spans the years of its deadlines', () => {
    const lines = [
      'PHỤ LỤC',
      'NHIỆM VỤ THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY 22/12/2024',
      '(Kèm theo Kế hoạch số 59/KH-UBND ngày 12 tháng 3 năm 2025)',
    ];
    expect(readPlanYears(lines, [2025, 2026, 2030])).toEqual({ from: 2025, to: 2030 });
    expect(readPlanYears(lines, [2025])).toEqual({ from: 2025, to: 2025 });
    expect(readPlanYears(['KẾ HOẠCH CCHC NĂM 2024'], [2024, 2025])).toEqual({
      from: 2024,
      to: 2024,
    });
    // Year columns are targets by year, not the plan's title.
    expect(
      readPlanYears(['(Kèm theo … ngày 01/4/2025)', 'Năm 2025', 'Đến năm 2030'], [2025, 2030]),
    ).toEqual({ from: 2025, to: 2030 });
  });

  it('reads the years a deadline names, not a cited document’s', () => {
    expect(yearsNamedIn('Quý II/2025; năm 2026')).toEqual([2025, 2026]);
    expect(yearsNamedIn('Theo Quyết định số 01/2017/QĐ-UBND ngày 15/3/2017')).toEqual([]);
  });
});
