import type { GridDate } from '../grid/types';
import { parseDeadline, type DeadlineProblem, type PlanYears } from './parse';

/** One-year plans (Quảng Trị 2024, Cao Bằng 2023) and the multi-year one (2021-2025). */
const Y2024: PlanYears = { from: 2024, to: 2024 };
const Y2023: PlanYears = { from: 2023, to: 2023 };
const Y2025: PlanYears = { from: 2025, to: 2025 };
const Y2530: PlanYears = { from: 2025, to: 2030 };
const P2125: PlanYears = { from: 2021, to: 2025 };

const QUARTER_ENDS_2024 = ['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31'];
const MONTH_ENDS_2024 = [
  '2024-01-31',
  '2024-02-29',
  '2024-03-31',
  '2024-04-30',
  '2024-05-31',
  '2024-06-30',
  '2024-07-31',
  '2024-08-31',
  '2024-09-30',
  '2024-10-31',
  '2024-11-30',
  '2024-12-31',
];
const YEAR_ENDS_2125 = ['2021-12-31', '2022-12-31', '2023-12-31', '2024-12-31', '2025-12-31'];

type Expected = {
  kind: string;
  due: string[];
  problems?: DeadlineProblem[];
};

const date = (...due: string[]): Expected => ({ kind: 'date', due });
const recurring = (...due: string[]): Expected => ({ kind: 'recurring', due });
const CONTINUOUS: Expected = { kind: 'continuous', due: [] };
const ON_DEMAND: Expected = { kind: 'on-demand', due: [] };
const impossible = (text: string): Expected => ({
  kind: 'unparsed',
  due: [],
  problems: [{ kind: 'impossible-date', text }],
});
const unparsed = (text: string): Expected => ({
  kind: 'unparsed',
  due: [],
  problems: [{ kind: 'unparsed', text }],
});

