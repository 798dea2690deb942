import { readUnitList, readUnitRoles } from './roles';
import { splitUnitNames } from './split';

describe('splitUnitNames', () => {
  it('splits a list of units', () => {
    expect(splitUnitNames('Phòng BCVT&CĐS, Văn phòng Sở, Trung tâm CĐS&ĐMST')).toEqual([
      'Phòng BCVT&CĐS',
      'Văn phòng Sở',
      'Trung tâm CĐS&ĐMST',
    ]);
  });
  it('keeps names that contain a comma whole', () => {
    expect(splitUnitNames('Các phòng, đơn vị thuộc Sở')).toEqual(['Các phòng, đơn vị thuộc Sở']);
    expect(splitUnitNames('Phòng Bưu chính, Viễn thông và Chuyển đổi số')).toEqual([
      'Phòng Bưu chính, Viễn thông và Chuyển đổi số',
    ]);
  });
  it('splits on "và" between two units', () => {
    expect(splitUnitNames('Văn phòng Sở và Phòng Quản lý Khoa học')).toEqual([
      'Văn phòng Sở',
      'Phòng Quản lý Khoa học',
    ]);
  });
  it('asks the roster before splitting a known name', () => {
    const known = (n: string) => n === 'Phòng Kế hoạch, Tài chính';
    expect(splitUnitNames('Phòng Kế hoạch, Tài chính', known)).toEqual([
      'Phòng Kế hoạch, Tài chính',
    ]);
  });
});

describe('readUnitRoles', () => {
  it('reads role lines', () => {
    expect(
      readUnitRoles('- Văn phòng Sở chủ trì.\n- Các phòng, đơn vị liên quan phối hợp'),
    ).toEqual({
      lead: ['Văn phòng Sở'],
      support: ['Các phòng, đơn vị liên quan'],
    });
  });
  it('"phối hợp thực hiện" supports when another line leads', () => {
    expect(readUnitRoles('Phòng QLKH chủ trì\nVăn phòng Sở phối hợp thực hiện')).toEqual({
      lead: ['Phòng QLKH'],
      support: ['Văn phòng Sở'],
    });
  });
  it('"thực hiện" alone leads; a follow-up line supports', () => {
    expect(
      readUnitRoles(
        '- Các phòng chuyên môn thực hiện\n- Văn phòng Sở theo dõi, hướng dẫn, đôn đốc',
      ),
    ).toEqual({
      lead: ['Các phòng chuyên môn'],
      support: ['Văn phòng Sở'],
    });
  });
  it('a single unit, or a list with no role words, leads', () => {
    expect(readUnitRoles('Văn phòng Sở')).toEqual({ lead: ['Văn phòng Sở'], support: [] });
    expect(readUnitRoles('Phòng Quản lý Khoa học, Văn phòng Sở')).toEqual({
      lead: ['Phòng Quản lý Khoa học', 'Văn phòng Sở'],
      support: [],
    });
  });
});

describe('readUnitList', () => {
  it('drops explanations in parentheses', () => {
    expect(
      readUnitList('Các phòng thuộc Sở (phòng được giao chủ trì xây dựng dự thảo văn bản)'),
    ).toEqual(['Các phòng thuộc Sở']);
  });
  it('reads several lines', () => {
    expect(readUnitList('Các phòng thuộc Sở, Trung tâm Ứng dụng tiến bộ KH&CN')).toEqual([
      'Các phòng thuộc Sở',
      'Trung tâm Ứng dụng tiến bộ KH&CN',
    ]);
  });
});

describe('lists mixing a unit and a generic group', () => {
  it('splits "Văn phòng Sở, các phòng thuộc Sở"', () => {
    expect(splitUnitNames('Văn phòng Sở, các phòng thuộc Sở')).toEqual([
      'Văn phòng Sở',
      'các phòng thuộc Sở',
    ]);
  });
});
