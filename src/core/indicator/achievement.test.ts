import fc from 'fast-check';
import { consolidateRate, judgeIndicator, type UnitRate } from './achievement';

describe('judgeIndicator', () => {
  it.each<[Parameters<typeof judgeIndicator>[0], number | null, boolean | null, number | null]>([
    [{ op: '>=', value: 80 }, 92, true, 115],
    [{ op: '>=', value: 80 }, 80, true, 100],
    [{ op: '>=', value: 80 }, 79.99, false, 99.99],
    [{ op: '>=', value: 80 }, 0.7 * 100 + 10, true, 100],
    [{ op: '>=', value: 3 }, 1, false, 33.33],
    [{ op: '>=', value: 0 }, 5, true, null],
    [{ op: '>', value: 80 }, 80, false, null],
    [{ op: '>', value: 80 }, 80.01, true, null],
    [{ op: '<=', value: 5 }, 5, true, null],
    [{ op: '<=', value: 5 }, 7, false, null],
    [{ op: '<', value: 5 }, 5, false, null],
    [{ op: '<', value: 5 }, 4.9, true, null],
    [{ op: 'range', min: 60, max: 80 }, 60, true, null],
    [{ op: 'range', min: 60, max: 80 }, 80, true, null],
    [{ op: 'range', min: 60, max: 80 }, 81, false, null],
    [{ op: 'range', min: 60, max: 80 }, 59, false, null],
    [undefined, 92, null, null],
    [{ op: '>=', value: 80 }, null, null, null],
    [{ op: '>=', value: 80 }, Number.NaN, null, null],
  ])('%j, %p', (target, actual, achieved, ratio) => {
    expect(judgeIndicator(target, actual)).toEqual({ achieved, ratio });
  });
});

describe('consolidateRate', () => {
  it('weights by the units’ sizes where the mean of percentages would mislead', () => {
    const rates: UnitRate[] = [
      { unit: 'A', numerator: 9, denominator: 10, value: 90 },
      { unit: 'B', numerator: 700, denominator: 1000, value: 70 },
      { unit: 'C', numerator: 95, denominator: 100, value: 95 },
    ];
    const target = { op: '>=', value: 80 } as const;
    const mean = consolidateRate(rates.map(({ unit, value }) => ({ unit, value })));
    expect(mean).toEqual({ value: 85, method: 'mean' });
    expect(judgeIndicator(target, mean.value).achieved).toBe(true);

    const weighted = consolidateRate(rates);
    expect(weighted).toEqual({ value: 72.43, method: 'weighted' });
    expect(judgeIndicator(target, weighted.value)).toEqual({ achieved: false, ratio: 90.54 });
  });

  it('leaves out a unit with only a value when others gave numerator and denominator', () => {
    expect(
      consolidateRate([
        { unit: 'A', numerator: 9, denominator: 10 },
        { unit: 'B', numerator: 70, denominator: 100 },
        { unit: 'C', value: 10 },
      ]),
    ).toEqual({ value: 71.82, method: 'weighted' });
  });

  it('uses the mean only when no unit gave a denominator', () => {
    expect(
      consolidateRate([
        { unit: 'A', value: 90 },
        { unit: 'B', value: 70 },
        { unit: 'C', value: 95 },
        { unit: 'D' },
      ]),
    ).toEqual({ value: 85, method: 'mean' });
    expect(
      consolidateRate([
        { unit: 'A', value: 100 / 3 },
        { unit: 'B', value: 0 },
      ]),
    ).toEqual({
      value: 16.67,
      method: 'mean',
    });
  });

  it('one unit → single', () => {
    expect(consolidateRate([{ unit: 'A', numerator: 2, denominator: 3, value: 50 }])).toEqual({
      value: 66.67,
      method: 'single',
    });
    expect(consolidateRate([{ unit: 'A', value: 92.5 }])).toEqual({
      value: 92.5,
      method: 'single',
    });
    expect(consolidateRate([{ unit: 'A', value: 92.5 }, { unit: 'B' }])).toEqual({
      value: 92.5,
      method: 'single',
    });
  });

  it('ignores units without usable figures; none → none', () => {
    expect(consolidateRate([])).toEqual({ value: null, method: 'none' });
    expect(consolidateRate([{ unit: 'A' }, { unit: 'B', numerator: 5 }])).toEqual({
      value: null,
      method: 'none',
    });
    expect(consolidateRate([{ unit: 'A', numerator: 0, denominator: 0 }])).toEqual({
      value: null,
      method: 'none',
    });
    expect(
      consolidateRate([
        { unit: 'A', numerator: 0, denominator: 0 },
        { unit: 'B', numerator: -1, denominator: 10 },
        { unit: 'C', numerator: 3, denominator: 4 },
        { unit: 'D', numerator: 1, denominator: 4 },
      ]),
    ).toEqual({ value: 50, method: 'weighted' });
    expect(
      consolidateRate([
        { unit: 'A', value: Number.NaN },
        { unit: 'B', value: 80 },
      ]),
    ).toEqual({ value: 80, method: 'single' });
  });

  const countedUnit = fc
    .integer({ min: 1, max: 100000 })
    .chain((den) =>
      fc.integer({ min: 0, max: den }).map((num) => ({ numerator: num, denominator: den })),
    );

  it('property: the weighted rate lies between the lowest and highest unit rates', () => {
    fc.assert(
      fc.property(fc.array(countedUnit, { minLength: 2, maxLength: 30 }), (units) => {
        const rates = units.map((u) => (u.numerator / u.denominator) * 100);
        const result = consolidateRate(units.map((u, i) => ({ unit: `U${i}`, ...u })));
        return (
          result.method === 'weighted' &&
          result.value !== null &&
          result.value >= Math.min(...rates) - 0.005 &&
          result.value <= Math.max(...rates) + 0.005
        );
      }),
    );
  });

  it('property: the weighted rate does not depend on the order of units', () => {
    fc.assert(
      fc.property(fc.array(countedUnit, { minLength: 1, maxLength: 20 }), (units) => {
        const rates = units.map((u, i) => ({ unit: `U${i}`, ...u }));
        return consolidateRate(rates).value === consolidateRate([...rates].reverse()).value;
      }),
    );
  });

  it('property: the mean of one unit is its value (single)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), (v) => {
        const result = consolidateRate([{ unit: 'A', value: v }]);
        return (
          result.method === 'single' && result.value !== null && Math.abs(result.value - v) <= 0.005
        );
      }),
    );
  });

  it('property: without denominators the result is the rounded mean of the values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 2, maxLength: 20 }),
        (values) => {
          const result = consolidateRate(values.map((v, i) => ({ unit: `U${i}`, value: v / 100 })));
          const mean = values.reduce((s, v) => s + v, 0) / values.length / 100;
          return result.method === 'mean' && Math.abs(result.value! - mean) <= 0.005 + 1e-9;
        },
      ),
    );
  });
});
