/// <reference types="office-js" />
import { CAPABILITY_IDS, detectCapabilities, officeRequirementCheck } from './capabilities';

const upTo =
  (minor: number) =>
  (set: string, version: string): boolean =>
    set === 'ExcelApi' && Number(version.split('.')[1]) <= minor;

describe('detectCapabilities', () => {
  it('lists every capability with its requirement set and a bilingual note', () => {
    const caps = detectCapabilities(upTo(17));
    expect(caps.list.map((c) => [c.id, c.version])).toEqual([
      ['read', '1.1'],
      ['write', '1.2'],
      ['null-objects', '1.4'],
      ['freeze-panes', '1.7'],
      ['hide-gridlines', '1.8'],
      ['page-layout', '1.9'],
      ['custom-properties', '1.12'],
      ['merged-areas', '1.13'],
    ]);
    expect(caps.missing).toEqual([]);
    for (const c of caps.list) {
      expect(c.available).toBe(true);
      expect(c.missing.vi).toMatch(/ExcelApi \d\.\d+/);
      expect(c.missing.en).toMatch(/ExcelApi \d\.\d+/);
      expect(c.use.vi).not.toBe(c.use.en);
    }
    expect(CAPABILITY_IDS).toHaveLength(8);
  });

  it('Excel 2019 volume-licensed (ExcelApi 1.7) lacks gridlines, print setup, sheet properties and merged-area reads', () => {
    const caps = detectCapabilities(upTo(7));
    expect(caps.missing.map((n) => n.id)).toEqual([
      'hide-gridlines',
      'page-layout',
      'custom-properties',
      'merged-areas',
    ]);
    expect(caps.has('write')).toBe(true);
    expect(caps.atLeast('1.7')).toBe(true);
    expect(caps.atLeast('1.8')).toBe(false);
  });

  it('Excel 2021 (ExcelApi 1.14) has everything PhuLuc uses', () => {
    expect(detectCapabilities(upTo(14)).missing).toEqual([]);
  });

  it('outside Office nothing is available, and the check does not throw', () => {
    expect(officeRequirementCheck()('ExcelApi', '1.1')).toBe(false);
    const caps = detectCapabilities();
    expect(caps.has('read')).toBe(false);
    expect(caps.missing[0]!.vi).toMatch(/trang web|dòng lệnh|phuluc/);
  });

  it('asks the host through Office.context.requirements.isSetSupported', () => {
    const asked: string[] = [];
    const g = globalThis as { Office?: unknown };
    g.Office = {
      context: {
        requirements: {
          isSetSupported: (set: string, v: string) => {
            asked.push(`${set} ${v}`);
            return v === '1.1';
          },
        },
      },
    };
    try {
      const caps = detectCapabilities();
      expect(caps.has('read')).toBe(true);
      expect(caps.has('write')).toBe(false);
      expect(asked).toContain('ExcelApi 1.13');
    } finally {
      delete g.Office;
    }
  });
});
