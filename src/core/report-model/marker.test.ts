import {
  freeSheetName,
  isMarkerSheet,
  MARKER_VERSION,
  markerRows,
  ownerPropertyValue,
  parseMarker,
  sameSheetName,
} from './marker';

const REPORT = ['Tổng hợp nhiệm vụ', 'Tổng hợp chỉ tiêu', 'Tình hình báo cáo', 'Kết quả kiểm tra'];

describe('markerRows', () => {
  it('heads the list with what wrote it, its version and date, then one row per sheet', () => {
    expect(markerRows(['A', 'B'], '2025-12-15')).toEqual([
      ['generator', 'PhuLuc'],
      ['version', 1],
      ['asOf', '2025-12-15'],
      ['sheet', 'A'],
      ['sheet', 'B'],
    ]);
  });

  it('with no sheets is the heading alone', () => {
    expect(markerRows([], '2025-12-15')).toHaveLength(3);
  });
});

describe('parseMarker', () => {
  it('reads back the sheets markerRows lists, in order', () => {
    expect(parseMarker(markerRows(REPORT, '2025-12-15'))).toEqual(REPORT);
  });

  it('reads the rows as the Office.js writer leaves them: all text, padded with blank rows', () => {
    const rows = [...markerRows(['A'], '2025-12-15').map((r) => r.map(String)), ['', ''], ['', '']];
    expect(parseMarker(rows)).toEqual(['A']);
  });

  it('skips blank names, unknown keys, missing rows and values that are not text', () => {
    const rows = [
      ['sheet', ''],
      ['Sheet', 'B'],
      undefined,
      ['sheet'],
      ['sheet', true],
      ['note', 'C'],
      ['sheet', 'D'],
    ];
    expect(parseMarker(rows)).toEqual(['D']);
  });

  it('reads a sheet named by a number as its text', () => {
    expect(parseMarker([['sheet', 2025]])).toEqual(['2025']);
  });

  it('finds nothing in an empty sheet', () => {
    expect(parseMarker([])).toEqual([]);
  });
});

describe('sheet names', () => {
  it('compares names as Excel does, ignoring case', () => {
    expect(sameSheetName('Tổng Hợp Nhiệm Vụ', 'tổng hợp nhiệm vụ')).toBe(true);
    expect(sameSheetName('PL1', 'PL 1')).toBe(false);
    expect(isMarkerSheet('_PHULUC')).toBe(true);
    expect(isMarkerSheet('phuluc')).toBe(false);
  });
});

describe('ownerPropertyValue', () => {
  it('says what wrote the sheet, as JSON', () => {
    expect(JSON.parse(ownerPropertyValue('tasks', '2025-12-15'))).toEqual({
      generator: 'PhuLuc',
      version: MARKER_VERSION,
      role: 'tasks',
      asOf: '2025-12-15',
    });
  });
});

describe('freeSheetName', () => {
  it('keeps the name when no sheet has it', () => {
    expect(freeSheetName('Tổng hợp nhiệm vụ', ['PL1'])).toBe('Tổng hợp nhiệm vụ');
  });

  it('adds (PhuLuc), then a number, when a sheet already has it (in any case)', () => {
    expect(freeSheetName('Tổng hợp nhiệm vụ', ['TỔNG HỢP NHIỆM VỤ'])).toBe(
      'Tổng hợp nhiệm vụ (PhuLuc)',
    );
    expect(freeSheetName('A', ['A', 'A (PhuLuc)'])).toBe('A (PhuLuc 2)');
  });

  it('shortens the name to keep within 31 characters', () => {
    const name = 'Tổng hợp kết quả thực hiện nhiệm vụ';
    const free = freeSheetName(name, [name.slice(0, 31)]);
    expect(free).toBe(`${name.slice(0, 22)} (PhuLuc)`);
    expect(free).toHaveLength(31);
  });
});
