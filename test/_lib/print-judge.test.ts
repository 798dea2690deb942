/**
 * The print judge on hand-made pages: each check finds the fault it names (so the print test
 * can fail) and passes a page laid out right.
 */
import type { Page, Word } from './pdf-pages';
import {
  appendixFaults,
  emptyPageFaults,
  furnitureOnlyFaults,
  headingFaults,
  layoutFaults,
  pageNumberFaults,
  pagesBySheet,
  signerFaults,
  smallTextFaults,
  totalFaults,
  usedShare,
  wholeTextFaults,
  type SheetPrint,
} from './print-judge';

const TWELVE = 15.5;

/** A word at (x, y) printed at `pt` points (box height as 12 pt measures `TWELVE`). */
function word(text: string, x: number, y: number, pt = 12): Word {
  return { text, xMin: x, xMax: x + text.length * 6, yMin: y, yMax: y + (TWELVE * pt) / 12 };
}

/** A page of lines: [text, y] each, words laid left to right. */
function page(number: number, lines: [string, number][], extra: Word[] = []): Page {
  const words = lines.flatMap(([text, y]) =>
    text.split(' ').map((t, i) => word(t, 100 + i * 60, y)),
  );
  return {
    number,
    width: 842,
    height: 595,
    text: lines.map(([t]) => t).join('\n'),
    words: [...words, ...extra],
  };
}

const number = (n: number) => word(String(n), 418, 22, 13);

function sheet(pages: Page[], more: Partial<SheetPrint> = {}): SheetPrint {
  return {
    name: 'Tổng hợp nhiệm vụ',
    pages,
    headerWords: ['STT', 'Nội', 'dung'],
    signerWords: ['Nơi', 'nhận:', 'GIÁM', 'ĐỐC'],
    signerTitle: 'GIÁM ĐỐC',
    headings: ['I CẢI CÁCH THỂ CHẾ'],
    total: ['Tổng số nhiệm vụ', 'Tỷ lệ hoàn thành (%)'],
    ...more,
  };
}

const good = () => [
  page(1, [
    ['BÁO CÁO', 60],
    ['STT Nội dung', 100],
    ['I CẢI CÁCH THỂ CHẾ', 130],
    ['1 Rà soát', 150],
    ['2 Kiểm tra', 400],
  ]),
  page(
    2,
    [
      ['STT Nội dung', 60],
      ['3 Tập huấn', 100],
      ['Tổng số nhiệm vụ 3', 150],
      ['Tỷ lệ hoàn thành (%) 33,3', 300],
      ['Nơi nhận: GIÁM ĐỐC', 330],
    ],
    [number(2)],
  ),
];

