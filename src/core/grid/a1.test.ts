import { columnLetters, parseA1, parseRange, rangeToA1, toA1 } from './a1';

describe('A1 helpers', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('column %i is %s and back', (col, letters) => {
    expect(columnLetters(col)).toBe(letters);
    expect(parseA1(`${letters}1`).col).toBe(col);
  });

  it('converts addresses both ways', () => {
    expect(toA1(9, 4)).toBe('E10');
    expect(parseA1('$E$10')).toEqual({ row: 9, col: 4 });
    expect(parseRange('C14:A12')).toEqual({ top: 11, left: 0, bottom: 13, right: 2 });
    expect(rangeToA1(parseRange('A8:E8'))).toBe('A8:E8');
    expect(rangeToA1(parseRange('B3'))).toBe('B3');
  });

  it('rejects what is not an address', () => {
    expect(() => parseA1('10E')).toThrow(RangeError);
  });
});
