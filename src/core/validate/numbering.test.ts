import type { TableHeader } from '../detect/header';
import type { TaskItem, TaskTable } from '../parse/model';
import { checkNumbering } from './numbering';

const header: TableHeader = { kind: 'tasks', top: 0, bottom: 0, left: 0, right: 4, columns: [] };

function table(rows: ReadonlyArray<readonly [string, string]>): TaskTable {
  const items: TaskItem[] = rows.map(([path, stt], i) => ({
    key: `${path}/${stt}`,
    stt,
    sectionPath: path ? [path] : [],
    row: i + 2,
    content: 'x',
    lead: [],
    support: [],
    deadlineText: '',
    deadline: { kind: 'missing', due: [] },
    cells: { number: `A${i + 2}` },
  }));
  return {
    sheet: 'PL',
    kind: 'tasks',
    header,
    headerRange: 'A1:E1',
    lastRow: rows.length + 1,
    sections: [],
    groups: [],
    items,
  };
}

const codes = (t: TaskTable) =>
  checkNumbering({ ...t, rows: t.items }).map((i) => `${i.code}@${i.cell}`);

describe('checkNumbering', () => {
  it('accepts numbering that restarts in every section', () => {
    expect(
      codes(
        table([
          ['I', '1'],
          ['I', '2'],
          ['II', '1'],
          ['III', '1'],
          ['III', '2'],
        ]),
      ),
    ).toEqual([]);
  });
  it('accepts numbering that runs through the sections', () => {
    expect(
      codes(
        table([
          ['A', '1'],
          ['A', '2'],
          ['B', '3'],
          ['C', '4'],
        ]),
      ),
    ).toEqual([]);
  });
  it('accepts a)/b) rows sharing one number', () => {
    expect(
      codes(
        table([
          ['', '1'],
          ['', '2'],
          ['', '2'],
          ['', '3'],
        ]),
      ),
    ).toEqual([]);
  });
  it('flags a gap and a number going back', () => {
    expect(
      codes(
        table([
          ['', '1'],
          ['', '2'],
          ['', '4'],
          ['', '3'],
          ['', '5'],
        ]),
      ),
    ).toEqual(['stt-gap@A4', 'stt-out-of-order@A5']);
  });
  it('checks sub-numbers under their parent', () => {
    expect(
      codes(
        table([
          ['', '1.1'],
          ['', '1.3'],
          ['', '2.1'],
        ]),
      ),
    ).toEqual(['stt-gap@A3']);
  });
  it('flags a section that starts past 1 when numbering restarts', () => {
    expect(
      codes(
        table([
          ['I', '1'],
          ['I', '2'],
          ['II', '1'],
          ['III', '2'],
        ]),
      ),
    ).toEqual(['stt-gap@A5']);
  });
});
