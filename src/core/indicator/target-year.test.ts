import { targetYearOfHeading } from './target-year';

describe('targetYearOfHeading', () => {
  it.each([
    ['Đến năm 2030', 2030],
    ['ĐẾN NĂM 2030', 2030],
    ['Năm 2025', 2025],
    ['Chỉ tiêu đến năm 2025:', 2025],
    ['Mục tiêu đến hết năm 2026', 2026],
  ])('reads "%s" as targets for %i', (title, year) => {
    expect(targetYearOfHeading(title)).toBe(year);
  });

  it.each([
    'Chỉ tiêu giao tại Nghị quyết số 01/NQ-CP',
    'Nâng cao nhận thức, đến năm 2030 đạt mức tiên tiến',
    'Giai đoạn 2021-2025',
    'Đến năm 30',
  ])('gives no year for "%s", a heading that says more than a year', (title) => {
    expect(targetYearOfHeading(title)).toBeUndefined();
  });
});
