import type { IndicatorItem } from '../parse/model';
import type { ReadIndicator } from '../read/indicator';
import { checkIndicator } from './indicators';

const ctx = { sheet: 'PL2', years: { from: 2025, to: 2025 }, yearsKnown: true, asOf: '2025-06-30' };

function read(fields: Partial<IndicatorItem>, rest: Partial<ReadIndicator> = {}): ReadIndicator {
  const item: IndicatorItem = {
    key: '1',
    stt: '1',
    sectionPath: [],
    row: 4,
    name: 'Tỷ lệ hồ sơ đúng hạn',
    unit: '%',
    targetText: '95',
    lead: [],
    support: [],
    cells: { indicatorName: 'B4', target: 'D4', actual: 'E4' },
    target: { op: '>=', value: 95 },
    actual: 97,
    numerator: null,
    denominator: null,
    achieved: true,
    ratio: 102.11,
    ...fields,
  };
  return {
    item,
    reported: { kind: 'number', value: item.actual ?? 0 },
    exactActual: item.actual,
    ...rest,
  };
}
const codes = (r: ReadIndicator, hasTarget = true) =>
  checkIndicator(ctx, r, hasTarget).map((i) => `${i.code}@${i.cell}`);

describe('checkIndicator', () => {
  it('finds nothing in a complete indicator', () => {
    expect(codes(read({}))).toEqual([]);
  });

  it('flags a missing name and target, and a target that does not read', () => {
    expect(codes(read({ name: '', targetText: '', target: null }))).toEqual([
      'missing-value@B4',
      'missing-value@D4',
    ]);
    expect(codes(read({ targetText: 'cao', target: null }))).toEqual(['target-unparsed@D4']);
    expect(codes(read({ targetText: '', target: null }), false)).toEqual([]);
  });

  it('flags a rate outside 0–100, in the target or the result before rounding', () => {
    expect(codes(read({ targetText: '120', target: { op: '>=', value: 120 } }))).toEqual([
      'unit-mismatch@D4',
    ]);
    expect(codes(read({ actual: 100 }, { exactActual: 100.004 }))).toEqual(['unit-mismatch@E4']);
  });

  it('flags a result that is not a number', () => {
    const text = read(
      { actual: null },
      { reported: { kind: 'text', text: 'đạt' }, exactActual: null },
    );
    expect(codes(text)).toEqual(['actual-not-number@E4']);
  });
});
