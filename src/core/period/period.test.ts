import fc from 'fast-check';
import {
  isIsoDate,
  periodContaining,
  periodHeading,
  periodHeadingEn,
  reportingPeriod,
  type PeriodKind,
} from './period';

describe('reportingPeriod', () => {
  it.each<[PeriodKind, number, number | undefined, string, string, string]>([
    ['month', 2026, 1, '2025-12-15', '2026-01-14', 'Tháng 1 năm 2026'],
    ['month', 2025, 3, '2025-02-15', '2025-03-14', 'Tháng 3 năm 2025'],
    ['month', 2025, 10, '2025-09-15', '2025-10-14', 'Tháng 10 năm 2025'],
    ['month', 2025, 12, '2025-11-15', '2025-12-14', 'Tháng 12 năm 2025'],
    ['quarter', 2026, 1, '2025-12-15', '2026-03-14', 'Quý I năm 2026'],
    ['quarter', 2025, 2, '2025-03-15', '2025-06-14', 'Quý II năm 2025'],
    ['quarter', 2025, 3, '2025-06-15', '2025-09-14', 'Quý III năm 2025'],
    ['quarter', 2025, 4, '2025-09-15', '2025-12-14', 'Quý IV năm 2025'],
    ['half', 2025, 1, '2024-12-15', '2025-06-14', '6 tháng đầu năm 2025'],
    ['half', 2025, 2, '2025-06-15', '2025-12-14', '6 tháng cuối năm 2025'],
    ['nine-months', 2025, undefined, '2024-12-15', '2025-09-14', '9 tháng năm 2025'],
    ['nine-months', 2025, 1, '2024-12-15', '2025-09-14', '9 tháng năm 2025'],
    ['year', 2025, undefined, '2024-12-15', '2025-12-14', 'Năm 2025'],
  ])('%s %i %p', (kind, year, index, from, to, label) => {
    expect(reportingPeriod(kind, year, index)).toEqual({
      kind,
      year,
      index: index ?? 1,
      from,
      to,
      label,
    });
  });

  it.each<[PeriodKind, number, number | undefined]>([
    ['month', 2025, 0],
    ['month', 2025, 13],
    ['month', 2025, undefined],
    ['quarter', 2025, 5],
    ['quarter', 2025, 1.5],
    ['quarter', 2025, undefined],
    ['half', 2025, 3],
    ['nine-months', 2025, 2],
    ['year', 2025, 2],
    ['year', 2025.5, 1],
    ['year', 1000, 1],
    ['year', 10000, 1],
    ['year', Number.NaN, 1],
    ['week' as PeriodKind, 2025, 1],
  ])('rejects %s %p %p', (kind, year, index) => {
    expect(() => reportingPeriod(kind, year, index)).toThrow(RangeError);
  });
});

