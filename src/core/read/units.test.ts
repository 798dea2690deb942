import type { ParsedRow } from '../parse/model';
import { rosterFromNames } from '../units/roster';
import { rawUnitsOf, unitNamesIn, UnitReader } from './units';

const row = (texts: ParsedRow['texts']): ParsedRow => ({
  key: '1',
  stt: '1',
  sectionPath: [],
  row: 2,
  texts,
  cells: {},
});

describe('unit texts', () => {
  const rows = [
    row({ lead: 'Văn phòng Sở', support: 'Thanh tra Sở' }),
    row({ lead: 'Văn phòng Sở', support: 'Thanh tra Sở' }),
    row({ units: 'Phòng QLKH chủ trì\nVăn phòng Sở phối hợp thực hiện' }),
  ];

  it('give the names a roster is made from, each distinct text once', () => {
    expect(unitNamesIn(rows)).toEqual([
      'Văn phòng Sở',
      'Thanh tra Sở',
      'Phòng QLKH',
      'Văn phòng Sở',
    ]);
  });

  it('resolve to the roster, the names it does not know kept to report', () => {
    const reader = new UnitReader(rosterFromNames(['Văn phòng Sở', 'Phòng QLKH']));
    expect(reader.resolve(rawUnitsOf(rows[2]!))).toMatchObject({
      lead: ['Phòng QLKH'],
      support: ['Văn phòng Sở'],
      unknown: [],
    });
    const first = reader.resolve(rawUnitsOf(rows[0]!));
    expect(first.unknown).toEqual([
      expect.objectContaining({ role: 'support', name: 'Thanh tra Sở' }),
    ]);
    // Read once per scan: a repeated text gives back the same reading.
    expect(reader.resolve(rawUnitsOf(rows[1]!))).toBe(first);
  });
});
