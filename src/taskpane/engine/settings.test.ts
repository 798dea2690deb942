import {
  DEFAULT_SETTINGS,
  effectiveAsOf,
  loadSettings,
  readSettings,
  reportOptions,
} from './settings';

describe('readSettings', () => {
  it('gives the defaults for nothing saved', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings('not an object')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and replaces each invalid one by its default', () => {
    expect(
      readSettings({
        asOf: '2025-02-30',
        year: 2024,
        roster: ['Văn phòng Sở', '  '],
        dueSoonDays: -3,
        period: 'half',
        locale: 'fr',
      }),
    ).toEqual({ ...DEFAULT_SETTINGS, year: 2024, period: 'half' });
    expect(readSettings({ asOf: '2024-10-20', dueSoonDays: 14, locale: 'en' })).toEqual({
      ...DEFAULT_SETTINGS,
      asOf: '2024-10-20',
      dueSoonDays: 14,
      locale: 'en',
    });
  });
});

describe('effectiveAsOf', () => {
  it('is the setting, else today in Vietnam', () => {
    const now = new Date('2026-12-04T23:30:00Z');
    expect(effectiveAsOf({ ...DEFAULT_SETTINGS, asOf: '2024-10-20' }, now)).toBe('2024-10-20');
    expect(effectiveAsOf(DEFAULT_SETTINGS, now)).toBe('2026-12-05');
  });
});

describe('reportOptions', () => {
  it('gives the report the signer, number, "Nơi nhận" and language of the settings', () => {
    const saved = readSettings({
      signer: 'KT. GIÁM ĐỐC',
      signerName: 'Nguyễn Văn An',
      documentNumber: '125/BC-SKHCN',
      recipients: ['- UBND tỉnh;'],
      locale: 'en',
    });
    expect(reportOptions(saved)).toEqual({
      signer: 'KT. GIÁM ĐỐC',
      signerName: 'Nguyễn Văn An',
      documentNumber: '125/BC-SKHCN',
      recipients: ['- UBND tỉnh;'],
      locale: 'en',
    });
    // Invalid saved values fall back to the defaults.
    expect(readSettings({ signer: '', recipients: 'x' })).toMatchObject({
      signer: 'GIÁM ĐỐC',
      recipients: [],
    });
  });
});

describe('loadSettings', () => {
  it('replaces a stored as-of date and year a half-typed year left, and names them', () => {
    const { settings, replaced } = loadSettings({
      ...DEFAULT_SETTINGS,
      asOf: '0025-10-20',
      year: 25,
      dueSoonDays: 14,
    });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, dueSoonDays: 14 });
    expect(replaced).toEqual(['asOf', 'year']);
  });

  it('names nothing for good or missing values, or nothing saved', () => {
    expect(loadSettings({ asOf: '2024-10-20', locale: 'en' }).replaced).toEqual([]);
    expect(loadSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, replaced: [] });
    expect(loadSettings({ asOf: '2101-01-01', period: 'week' }).replaced).toEqual([
      'asOf',
      'period',
    ]);
  });
});
