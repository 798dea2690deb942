import type { UnmatchedRow } from '../../../core/consolidate/types';
import { issue } from '../../../core/issues/types';
import { groupUnmatched } from './unmatched-groups';

function row(file: string, n: number, reason: UnmatchedRow['reason'], unit = 'X'): UnmatchedRow {
  return { file, sheet: 'PL1', row: n, unit, stt: String(n), content: `Dòng ${n}`, reason };
}

describe('groupUnmatched', () => {
  const rows = [
    row('vp.xlsx', 9, 'no-match', 'Văn phòng Sở'),
    ...[10, 11, 12].map((n) => row('bc-01.xlsx', n, 'unknown-unit', 'bc 01')),
    row('vp.xlsx', 10, 'ambiguous', 'Văn phòng Sở'),
    ...[10, 11, 12, 13].map((n) => row('bc-02.xlsx', n, 'unknown-unit', 'bc 02')),
    row('tt.xlsx', 20, 'no-match', 'Thanh tra Sở'),
    row('vp.xlsx', 30, 'no-match', 'Văn phòng Sở'),
  ];
  const cause = issue({ code: 'unit-not-identified', file: 'bc-02.xlsx', text: 'bc 02' });
  const other = issue({ code: 'unit-not-identified', file: 'elsewhere.xlsx', text: 'x' });

  it('puts the biggest cause first, with its count, then its files by rows', () => {
    const groups = groupUnmatched(rows, [other, cause]);
    expect(groups.map((g) => [g.reason, g.count, g.files.length])).toEqual([
      ['unknown-unit', 7, 2],
      ['no-match', 3, 2],
      ['ambiguous', 1, 1],
    ]);
    expect(groups[0]!.files.map((f) => [f.file, f.unit, f.rows.length])).toEqual([
      ['bc-02.xlsx', 'bc 02', 4],
      ['bc-01.xlsx', 'bc 01', 3],
    ]);
    expect(groups[1]!.files.map((f) => f.file)).toEqual(['vp.xlsx', 'tt.xlsx']);
  });

  it('keeps the rows of a file in their order and gives a file the issue that explains it', () => {
    const [unknown, noMatch] = groupUnmatched(rows, [other, cause]);
    expect(unknown!.files[0]!.cause).toBe(cause);
    expect(unknown!.files[1]!.cause).toBeNull();
    expect(noMatch!.files[0]!.rows.map((r) => r.row)).toEqual([9, 30]);
  });

  it('turns 735 rows of 60 files into one cause', () => {
    const many = Array.from({ length: 60 }, (_, f) =>
      Array.from({ length: f < 15 ? 13 : 12 }, (_, r) =>
        row(`bc-${String(f).padStart(2, '0')}.xlsx`, r + 8, 'unknown-unit'),
      ),
    ).flat();
    expect(many).toHaveLength(735);
    const groups = groupUnmatched(many, []);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.count).toBe(735);
    expect(groups[0]!.files).toHaveLength(60);
    expect(groups[0]!.files[0]!.file).toBe('bc-00.xlsx');
  });

  it('is empty without rows', () => {
    expect(groupUnmatched([], [cause])).toEqual([]);
  });
});
