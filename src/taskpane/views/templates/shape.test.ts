import type { UnitTemplate } from '../../../core/templates/build';
import { deliveryText, templateRows } from './shape';

describe('templates shape', () => {
  it('keeps unit, file name and counts of each template, in roster order', () => {
    const templates = [
      { unit: 'Văn phòng Sở', fileName: 'van-phong-so.xlsx', tasks: 14, indicators: 12 },
      { unit: 'Thanh tra Sở', fileName: 'thanh-tra-so.xlsx', tasks: 9, indicators: 0 },
    ] as unknown as UnitTemplate[];
    expect(templateRows(templates)).toEqual([
      { unit: 'Văn phòng Sở', fileName: 'van-phong-so.xlsx', tasks: 14, indicators: 12 },
      { unit: 'Thanh tra Sở', fileName: 'thanh-tra-so.xlsx', tasks: 9, indicators: 0 },
    ]);
  });

  it('says where each template went', () => {
    expect(deliveryText('opened').en).toContain('Opened in Excel');
    expect(deliveryText('downloaded').vi).toBe('Đã tải về máy');
  });
});
