import type { UnitTaskReport } from './types';
import type { Deadline } from '../parse/model';
import { consolidatedDue, hasConflict, taskStatus } from './task-status';

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
const on = (due: string | null): Deadline =>
  due ? { kind: 'date', due: [due] } : { kind: 'continuous', due: [] };

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
    expect(taskStatus(reports, on(due), asOf)).toBe(status);
  });

  it('needs every reporting lead to be done', () => {
    const two = [
      report('VP', 'Hoàn thành', 'done', '2025-09-01'),
      report('TTr', 'Đang thực hiện', 'in-progress'),
    ];
    expect(taskStatus(two, on('2025-12-31'), asOf)).toBe('in-progress');
    expect(hasConflict(two)).toBe(true);
  });

  it('takes the latest completion date of several leads', () => {
    const two = [
      report('VP', 'Hoàn thành', 'done', '2025-09-01'),
      report('TTr', 'Hoàn thành', 'done', '2025-10-02'),
    ];
    expect(taskStatus(two, on('2025-09-30'), asOf)).toBe('completed-late');
    expect(hasConflict(two)).toBe(false);
  });

  it('a due date equal to the as-of date is not yet overdue', () => {
    expect(taskStatus([report('VP', 'Đang thực hiện', 'in-progress')], on(asOf), asOf)).toBe(
      'in-progress',
    );
  });
});

describe('recurring tasks (one rule with the scan: RULES.md, Deadline status)', () => {
  const quarterly: Deadline = {
    kind: 'recurring',
    due: ['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31'],
  };
  it('is overdue when the occurrence due by the as-of date is not done', () => {
    const inProgress = [report('VP', 'Đang thực hiện', 'in-progress')];
    expect(taskStatus(inProgress, quarterly, '2025-08-01')).toBe('overdue');
    expect(taskStatus(inProgress, quarterly, '2025-03-20')).toBe('in-progress');
  });
  it('is late when done after the judged occurrence', () => {
    const done = [report('VP', 'Hoàn thành', 'done', '2025-07-05')];
    expect(taskStatus(done, quarterly, '2025-08-01')).toBe('completed-late');
    expect(taskStatus(done, quarterly, '2025-10-20')).toBe('completed-on-time');
  });
  it('counts a completion date with no status as done', () => {
    expect(taskStatus([report('VP', '', undefined, '2025-09-20')], quarterly, asOf)).toBe(
      'completed-on-time',
    );
  });
});

describe('consolidatedDue', () => {
  const quarterly: Deadline = { kind: 'recurring', due: ['2025-06-30', '2025-09-30'] };
  it('is done for a settled status, else the deadline’s due state', () => {
    for (const status of ['completed-on-time', 'completed-late', 'not-applicable'] as const) {
      expect(consolidatedDue({ status, deadline: quarterly }, '2025-08-01', 7).status).toBe('done');
    }
    for (const status of ['overdue', 'in-progress', 'not-reported'] as const) {
      expect(consolidatedDue({ status, deadline: quarterly }, '2025-08-01', 7)).toEqual({
        status: 'overdue',
        date: '2025-06-30',
        days: -32,
      });
    }
  });
});