describe('periodContaining', () => {
  it('defaults to the quarter', () => {
    expect(periodContaining('2025-11-03').label).toBe('Quý IV năm 2025');
  });

  it.each<[string, PeriodKind, string]>([
    // month: 14th is the cut-off, the 15th starts the next month's report
    ['2025-10-14', 'month', 'Tháng 10 năm 2025'],
    ['2025-10-15', 'month', 'Tháng 11 năm 2025'],
    ['2025-12-14', 'month', 'Tháng 12 năm 2025'],
    ['2025-12-15', 'month', 'Tháng 1 năm 2026'],
    ['2025-12-31', 'month', 'Tháng 1 năm 2026'],
    ['2026-01-01', 'month', 'Tháng 1 năm 2026'],
    ['2026-01-14', 'month', 'Tháng 1 năm 2026'],
    ['2026-01-15', 'month', 'Tháng 2 năm 2026'],
    ['2024-02-29', 'month', 'Tháng 3 năm 2024'],
    ['2025-02-28', 'month', 'Tháng 3 năm 2025'],
    // quarter, Q1 across the year end
    ['2025-12-14', 'quarter', 'Quý IV năm 2025'],
    ['2025-12-15', 'quarter', 'Quý I năm 2026'],
    ['2025-12-20', 'quarter', 'Quý I năm 2026'],
    ['2026-03-14', 'quarter', 'Quý I năm 2026'],
    ['2026-03-15', 'quarter', 'Quý II năm 2026'],
    ['2025-06-14', 'quarter', 'Quý II năm 2025'],
    ['2025-06-15', 'quarter', 'Quý III năm 2025'],
    ['2025-09-14', 'quarter', 'Quý III năm 2025'],
    ['2025-09-15', 'quarter', 'Quý IV năm 2025'],
    // half
    ['2024-12-14', 'half', '6 tháng cuối năm 2024'],
    ['2024-12-15', 'half', '6 tháng đầu năm 2025'],
    ['2025-06-14', 'half', '6 tháng đầu năm 2025'],
    ['2025-06-15', 'half', '6 tháng cuối năm 2025'],
    ['2025-12-14', 'half', '6 tháng cuối năm 2025'],
    // nine months
    ['2024-12-15', 'nine-months', '9 tháng năm 2025'],
    ['2025-09-14', 'nine-months', '9 tháng năm 2025'],
    ['2025-09-15', 'nine-months', '9 tháng năm 2025'],
    ['2025-12-14', 'nine-months', '9 tháng năm 2025'],
    ['2025-12-15', 'nine-months', '9 tháng năm 2026'],
    // year
    ['2025-12-14', 'year', 'Năm 2025'],
    ['2025-12-15', 'year', 'Năm 2026'],
    ['2025-12-20', 'year', 'Năm 2026'],
    ['2026-01-01', 'year', 'Năm 2026'],
  ])('%s (%s) → %s', (asOf, kind, label) => {
    expect(periodContaining(asOf, kind).label).toBe(label);
  });

  it('after 14/09 the nine months period is that year’s, ending before the date', () => {
    const p = periodContaining('2025-10-01', 'nine-months');
    expect(p).toMatchObject({ year: 2025, from: '2024-12-15', to: '2025-09-14' });
    expect(p.to < '2025-10-01').toBe(true);
  });

  it.each([
    '',
    '2025-13-01',
    '2025-02-29',
    '2025-04-31',
    '2025-1-5',
    '15/11/2025',
    '2025-11-15T00:00',
  ])('rejects %p with a RangeError', (asOf) => {
    expect(() => periodContaining(asOf)).toThrow(RangeError);
  });

  const isoDates = fc
    .date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2100-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const kinds = fc.constantFrom<PeriodKind>('month', 'quarter', 'half', 'year');

  it('property: every date lies in the period containing it (except nine-months)', () => {
    fc.assert(
      fc.property(isoDates, kinds, (asOf, kind) => {
        const p = periodContaining(asOf, kind);
        return p.from <= asOf && asOf <= p.to;
      }),
    );
  });

  it('property: windows of one kind tile the calendar (next period starts the day after)', () => {
    fc.assert(
      fc.property(isoDates, kinds, (asOf, kind) => {
        const p = periodContaining(asOf, kind);
        const next = periodContaining(addDays(p.to, 1), kind);
        return next.from === addDays(p.to, 1) && next.label !== p.label;
      }),
    );
  });
});

describe('periodHeading', () => {
  it('states the period in Vietnamese with dd/mm/yyyy dates', () => {
    expect(periodHeading(reportingPeriod('quarter', 2025, 4))).toBe(
      'Kỳ báo cáo: Quý IV năm 2025 (từ ngày 15/09/2025 đến ngày 14/12/2025)',
    );
    expect(periodHeading(reportingPeriod('month', 2026, 1))).toBe(
      'Kỳ báo cáo: Tháng 1 năm 2026 (từ ngày 15/12/2025 đến ngày 14/01/2026)',
    );
    expect(periodHeading(reportingPeriod('half', 2025, 1))).toBe(
      'Kỳ báo cáo: 6 tháng đầu năm 2025 (từ ngày 15/12/2024 đến ngày 14/06/2025)',
    );
  });
});

describe('periodHeadingEn', () => {
  it.each<[PeriodKind, number, number, string]>([
    ['quarter', 2025, 4, 'Reporting period: Q4 2025 (15/09/2025 to 14/12/2025)'],
    ['month', 2026, 1, 'Reporting period: January 2026 (15/12/2025 to 14/01/2026)'],
    ['half', 2025, 2, 'Reporting period: H2 2025 (15/06/2025 to 14/12/2025)'],
    ['nine-months', 2025, 1, 'Reporting period: 9 months 2025 (15/12/2024 to 14/09/2025)'],
    ['year', 2025, 1, 'Reporting period: Year 2025 (15/12/2024 to 14/12/2025)'],
  ])('%s %i %i', (kind, year, index, text) => {
    expect(periodHeadingEn(reportingPeriod(kind, year, index))).toBe(text);
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2025-12-14', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2025-02-29', false],
    ['2025-02-28', true],
    ['2025-04-31', false],
    ['2025-00-10', false],
    ['2025-12-00', false],
    ['2025-1-05', false],
    ['25-01-05', false],
    ['2025-01-05 ', false],
    ['05/01/2025', false],
    ['', false],
  ])('%p → %p', (text, ok) => {
    expect(isIsoDate(text)).toBe(ok);
  });
});

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
