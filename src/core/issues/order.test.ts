import type { TableHeader } from '../detect/header';
import type { TaskTable } from '../parse/model';
import { byPlace } from './order';
import { issue, type Issue } from './types';

const header: TableHeader = { kind: 'tasks', top: 0, bottom: 0, left: 0, right: 4, columns: [] };
const table = (sheet: string): TaskTable => ({
  sheet,
  kind: 'tasks',
  header,
  headerRange: 'A1:E1',
  lastRow: 2,
  sections: [],
  groups: [],
  items: [],
});

const at = (sheet: string | undefined, cell: string | undefined): Issue =>
  issue({
    code: 'blank-row',
    ...(sheet === undefined ? {} : { sheet }),
    ...(cell === undefined ? {} : { cell }),
  } as Parameters<typeof issue>[0]);

const place = (i: Issue) => `${i.sheet ?? '-'}!${i.cell ?? '-'}`;

describe('byPlace', () => {
  it('reads down the sheets in table order: row, then column; ranges by their first cell', () => {
    const tables = [table('PL2'), table('PL1'), table('PL2')];
    const issues = [
      at('PL1', 'B3'),
      at('Danh mục', 'A1'),
      at('PL2', 'C10'),
      at('PL1', 'A3:E3'),
      at(undefined, undefined),
      at('PL2', 'AA9'),
      at('PL1', 'A2'),
      at('PL2', undefined),
    ];
    expect(issues.sort(byPlace(tables)).map(place)).toEqual([
      '-!-',
      'PL2!-',
      'PL2!AA9',
      'PL2!C10',
      'PL1!A2',
      'PL1!A3:E3',
      'PL1!B3',
      'Danh mục!A1',
    ]);
  });

  it('keeps an unreadable cell at the top of its sheet', () => {
    const sorted = [at('PL1', 'B2'), at('PL1', 'not a cell')].sort(byPlace([table('PL1')]));
    expect(sorted.map(place)).toEqual(['PL1!not a cell', 'PL1!B2']);
  });
});
