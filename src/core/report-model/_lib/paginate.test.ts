import type { ReportSheet } from '../types';
import { printSetup } from './frame';
import type { Keep } from '../types';
import { fitScale, pageStarts } from './paginate';

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
  // The model fills 97 % of the 482 pt landscape page: 467 pt.
  it('breaks between rows when the page is full and repeats the title rows', () => {
    // 20 rows of 40 pt: 11 fit on the first page (440 pt); later pages hold the 40-pt header + 10.
    expect(pageStarts(sheet(Array(20).fill(40)))).toEqual([0, 11]);
    expect(pageStarts(sheet(Array(30).fill(40)))).toEqual([0, 11, 21]);
  });

  it('shrinks the rows with the columns when the sheet is wider than the page', () => {
    const wide = sheet(Array(20).fill(40), [130, 130]);
    expect(fitScale(wide)).toBeLessThan(0.6);
    expect(pageStarts(wide)).toEqual([0]);
  });

  it('keeps a row with the next one always: a heading never ends a page', () => {
    const heights = Array(20).fill(40);
    const keep: (Keep | undefined)[] = [];
    keep[10] = 'always'; // row 10, the last that fits, is a heading
    expect(pageStarts(sheet(heights), keep)).toEqual([0, 10]);
  });

  it('keeps a row with the next one if room: unless its page would be under 40 % used', () => {
    // Rows 0–5 of 40 pt, then a tail of 300 pt kept with row 5.
    const heights = [40, 40, 40, 40, 40, 40, 300];
    const keep: (Keep | undefined)[] = [];
    keep[5] = 'if-room';
    // Moving row 5 leaves 200 pt (43 %): it goes with the tail.
    expect(pageStarts(sheet(heights), keep)).toEqual([0, 5]);
    // Two rows fewer: moving would leave 120 pt (26 %), so the tail goes alone.
    const short = [40, 40, 40, 40, 340];
    const k2: (Keep | undefined)[] = [];
    k2[3] = 'if-room';
    expect(pageStarts(sheet(short), k2)).toEqual([0, 4]);
  });

  it('breaks a run kept together that is taller than a page between its rows', () => {
    const keep: (Keep | undefined)[] = Array(19).fill('always');
    expect(pageStarts(sheet(Array(20).fill(40)), keep)).toEqual([0, 11]);
  });
});