describe('the print judge', () => {
  it('finds nothing wrong with a sheet laid out right', () => {
    const s = sheet(good());
    expect([
      ...layoutFaults(s, TWELVE),
      ...wholeTextFaults(s, ['33,3', 'Tỷ lệ hoàn thành']),
    ]).toEqual([]);
  });

  it('wants no number on the first page and 2, 3, … top-centre', () => {
    const [first, second] = good();
    const numbered = { ...first!, words: [...first!.words, number(1)] };
    expect(pageNumberFaults(sheet([numbered, second!]))).toEqual([
      'Tổng hợp nhiệm vụ p.1: a page number "1" on the first page',
    ]);
    const bottom = { ...second!, words: second!.words.filter((w) => w.text !== '2') };
    expect(pageNumberFaults(sheet([first!, bottom]))).toHaveLength(1);
    const left = { ...second!, words: [...bottom.words, word('2', 100, 22)] };
    expect(pageNumberFaults(sheet([first!, left]))).toHaveLength(1);
  });

  it('finds a page of only the repeated header and the signers', () => {
    const lonely = page(
      3,
      [
        ['STT Nội dung', 60],
        ['Nơi nhận: GIÁM ĐỐC', 100],
      ],
      [number(3)],
    );
    expect(furnitureOnlyFaults(sheet([...good(), lonely]))).toEqual([
      'Tổng hợp nhiệm vụ p.3: only the repeated header and/or the signers',
    ]);
    expect(signerFaults(sheet([...good(), lonely]))).toEqual([
      'Tổng hợp nhiệm vụ p.3: the signers are alone',
    ]);
  });

  it('finds a page under 40 % used that is not the sheet’s last', () => {
    const [first, second] = good();
    const short = page(1, [
      ['BÁO CÁO', 60],
      ['1 Rà soát', 150],
    ]);
    expect(usedShare(first!)).toBeGreaterThan(0.7);
    expect(emptyPageFaults(sheet([short, second!]))).toEqual([
      'Tổng hợp nhiệm vụ p.1: only 23 % used',
    ]);
    // The last page may be short.
    expect(emptyPageFaults(sheet([first!, short]))).toEqual([]);
  });

  it('finds a heading at the foot of a page, and a total parted from its breakdown', () => {
    const [first, second] = good();
    const footHeading = page(1, [
      ['1 Rà soát', 100],
      ['I CẢI CÁCH THỂ CHẾ', 400],
    ]);
    expect(headingFaults(sheet([footHeading, second!]))).toEqual([
      'Tổng hợp nhiệm vụ p.1: heading "I CẢI CÁCH THỂ CHẾ" ends the page',
    ]);
    const totalFirst = page(1, [
      ['I CẢI CÁCH THỂ CHẾ', 100],
      ['1 Rà soát', 150],
      ['Tổng số nhiệm vụ 3', 400],
    ]);
    expect(totalFaults(sheet([totalFirst, second!]))).toEqual([
      'Tổng hợp nhiệm vụ: "Tổng số nhiệm vụ" on p.1, "Tỷ lệ hoàn thành (%)" on p.2',
    ]);
    expect(headingFaults(sheet([first!]))).toEqual([]);
  });

  it('measures text against a 12 pt word at 100 %', () => {
    const [first, second] = good();
    const small = { ...second!, words: [...second!.words, word('nhỏ', 100, 500, 10.5)] };
    expect(smallTextFaults(sheet([first!, small]), TWELVE)).toEqual([
      'Tổng hợp nhiệm vụ p.2: "nhỏ" prints at 10.5 pt',
    ]);
    const eleven = { ...second!, words: [...second!.words, word('vừa', 100, 500, 11)] };
    expect(smallTextFaults(sheet([first!, eleven]), TWELVE)).toEqual([]);
  });

  it('finds a figure or a name broken over two lines', () => {
    const broken = page(1, [
      ['700/100', 100],
      ['0', 116],
    ]);
    expect(wholeTextFaults(sheet([broken]), ['700/1000'])).toEqual([
      'Tổng hợp nhiệm vụ: "700/1000" is not printed whole',
    ]);
  });

  it('splits a PDF into its report sheets and leaves other sheets out', () => {
    const sheets = [
      { name: 'A', title: 'BÁO CÁO A', continued: 'Nội dung' },
      { name: 'B', title: 'BÁO CÁO B', continued: 'Mức độ' },
    ];
    const pages = [
      page(1, [['BÁO CÁO A', 60]]),
      page(2, [['STT Nội dung', 60]]),
      page(3, [['BÁO CÁO B', 60]]),
      page(4, [['STT Nội dung công việc', 60]]), // the plan's own sheet
    ];
    const by = pagesBySheet(pages, sheets);
    expect(by.get('A')!.map((p) => p.number)).toEqual([1, 2]);
    expect(by.get('B')!.map((p) => p.number)).toEqual([3]);
  });

  describe('appendixFaults', () => {
    const REFERENCE = '(Kèm theo Báo cáo số ……/BC-………… ngày 15 tháng 12 năm 2025 của SỞ KHOA HỌC)';
    const appendix = (pages: Page[]): SheetPrint => ({
      name: 'Tổng hợp chỉ tiêu',
      pages,
      headerWords: ['STT', 'Chỉ', 'tiêu'],
      signerWords: [],
      headings: [],
      appendix: { label: 'PHỤ LỤC I', reference: REFERENCE },
    });
    const heading: [string, number][] = [
      ['PHỤ LỤC I', 60],
      ['TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU', 80],
      [REFERENCE, 100],
      ['STT Chỉ tiêu', 130],
      ['1 Tỷ lệ', 150],
    ];

    it('passes an appendix headed by its label and its report, unsigned', () => {
      expect(appendixFaults(appendix([page(1, heading)]))).toEqual([]);
      // A sheet that is no appendix is not judged as one.
      expect(appendixFaults(sheet(good()))).toEqual([]);
    });

    it('finds a missing label, a missing reference line, the national name and the signers', () => {
      const faults = appendixFaults(
        appendix([
          page(1, [
            ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 60],
            ['TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU', 80],
            ['1 Tỷ lệ', 150],
          ]),
          page(2, [
            ['STT Chỉ tiêu', 60],
            ['Nơi nhận: GIÁM ĐỐC', 300],
          ]),
        ]),
      );
      expect(faults).toEqual([
        'Tổng hợp chỉ tiêu p.1: begins "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", not "PHỤ LỤC I"',
        `Tổng hợp chỉ tiêu p.1: no "${REFERENCE}"`,
        'Tổng hợp chỉ tiêu p.1: an appendix printing "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"',
        'Tổng hợp chỉ tiêu p.2: an appendix printing "Nơi nhận:"',
      ]);
    });
  });
});
