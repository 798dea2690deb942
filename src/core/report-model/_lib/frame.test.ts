import { placeDateLine, placeFromAgency, printSetup, splitColumn } from './frame';
import { printableArea, sheetWidth } from './paginate';

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
  it('gives the right block at least half of a wide sheet and room for the national name', () => {
    const widths = [6, 40, 16, 12, 14, 12, 17, 13];
    const k = splitColumn(widths);
    expect(k).toBe(3);
    const right = widths.slice(k).reduce((s, w) => s + w, 0);
    expect(right).toBeGreaterThanOrEqual(65);
    expect(splitColumn([5, 5, 60])).toBe(2);
    expect(splitColumn([10, 10])).toBe(1);
  });
});

describe('printSetup and the page', () => {
  it('uses the margins of Nghị định 30/2020 on A4', () => {
    const p = printSetup('landscape');
    expect(p.marginsMm).toEqual({ top: 20, bottom: 20, left: 30, right: 15 });
    expect(Math.round(printableArea(p).width)).toBe(714);
    expect(Math.round(printableArea(printSetup('portrait')).height)).toBe(729);
  });

  it('lays the landscape tables out at about 100 %', () => {
    const width = sheetWidth([6, 40, 16, 12, 14, 12, 17, 13].map((w) => ({ width: w })));
    expect(width / printableArea(printSetup('landscape')).width).toBeLessThanOrEqual(1.01);
  });
});
