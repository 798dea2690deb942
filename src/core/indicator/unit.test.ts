import { isRateUnit } from './unit';

describe('isRateUnit', () => {
  it.each(['%', 'Tỷ lệ', 'tỷ lệ %', 'TỶ LỆ', 'Phần trăm', ' % '])('%j is a rate', (unit) => {
    expect(isRateUnit(unit)).toBe(true);
  });

  it.each(['hồ sơ', 'văn bản', 'TTHC', '', 'lượt', 'tỷ đồng'])('%j is not a rate', (unit) => {
    expect(isRateUnit(unit)).toBe(false);
  });
});
