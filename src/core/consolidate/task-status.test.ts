import type { UnitTaskReport } from './types';
import { hasConflict, judgedDueDate, taskStatus } from './status';

const report = (
  unit: string,
  statusText: string,
  statusWord?: UnitTaskReport['statusWord'],
  completedOn?: string,
): UnitTaskReport => ({
  unit,
  file: `${unit}.xlsx`,
  sheet: 'PL1',
  row: 10,
  statusText,
  ...(statusWord ? { statusWord } : {}),
  ...(completedOn ? { completedOn } : {}),
});

const asOf = '2025-10-20';

describe('taskStatus (DOMAIN.md §4)', () => {
  it.each([
    ['completed-on-time', [report('VP', 'Hoàn thành', 'done', '2025-09-15')], '2025-09-30'],
    ['completed-on-time', [report('VP', 'Hoàn thành', 'done')], null],
    ['completed-late', [report('VP', 'Đã hoàn thành', 'done', '2025-10-05')], '2025-09-30'],
    ['in-progress', [report('VP', 'Đang thực hiện', 'in-progress')], '2025-12-31'],
    ['in-progress', [report('VP', 'Đang thực hiện', 'in-progress')], null],
    ['overdue', [report('VP', 'Đang thực hiện', 'in-progress')], '2025-09-30'],
    ['overdue', [report('VP', 'Chưa thực hiện', 'not-started')], '2025-09-30'],
    ['not-started', [report('VP', 'Chưa thực hiện', 'not-started')], '2025-12-31'],
    ['not-applicable', [report('VP', 'Không phát sinh', 'not-applicable')], '2025-09-30'],
    ['not-reported', [], '2025-09-30'],
    ['not-reported', [report('VP', '')], '2025-09-30'],
  ] as const)('%s', (status, reports, due) => {
    expect(taskStatus(reports, due, asOf)).toBe(status);
  });

  it('needs every reporting lead to be done', () => {
    const two = [
      report('VP', 'Hoàn thành', 'done', '2025-09-01'),
      report('TTr', 'Đang thực hiện', 'in-progress'),
    ];
    expect(taskStatus(two, '2025-12-31', asOf)).toBe('in-progress');
    expect(hasConflict(two)).toBe(true);
  });

  it('takes the latest completion date of several leads', () => {
    const two = [
      report('VP', 'Hoàn thành', 'done', '2025-09-01'),
      report('TTr', 'Hoàn thành', 'done', '2025-10-02'),
    ];
    expect(taskStatus(two, '2025-09-30', asOf)).toBe('completed-late');
    expect(hasConflict(two)).toBe(false);
  });

  it('a due date equal to the as-of date is not yet overdue', () => {
    expect(taskStatus([report('VP', 'Đang thực hiện', 'in-progress')], asOf, asOf)).toBe(
      'in-progress',
    );
  });
});

describe('judgedDueDate', () => {
  it('judges a recurring task against its latest occurrence on or before the as-of date', () => {
    const quarterly = {
      kind: 'recurring' as const,
      due: ['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31'],
    };
    expect(judgedDueDate(quarterly, asOf)).toBe('2025-09-30');
    expect(judgedDueDate(quarterly, '2025-01-10')).toBe('2025-03-31');
  });
  it('judges a fixed-date task against its last date and others against none', () => {
    expect(judgedDueDate({ kind: 'date', due: ['2025-03-31', '2025-09-30'] }, asOf)).toBe(
      '2025-09-30',
    );
    expect(judgedDueDate({ kind: 'continuous', due: [] }, asOf)).toBeNull();
  });
});
