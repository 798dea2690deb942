import type { Roster } from '../units/roster';
import { identifyUnit } from './identify';

const roster: Roster = {
  source: 'sheet',
  units: [
    { name: 'Văn phòng Sở', aliases: ['Văn phòng', 'VP Sở'] },
    { name: 'Phòng Quản lý Khoa học', aliases: ['Phòng QLKH'] },
    { name: 'Phòng Quản lý chuyên ngành', aliases: ['Phòng QLCN', 'QLCN'] },
    { name: 'Thanh tra Sở', aliases: ['Thanh tra'] },
  ],
};

describe('identifyUnit', () => {
  it('reads the "Đơn vị báo cáo" line through other names', () => {
    expect(identifyUnit('Phòng QLKH', 'anything.xlsx', roster)).toEqual({
      kind: 'unit',
      name: 'Phòng Quản lý Khoa học',
      from: 'line',
    });
  });
  it('falls back to the file name', () => {
    expect(identifyUnit(null, 'van-phong-so.xlsx', roster)).toEqual({
      kind: 'unit',
      name: 'Văn phòng Sở',
      from: 'file',
    });
    expect(identifyUnit(null, 'QLCN_bao cao quy 3.xlsx', roster)).toEqual({
      kind: 'unit',
      name: 'Phòng Quản lý chuyên ngành',
      from: 'file',
    });
    expect(identifyUnit(null, 'thanh-tra.xlsx', roster)).toEqual({
      kind: 'unit',
      name: 'Thanh tra Sở',
      from: 'file',
    });
  });
  it('prefers the longest name found in the file name', () => {
    expect(identifyUnit(null, 'phong-quan-ly-khoa-hoc.xlsx', roster)).toMatchObject({
      name: 'Phòng Quản lý Khoa học',
    });
  });
  it('says when it cannot tell, with a suggestion for a near name', () => {
    expect(identifyUnit('Phòng Quản lí Khoa hoc', 'x.xlsx', roster)).toEqual({
      kind: 'unknown',
      text: 'Phòng Quản lí Khoa hoc',
      suggestion: 'Phòng Quản lý Khoa học',
      from: 'line',
    });
    expect(identifyUnit(null, 'bao-cao.xlsx', roster)).toEqual({
      kind: 'unknown',
      text: 'bao-cao',
      from: 'file',
    });
  });
});
