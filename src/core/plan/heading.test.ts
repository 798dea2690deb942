import { SheetView } from '../_lib/sheet-view';
import type { Grid } from '../grid/types';
import { findReportingUnit, readPlanHeading } from './heading';

function grid(rows: (string | null)[][]): Grid {
  return {
    name: 'PL1',
    merges: [],
    rows: rows.map((r) => r.map((v) => (v === null ? undefined : { value: v }))),
  };
}

describe('readPlanHeading', () => {
  it('reads the agency block and the title', () => {
    const view = new SheetView(
      grid([
        ['UBND TỈNH QUẢNG TRỊ', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
        ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', null, null, 'Độc lập - Tự do - Hạnh phúc'],
        [null],
        ['KẾ HOẠCH CẢI CÁCH THỦ TỤC HÀNH CHÍNH TRỌNG TÂM NĂM 2024'],
        ['(Kèm theo Kế hoạch số 25/KH-SKHCN ngày 19/3/2024)'],
        ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Thời gian'],
      ]),
    );
    expect(readPlanHeading(view, 5)).toEqual({
      parentAgency: 'UBND TỈNH QUẢNG TRỊ',
      agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      title: 'KẾ HOẠCH CẢI CÁCH THỦ TỤC HÀNH CHÍNH TRỌNG TÂM NĂM 2024',
    });
  });
  it('takes the line after a bare "PHỤ LỤC" as the title', () => {
    const view = new SheetView(
      grid([['PHỤ LỤC'], ['NHIỆM VỤ CỤ THỂ CÔNG TÁC KIỂM SOÁT TTHC NĂM 2023'], ['STT']]),
    );
    expect(readPlanHeading(view, 2)).toEqual({
      parentAgency: null,
      agency: null,
      title: 'NHIỆM VỤ CỤ THỂ CÔNG TÁC KIỂM SOÁT TTHC NĂM 2023',
    });
  });
});

describe('readPlanHeading: the plan named under its appendix label', () => {
  it('takes the plan’s name from the line under "PHỤ LỤC KẾ HOẠCH", before "(Kèm theo …)"', () => {
    const view = new SheetView(
      grid([
        ['UBND TỈNH CAO BẰNG'],
        ['SỞ NỘI VỤ'],
        [null],
        ['PHỤ LỤC KẾ HOẠCH'],
        ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA SỞ NỘI VỤ'],
        ['(Kèm theo Kế hoạch số 12/KH-SNV ngày 10/01/2025)'],
        ['STT', 'Nội dung'],
      ]),
    );
    expect(readPlanHeading(view, 6).title).toBe(
      'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA SỞ NỘI VỤ',
    );
  });

  it('keeps "PHỤ LỤC …" as the title when the "(Kèm theo …)" line follows it', () => {
    const view = new SheetView(
      grid([
        ['PHỤ LỤC KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025'],
        ['(Kèm theo Kế hoạch số 12/KH-SNV)'],
        ['STT'],
      ]),
    );
    expect(readPlanHeading(view, 2).title).toBe('PHỤ LỤC KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025');
  });
});

describe('findReportingUnit', () => {
  it('finds "Đơn vị báo cáo: …" above the table, in any case', () => {
    const view = new SheetView(grid([['KẾ HOẠCH'], [null, 'ĐƠN VỊ BÁO CÁO: Phòng QLKH'], ['STT']]));
    expect(findReportingUnit(view, 'PL1', 2)).toEqual({
      text: 'Phòng QLKH',
      sheet: 'PL1',
      cell: 'B2',
    });
    expect(
      findReportingUnit(new SheetView(grid([['KẾ HOẠCH'], ['STT']])), 'PL1', 1),
    ).toBeUndefined();
  });
});
