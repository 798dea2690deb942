import { isRomanNumeral, leadingLetter, readStt } from './stt';

describe('readStt', () => {
  it.each([
    ['I', { kind: 'section', label: 'I', level: 1 }],
    ['XI', { kind: 'section', label: 'XI', level: 1 }],
    ['VII.', { kind: 'section', label: 'VII', level: 1 }],
    ['A', { kind: 'section', label: 'A', level: 0 }],
    ['Đ', { kind: 'section', label: 'Đ', level: 0 }],
    ['1', { kind: 'number', stt: '1' }],
    ['12.', { kind: 'number', stt: '12' }],
    ['1.2.3', { kind: 'number', stt: '1.2.3' }],
    ['a)', { kind: 'letter', letter: 'a' }],
    ['đ)', { kind: 'letter', letter: 'đ' }],
    ['', { kind: 'none' }],
    ['  ', { kind: 'none' }],
  ])('%j', (text, reading) => {
    expect(readStt(text)).toEqual(reading);
  });

  it('reads a numbered heading with its title', () => {
    expect(readStt('1. Chỉ tiêu giao tại Nghị quyết số 01/NQ-CP')).toEqual({
      kind: 'section',
      label: '1',
      level: 2,
      title: 'Chỉ tiêu giao tại Nghị quyết số 01/NQ-CP',
    });
    expect(readStt('II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH')).toMatchObject({
      kind: 'section',
      label: 'II',
      level: 1,
    });
  });

  it('leaves other text alone', () => {
    expect(readStt('Tổng cộng')).toEqual({ kind: 'other', text: 'Tổng cộng' });
  });
});

describe('isRomanNumeral / leadingLetter', () => {
  it('knows Roman numerals', () => {
    expect(['I', 'IV', 'IX', 'XIV', 'XXXIX'].every(isRomanNumeral)).toBe(true);
    expect(['', 'IIII', 'VX', 'IC'].some(isRomanNumeral)).toBe(false);
  });
  it('finds a)/b) prefixes', () => {
    expect(leadingLetter('b) Cắt giảm TTHC nội bộ')).toBe('b');
    expect(leadingLetter('Cắt giảm')).toBeUndefined();
  });
});
