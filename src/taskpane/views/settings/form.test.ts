import { DEFAULT_SETTINGS, readSettings } from '../../engine/settings';
import { checkForm, formOf, syncForm } from './form';

describe('settings form', () => {
  const base = formOf(DEFAULT_SETTINGS);

  it('turns valid text into settings the store accepts unchanged', () => {
    const result = checkForm({
      ...base,
      asOf: '2024-10-20',
      year: ' 2024 ',
      roster: 'Văn phòng Sở\n\n  Thanh tra Sở \nVăn phòng Sở',
      dueSoonDays: '14',
      period: 'half',
    });
    expect(result).toEqual({
      ok: true,
      settings: {
        ...DEFAULT_SETTINGS,
        asOf: '2024-10-20',
        year: 2024,
        roster: ['Văn phòng Sở', 'Thanh tra Sở'],
        dueSoonDays: 14,
        period: 'half',
      },
    });
    if (result.ok) expect(readSettings(result.settings)).toEqual(result.settings);
  });

  it('takes the report’s signer, number and "Nơi nhận" lines', () => {
    const result = checkForm({
      ...base,
      signer: ' KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC ',
      signerName: ' Nguyễn Văn An ',
      documentNumber: '125/BC-SKHCN',
      recipients: '- UBND tỉnh (b/c);\n\n - Lưu: VT, VP. ',
    });
    expect(result).toEqual({
      ok: true,
      settings: {
        ...DEFAULT_SETTINGS,
        signer: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC',
        signerName: 'Nguyễn Văn An',
        documentNumber: '125/BC-SKHCN',
        recipients: ['- UBND tỉnh (b/c);', '- Lưu: VT, VP.'],
      },
    });
    if (result.ok)
      expect(formOf(result.settings).recipients).toBe('- UBND tỉnh (b/c);\n- Lưu: VT, VP.');
    // An empty title signs as GIÁM ĐỐC; too many recipients are refused.
    expect(checkForm({ ...base, signer: '  ' })).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    const many = checkForm({ ...base, recipients: Array(31).fill('- Nơi').join('\n') });
    expect(many.ok).toBe(false);
  });

  it('keeps empty fields as "today", "from the title" and "the plan roster"', () => {
    expect(checkForm(base)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it('names each wrong field and saves nothing', () => {
    const result = checkForm({
      ...base,
      asOf: '2024-02-30',
      year: '1800',
      dueSoonDays: '-3',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.errors).sort()).toEqual(['asOf', 'dueSoonDays', 'year']);
      expect(result.errors.year?.vi).toContain('1990');
    }
    expect(checkForm({ ...base, year: '20x4' }).ok).toBe(false);
    // A date is read as Vietnamese write it; a year still being typed is not a date to save.
    expect(checkForm({ ...base, asOf: '20/10/2024' })).toMatchObject({
      ok: true,
      settings: { asOf: '2024-10-20' },
    });
    expect(formOf({ ...DEFAULT_SETTINGS, asOf: '2024-10-20' }).asOf).toBe('20/10/2024');
    expect(checkForm({ ...base, asOf: '20/10/25' }).ok).toBe(false);
    expect(checkForm({ ...base, asOf: '0025-10-20' }).ok).toBe(false);
    expect(checkForm({ ...base, dueSoonDays: '366' }).ok).toBe(false);
  });

  it('takes changes made elsewhere without losing what is being typed', () => {
    const typing = { ...base, year: '20' };
    const synced = syncForm(typing, DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, locale: 'en' });
    expect(synced).toEqual({ ...typing, locale: 'en' });
  });
});
