import { SheetView } from '../_lib/sheet-view';
import type { CellValue, Grid } from '../grid/types';
import type { ParsedRow } from '../parse/model';
import { readIndicator } from './indicator';

// One indicator row on sheet row 2: target C2, result D2, tử số E2, mẫu số F2.
function ctxWith(
  target: CellValue,
  actual: CellValue,
  numerator: CellValue,
  denominator: CellValue,
) {
  const cells = [null, null, target, actual, numerator, denominator].map((value) => ({ value }));
  const grid: Grid = { name: 'PL2', merges: [], rows: [[], cells] };
  return { view: new SheetView(grid), years: { from: 2025, to: 2025 } };
}

const row = (texts: ParsedRow['texts']): ParsedRow => ({
  key: '1',
  stt: '1',
  sectionPath: ['I'],
  group: 'I. Chỉ tiêu',
  row: 2,
  texts: { indicatorName: 'Tỷ lệ hồ sơ đúng hạn', measureUnit: '%', ...texts },
  cells: { target: 'C2', actual: 'D2', numerator: 'E2', denominator: 'F2' },
});
const units = { lead: [], support: [] };

describe('readIndicator', () => {
  it('reads the target and the result, and judges achievement', () => {
    const read = readIndicator(
      row({ target: '≥ 95' }),
      units,
      ctxWith('≥ 95', 97, null, null),
      true,
    );
    expect(read.item).toMatchObject({
      name: 'Tỷ lệ hồ sơ đúng hạn',
      unit: '%',
      group: 'I. Chỉ tiêu',
      target: { op: '>=', value: 95 },
      actual: 97,
      achieved: true,
    });
  });

  it('computes a rate from tử số and mẫu số when no result is given', () => {
    const read = readIndicator(row({ target: '100' }), units, ctxWith(100, null, 1, 3), true);
    expect(read.exactActual).toBeCloseTo(33.3333, 3);
    expect(read.item.actual).toBe(33.33);
  });

  it('has no target without a target column, and keeps a text result as reported', () => {
    const read = readIndicator(row({}), units, ctxWith(null, 'đạt', null, null), false);
    expect(read.item.target).toBeNull();
    expect(read.item.actual).toBeNull();
    expect(read.reported).toEqual({ kind: 'text', text: 'đạt' });
  });
});
