import type { Consolidation } from '../../../core/consolidate/types';
import type { UnitFile } from '../../engine/workbooks';
import {
  distinctReports,
  fileNames,
  fileCounts,
  keyFigures,
  outcomeLines,
  periodLine,
  reportFileName,
  summarize,
  trackerRows,
} from './shape';

describe('reportFileName', () => {
  it('adds -tong-hop to the plan name', () => {
    expect(reportFileName('ke-hoach-cai-cach-tthc-2024.xlsx', ['thanh-tra.xlsx'])).toBe(
      'ke-hoach-cai-cach-tthc-2024-tong-hop.xlsx',
    );
    expect(reportFileName('Book1', [])).toBe('Book1-tong-hop.xlsx');
  });

  it('never takes the name of an input', () => {
    expect(reportFileName('kh.xlsx', ['KH-tong-hop.xlsx', 'kh-tong-hop-2.xlsx'])).toBe(
      'kh-tong-hop-3.xlsx',
    );
  });
});

describe('periodLine', () => {
  it('gives the period containing the as-of date in both languages', () => {
    expect(periodLine('2024-10-20', 'quarter')).toEqual({
      vi: 'Kỳ báo cáo: Quý IV năm 2024 (từ ngày 15/09/2024 đến ngày 14/12/2024)',
      en: 'Reporting period: Q4 2024 (15/09/2024 to 14/12/2024)',
    });
    expect(periodLine('2024-10-20', 'month').vi).toContain('Tháng 11 năm 2024');
  });
});

describe('summarize and trackerRows', () => {
  const c = {
    units: [
      {
        name: 'A',
        submitted: true,
        files: ['a.xlsx'],
        tasksLed: 2,
        done: 1,
        overdue: 0,
        issues: 0,
      },
      { name: 'B', submitted: false, files: [], tasksLed: 1, done: 0, overdue: 1, issues: 0 },
    ],
    tasks: [{ status: 'overdue' }, { status: 'completed-on-time' }, { status: 'overdue' }],
    indicators: [{ achieved: true }, { achieved: null }],
    issues: [{ severity: 'warning' }],
  } as unknown as Consolidation;

  it('counts statuses, submissions, indicators and issues', () => {
    const s = summarize(c);
    expect(s.byStatus).toEqual([
      { status: 'completed-on-time', count: 1 },
      { status: 'overdue', count: 2 },
    ]);
    expect(s.percentDone).toBe(33.3);
    expect([s.submitted, s.units]).toEqual([1, 2]);
    expect(s.indicators).toEqual({ total: 2, achieved: 1, missed: 0, noData: 1, notJudged: 0 });
    expect([s.errors, s.warnings]).toEqual([0, 1]);
  });

  it('puts units that have not submitted first', () => {
    expect(trackerRows(c).map((u) => u.name)).toEqual(['B', 'A']);
  });
});

describe('outcomeLines', () => {
  it('names the sheets written and replaced, and what this Excel lacks', () => {
    const lines = outcomeLines({
      kind: 'sheets',
      sheets: ['Tổng hợp nhiệm vụ', 'Tình hình báo cáo'],
      replaced: ['Tình hình báo cáo'],
      notes: [{ id: 'page-layout', vi: 'Thiếu thiết lập in', en: 'No page setup' }],
    });
    expect(lines.map((l) => l.vi)).toEqual([
      'Đã ghi vào sổ tính các trang: Tổng hợp nhiệm vụ, Tình hình báo cáo.',
      'Đã thay các trang PhuLuc tạo lần trước: Tình hình báo cáo.',
      'Thiếu thiết lập in',
    ]);
  });

  it('tells how to print when the print setup was written, and after a download', () => {
    const written = outcomeLines({
      kind: 'sheets',
      sheets: ['Tổng hợp nhiệm vụ'],
      replaced: [],
      notes: [],
    });
    expect(written.at(-1)?.vi).toContain('Tệp → In');
    const downloaded = outcomeLines({ kind: 'download', fileName: 'x-tong-hop.xlsx' });
    expect(downloaded.map((l) => l.en)).toEqual([
      "Downloaded x-tong-hop.xlsx (the plan's sheets and the four report sheets).",
      expect.stringContaining('File → Print'),
    ]);
  });
});

describe('keyFigures and fileCounts', () => {
  it('counts who sent, overdue, due soon in the window and indicators not achieved', () => {
    const c = {
      asOf: '2024-10-20',
      units: [{ submitted: true }, { submitted: false }, { submitted: true }],
      tasks: [
        { status: 'overdue', deadline: { kind: 'date', due: ['2024-10-01'] } },
        { status: 'in-progress', deadline: { kind: 'date', due: ['2024-10-25'] } },
        { status: 'in-progress', deadline: { kind: 'date', due: ['2024-11-30'] } },
        // Done: never due soon, whatever its date.
        { status: 'completed-on-time', deadline: { kind: 'date', due: ['2024-10-22'] } },
      ],
      indicators: [{ achieved: false }, { achieved: true }, { achieved: null }],
    } as unknown as Consolidation;
    expect(keyFigures(c, 7)).toEqual({
      submitted: 2,
      units: 3,
      overdue: 1,
      dueSoon: 1,
      indicatorsMissed: 1,
      indicators: 3,
    });
    expect(keyFigures(c, 60).dueSoon).toBe(2);
  });

  it('folds a file list into its counts', () => {
    const units = [{ name: 'a' }, { name: 'b', error: {} }, { name: 'c' }] as unknown as UnitFile[];
    expect(fileCounts(units)).toEqual({ total: 3, read: 2, failed: 1 });
  });
});

describe('distinctReports', () => {
  it('keeps each unit’s each answer once, in order', () => {
    const r = (unit: string, statusText: string, file: string) => ({ unit, statusText, file });
    const reports = [
      r('VP', 'Đã hoàn thành', 'vp-01.xlsx'),
      r('VP', 'Đã hoàn thành', 'vp-02.xlsx'),
      r('TT', 'Chưa thực hiện', 'tt-01.xlsx'),
      r('VP', '', 'vp-03.xlsx'),
      r('TT', 'Chưa thực hiện', 'tt-02.xlsx'),
    ];
    expect(distinctReports(reports).map((x) => x.file)).toEqual([
      'vp-01.xlsx',
      'tt-01.xlsx',
      'vp-03.xlsx',
    ]);
  });
});

describe('fileNames', () => {
  it('names the first three files, then how many more', () => {
    expect(fileNames(['a.xlsx'], String)).toBe('a.xlsx');
    expect(fileNames(['a', 'b', 'c'], String)).toBe('a, b, c');
    expect(fileNames(['a', 'b', 'c', 'd', 'e'], String)).toBe('a, b, c (+2)');
  });
});
