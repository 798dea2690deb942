import { DEFAULT_TIME_ZONE, timeZoneFrom, todayIso } from './today';

describe('todayIso', () => {
  it('is the calendar day in Vietnam, whatever the machine’s zone', () => {
    expect(todayIso(new Date('2026-12-04T23:30:00Z'))).toBe('2026-12-05');
    expect(todayIso(new Date('2026-12-04T16:59:59Z'))).toBe('2026-12-04');
    expect(todayIso(new Date('2026-12-04T17:00:00Z'))).toBe('2026-12-05');
    expect(todayIso(new Date('2024-02-28T18:00:00Z'))).toBe('2024-02-29');
  });
  it('takes another zone when asked, and falls back to Vietnam’s for an unknown one', () => {
    expect(todayIso(new Date('2026-12-04T23:30:00Z'), 'UTC')).toBe('2026-12-04');
    expect(todayIso(new Date('2026-12-04T23:30:00Z'), 'Mars/Olympus')).toBe('2026-12-05');
  });
});

describe('timeZoneFrom', () => {
  it('reads PHULUC_TIME_ZONE when it names a known zone', () => {
    expect(timeZoneFrom({ PHULUC_TIME_ZONE: 'Europe/Paris' })).toBe('Europe/Paris');
    expect(timeZoneFrom({ PHULUC_TIME_ZONE: 'nowhere' })).toBe(DEFAULT_TIME_ZONE);
    expect(timeZoneFrom({})).toBe(DEFAULT_TIME_ZONE);
  });
});
