import fc from 'fast-check';
import { splitAreas, cellPart, columnsAddress, rowsAddress } from './address';
import { jsonBytes, opBytes, utf8Length } from './bytes';
import { packBatches, rowBands, rowBlocks } from './chunk';
import { argbToHex, columnWidthPoints, mmToPoints, styleRectangles } from './format';
import { isDateFormat, isoToSerial, serialToIso } from './serial';

describe('serial dates (1900 system)', () => {
  it('knows Excel’s landmarks', () => {
    expect(serialToIso(1)).toBe('1900-01-01');
    expect(serialToIso(59)).toBe('1900-02-28');
    expect(serialToIso(60)).toBe('1900-02-29');
    expect(serialToIso(61)).toBe('1900-03-01');
    expect(serialToIso(25569)).toBe('1970-01-01');
    expect(serialToIso(45000.9999)).toBe('2023-03-15');
    expect(serialToIso(2958465)).toBe('9999-12-31');
    expect(serialToIso(-1)).toBeUndefined();
    expect(serialToIso(Number.NaN)).toBeUndefined();
  });

  it('round-trips every date from 1900-03-01 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 110_000 }), (serial) => {
        expect(isoToSerial(serialToIso(serial)!)).toBe(serial);
      }),
    );
    expect(isoToSerial('1900-01-01')).toBe(1);
    expect(isoToSerial('1900-02-28')).toBe(59);
    expect(() => isoToSerial('15/03/2023')).toThrow(RangeError);
  });

  it('tells date formats from others', () => {
    for (const f of ['dd/mm/yyyy', 'd/m/yy', 'mm-dd-yy', '[$-42A]d mmmm yyyy', 'h:mm', '[h]:mm:ss'])
      expect(isDateFormat(f)).toBe(true);
    for (const f of ['General', '@', '0%', '0.0', '#,##0', '"Ngày "0', '[Red]0.00', undefined])
      expect(isDateFormat(f)).toBe(false);
  });
});

describe('request sizes and chunking', () => {
  it('counts UTF-8 bytes like Buffer does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(utf8Length(s)).toBe(Buffer.byteLength(s, 'utf8'));
      }),
    );
    expect(jsonBytes([['Hà Nội']])).toBe(Buffer.byteLength('[["Hà Nội"]]'));
    expect(opBytes('A1', 1)).toBeGreaterThan(300);
  });

  it('packs units in order without exceeding the budget', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 100 })),
        fc.integer({ min: 100, max: 500 }),
        (sizes, budget) => {
          const batches = packBatches(
            sizes.map((bytes, i) => ({ bytes, i })),
            budget,
          );
          expect(batches.flat().map((u) => u.i)).toEqual(sizes.map((_, i) => i));
          for (const b of batches)
            expect(b.reduce((s, u) => s + u.bytes, 0)).toBeLessThanOrEqual(budget);
        },
      ),
    );
    expect(packBatches([{ bytes: 10 }], 5)).toEqual([[{ bytes: 10 }]]);
  });

  it('splits rows into blocks by bytes and count, and into bands by cells', () => {
    expect(rowBlocks([5, 5, 5, 5], 10, 100)).toEqual([
      [0, 2],
      [2, 4],
    ]);
    expect(rowBlocks([1, 1, 1], 100, 2)).toEqual([
      [0, 2],
      [2, 3],
    ]);
    expect(rowBlocks([50, 1], 10, 100)).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(rowBlocks([], 10, 10)).toEqual([]);
    expect(rowBands(10, 4, 12)).toEqual([
      [0, 3],
      [3, 6],
      [6, 9],
      [9, 10],
    ]);
    expect(rowBands(3, 1000, 512)).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
  });
});

describe('addresses', () => {
  it('splits RangeAreas addresses, quoted sheet names included', () => {
    expect(splitAreas("'Kế hoạch, 2024'!A1:B2, 'Kế hoạch, 2024'!C5")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 4, left: 2, bottom: 4, right: 2 },
    ]);
    expect(splitAreas("'It''s, ok'!A1:A2")).toEqual([{ top: 0, left: 0, bottom: 1, right: 0 }]);
    expect(splitAreas('S!A1:B1,S!D4:E4')).toHaveLength(2);
    expect(cellPart("'a!b'!C3")).toBe('C3');
    expect(columnsAddress(0, 27)).toBe('A:AB');
    expect(rowsAddress(0, 0)).toBe('1:1');
  });
});

describe('formats', () => {
  it('groups equal styles into rectangles that cover every cell once', () => {
    const rows = [
      {
        cells: [
          { value: 1, style: 'header' },
          { value: 2, style: 'header' },
          { value: 3, style: 'header' },
        ],
      },
      {
        cells: [
          { value: 1, style: 'bodyCenter' },
          { value: 2, style: 'body' },
          { value: 3, style: 'body' },
        ],
      },
      {
        cells: [
          { value: 1, style: 'bodyCenter' },
          { value: 2, style: 'body' },
          { value: 3, style: 'body' },
        ],
      },
      {
        cells: [
          { value: 1, style: 'section' },
          { value: 2, style: 'section' },
          { value: 3, style: 'section' },
        ],
      },
    ] as const;
    const rects = styleRectangles(rows);
    expect(Object.fromEntries(rects)).toEqual({
      header: [{ top: 0, left: 0, bottom: 0, right: 2 }],
      bodyCenter: [{ top: 1, left: 0, bottom: 2, right: 0 }],
      body: [{ top: 1, left: 1, bottom: 2, right: 2 }],
      section: [{ top: 3, left: 0, bottom: 3, right: 2 }],
    });
  });

  it('converts units and colours', () => {
    expect(argbToHex('ff0563c1')).toBe('#0563C1');
    expect(columnWidthPoints(9.140625)).toBe(48); // Excel's default column
    expect(columnWidthPoints(40)).toBe(210);
    expect(mmToPoints(20)).toBeCloseTo(56.69, 2);
  });
});
