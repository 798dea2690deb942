import { formatKind, serialToIso } from './dates';

describe('formatKind', () => {
  it.each([
    ['dd/mm/yyyy', 'date'],
    ['d-mmm-yy', 'date'],
    ['mmm', 'date'],
    ['[$-42A]dd/mm/yyyy', 'date'],
    ['dd/mm/yyyy hh:mm', 'date'],
    ['h:mm AM/PM', 'time'],
    ['[h]:mm:ss', 'time'],
    ['mm:ss', 'time'],
    ['0.0 "ngày"', 'other'],
    ['#,##0 \\d', 'other'],
    ['0%', 'other'],
    ['General', 'other'],
    ['[Red]0.00', 'other'],
    ['@', 'other'],
  ])('%s is %s', (code, kind) => expect(formatKind(code)).toBe(kind));

  it('knows the built-in date ids whatever their code in the locale', () => {
    expect(formatKind(undefined, 14)).toBe('date');
    expect(formatKind('mm-dd-yy', 14)).toBe('date');
    expect(formatKind(undefined, 20)).toBe('time');
    expect(formatKind(undefined, 2)).toBe('other');
  });
});

describe('serialToIso', () => {
  it('counts the 1900 system as Excel does, around its fictitious 29/02/1900', () => {
    expect(serialToIso(1, false)).toBe('1900-01-01');
    expect(serialToIso(59, false)).toBe('1900-02-28');
    expect(serialToIso(60, false)).toBeNull();
    expect(serialToIso(61, false)).toBe('1900-03-01');
    expect(serialToIso(45611, false)).toBe('2024-11-15');
    expect(serialToIso(45611.75, false)).toBe('2024-11-15');
    expect(serialToIso(2958465, false)).toBe('9999-12-31');
  });

  it('counts the 1904 system from 01/01/1904', () => {
    expect(serialToIso(0, true)).toBe('1904-01-01');
    expect(serialToIso(45611 - 1462, true)).toBe('2024-11-15');
  });

  it('gives no day for serials no date shows', () => {
    expect(serialToIso(0, false)).toBeNull();
    expect(serialToIso(-1, false)).toBeNull();
    expect(serialToIso(2958466, false)).toBeNull();
    expect(serialToIso(Number.NaN, false)).toBeNull();
  });

  it('rounds to the millisecond first: 23:59:59.9999 is the next day, as Excel shows it', () => {
    expect(serialToIso(45611 + 0.99999999999, false)).toBe('2024-11-16');
  });
});
