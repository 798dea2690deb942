import { checkDate, dateText, isoOf, isUsableDate } from './dates';

describe('checkDate', () => {
  it('takes empty as today and a complete date from 2000 to 2100', () => {
    expect(checkDate('')).toEqual({ ok: true, iso: null });
    expect(checkDate(' 2025-10-20 ')).toEqual({ ok: true, iso: '2025-10-20' });
    expect(checkDate('2000-01-01')).toEqual({ ok: true, iso: '2000-01-01' });
    expect(checkDate('2100-12-31')).toEqual({ ok: true, iso: '2100-12-31' });
  });

  it('refuses each year a date input passes through while the year is typed', () => {
    for (const partial of ['0002-10-20', '0020-10-20', '0202-10-20', '0025-10-20', '1999-12-31']) {
      const check = checkDate(partial);
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.problem.vi).toContain('Năm phải từ 2000 đến 2100');
    }
    expect(isUsableDate('2101-01-01')).toBe(false);
  });

  it('refuses what is not a date, in both languages', () => {
    const check = checkDate('2025-02-30');
    expect(check).toEqual({
      ok: false,
      problem: expect.objectContaining({ en: expect.stringContaining('does not exist') }),
    });
    expect(checkDate('2025-13-01').ok).toBe(false);
  });
});

describe('dates as Vietnamese write them', () => {
  it('reads day/month/year and shows dd/mm/yyyy', () => {
    expect(checkDate('20/10/2025')).toEqual({ ok: true, iso: '2025-10-20' });
    expect(checkDate('5/1/2026')).toEqual({ ok: true, iso: '2026-01-05' });
    expect(isoOf('05.01.2026')).toBe('2026-01-05');
    expect(isoOf('Oct 20, 2025')).toBeNull();
    expect(dateText('2025-10-20')).toBe('20/10/2025');
    expect(dateText(null)).toBe('');
  });

  it('refuses a year still being typed and a day that does not exist', () => {
    for (const partial of ['20/10/2', '20/10/20', '20/10/202', '20/10/']) {
      expect(checkDate(partial).ok).toBe(false);
    }
    const check = checkDate('20/10/25');
    if (!check.ok) expect(check.problem.vi).toContain('Năm phải từ 2000 đến 2100');
    expect(checkDate('31/02/2025').ok).toBe(false);
  });
});
