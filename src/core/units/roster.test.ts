import {
  isGenericUnitGroup,
  isRosterSheetName,
  matchUnit,
  rosterFromNames,
  unitKey,
  type Roster,
} from './roster';

const roster: Roster = {
  source: 'sheet',
  units: [
    {
      name: 'Phòng Bưu chính, Viễn thông và Chuyển đổi số',
      aliases: ['Phòng BCVT&CĐS', 'BCVT&CĐS'],
    },
    { name: 'Văn phòng Sở', aliases: ['Văn phòng', 'VP Sở'] },
    { name: 'Phòng Quản lý Khoa học', aliases: ['Phòng QLKH'] },
    { name: 'Phòng Kế hoạch - Tài chính', aliases: ['Phòng KH-TC'] },
  ],
};

describe('unit matching', () => {
  it('matches through other names, case and diacritics', () => {
    expect(matchUnit('Phòng BCVT&CĐS', roster)).toEqual({
      kind: 'unit',
      name: roster.units[0]!.name,
    });
    expect(matchUnit('phong quan ly khoa hoc', roster)).toEqual({
      kind: 'unit',
      name: 'Phòng Quản lý Khoa học',
    });
    expect(matchUnit('Phòng Kế hoạch-Tài chính', roster)).toEqual({
      kind: 'unit',
      name: 'Phòng Kế hoạch - Tài chính',
    });
    expect(matchUnit('Văn phòng', roster)).toEqual({ kind: 'unit', name: 'Văn phòng Sở' });
  });
  it('suggests the closest unit for an unknown name', () => {
    expect(matchUnit('Phòng Quản lí Khoa hoc', roster)).toEqual({
      kind: 'unknown',
      text: 'Phòng Quản lí Khoa hoc',
      suggestion: 'Phòng Quản lý Khoa học',
    });
    expect(matchUnit('Phòng Tổ chức cán bộ', roster)).toEqual({
      kind: 'unknown',
      text: 'Phòng Tổ chức cán bộ',
    });
  });
  it('knows generic groups', () => {
    for (const g of [
      'Các phòng, đơn vị thuộc Sở',
      'Các phòng, đơn vị được giao',
      'Phòng, đơn vị được giao (nếu có)',
      'Các phòng thuộc Sở',
    ]) {
      expect(isGenericUnitGroup(g)).toBe(true);
      expect(matchUnit(g, roster).kind).toBe('generic');
    }
    expect(isGenericUnitGroup('Phòng Quản lý Khoa học')).toBe(false);
  });
  it('builds a roster from the names in a plan', () => {
    const r = rosterFromNames([
      'Văn phòng',
      'Văn phòng Sở',
      'Thanh tra Sở',
      'Các phòng, đơn vị thuộc Sở',
    ]);
    expect(r.units).toEqual([
      { name: 'Văn phòng Sở', aliases: ['Văn phòng'] },
      { name: 'Thanh tra Sở', aliases: [] },
    ]);
  });
  it('keys ignore punctuation and a trailing "Sở"', () => {
    expect(unitKey('Thanh tra Sở')).toBe(unitKey('Thanh tra'));
  });
  it('recognizes the roster sheet', () => {
    expect(isRosterSheetName('Danh mục đơn vị')).toBe(true);
    expect(isRosterSheetName('DANH MUC DON VI')).toBe(true);
    expect(isRosterSheetName('Phụ lục')).toBe(false);
  });
});

describe('units of other levels', () => {
  const ministries: Roster = {
    source: 'plan',
    units: ['Bộ Công an', 'Bộ Công Thương', 'Bộ Tài chính', 'Bộ Khoa học và Công nghệ'].map(
      (name) => ({ name, aliases: [] }),
    ),
  };
  it('"did you mean" compares what follows the kind word, tightly', () => {
    const withoutTrade: Roster = {
      source: 'plan',
      units: ministries.units.filter((u) => u.name !== 'Bộ Công Thương'),
    };
    expect(matchUnit('Bộ Công Thương', withoutTrade)).toEqual({
      kind: 'unknown',
      text: 'Bộ Công Thương',
    });
    expect(matchUnit('Bộ Khoa hoc và Cong nghe', ministries)).toEqual({
      kind: 'unit',
      name: 'Bộ Khoa học và Công nghệ',
    });
    expect(matchUnit('Bộ Tài chánh', ministries)).toEqual({
      kind: 'unknown',
      text: 'Bộ Tài chánh',
      suggestion: 'Bộ Tài chính',
    });
  });
  it('"did you mean" never proposes another place or body of the same kind', () => {
    const places: Roster = {
      source: 'plan',
      units: ['UBND tỉnh Quảng Bình', 'UBND huyện Gio Linh', 'Sở Nội vụ'].map((name) => ({
        name,
        aliases: [],
      })),
    };
    for (const text of ['UBND tỉnh Quảng Trị', 'UBND huyện Vĩnh Linh', 'Sở Ngoại vụ'])
      expect(matchUnit(text, places)).toEqual({ kind: 'unknown', text });
    expect(matchUnit('UBND huyen Gio Lin', places)).toEqual({
      kind: 'unknown',
      text: 'UBND huyen Gio Lin',
      suggestion: 'UBND huyện Gio Linh',
    });
  });
  it('"did you mean" tells communes apart by one syllable, and still sees a letter left out', () => {
    const communes = rosterFromNames(['UBND xã Gio An', 'UBND xã Gio Mai', 'Phòng Quản lý đô thị']);
    expect(matchUnit('UBND xã Gio Hải', communes)).toEqual({
      kind: 'unknown',
      text: 'UBND xã Gio Hải',
    });
    expect(matchUnit('UBND xã Gio Ma', communes)).toEqual({
      kind: 'unknown',
      text: 'UBND xã Gio Ma',
      suggestion: 'UBND xã Gio Mai',
    });
    expect(matchUnit('Phòng Quản lí đô thị', communes)).toEqual({
      kind: 'unknown',
      text: 'Phòng Quản lí đô thị',
      suggestion: 'Phòng Quản lý đô thị',
    });
  });
  it('a roster from the plan takes no page-break fragment nor generic group', () => {
    const r = rosterFromNames([
      'Bộ Nông',
      'nghiệp và phát triển nông thôn',
      'Bộ Tài chính',
      'Các bộ, ngành, địa phương',
      'UBND các huyện, thị xã, thành phố',
      'các địa phương',
    ]);
    expect(r.units.map((u) => u.name)).toEqual(['Bộ Nông', 'Bộ Tài chính']);
  });
  it('a roster from the plan takes no name cut down to its kind word ("Bộ", "Sở")', () => {
    const r = rosterFromNames(['Bộ Tài chính', 'Bộ', 'Sở', 'Văn phòng', 'Thanh tra']);
    expect(r.units.map((u) => u.name)).toEqual(['Bộ Tài chính', 'Văn phòng', 'Thanh tra']);
  });
});

describe('plural named bodies', () => {
  it('are outside the roster: matched as bodies, never units or groups', () => {
    const r = rosterFromNames(['Bộ Nội vụ', 'Các cơ quan Đảng, Quốc hội, Chính phủ']);
    expect(r.units.map((u) => u.name)).toEqual(['Bộ Nội vụ']);
    expect(matchUnit('các cơ quan đại diện Việt Nam ở nước ngoài', r)).toEqual({
      kind: 'bodies',
      text: 'các cơ quan đại diện Việt Nam ở nước ngoài',
    });
    expect(matchUnit('Các bộ, ngành, địa phương', r).kind).toBe('generic');
  });
});