describe('parseDeadline', () => {
  it.each<[string, PlanYears, Expected]>([
    // ---- date: quarters
    ['Quý III', Y2024, date('2024-09-30')],
    ['quý 3', Y2024, date('2024-09-30')],
    ['QUY III', Y2024, date('2024-09-30')],
    ['Quý III/2024', Y2023, date('2024-09-30')],
    ['quý III năm 2024', Y2024, date('2024-09-30')],
    ['Quý 4/2024', Y2024, date('2024-12-31')],
    ['trong quý I/2023', Y2023, date('2023-03-31')],
    ['Kế hoạch ban hành trong quý I/2023', Y2023, date('2023-03-31')],
    ['Quý I, II/2024', Y2024, date('2024-03-31', '2024-06-30')],
    ['quý 3 và quý 4/2024', Y2024, date('2024-09-30', '2024-12-31')],
    ['Quý I - Quý II/2024', Y2024, date('2024-06-30')],
    // ---- date: months, halves, years
    ['Tháng 6/2024', Y2024, date('2024-06-30')],
    ['tháng 6 năm 2024', Y2024, date('2024-06-30')],
    ['trong tháng 01 năm 2023', Y2023, date('2023-01-31')],
    ['Tháng 6', Y2024, date('2024-06-30')],
    ['Tháng 2', Y2024, date('2024-02-29')],
    ['thang 6 va thang 12 nam 2024', P2125, date('2024-06-30', '2024-12-31')],
    ['6 tháng đầu năm', Y2024, date('2024-06-30')],
    ['6 tháng đầu năm 2024', P2125, date('2024-06-30')],
    ['6 tháng cuối năm', Y2024, date('2024-12-31')],
    ['Cuối năm', Y2024, date('2024-12-31')],
    ['Năm 2022', P2125, date('2022-12-31')],
    ['Năm 2023', Y2023, date('2023-12-31')],
    ['Trong năm 2024', Y2024, date('2024-12-31')],
    ['Trong năm', Y2024, date('2024-12-31')],
    ['2022-2023', P2125, date('2023-12-31')],
    ['2022', P2125, date('2022-12-31')],
    ['từ năm 2022 đến năm 2023', P2125, date('2023-12-31')],
    // ---- date: days
    ['15/11/2024', Y2024, date('2024-11-15')],
    ['15/11', Y2024, date('2024-11-15')],
    ['5/9/2024', Y2024, date('2024-09-05')],
    ['05-09-2024', Y2024, date('2024-09-05')],
    ['15.11.2024', Y2024, date('2024-11-15')],
    ['ngày 15 tháng 11 năm 2024', Y2024, date('2024-11-15')],
    ['Chậm nhất ngày 15/11/2024', Y2024, date('2024-11-15')],
    ['Đến ngày 30/6/2024', Y2024, date('2024-06-30')],
    ['15/3, 15/6 và 15/9/2024', P2125, date('2024-03-15', '2024-06-15', '2024-09-15')],
    ['từ ngày 01/3 đến ngày 30/6/2024', Y2024, date('2024-06-30')],
    // ---- date: "trước" is the day before
    ['Trước ngày 01/9/2023', Y2023, date('2023-08-31')],
    ['Kết quả rà soát gửi về Văn phòng Sở trước ngày 20/6/2024', Y2024, date('2024-06-19')],
    ['Hoàn thành trước 30/6', Y2024, date('2024-06-29')],
    ['truoc ngay 01/01', Y2024, date('2023-12-31')],
    ['Trước tháng 6/2024', Y2024, date('2024-05-31')],
    // "trước" governs every date of its list (a district plan's half-year and year reports)
    ['Trước ngày 20/6 và 20/12', Y2024, date('2024-06-19', '2024-12-19')],
    ['Trước ngày 15/3, 15/6 và 15/9/2024', Y2024, date('2024-03-14', '2024-06-14', '2024-09-14')],
    ['Trước 30/6 và 31/12/2024', Y2024, date('2024-06-29', '2024-12-30')],
    // ---- recurring
    ['Hàng tháng', Y2024, recurring(...MONTH_ENDS_2024)],
    ['hằng tháng', Y2024, recurring(...MONTH_ENDS_2024)],
    ['Định kỳ hàng tháng', Y2024, recurring(...MONTH_ENDS_2024)],
    ['Hàng quý', Y2024, recurring(...QUARTER_ENDS_2024)],
    ['hằng quý', Y2024, recurring(...QUARTER_ENDS_2024)],
    ['Định kỳ 3 tháng/lần', Y2024, recurring(...QUARTER_ENDS_2024)],
    ['định kỳ hàng quý', Y2024, recurring(...QUARTER_ENDS_2024)],
    ['Định kỳ', Y2024, recurring(...QUARTER_ENDS_2024)],
    ['Định kỳ hàng quý, 6 tháng, hàng năm', Y2024, recurring(...QUARTER_ENDS_2024)],
    ['Định kỳ 6 tháng', Y2024, recurring('2024-06-30', '2024-12-31')],
    ['6 tháng và cuối năm', Y2024, recurring('2024-06-30', '2024-12-31')],
    ['Định kỳ 6 tháng và cuối năm', Y2024, recurring('2024-06-30', '2024-12-31')],
    ['6 tháng một lần', Y2024, recurring('2024-06-30', '2024-12-31')],
    ['Hàng năm', P2125, recurring(...YEAR_ENDS_2125)],
    ['hằng năm', P2125, recurring(...YEAR_ENDS_2125)],
    ['định kỳ hằng năm', P2125, recurring(...YEAR_ENDS_2125)],
    [
      'Báo cáo hàng quý trước ngày 20 của tháng cuối quý',
      Y2023,
      recurring('2023-03-19', '2023-06-19', '2023-09-19', '2023-12-19'),
    ],
    [
      'Báo cáo hàng quý trước ngày 20 của tháng cuối quý;\nBáo cáo năm trước ngày 20/12/2023',
      Y2023,
      recurring('2023-03-19', '2023-06-19', '2023-09-19', '2023-12-19'),
    ],
    [
      // the same cell as pasted from the printed plan, wrapped mid-phrase
      'Báo cáo hàng quý trước ngày 20 \ncủa tháng cuối quý; Báo cáo \nnăm trước ngày 20/12/2023',
      Y2023,
      recurring('2023-03-19', '2023-06-19', '2023-09-19', '2023-12-19'),
    ],
    [
      'hàng tháng trước ngày 20',
      Y2024,
      recurring(...MONTH_ENDS_2024.map((d) => `${d.slice(0, 8)}19`)),
    ],
    [
      'Hằng năm, trước ngày 15/12',
      P2125,
      recurring(...YEAR_ENDS_2125.map((d) => d.replace('31', '14'))),
    ],
    ['Hằng năm, trước ngày 15/12', Y2024, date('2024-12-14')],
    ['Hàng quý năm 2024', P2125, recurring(...QUARTER_ENDS_2024)],
    ['Hàng năm giai đoạn 2022-2024', P2125, recurring('2022-12-31', '2023-12-31', '2024-12-31')],
    // ---- a part without a year in a multi-year plan repeats every year
    ['Quý III', P2125, recurring(...YEAR_ENDS_2125.map((d) => d.replace('12-31', '09-30')))],
    ['Tháng 6', { from: 2024, to: 2025 }, recurring('2024-06-30', '2025-06-30')],
    ['29/02', P2125, recurring('2024-02-29')],
    // ---- continuous
    ['Thường xuyên', Y2024, CONTINUOUS],
    ['thuong xuyen', Y2024, CONTINUOUS],
    ['Thường xuyên trong năm', Y2024, CONTINUOUS],
    ['thường xuyên trong năm 2023', Y2023, CONTINUOUS],
    ['Thực hiện các nhiệm vụ trong kế hoạch thường xuyên trong năm 2023', Y2023, CONTINUOUS],
    ['Liên tục', Y2024, CONTINUOUS],
    ['Hàng năm', Y2024, CONTINUOUS],
    ['Hằng năm', Y2023, CONTINUOUS],
    ['Cả năm', Y2024, CONTINUOUS],
    ['Suốt năm', Y2024, CONTINUOUS],
    ['Thường xuyên\nnăm 2023', Y2023, CONTINUOUS],
    // ---- on-demand
    ['Theo kế hoạch', Y2024, ON_DEMAND],
    ['Theo KH', Y2024, ON_DEMAND],
    ['Theo Kế hoạch', P2125, ON_DEMAND],
    ['Theo kế hoạch được giao', P2125, ON_DEMAND],
    ['Theo lộ trình', Y2024, ON_DEMAND],
    ['Theo yêu cầu của UBND tỉnh', Y2024, ON_DEMAND],
    ['Khi có văn bản đôn đốc của cơ quan cấp trên', Y2023, ON_DEMAND],
    ['Khi có văn bản đôn đốc của cơ \nquan cấp trên', Y2023, ON_DEMAND],
    ['Khi có sự đề nghị của Văn phòng UBND tỉnh', Y2023, ON_DEMAND],
    ['Khi có sự đề nghị của Văn \nphòng UBND tỉnh', Y2023, ON_DEMAND],
    ['Nếu có phát sinh xây dựng VBQPPL', Y2023, ON_DEMAND],
    ['Nếu có phát sinh xây dựng \nVBQPPL', Y2023, ON_DEMAND],
    ['Nếu có thay đổi', Y2023, ON_DEMAND],
    ['Nếu cơ quan có thẩm quyền tổ chức', Y2023, ON_DEMAND],
    ['Đột xuất', Y2024, ON_DEMAND],
    ['Theo chỉ đạo của UBND tỉnh', Y2024, ON_DEMAND],
    ['Khi được giao', Y2024, ON_DEMAND],
    ['Khi phát sinh', Y2024, ON_DEMAND],
    ['Theo thông báo', Y2024, ON_DEMAND],
    [
      'Theo văn bản đề nghị của \nVăn phòng UBND tỉnh, \nSở Thông tin và Truyền \nthông',
      Y2023,
      ON_DEMAND,
    ],
    ['Nếu có phát sinh trong năm 2024', Y2024, ON_DEMAND],
    // a day, month or quarter in a continuous / on-demand part is a date
    ['Theo kế hoạch, trong quý III', Y2024, date('2024-09-30')],
    ['Quý III (nếu có)', Y2024, date('2024-09-30')],
    // ---- several parts
    [
      '- Ban hành và triển khai Kế hoạch này đến các phòng, đơn vị trong tháng 01 năm 2023;\n' +
        '- Thực hiện các nhiệm vụ trong kế hoạch thường xuyên trong năm 2023.',
      Y2023,
      date('2023-01-31'),
    ],
    [
      '- Ban hành và triển khai Kế \nhoạch này đến các phòng, đơn vị \ntrong tháng 01 năm 2023;  \n' +
        '- Thực hiện các nhiệm vụ trong \nkế hoạch thường xuyên trong \nnăm 2023.',
      Y2023,
      date('2023-01-31'),
    ],
    ['Thường xuyên; Quý III', Y2024, date('2024-09-30')],
    [
      'Hàng quý; 15/11/2024',
      Y2024,
      date('2024-03-31', '2024-06-30', '2024-09-30', '2024-11-15', '2024-12-31'),
    ],
    ['Đột xuất\nThường xuyên', Y2024, CONTINUOUS],
    [
      'Quý III; Ghi chú khác',
      Y2024,
      { ...date('2024-09-30'), problems: [{ kind: 'unparsed', text: 'Ghi chú khác' }] },
    ],
    [
      'Tháng 2/2024; 31/6/2024',
      Y2024,
      { ...date('2024-02-29'), problems: [{ kind: 'impossible-date', text: '31/6/2024' }] },
    ],
    // ---- impossible and unreadable
    ['31/6/2024', Y2024, impossible('31/6/2024')],
    ['30/02/2025', Y2024, impossible('30/02/2025')],
    ['29/02/2023', Y2023, impossible('29/02/2023')],
    ['0/5/2024', Y2024, impossible('0/5/2024')],
    ['Tháng 13/2024', Y2024, impossible('Tháng 13/2024')],
    ['Quý V', Y2024, impossible('Quý V')],
    ['29/02', Y2023, impossible('29/02')],
    ['15/11/24', Y2024, unparsed('15/11/24')],
    ['Theo quy định', Y2024, { kind: 'on-demand', due: [] }],
    ['Theo yêu cầu', Y2024, { kind: 'on-demand', due: [] }],
    ['Khi có yêu cầu', Y2024, { kind: 'on-demand', due: [] }],
    // ---- work going on from a year: never one date that turns overdue the next 1 January
    ['2025 và những năm tiếp theo', Y2025, { kind: 'continuous', due: [] }],
    ['Năm 2025 và các năm tiếp theo', Y2530, { kind: 'continuous', due: [] }],
    ['Từ năm 2025', Y2025, { kind: 'continuous', due: [] }],
    ['từ 2025 trở đi', Y2530, { kind: 'continuous', due: [] }],
    ['Hằng năm từ 2025', Y2025, { kind: 'continuous', due: [] }],
    [
      'Hằng năm từ năm 2025',
      Y2530,
      recurringWith([
        '2025-12-31',
        '2026-12-31',
        '2027-12-31',
        '2028-12-31',
        '2029-12-31',
        '2030-12-31',
      ]),
    ],
    [
      'Hằng quý từ năm 2026',
      { from: 2026, to: 2026 },
      recurringWith(['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31']),
    ],
    ['Từ năm 2025 đến năm 2027', Y2530, { kind: 'date', due: ['2027-12-31'] }],
    // ---- empty
    ['', Y2024, { kind: 'missing', due: [] }],
    [' \n  ', Y2024, { kind: 'missing', due: [] }],
    ['-', Y2024, { kind: 'missing', due: [] }],
  ])('%j (%j)', (text, years, expected) => {
    expect(parseDeadline(text, years)).toEqual({ problems: [], ...expected });
  });

  it('reads a real date cell', () => {
    const cell: GridDate = { kind: 'date', iso: '2024-11-15' };
    expect(parseDeadline(cell, Y2024)).toEqual({ kind: 'date', due: ['2024-11-15'], problems: [] });
  });

  it('reports a date cell that holds no real day', () => {
    expect(parseDeadline({ kind: 'date', iso: '2024-02-30' }, Y2024)).toEqual(
      impossible('2024-02-30'),
    );
  });

  it('reads null and undefined as missing', () => {
    expect(parseDeadline(null, Y2024)).toEqual({ kind: 'missing', due: [], problems: [] });
    expect(parseDeadline(undefined, Y2024)).toEqual({ kind: 'missing', due: [], problems: [] });
  });

  it('matches case- and diacritic-insensitively', () => {
    const variants = ['Hằng quý', 'HÀNG QUÝ', 'hang quy', 'Hàng Quý'];
    for (const v of variants) {
      expect(parseDeadline(v, Y2024)).toEqual(recurringWith(QUARTER_ENDS_2024));
    }
    const decomposed = 'Thường xuyên'.normalize('NFD');
    expect(parseDeadline(decomposed, Y2024).kind).toBe('continuous');
  });

  // Bounded work, not a stopwatch: the parser reads the first 2,000 characters and 100 parts, so
  // the rest of a hostile text cannot change (or slow) the result.
  it('reads only a bounded head of very long or hostile text', () => {
    const hostile = [
      'quý ' + 'i'.repeat(50_000) + 'a',
      '1/'.repeat(50_000),
      'Quý III; '.repeat(20_000),
      'Hàng tháng\n'.repeat(20_000),
      'quý i, '.repeat(20_000),
      '- '.repeat(50_000) + 'x',
      'trong '.repeat(20_000),
    ];
    for (const text of hostile) {
      const parsed = parseDeadline(text, { from: 2000, to: 2100 });
      expect(parsed.due.length).toBeLessThan(10_000);
      const head = parseDeadline(text.slice(0, 2000), { from: 2000, to: 2100 });
      expect([parsed.kind, parsed.due]).toEqual([head.kind, head.due]);
    }
  });
});

function recurringWith(due: string[]): Expected {
  return { kind: 'recurring', due, problems: [] };
}
