import { readFileSync } from 'fs';
import path from 'path';
import { issue } from '../../../core/issues/types';
import { scanBook, type ScanResult } from '../../../core/scan';
import { readWorkbook } from '../../../io/xlsx/read';
import {
  countByFile,
  groupIssues,
  issueFiles,
  issueSheets,
  severityCounts,
  tableRows,
} from './issues';

const ROOT = path.resolve(__dirname, '../../../..');

async function scan(relative: string): Promise<ScanResult> {
  const bytes = new Uint8Array(readFileSync(path.join(ROOT, relative)));
  return scanBook(await readWorkbook(bytes, path.basename(relative)), { asOf: '2024-10-20' });
}

const all = new Set(['error', 'warning', 'info'] as const);

describe('check view data', () => {
  let result: ScanResult;
  beforeAll(async () => {
    result = await scan('test/fixtures/xlsx/validation-tasks.xlsx');
  });

  it('lists each table with its kind, rows and sections', () => {
    expect(tableRows(result.tables)).toEqual([
      { sheet: 'PL1 nhiệm vụ', kind: 'tasks', headerRange: 'A5:I5', items: 16, sections: 1 },
      { sheet: 'PL2 bổ sung', kind: 'tasks', headerRange: 'A3:E3', items: 2, sections: 0 },
    ]);
  });

  it('counts and groups issues by severity, sorted down the sheets', () => {
    expect(severityCounts(result.issues)).toEqual({ error: 4, warning: 18, info: 1 });
    const groups = groupIssues(
      result.issues,
      result.tables,
      { severities: all, sheet: null, text: '' },
      'vi',
    );
    expect(groups.error.map((i) => `${i.sheet}!${i.cell}`)).toEqual([
      'PL1 nhiệm vụ!E8',
      'PL1 nhiệm vụ!H21',
      'PL1 nhiệm vụ!G22',
      'PL2 bổ sung!A3:E3',
    ]);
    expect(groups.warning).toHaveLength(18);
    expect(groups.info.map((i) => `${i.code} ${i.cell?.split(':')[0]}`)).toEqual(['blank-row A16']);
  });

  it('narrows by severity, sheet and words without diacritics', () => {
    const onlyErrors = groupIssues(
      result.issues,
      result.tables,
      { severities: new Set(['error']), sheet: null, text: '' },
      'vi',
    );
    expect(onlyErrors.warning).toEqual([]);
    expect(onlyErrors.error).toHaveLength(4);
    const pl2 = groupIssues(
      result.issues,
      result.tables,
      { severities: all, sheet: 'PL2 bổ sung', text: '' },
      'vi',
    );
    expect([pl2.error.length, pl2.warning.length, pl2.info.length]).toEqual([1, 3, 0]);
    const words = groupIssues(
      result.issues,
      result.tables,
      { severities: all, sheet: null, text: 'cong thuc' },
      'vi',
    );
    expect(words.error.map((i) => i.cell)).toEqual(['H21']);
    expect(words.warning).toEqual([]);
    // The English message is searched when the pane is in English.
    const en = groupIssues(
      result.issues,
      result.tables,
      { severities: all, sheet: null, text: 'formula' },
      'en',
    );
    expect(en.error.map((i) => i.cell)).toEqual(['H21']);
    // The place is searched too.
    const cell = groupIssues(
      result.issues,
      result.tables,
      { severities: all, sheet: null, text: 'ô E12' },
      'vi',
    );
    expect(cell.warning.map((i) => i.cell)).toEqual(['E12']);
  });

  it('names the sheets with issues in table order, then any other', () => {
    expect(issueSheets(result.issues, result.tables)).toEqual(['PL1 nhiệm vụ', 'PL2 bổ sung']);
    const extra = [...result.issues, issue({ code: 'blank-row', sheet: 'Khác', cell: 'A1' })];
    expect(issueSheets(extra, result.tables)).toEqual(['PL1 nhiệm vụ', 'PL2 bổ sung', 'Khác']);
  });
});

describe('several files’ issues (Tổng hợp)', () => {
  const plan = 'ke-hoach.xlsx';
  const issues = [
    issue({ code: 'blank-row', file: plan, sheet: 'PL1', cell: 'A9' }),
    issue({ code: 'blank-row', file: 'vp.xlsx', sheet: 'PL1', cell: 'A12' }),
    issue({ code: 'unit-not-identified', file: 'bc-02.xlsx', text: 'bc 02' }),
    issue({ code: 'blank-row', file: 'bc-02.xlsx', sheet: 'PL1', cell: 'A8' }),
    issue({ code: 'blank-row', file: 'vp.xlsx', sheet: 'PL1', cell: 'A7' }),
    issue({ code: 'blank-row', file: 'a.xlsx', sheet: 'PL1', cell: 'A7' }),
  ];

  it('names the files, the plan’s (the first) first, then by name', () => {
    expect(issueFiles(issues)).toEqual([plan, 'a.xlsx', 'bc-02.xlsx', 'vp.xlsx']);
  });

  it('sorts by file, then place, and narrows to one file', () => {
    const groups = groupIssues(issues, [], { severities: all, sheet: null, text: '' }, 'vi');
    expect(groups.info.map((i) => `${i.file}!${i.cell}`)).toEqual([
      'ke-hoach.xlsx!A9',
      'a.xlsx!A7',
      'bc-02.xlsx!A8',
      'vp.xlsx!A7',
      'vp.xlsx!A12',
    ]);
    const vp = groupIssues(
      issues,
      [],
      { severities: all, sheet: null, file: 'vp.xlsx', text: '' },
      'vi',
    );
    expect(vp.info.map((i) => i.cell)).toEqual(['A7', 'A12']);
    expect(vp.error).toEqual([]);
  });

  it('counts each file’s issues', () => {
    expect(countByFile(issues)).toEqual(
      new Map([
        [plan, 1],
        ['vp.xlsx', 2],
        ['bc-02.xlsx', 2],
        ['a.xlsx', 1],
      ]),
    );
  });
});
