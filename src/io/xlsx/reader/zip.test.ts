import { deflateRawSync } from 'zlib';
import { InflateLimitError, inflateWithFflate } from './inflate';
import { inflateWithZlib } from './inflate-node';
import { partKey } from './zip';
import { cellPosition, sheetPieces } from './sheet';
import { cellsIn } from './validations';
import { resolveTarget, relsPartOf } from './package';

const text = new TextEncoder().encode('<sst>'.padEnd(100_000, 'x'));
const deflated = new Uint8Array(deflateRawSync(text));

describe.each([
  ['fflate', inflateWithFflate],
  ['zlib', inflateWithZlib],
])('inflating with %s', (_name, inflate) => {
  it('gives the bytes when the stated size is right, and when it lies', () => {
    expect(
      Buffer.compare(Buffer.from(inflate(deflated, text.length, 1e6)), Buffer.from(text)),
    ).toBe(0);
    expect(inflate(deflated, 10, 1e6).length).toBe(text.length);
  });

  it('stops at the limit, whatever the stated size', () => {
    expect(() => inflate(deflated, 10, 50_000)).toThrow(InflateLimitError);
    expect(() => inflate(deflated, text.length, 50_000)).toThrow(InflateLimitError);
  });

  it('fails on damaged data with another error', () => {
    const damaged = deflated.slice(0, 20);
    damaged[3] = 0xff;
    expect(() => inflate(damaged, text.length, 1e6)).toThrow();
  });
});

describe('part names and references', () => {
  it('folds part names as OOXML compares them', () => {
    expect(partKey('\\xl\\Workbook.xml')).toBe('xl/workbook.xml');
    expect(partKey('/xl/worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
  });

  it('resolves relationship targets', () => {
    expect(resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml')).toBe(
      'xl/worksheets/sheet1.xml',
    );
    expect(resolveTarget('xl/workbook.xml', '/xl/styles.xml')).toBe('xl/styles.xml');
    expect(resolveTarget('book/workbook.xml', '../customXml/item%201.xml')).toBe(
      'customXml/item 1.xml',
    );
    expect(resolveTarget('', 'xl/workbook.xml')).toBe('xl/workbook.xml');
    expect(relsPartOf('book/workbook.xml')).toBe('book/_rels/workbook.xml.rels');
  });

  it('reads A1 references and refuses impossible ones', () => {
    expect(cellPosition('A1', 's')).toEqual({ row: 0, col: 0 });
    expect(cellPosition('XFD1048576', 's')).toEqual({ row: 1_048_575, col: 16_383 });
    expect(cellPosition('ab12', 's')).toEqual({ row: 11, col: 27 });
    for (const bad of ['A0', 'XFE1', '1A', 'A', 'A1048577', 'A1B'])
      expect(() => cellPosition(bad, 's')).toThrow(/bad cell reference/);
  });

  it('counts the cells a drop-down list covers', () => {
    expect(cellsIn('A1:B2 D5')).toBe(5);
    expect(cellsIn('E1:E1048576')).toBe(1_048_576);
    expect(cellsIn('A:C')).toBe(3 * 1_048_576);
    expect(cellsIn('A1:XFD1048576')).toBe(16_384 * 1_048_576);
  });
});

describe('sheetPieces: a big sheet decoded a piece at a time', () => {
  it('cuts only after a row end tag (any prefix) and loses no character', () => {
    const xml =
      '<x:worksheet><x:sheetData>' +
      Array.from(
        { length: 40 },
        (_, i) => `<x:row r="${i + 1}"><x:c r="A${i + 1}" t="str"><x:v>Ệ${i}ờ</x:v></x:c></x:row>`,
      ).join('') +
      '</x:sheetData></x:worksheet>';
    const bytes = new TextEncoder().encode(xml);
    const parts = [...sheetPieces(bytes, 100)];
    expect(parts.length).toBeGreaterThan(5);
    expect(parts.join('')).toBe(xml);
    for (const p of parts.slice(0, -1)) expect(p.endsWith('</x:row>')).toBe(true);
    expect([...sheetPieces(bytes)]).toEqual([xml]);
  });
});
