import type { UnitFile } from '../../engine/workbooks';
import { mergeUnits } from './units';

const file = (path: string): UnitFile => ({ name: path.split('/').pop()!, path });
const names = (units: readonly UnitFile[]) => units.map((u) => u.name);

describe('mergeUnits', () => {
  it('names files of one name from different folders by their folder path', () => {
    const merged = mergeUnits([], [file('q3/VP/bao-cao.xlsx'), file('q3/TT/bao-cao.xlsx')]);
    expect(names(merged)).toEqual(['q3/VP/bao-cao.xlsx', 'q3/TT/bao-cao.xlsx']);
  });

  it('renames an earlier file when a later one from another folder has its name', () => {
    const first = mergeUnits([], [file('/VP/bao-cao.xlsx'), file('/TT/tt.xlsx')]);
    expect(names(first)).toEqual(['bao-cao.xlsx', 'tt.xlsx']);
    const second = mergeUnits(first, [file('/QLCN/bao-cao.xlsx')]);
    // A dropped folder's paths start with "/": shown without it.
    expect(names(second)).toEqual(['VP/bao-cao.xlsx', 'tt.xlsx', 'QLCN/bao-cao.xlsx']);
  });

  it('replaces a file added again from the same place, and a file picked alone by its name', () => {
    const old = mergeUnits([], [file('q3/VP/bao-cao.xlsx'), { name: 'le.xlsx' }]);
    const again = mergeUnits(old, [file('q3/VP/bao-cao.xlsx'), { name: 'le.xlsx' }]);
    expect(names(again)).toEqual(['bao-cao.xlsx', 'le.xlsx']);
    expect(again[0]).not.toBe(old[0]);
  });

  it('keeps one of several files from one place in a batch, and numbers names that still repeat', () => {
    expect(names(mergeUnits([], [file('a/x.xlsx'), file('a/x.xlsx')]))).toEqual(['x.xlsx']);
    // Picked alone, then dropped at the top of a drop: two places, one path shown.
    const clash = mergeUnits([{ name: 'x.xlsx' }], [file('/x.xlsx'), file('/b/x.xlsx')]);
    expect(names(clash)).toEqual(['x.xlsx', 'x.xlsx (2)', 'b/x.xlsx']);
  });

  it('gives a file its own name back when the other of that name is gone', () => {
    const both = mergeUnits([], [file('VP/bao-cao.xlsx'), file('TT/bao-cao.xlsx')]);
    expect(names(mergeUnits(both.slice(1)))).toEqual(['bao-cao.xlsx']);
  });
});
