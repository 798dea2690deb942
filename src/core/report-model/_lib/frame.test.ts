import { placeDateLine, placeFromAgency, printSetup, splitColumn } from './frame';
import { pageUnits, printableArea, sheetWidth } from './paginate';

describe('placeFromAgency', () => {
  it.each([
    ['UBND TỈNH QUẢNG TRỊ', 'Quảng Trị'],
    ['Ủy ban nhân dân tỉnh Cao Bằng', 'Cao Bằng'],
    ['ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI', 'Hà Nội'],
    ['UBND  TỈNH\nHÀ NAM', 'Hà Nam'],
  ])('%j → %s', (agency, place) => {
    expect(placeFromAgency(agency)).toBe(place);
  });

  it.each([null, '', 'BỘ KHOA HỌC VÀ CÔNG NGHỆ'])('%j → null', (agency) => {
    expect(placeFromAgency(agency)).toBeNull();
  });
});

describe('placeDateLine', () => {
  it('writes two-digit days and months', () => {
    expect(placeDateLine('Quảng Trị', '2026-01-05')).toBe('Quảng Trị, ngày 05 tháng 01 năm 2026');
  });
});

describe('splitColumn', () => {
  it('splits nearest the middle where the right block holds the national name', () => {
    const widths = [6, 40, 16, 12, 14, 12, 17, 13];
    const k = splitColumn(widths);
    expect(k).toBe(3);
    const right = widths.slice(k).reduce((s, w) => s + w, 0);
    expect(right).toBeGreaterThanOrEqual(65);
    expect(splitColumn([5, 5, 60])).toBe(2);
    expect(splitColumn([10, 10])).toBe(1);
    // A wide content column: the agency block is not squeezed into the STT column.
    expect(splitColumn([5.5, 63, 11, 9, 12.5, 17, 10])).toBe(2);
  });
});

describe('printSetup and the page', () => {
  it('uses the margins of Nghị định 30/2020 on A4', () => {
    const p = printSetup('landscape');
    expect(p.marginsMm).toEqual({ top: 20, bottom: 20, left: 30, right: 15 });
    expect(Math.round(printableArea(p).width)).toBe(714);
    expect(Math.round(printableArea(printSetup('portrait')).height)).toBe(729);
  });

  it('fits 128 width units across the landscape page at 100 %, as LibreOffice draws them', () => {
    const p = printSetup('landscape');
    expect(pageUnits(p)).toBe(128);
    expect(sheetWidth([{ width: 128 }])).toBeLessThanOrEqual(printableArea(p).width);
    expect(sheetWidth([{ width: 129 }])).toBeGreaterThan(printableArea(p).width);
  });

  it('numbers the pages top-centre, not on the first page, each sheet from 1', () => {
    expect(printSetup('landscape')).toMatchObject({ headerCenter: '&P', firstPageNumber: 1 });
  });
});
