import type { ReportSheet } from '../types';
import { printSetup } from './frame';
import { fitScale, keepTailBreak, pageStarts } from './paginate';

function sheet(heights: number[], widths = [60, 60], header = 0): ReportSheet {
  return {
    name: 's',
    role: 'tasks',
    columns: widths.map((width) => ({ width })),
    rows: heights.map((height) => ({ cells: [], height })),
    merges: [],
    printTitleRows: [header, header],
    print: printSetup('landscape'),
  };
}

describe('pageStarts', () => {
  it('breaks between rows when the page (482 pt landscape) is full and repeats the title rows', () => {
    // 20 rows of 40 pt: 12 fit on the first page (480 pt); later pages hold the 40-pt header + 11.
    const s = sheet(Array(20).fill(40));
    expect(pageStarts(s)).toEqual([0, 12]);
    expect(pageStarts(sheet(Array(30).fill(40)))).toEqual([0, 12, 23]);
  });

  it('honours manual breaks', () => {
    expect(pageStarts(sheet(Array(5).fill(40)), [3])).toEqual([0, 3]);
  });

  it('shrinks the rows with the columns when the sheet is wider than the page', () => {
    const wide = sheet(Array(20).fill(40), [130, 130]);
    expect(fitScale(wide)).toBeLessThan(0.6);
    expect(pageStarts(wide)).toEqual([0]);
  });
});

describe('keepTailBreak', () => {
  it('moves the last table row onto the page of the summary and signers', () => {
    // rows 0–10 table (header 0), rows 11–14 tail of 4 × 40 pt: the natural break falls at 12.
    const s = sheet(Array(15).fill(40));
    expect(pageStarts(s)).toEqual([0, 12]);
    expect(keepTailBreak(s, 10, 11)).toBe(10);
  });

  it('is null when the tail fits', () => {
    expect(keepTailBreak(sheet(Array(8).fill(40)), 5, 6)).toBeNull();
  });

  it('is null when the tail alone is taller than a page', () => {
    const s = sheet([40, 40, 40, 300, 300]);
    expect(keepTailBreak(s, 2, 3)).toBeNull();
  });
});
