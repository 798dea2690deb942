import {
  dayBefore,
  daysBetween,
  daysInMonth,
  isIsoDate,
  isLeapYear,
  isoOfDay,
  isRealDay,
} from './calendar';

describe('calendar', () => {
  it('knows leap years by the Gregorian rule', () => {
    expect([1900, 2000, 2023, 2024, 2100, 2400].map(isLeapYear)).toEqual([
      false,
      true,
      false,
      true,
      false,
      true,
    ]);
  });

  it('knows month lengths', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });

  it('tells real days from impossible ones', () => {
    expect(isRealDay({ y: 2024, m: 2, d: 29 })).toBe(true);
    expect(isRealDay({ y: 2023, m: 2, d: 29 })).toBe(false);
    expect(isRealDay({ y: 2024, m: 6, d: 31 })).toBe(false);
    expect(isRealDay({ y: 2024, m: 13, d: 1 })).toBe(false);
    expect(isRealDay({ y: 2024, m: 1, d: 1.5 })).toBe(false);
    expect(isRealDay({ y: 0, m: 1, d: 1 })).toBe(false);
  });

  it('steps back a day across months and years', () => {
    expect(dayBefore({ y: 2024, m: 3, d: 1 })).toEqual({ y: 2024, m: 2, d: 29 });
    expect(dayBefore({ y: 2024, m: 1, d: 1 })).toEqual({ y: 2023, m: 12, d: 31 });
    expect(dayBefore({ y: 2024, m: 9, d: 20 })).toEqual({ y: 2024, m: 9, d: 19 });
  });

  it('writes ISO dates, padded', () => {
    expect(isoOfDay({ y: 2024, m: 9, d: 5 })).toBe('2024-09-05');
    expect(isoOfDay({ y: 999, m: 1, d: 1 })).toBe('0999-01-01');
    expect(isoOfDay({ y: 2024, m: 6, d: 31 })).toBeUndefined();
  });

  it('checks ISO date text', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-1-5')).toBe(false);
    expect(isIsoDate('2025-01-05T00:00')).toBe(false);
  });

  it('counts days between dates as UTC midnights do', () => {
    expect(daysBetween('2025-12-25', '2026-01-05')).toBe(11);
    expect(daysBetween('2026-01-05', '2025-12-25')).toBe(-11);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    for (const [a, b] of [
      ['1900-01-01', '2200-12-31'],
      ['2000-02-29', '2100-03-01'],
      ['1999-12-31', '2000-01-01'],
      ['2024-10-20', '2021-03-31'],
    ] as const) {
      expect(daysBetween(a, b)).toBe(utc(b) - utc(a));
    }
  });
});
