import { foldLabel, foldVietnamese, opensWithDigit, tidyText } from './fold';

describe('foldVietnamese', () => {
  it.each([
    ['Thời gian\n thực hiện', 'thoi gian thuc hien'],
    ['ĐƠN VỊ CHỦ TRÌ', 'don vi chu tri'],
    ['Đơn vị phối  hợp', 'don vi phoi hop'],
    ['Số TT', 'so tt'],
    ['  Phòng BCVT&CĐS ', 'phong bcvt&cds'],
    ['Hằng tháng', 'hang thang'],
  ])('%j → %j', (input, folded) => {
    expect(foldVietnamese(input)).toBe(folded);
  });

  it('treats precomposed and decomposed input alike', () => {
    const precomposed = 'Kết quả';
    const decomposed = precomposed.normalize('NFD');
    expect(foldVietnamese(decomposed)).toBe(foldVietnamese(precomposed));
  });
});

describe('foldLabel', () => {
  it('drops punctuation but keeps %, parentheses and &', () => {
    expect(foldLabel('Phòng, đơn vị  thực hiện:')).toBe('phong don vi thuc hien');
    expect(foldLabel('Kết quả thực hiện (%)')).toBe('ket qua thuc hien (%)');
  });
});

describe('tidyText', () => {
  it('keeps line breaks but trims lines', () => {
    expect(tidyText('  Văn phòng   Sở \r\n\n - Phối hợp ')).toBe('Văn phòng Sở\n- Phối hợp');
  });
});

describe('opensWithDigit', () => {
  it.each([
    ['12', true],
    ['15/12/2025', true],
    ['0', true],
    ['Quý IV', false],
    ['(1)', false],
    ['', false],
    ['١٢', false], // ASCII digits only
  ])('%j → %s', (text, expected) => {
    expect(opensWithDigit(text)).toBe(expected);
  });
});
