/// <reference types="office-js" />
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load --
   these tests read properties that were not loaded or synced on purpose: the fake must throw. */
import { createFakeExcel, FakeOfficeError } from './fake-excel';

function book() {
  return createFakeExcel({
    'Phụ lục': {
      values: [
        ['PHỤ LỤC', null],
        ['STT', 'Nội dung'],
        [1, 'Rà soát'],
      ],
      numberFormat: [[], [], ['0', 'General']],
      merges: ['A1:B1'],
    },
    Ẩn: { values: [['x']], visibility: 'VeryHidden' },
  });
}

describe('the fake Excel is strict', () => {
  it('throws PropertyNotLoaded for what was not loaded and synced', async () => {
    const fx = book();
    const ws = fx.context.workbook.worksheets.getItem('Phụ lục');
    const range = ws.getRange('A1:B3');
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    range.load('values');
    expect(() => range.values).toThrow(/PropertyNotLoaded/); // loaded, not yet synced
    await fx.context.sync();
    expect(range.values).toEqual([
      ['PHỤ LỤC', ''],
      ['STT', 'Nội dung'],
      [1, 'Rà soát'],
    ]);
    expect(() => range.text).toThrow(/PropertyNotLoaded/);
    expect(() => ws.name).toThrow(/PropertyNotLoaded/);
    range.values = [
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ];
    expect(() => range.format.font.bold).toThrow(/PropertyNotLoaded/);
  });

  it('loads collections item by item, and null objects', async () => {
    const fx = book();
    const sheets = fx.context.workbook.worksheets;
    sheets.load('items/name,items/visibility');
    const missing = sheets.getItemOrNullObject('Không có');
    missing.load('name');
    const used = sheets.getItem('Phụ lục').getUsedRangeOrNullObject(true);
    used.load('address,rowCount');
    await fx.context.sync();
    expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([
      ['Phụ lục', 'Visible'],
      ['Ẩn', 'VeryHidden'],
    ]);
    expect(() => sheets.items[0]!.position).toThrow(/PropertyNotLoaded/);
    expect(missing.isNullObject).toBe(true);
    expect(used.address).toBe("'Phụ lục'!A1:B3");
    expect(used.rowCount).toBe(3);
  });

  it('fails a sync on a missing item, and does not commit its loads', async () => {
    const fx = book();
    const r = fx.context.workbook.worksheets.getItem('Không có').getRange('A1');
    r.load('values');
    await expect(fx.context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(() => r.values).toThrow(/PropertyNotLoaded/);
    expect(fx.requests[0]!.failed).toBe('ItemNotFound');
  });

  it('counts syncs and request bytes, and rejects requests over the limit', async () => {
    const fx = createFakeExcel({ S: { values: [['a']] } }, { requestLimit: 2000 });
    const r = fx.context.workbook.worksheets.getItem('S').getRange('A1:A300');
    r.values = Array.from({ length: 300 }, (_, i) => [`giá trị ${i}`]);
    await expect(fx.context.sync()).rejects.toBeInstanceOf(FakeOfficeError);
    expect(fx.requests[0]).toMatchObject({ failed: 'RequestPayloadSizeLimitExceeded' });
    expect(fx.requests[0]!.bytes).toBeGreaterThan(2000);
    expect(fx.cell('S', 'A2')).toBeUndefined(); // nothing ran
    expect(fx.syncs).toBe(1);
  });

  it('turns formula-looking strings into formulas unless the cell is text', async () => {
    const fx = createFakeExcel({ S: { values: [['a']] } });
    const ws = fx.context.workbook.worksheets.getItem('S');
    ws.getRange('A2').numberFormat = [['@']];
    ws.getRange('A2:A3').values = [['=SUM(A1)'], ['=SUM(A1)']];
    ws.getRange('A4:A5').values = [['12'], ['-Báo cáo']];
    await fx.context.sync();
    expect(fx.cell('S', 'A2')).toMatchObject({ value: '=SUM(A1)', numberFormat: '@' });
    expect(fx.cell('S', 'A2')!.formula).toBeUndefined();
    expect(fx.cell('S', 'A3')!.formula).toBe('=SUM(A1)');
    expect(fx.cell('S', 'A4')!.value).toBe(12);
    expect(fx.cell('S', 'A5')!.formula).toBe('=-Báo cáo');
    expect(fx.log.map((e) => e.p)).toEqual(['numberFormat', 'values', 'values']);
  });

  it('rejects arrays that do not fit the range, overlapping merges and deleting the last visible sheet', async () => {
    const fx = book();
    const ws = fx.context.workbook.worksheets.getItem('Phụ lục');
    ws.getRange('A1:B2').values = [['x']];
    await expect(fx.context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    ws.getRange('B1:C1').merge(false);
    await expect(fx.context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    ws.delete();
    await expect(fx.context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('refuses to delete a very hidden sheet until it is made visible', async () => {
    const fx = book();
    const hidden = fx.context.workbook.worksheets.getItem('Ẩn');
    hidden.delete();
    await expect(fx.context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    expect(fx.findSheet('Ẩn')).toBeDefined();
    hidden.visibility = 'Visible';
    hidden.delete();
    await fx.context.sync();
    expect(fx.findSheet('Ẩn')).toBeUndefined();
  });

  it('keeps what a failing request did before the failing call, like Excel', async () => {
    const fx = book();
    const sheets = fx.context.workbook.worksheets;
    sheets.add('Mới');
    sheets.getItem('Phụ lục').name = 'Đổi tên';
    sheets.getItem('Không có').delete();
    sheets.add('Sau lỗi');
    await expect(fx.context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(fx.sheets.map((s) => s.name)).toEqual(['Đổi tên', 'Ẩn', 'Mới']);
  });

  it('fails the n-th operation from now once when asked (failAfter), keeping what ran before', async () => {
    const fx = book();
    const sheets = fx.context.workbook.worksheets;
    fx.failAfter(1);
    sheets.add('Một');
    sheets.add('Hai');
    sheets.add('Ba');
    await expect(fx.context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    expect(fx.failurePending).toBe(false);
    expect(fx.sheets.map((s) => s.name)).toEqual(['Phụ lục', 'Ẩn', 'Một']);
    sheets.add('Hai');
    await fx.context.sync();
    expect(fx.sheets.map((s) => s.name)).toEqual(['Phụ lục', 'Ẩn', 'Một', 'Hai']);
  });

  it('fails APIs above its ExcelApi version with ApiNotFound', async () => {
    const fx = createFakeExcel({ S: { values: [['a']] } }, { version: '1.8' });
    expect(fx.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(fx.isSetSupported('ExcelApi', '1.9')).toBe(false);
    fx.context.workbook.worksheets.getItem('S').pageLayout.orientation = 'Landscape';
    await expect(fx.context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    fx.context.workbook.worksheets.getItem('S').getRange('A1').getMergedAreasOrNullObject();
    await expect(fx.context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('reads merged areas as RangeAreas, and fails over 512 of them like Excel', async () => {
    const fx = createFakeExcel({
      S: {
        values: [['a']],
        merges: Array.from({ length: 600 }, (_, i) => `A${2 * i + 1}:B${2 * i + 1}`),
      },
    });
    const ws = fx.context.workbook.worksheets.getItem('S');
    const few = ws.getRange('A1:B4').getMergedAreasOrNullObject();
    few.load('address,areaCount');
    const areas = few.areas;
    areas.load('items/address');
    const none = ws.getRange('C1:C4').getMergedAreasOrNullObject();
    none.load('address');
    await fx.context.sync();
    expect(few.address).toBe('S!A1:B1, S!A3:B3');
    expect(areas.items.map((a) => a.address)).toEqual(['S!A1:B1', 'S!A3:B3']);
    expect(none.isNullObject).toBe(true);
    ws.getRange('A:B').getMergedAreasOrNullObject().load('address');
    await expect(fx.context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
  });

  it('derives displayed text from values and number formats', async () => {
    const fx = createFakeExcel({
      S: {
        values: [[45000, 0.925, 1, true, 'x']],
        numberFormat: [['dd/mm/yyyy', '0.0%', '0%']],
      },
    });
    const r = fx.context.workbook.worksheets.getItem('S').getRange('A1:E1');
    r.load('text,numberFormat');
    await fx.context.sync();
    expect(r.text).toEqual([['15/03/2023', '92.5%', '100%', 'TRUE', 'x']]);
    expect(r.numberFormat).toEqual([['dd/mm/yyyy', '0.0%', '0%', 'General', 'General']]);
  });
});
