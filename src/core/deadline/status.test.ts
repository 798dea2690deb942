import { daysBetween, dueState } from './status';

describe('dueState', () => {
  const asOf = '2025-10-20';
  it('is overdue once a fixed date has passed', () => {
    expect(dueState({ kind: 'date', due: ['2025-09-30'] }, asOf)).toEqual({
      status: 'overdue',
      due: '2025-09-30',
      days: -20,
    });
  });
  it('is due soon within the window, the as-of day included', () => {
    expect(dueState({ kind: 'date', due: ['2025-10-20'] }, asOf)).toEqual({
      status: 'due-soon',
      due: '2025-10-20',
      days: 0,
    });
    expect(dueState({ kind: 'date', due: ['2025-10-27'] }, asOf)).toEqual({
      status: 'due-soon',
      due: '2025-10-27',
      days: 7,
    });
    expect(dueState({ kind: 'date', due: ['2025-10-28'] }, asOf).status).toBe('not-yet-due');
    expect(dueState({ kind: 'date', due: ['2025-10-28'] }, asOf, 14).status).toBe('due-soon');
  });
  it('looks at the next occurrence of a recurring task', () => {
    const quarterly = {
      kind: 'recurring' as const,
      due: ['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31'],
    };
    expect(dueState(quarterly, asOf)).toEqual({
      status: 'not-yet-due',
      due: '2025-12-31',
      days: 72,
    });
    expect(dueState(quarterly, '2026-01-05')).toEqual({
      status: 'overdue',
      due: '2025-12-31',
      days: -5,
    });
  });
  it('has no date to judge for continuous, on-demand, missing and unreadable deadlines', () => {
    for (const kind of ['continuous', 'on-demand', 'missing', 'unparsed'] as const) {
      expect(dueState({ kind, due: [] }, asOf).status).toBe('no-date');
    }
  });
  it('is done when reported done, whatever the date', () => {
    expect(dueState({ kind: 'date', due: ['2025-09-30'] }, asOf, 7, true).status).toBe('done');
  });
  it('counts days across months and years', () => {
    expect(daysBetween('2025-12-25', '2026-01-05')).toBe(11);
  });
});
