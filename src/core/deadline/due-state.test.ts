import { dueState, judgedOccurrence, taskDue } from './due-state';
import { isDone, isSettled, progressOf } from './done';

const asOf = '2025-10-20';
const quarterly = {
  kind: 'recurring' as const,
  due: ['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31'],
};

describe('judgedOccurrence', () => {
  it('is the latest occurrence on or before the as-of date', () => {
    expect(judgedOccurrence(quarterly, asOf)).toBe('2025-09-30');
    expect(judgedOccurrence(quarterly, '2025-09-30')).toBe('2025-09-30');
    expect(judgedOccurrence(quarterly, '2026-02-01')).toBe('2025-12-31');
  });
  it('is the first occurrence before any has come', () => {
    expect(judgedOccurrence(quarterly, '2025-01-10')).toBe('2025-03-31');
  });
  it('judges several fixed dates as occurrences too', () => {
    expect(
      judgedOccurrence({ kind: 'date', due: ['2025-03-31', '2025-09-30'] }, '2025-05-01'),
    ).toBe('2025-03-31');
  });
  it('has none for continuous, on-demand, missing and unreadable deadlines', () => {
    for (const kind of ['continuous', 'on-demand', 'missing', 'unparsed'] as const) {
      expect(judgedOccurrence({ kind, due: [] }, asOf)).toBeNull();
    }
  });
});

describe('dueState', () => {
  it('is overdue once a fixed date has passed', () => {
    expect(dueState({ kind: 'date', due: ['2025-09-30'] }, asOf)).toEqual({
      status: 'overdue',
      date: '2025-09-30',
      days: -20,
    });
  });
  it('is due soon within the window, the as-of day included', () => {
    expect(dueState({ kind: 'date', due: ['2025-10-20'] }, asOf)).toEqual({
      status: 'due-soon',
      date: '2025-10-20',
      days: 0,
    });
    expect(dueState({ kind: 'date', due: ['2025-10-27'] }, asOf)).toEqual({
      status: 'due-soon',
      date: '2025-10-27',
      days: 7,
    });
    expect(dueState({ kind: 'date', due: ['2025-10-28'] }, asOf).status).toBe('not-yet-due');
    expect(dueState({ kind: 'date', due: ['2025-10-28'] }, asOf, 14).status).toBe('due-soon');
  });
  it('is overdue when the occurrence due by the as-of date is not reported done', () => {
    expect(dueState(quarterly, '2025-08-01')).toEqual({
      status: 'overdue',
      date: '2025-06-30',
      days: -32,
    });
    expect(dueState(quarterly, '2026-01-05')).toEqual({
      status: 'overdue',
      date: '2025-12-31',
      days: -5,
    });
  });
  it('judges a recurring task by its first occurrence before any has come', () => {
    expect(dueState(quarterly, '2025-03-28')).toEqual({
      status: 'due-soon',
      date: '2025-03-31',
      days: 3,
    });
  });
  it('has no date to judge for continuous, on-demand, missing and unreadable deadlines', () => {
    for (const kind of ['continuous', 'on-demand', 'missing', 'unparsed'] as const) {
      expect(dueState({ kind, due: [] }, asOf).status).toBe('no-date');
    }
  });
  it('is done when settled, whatever the date', () => {
    expect(dueState({ kind: 'date', due: ['2025-09-30'] }, asOf, 7, true).status).toBe('done');
  });
});

describe('taskDue', () => {
  const task = (report: Record<string, string>, extra = {}) => ({
    deadline: quarterly,
    report,
    ...extra,
  });
  it('is done when the task’s own report says done or "không phát sinh"', () => {
    expect(taskDue(task({ status: 'Đã hoàn thành' }, { statusWord: 'done' }), asOf, 7).status).toBe(
      'done',
    );
    expect(
      taskDue(task({ status: 'Không phát sinh' }, { statusWord: 'not-applicable' }), asOf, 7)
        .status,
    ).toBe('done');
    expect(
      taskDue(task({ completionDate: '15/9/2025' }, { completedOn: '2025-09-15' }), asOf, 7).status,
    ).toBe('done');
  });
  it('is judged by its dates otherwise', () => {
    expect(
      taskDue(task({ status: 'Đang thực hiện' }, { statusWord: 'in-progress' }), asOf, 7),
    ).toEqual({ status: 'overdue', date: '2025-09-30', days: -20 });
    expect(taskDue({ deadline: quarterly }, asOf, 7).status).toBe('overdue');
  });
});

describe('progressOf (the one definition of done)', () => {
  it.each([
    [{ statusText: 'Đã hoàn thành', statusWord: 'done' as const }, 'done'],
    [{ statusText: '', completedOn: '2025-09-15' }, 'done'],
    [{ statusText: 'Xong', completedOn: '2025-09-15' }, 'not-done'],
    [{ statusText: 'Đang thực hiện', statusWord: 'in-progress' as const }, 'not-done'],
    [{ statusText: 'Không phát sinh', statusWord: 'not-applicable' as const }, 'not-applicable'],
    [{ statusText: '' }, 'none'],
  ])('%j is %s', (report, outcome) => {
    expect(progressOf(report)).toBe(outcome);
    expect(isDone(report)).toBe(outcome === 'done');
    expect(isSettled(report)).toBe(outcome === 'done' || outcome === 'not-applicable');
  });
});
