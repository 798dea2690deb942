/// <reference types="office-js" />
import { createFakeExcel } from '../../../test/fake-excel/fake-excel';
import { selectCell } from './select';

function book() {
  return createFakeExcel({
    'Phụ lục': { values: [['a']] },
    'PL 2': { values: [['b']] },
    Ẩn: { values: [['c']], visibility: 'Hidden' },
  });
}

describe('selectCell', () => {
  it('activates the sheet and selects the cell, in one sync', async () => {
    const fx = book();
    expect(await selectCell(fx.context, 'PL 2', 'E12')).toEqual({
      ok: true,
      sheet: 'PL 2',
      address: 'E12',
    });
    expect(fx.activeSheet).toBe('PL 2');
    expect(fx.selection).toEqual({ sheet: 'PL 2', address: 'E12' });
    expect(fx.syncs).toBe(1);
  });

  it('takes 0-based row and column, and ranges', async () => {
    const fx = book();
    await selectCell(fx.context, 'Phụ lục', { row: 9, col: 4 });
    expect(fx.selection).toEqual({ sheet: 'Phụ lục', address: 'E10' });
    await selectCell(fx.context, 'Phụ lục', '$a$1:c3');
    expect(fx.selection).toEqual({ sheet: 'Phụ lục', address: 'A1:C3' });
  });

  it('says why it could not select', async () => {
    const fx = book();
    expect(await selectCell(fx.context, 'Không có', 'A1')).toMatchObject({
      ok: false,
      reason: 'sheet-not-found',
      vi: expect.stringContaining('Không tìm thấy trang tính "Không có"'),
      en: expect.stringContaining('was not found'),
    });
    expect(await selectCell(fx.context, 'Ẩn', 'A1')).toMatchObject({
      ok: false,
      reason: 'sheet-hidden',
    });
    expect(await selectCell(fx.context, 'Phụ lục', 'not a cell')).toMatchObject({
      ok: false,
      reason: 'bad-address',
    });
    expect(await selectCell(fx.context, 'Phụ lục', { row: -1, col: 0 })).toMatchObject({
      ok: false,
      reason: 'bad-address',
    });
    expect(fx.selection).toBeUndefined();
  });
});
