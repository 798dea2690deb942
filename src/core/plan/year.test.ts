import { detectPlanYears } from './year';

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
