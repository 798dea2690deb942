import { genericGroupCovers, isGenericUnitGroup } from './generic';

describe('generic groups at every level', () => {
  it.each([
    'Các bộ, ngành, địa phương',
    'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ',
    'Các sở, ban, ngành',
    'Các Sở, ban, ngành tỉnh',
    'UBND các huyện, thị xã, thành phố',
    'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
    'UBND cấp xã',
    'Các phòng, đơn vị thuộc Sở',
    'Các cơ quan, đơn vị',
    'các địa phương',
    'Các bộ, ngành liên quan',
    'Sở, ban, ngành',
    'Đơn vị liên quan',
    'Phòng, đơn vị được giao (nếu có)',
    'Các phòng chuyên môn',
    // District and commune plans: the offices of the People's Committee of the place.
    'Các phòng, ban, ngành, đoàn thể huyện',
    'Các phòng, ban chuyên môn thuộc UBND huyện',
    'Các cơ quan chuyên môn thuộc UBND tỉnh',
    'Các đơn vị sự nghiệp thuộc UBND huyện',
    'Các cơ quan, đơn vị của tỉnh',
  ])('"%s" is every unit of its kind', (name) => {
    expect(isGenericUnitGroup(name)).toBe(true);
  });

  it.each([
    'Các cơ quan Đảng, Quốc hội, Chính phủ',
    'các cơ quan đại diện Việt Nam ở nước ngoài',
    'Các cơ quan báo chí',
    'các tổ chức chính trị - xã hội',
    'Các cơ quan Trung ương đóng trên địa bàn huyện',
    'Bộ Công an',
    'Sở Nội vụ',
    'Ban Dân tộc',
    'UBND tỉnh',
    'UBND huyện Hải Lăng',
    'Phòng Quản lý Khoa học',
    'Văn phòng Chính phủ',
  ])('"%s" is a named body', (name) => {
    expect(isGenericUnitGroup(name)).toBe(false);
  });

  it('a group stands for the units of its kinds only', () => {
    const districts = 'UBND các huyện, thị xã, thành phố';
    expect(genericGroupCovers(districts, 'UBND huyện Hải Lăng')).toBe(true);
    expect(genericGroupCovers(districts, 'UBND thị xã Quảng Trị')).toBe(true);
    expect(genericGroupCovers(districts, 'Sở Nội vụ')).toBe(false);
    expect(genericGroupCovers('Các sở, ban, ngành', 'Sở Nội vụ')).toBe(true);
    expect(genericGroupCovers('Các sở, ban, ngành', 'UBND huyện Hải Lăng')).toBe(false);
    expect(genericGroupCovers('UBND cấp xã', 'UBND xã Triệu Phong')).toBe(true);
    expect(genericGroupCovers('Các bộ, ngành, địa phương', 'Bộ Tài chính')).toBe(true);
    expect(genericGroupCovers('Các cơ quan, đơn vị', 'UBND huyện Hải Lăng')).toBe(true);
    expect(genericGroupCovers('Các phòng, đơn vị thuộc Sở', 'Văn phòng Sở')).toBe(true);
    expect(genericGroupCovers('Bộ Tài chính', 'Bộ Tài chính')).toBe(false);
    const offices = 'Các phòng, ban chuyên môn thuộc UBND huyện';
    expect(genericGroupCovers(offices, 'Phòng Nội vụ')).toBe(true);
    expect(genericGroupCovers(offices, 'Văn phòng HĐND và UBND huyện')).toBe(true);
    expect(genericGroupCovers(offices, 'UBND xã Triệu Phong')).toBe(false);
    // Nor the bodies that are not the district's own offices.
    expect(genericGroupCovers(offices, 'Công an huyện')).toBe(false);
    expect(genericGroupCovers(offices, 'Ủy ban MTTQ Việt Nam huyện')).toBe(false);
    expect(genericGroupCovers(offices, 'Kho bạc Nhà nước huyện')).toBe(false);
    expect(genericGroupCovers(offices, 'Thanh tra huyện')).toBe(true);
    expect(genericGroupCovers('Các phòng, đơn vị thuộc Sở', 'Trung tâm Thông tin')).toBe(true);
    expect(genericGroupCovers('Các cơ quan, đơn vị', 'Công an huyện')).toBe(true);
    expect(genericGroupCovers('Các sở, ban, ngành', 'Công an tỉnh')).toBe(true);
    expect(
      genericGroupCovers('Các cơ quan chuyên môn thuộc UBND tỉnh', 'UBND huyện Hải Lăng'),
    ).toBe(false);
    expect(genericGroupCovers('Các cơ quan, đơn vị', 'UBND xã Triệu Phong')).toBe(true);
  });
});
