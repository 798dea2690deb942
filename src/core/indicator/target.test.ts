import type { Cell } from '../grid/types';
import { parseTarget, type Target } from './target';

const text = (value: string): Cell => ({ value });

describe('parseTarget', () => {
  it.each<[string, Target]>([
    ['Tối thiểu 80', { op: '>=', value: 80 }],
    ['tối thiểu 80%', { op: '>=', value: 80 }],
    ['TỐI THIỂU 80 %', { op: '>=', value: 80 }],
    ['Tối thiểu: 80%', { op: '>=', value: 80 }],
    ['ít nhất 80', { op: '>=', value: 80 }],
    ['từ 80% trở lên', { op: '>=', value: 80 }],
    ['80% trở lên', { op: '>=', value: 80 }],
    ['≥ 80', { op: '>=', value: 80 }],
    ['≥80%', { op: '>=', value: 80 }],
    ['>= 80', { op: '>=', value: 80 }],
    ['đạt 80', { op: '>=', value: 80 }],
    ['đạt 100%', { op: '>=', value: 100 }],
    ['Đạt tối thiểu 90%', { op: '>=', value: 90 }],
    ['không dưới 70%', { op: '>=', value: 70 }],
    ['100', { op: '>=', value: 100 }],
    ['100%', { op: '>=', value: 100 }],
    [' 100% ', { op: '>=', value: 100 }],
    ['85,5', { op: '>=', value: 85.5 }],
    ['85.5%', { op: '>=', value: 85.5 }],
    ['Tối thiểu 85,5%', { op: '>=', value: 85.5 }],
    ['2.500', { op: '>=', value: 2500 }],
    ['trên 80', { op: '>', value: 80 }],
    ['Trên 80%', { op: '>', value: 80 }],
    ['Tối đa 5', { op: '<=', value: 5 }],
    ['không quá 5', { op: '<=', value: 5 }],
    ['không vượt quá 5', { op: '<=', value: 5 }],
    ['Không vượt quá 5%', { op: '<=', value: 5 }],
    ['≤ 5', { op: '<=', value: 5 }],
    ['<= 5', { op: '<=', value: 5 }],
    ['5% trở xuống', { op: '<=', value: 5 }],
    ['dưới 5', { op: '<', value: 5 }],
    ['Dưới 2,5%', { op: '<', value: 2.5 }],
    ['từ 60 đến 80', { op: 'range', min: 60, max: 80 }],
    ['Từ 60% đến 80%', { op: 'range', min: 60, max: 80 }],
    ['60 - 80%', { op: 'range', min: 60, max: 80 }],
    ['60-80', { op: 'range', min: 60, max: 80 }],
    ['60 – 80', { op: 'range', min: 60, max: 80 }],
    ['Tối thiểu 80 (tử số/mẫu số)', { op: '>=', value: 80 }],
    ['Tối thiểu 80%\n(số hồ sơ đúng hạn/tổng số hồ sơ)', { op: '>=', value: 80 }],
    ['Tối thiểu 80 (tử số) (mẫu số).', { op: '>=', value: 80 }],
    ['- Tối thiểu 80%', { op: '>=', value: 80 }],
  ])('%p', (input, target) => {
    expect(parseTarget(text(input))).toEqual(target);
  });

  it.each([
    'Tăng so với năm trước',
    '',
    '   ',
    '100% TTHC được niêm yết',
    'Tối thiểu 80 hồ sơ',
    'Quý IV',
    '80 - 60',
    'khoảng 80',
    '(80)',
    '-5',
  ])('%p → undefined', (input) => {
    expect(parseTarget(text(input))).toBeUndefined();
  });

  it('reads number cells as ">=" targets', () => {
    expect(parseTarget({ value: 100 })).toEqual({ op: '>=', value: 100 });
    expect(parseTarget({ value: 1, format: '0%' })).toEqual({ op: '>=', value: 100 });
    expect(parseTarget({ value: 0.855, format: '0.0%' })).toEqual({ op: '>=', value: 85.5 });
    expect(parseTarget({ value: 0.07, format: '0%' })).toEqual({ op: '>=', value: 7 });
    expect(parseTarget({ value: 80, format: '0"%"' })).toEqual({ op: '>=', value: 80 });
    expect(parseTarget({ value: 80, format: '0\\%' })).toEqual({ op: '>=', value: 80 });
  });

  it('does not read empty, error, date or boolean cells', () => {
    expect(parseTarget(undefined)).toBeUndefined();
    expect(parseTarget({ value: null })).toBeUndefined();
    expect(parseTarget({ value: { kind: 'error', code: '#N/A' } })).toBeUndefined();
    expect(parseTarget({ value: { kind: 'date', iso: '2025-12-31' } })).toBeUndefined();
    expect(parseTarget({ value: true })).toBeUndefined();
    expect(parseTarget({ value: Number.NaN })).toBeUndefined();
  });
});
