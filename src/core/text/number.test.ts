import { formatNumber, formatPercentage } from './number';

describe('formatNumber', () => {
  it.each([
    [71.68, '71,68', '71.68'],
    [200.0, '200', '200'],
    [30.8, '30,8', '30.8'],
    [0.125, '0,13', '0.13'],
    [1403, '1.403', '1,403'],
    [100000, '100.000', '100,000'],
    [1234567.891, '1.234.567,89', '1,234,567.89'],
    [999, '999', '999'],
    [-1403.5, '-1.403,5', '-1,403.5'],
    [-0.001, '0', '0'],
    [0, '0', '0'],
  ])('%p → vi %j, en %j', (value, vi, en) => {
    expect(formatNumber(value, 'vi')).toBe(vi);
    expect(formatNumber(value, 'en')).toBe(en);
  });

  it('rounds to the decimals asked for', () => {
    expect(formatNumber(86.156, 'vi', 1)).toBe('86,2');
    expect(formatNumber(86.156, 'en', 0)).toBe('86');
  });

  it('leaves what is not a finite number as it is', () => {
    expect(formatNumber(Number.NaN, 'vi')).toBe('NaN');
    expect(formatNumber(Infinity, 'en')).toBe('Infinity');
  });
});

describe('formatPercentage', () => {
  it('puts a space before % in Vietnamese only', () => {
    expect(formatPercentage(71.68, 'vi')).toBe('71,68 %');
    expect(formatPercentage(71.68, 'en')).toBe('71.68%');
    expect(formatPercentage(200.0, 'vi')).toBe('200 %');
    expect(formatPercentage(30.8, 'vi')).toBe('30,8 %');
  });
});
