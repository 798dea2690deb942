import type { TableHeader } from '../detect/header';
import type { TaskTable } from '../parse/model';
import { byPlace, bySeverityAndFile, cellPlace, type FileIssuePlace } from './order';
import { issue, type Issue, type Severity } from './types';

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

describe('cellPlace', () => {
  it('reads a cell or the first cell of a range, with or without $', () => {
    expect(cellPlace('E35')).toEqual({ row: 34, col: 4 });
    expect(cellPlace('$A$12:E12')).toEqual({ row: 11, col: 0 });
    expect(cellPlace('aa9')).toEqual({ row: 8, col: 26 });
  });

  it('is undefined without a readable cell', () => {
    expect(cellPlace(undefined)).toBeUndefined();
    expect(cellPlace('')).toBeUndefined();
    expect(cellPlace('not a cell')).toBeUndefined();
  });
});

describe('bySeverityAndFile', () => {
  const line = (severity: Severity, file: string, sheet = '', cell = ''): FileIssuePlace => ({
    severity,
    file,
    sheet,
    cell,
  });
  const text = (l: FileIssuePlace) => `${l.severity} ${l.file} ${l.sheet}!${l.cell}`;

  it('puts errors first, then the plan before the units, by file, sheet, row and column', () => {
    const lines = [
      line('info', 'plan.xlsx', 'PL1', 'A1'),
      line('error', 'b.xlsx', 'PL1', 'A1'),
      line('error', 'a.xlsx', 'PL1', 'A1'),
      line('warning', 'plan.xlsx', 'PL1', 'A1'),
      line('error', 'plan.xlsx', 'PL2', 'A1'),
      line('error', 'plan.xlsx', 'PL1', 'B10'),
      line('error', 'plan.xlsx', 'PL1', 'C9'),
      line('error', 'plan.xlsx', 'PL1', 'A10:E10'),
    ];
    expect(lines.sort(bySeverityAndFile('plan.xlsx')).map(text)).toEqual([
      'error plan.xlsx PL1!C9',
      'error plan.xlsx PL1!A10:E10',
      'error plan.xlsx PL1!B10',
      'error plan.xlsx PL2!A1',
      'error a.xlsx PL1!A1',
      'error b.xlsx PL1!A1',
      'warning plan.xlsx PL1!A1',
      'info plan.xlsx PL1!A1',
    ]);
  });

  it('puts an issue without a readable cell last in its sheet', () => {
    const lines = [
      line('error', 'p', 'PL1'),
      line('error', 'p', 'PL1', 'x'),
      line('error', 'p', 'PL1', 'Z99'),
    ];
    expect(lines.sort(bySeverityAndFile('p')).map((l) => l.cell)).toEqual(['Z99', '', 'x']);
  });
});
