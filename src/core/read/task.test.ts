import { SheetView } from '../_lib/sheet-view';
import type { CellValue, Grid } from '../grid/types';
import type { ParsedRow } from '../parse/model';
import { readTask } from './task';

// One task row on sheet row 2: deadline in C2, status in D2, completion date in E2.
function ctxWith(deadline: CellValue, completion: CellValue) {
  const grid: Grid = {
    name: 'PL1',
    merges: [],
    rows: [
      [],
      [
        { value: '1' },
        { value: 'Rà soát' },
        { value: deadline },
        { value: null },
        { value: completion },
      ],
    ],
  };
  return { view: new SheetView(grid), years: { from: 2025, to: 2025 } };
}

const row = (texts: ParsedRow['texts']): ParsedRow => ({
  key: '1',
  stt: '1',
  sectionPath: [],
  row: 2,
  texts,
  cells: { number: 'A2', content: 'B2', deadline: 'C2', status: 'D2', completionDate: 'E2' },
});
const units = { lead: ['Văn phòng Sở'], support: [] };

describe('readTask', () => {
  it('reads the deadline, the status word and the completion date', () => {
    const read = readTask(
      row({
        content: 'Rà soát',
        deadline: 'Quý I',
        status: 'Đã hoàn thành',
        completionDate: '15/3/2025',
      }),
      units,
      ctxWith('Quý I', '15/3/2025'),
      true,
    );
    expect(read.item).toMatchObject({
      content: 'Rà soát',
      lead: ['Văn phòng Sở'],
      deadline: { kind: 'date', due: ['2025-03-31'] },
      report: { status: 'Đã hoàn thành', completionDate: '15/3/2025' },
      statusWord: 'done',
      completedOn: '2025-03-15',
    });
    expect(read.deadline?.problems).toEqual([]);
  });

  it('reads a date typed as a date as that date', () => {
    const date = { kind: 'date', iso: '2025-06-30' } as const;
    const read = readTask(
      row({ content: 'Rà soát', deadline: '30/06' }),
      units,
      ctxWith(date, null),
      true,
    );
    expect(read.item.deadline).toEqual({ kind: 'date', due: ['2025-06-30'] });
  });

  it('has no deadline, and nothing to check of one, without a deadline column', () => {
    const read = readTask(row({ content: 'Rà soát' }), units, ctxWith(null, null), false);
    expect(read.item.deadline).toEqual({ kind: 'missing', due: [] });
    expect(read.deadline).toBeUndefined();
  });

  it('leaves out what does not read: an unknown status word, an unreadable date', () => {
    const read = readTask(
      row({ content: 'Rà soát', status: 'Tạm dừng?', completionDate: 'sắp xong' }),
      units,
      ctxWith(null, 'sắp xong'),
      false,
    );
    expect(read.item.statusWord).toBeUndefined();
    expect(read.item.completedOn).toBeUndefined();
    expect(Object.keys(read.item)).not.toContain('statusWord');
  });
});
