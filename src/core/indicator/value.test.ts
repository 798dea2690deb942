import fc from 'fast-check';
import type { Cell } from '../grid/types';
import { readReportedValue, type ReportedValue } from './value';

describe('readReportedValue', () => {
  it.each<[Cell | undefined, ReportedValue]>([
    [undefined, { kind: 'empty' }],
    [{ value: null }, { kind: 'empty' }],
    [{ value: 92 }, { kind: 'number', value: 92 }],
    [{ value: 0 }, { kind: 'number', value: 0 }],
    [
      { value: 0.92, format: '0%' },
      { kind: 'number', value: 92 },
    ],
    [
      { value: 0.855, format: '0.0%' },
      { kind: 'number', value: 85.5 },
    ],
    [
      { value: 0.07, format: '0%' },
      { kind: 'number', value: 7 },
    ],
    [
      { value: 92, format: '0"%"' },
      { kind: 'number', value: 92 },
    ],
    [{ value: '85,5%' }, { kind: 'number', value: 85.5 }],
    [{ value: '85,5' }, { kind: 'number', value: 85.5 }],
    [{ value: '85.5' }, { kind: 'number', value: 85.5 }],
    [{ value: '92 %' }, { kind: 'number', value: 92 }],
    [{ value: ' 92%\n' }, { kind: 'number', value: 92 }],
    [{ value: '1.234' }, { kind: 'number', value: 1.234 }],
    [{ value: '1.234,5' }, { kind: 'number', value: 1234.5 }],
    [{ value: '1.234.567' }, { kind: 'number', value: 1234567 }],
    [{ value: '1,234.5' }, { kind: 'number', value: 1234.5 }],
    [{ value: '-3' }, { kind: 'number', value: -3 }],
    [{ value: '' }, { kind: 'empty' }],
    [{ value: '   ' }, { kind: 'empty' }],
    [{ value: '-' }, { kind: 'empty' }],
    [{ value: '–' }, { kind: 'empty' }],
    [{ value: '…' }, { kind: 'empty' }],
    [{ value: { kind: 'error', code: '#N/A' } }, { kind: 'error', code: '#N/A' }],
    [{ value: { kind: 'error', code: '#REF!' } }, { kind: 'error', code: '#REF!' }],
    [
      { value: { kind: 'error', code: '#DIV/0!' }, format: '0%' },
      { kind: 'error', code: '#DIV/0!' },
    ],
    [{ value: '#DIV/0!' }, { kind: 'error', code: '#DIV/0!' }],
    [{ value: '#n/a' }, { kind: 'error', code: '#N/A' }],
    [{ value: Number.POSITIVE_INFINITY }, { kind: 'error', code: '#NUM!' }],
    [{ value: 'Đạt' }, { kind: 'text', text: 'Đạt' }],
    [{ value: ' chưa có ' }, { kind: 'text', text: 'chưa có' }],
    [{ value: '85,5 hồ sơ' }, { kind: 'text', text: '85,5 hồ sơ' }],
    [{ value: true }, { kind: 'text', text: 'TRUE' }],
    [{ value: { kind: 'date', iso: '2025-11-15' } }, { kind: 'text', text: '15/11/2025' }],
  ])('%j', (cell, expected) => {
    expect(readReportedValue(cell)).toEqual(expected);
  });

  it('reads thousands dots in counts', () => {
    expect(readReportedValue({ value: '1.234' }, { count: true })).toEqual({
      kind: 'number',
      value: 1234,
    });
    expect(readReportedValue({ value: '12.345' }, { count: true })).toEqual({
      kind: 'number',
      value: 12345,
    });
    expect(readReportedValue({ value: '1.234,5' }, { count: true })).toEqual({
      kind: 'number',
      value: 1234.5,
    });
    expect(readReportedValue({ value: '85.5' }, { count: true })).toEqual({
      kind: 'number',
      value: 85.5,
    });
    expect(readReportedValue({ value: '0.125' }, { count: true })).toEqual({
      kind: 'number',
      value: 0.125,
    });
    expect(readReportedValue({ value: '1.234%' }, { count: true })).toEqual({
      kind: 'number',
      value: 1.234,
    });
    expect(readReportedValue({ value: 1234 }, { count: true })).toEqual({
      kind: 'number',
      value: 1234,
    });
  });

  it('property: a number cell is read as itself, a percent cell × 100', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (n) => {
        const plain = readReportedValue({ value: n });
        const pct = readReportedValue({ value: n, format: '0.00%' });
        return (
          plain.kind === 'number' &&
          plain.value === n + 0 &&
          pct.kind === 'number' &&
          Math.abs(pct.value - n * 100) <= 1e-9 * Math.max(1, Math.abs(n * 100))
        );
      }),
    );
  });

  it('property: Vietnamese decimal text round-trips', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 99 }), (i, f) => {
        const text = `${i},${String(f).padStart(2, '0')}`;
        const got = readReportedValue({ value: `${text}%` });
        return got.kind === 'number' && got.value === Number(`${i}.${String(f).padStart(2, '0')}`);
      }),
    );
  });
});
