import fc from 'fast-check';
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

  it('gives every cell its address, read back the same, the first time and the next', () => {
    fc.assert(
      fc.property(fc.nat(1_048_575), fc.nat(16_383), (row, col) => {
        const address = `${columnLetters(col)}${row + 1}`;
        expect(toA1(row, col)).toBe(address);
        expect(toA1(row, col)).toBe(address);
        expect(parseA1(address)).toEqual({ row, col });
      }),
      { numRuns: 2_000 },
    );
    expect(toA1(0, 16_384)).toBe('XFE1'); // past Excel's columns: still written, not keyed
  });

  it('rejects what is not an address', () => {
    for (const bad of [
      '10E',
      '',
      '$',
      'E',
      '10',
      'E$',
      'ABCD1',
      'E12345678',
      'E1$',
      'E-1',
      'É1',
      'E1 2',
    ])
      expect(() => parseA1(bad)).toThrow(RangeError);
  });

  it('reads exactly what the A1 grammar allows (lower case and spaces around too)', () => {
    const grammar = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
    const piece = fc.constantFrom(
      '$',
      'A',
      'e',
      'Z',
      'xf',
      '0',
      '1',
      '9',
      ' ',
      '-',
      '@',
      '[',
      '`',
      '{',
      'Đ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        const m = grammar.exec(text.trim());
        if (!m) {
          expect(() => parseA1(text)).toThrow(RangeError);
          return;
        }
        let col = 0;
        for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
        expect(parseA1(text)).toEqual({ row: Number(m[2]) - 1, col: col - 1 });
      }),
      { numRuns: 2_000 },
    );
  });
});
