import { readFileSync } from 'fs';
import path from 'path';
import { fakeIo } from '../../test/_lib/fake-io';
import { issue, type Issue } from '../core/issues/types';
import type { IndicatorTable, TaskItem, TaskTable } from '../core/parse/model';
import { scanBook, type ScanResult } from '../core/scan';
import { readWorkbook } from '../io/xlsx/read';
import {
  columnLines,
  daysText,
  displayWidth,
  issueLines,
  pastPlanNote,
  scanSummary,
  shorten,
  tableRange,
  targetPhrase,
  valueText,
} from './summary';

const root = path.join(__dirname, '..', '..');

async function scanSample(file: string, asOf: string): Promise<ScanResult> {
  const book = await readWorkbook(
    new Uint8Array(readFileSync(path.join(root, file))),
    path.basename(file),
  );
  return scanBook(book, { asOf });
}

/** The summary as an officer runs it: `today` is the machine's date, `asOf` what --as-of gave (or today). */
async function summary(file: string, asOf: string, today = '2026-12-04', days = 7) {
  return scanSummary(fakeIo(today), await scanSample(file, asOf), days);
}

const lineWith = (text: string, part: string): string => {
  const line = text.split('\n').find((l) => l.includes(part));
  if (line === undefined) throw new Error(`no line with ${JSON.stringify(part)} in:\n${text}`);
  return line;
};

describe('scan summary of the real samples', () => {
  it('gives each table its whole range, from the header row to its last row', async () => {
    const text = await summary('samples/kiem-soat-tthc-2023.xlsx', '2023-09-25');
    // Header A9:G10; the last task (V/5 of the last page) is on row 70, the note below it on 71.
    expect(text).toContain('• Phụ lục!A9:G70: 29 nhiệm vụ / tasks, 11 mục / sections');
    expect(text).not.toContain('Phụ lục!A9:G10');
    const two = await summary('samples/tong-hop/phong-qlkh.xlsx', '2024-10-20');
    expect(two).toContain('• PL1 Nhiệm vụ!A7:K24: 14 nhiệm vụ / tasks');
    expect(two).toContain('• PL2 Chỉ tiêu!A9:I23: 12 chỉ tiêu / indicators');
  });

  it('labels the section columns in both languages, aligned with the rows', async () => {
    const text = await summary('samples/kiem-soat-tthc-2023.xlsx', '2023-09-25');
    const header = lineWith(text, 'Mục / No.');
    expect(header).toBe('    Mục / No.  Số nhiệm vụ / Tasks  Tên mục / Section title');
    const row = lineWith(text, 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH');
    expect(row).toBe('    I                            3  CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH');
    // The count ends under "Tasks"; the title starts under "Tên mục".
    expect(row.indexOf('3') + 1).toBe(header.indexOf('Tasks') + 'Tasks'.length);
    expect(row.indexOf('CÔNG TÁC')).toBe(header.indexOf('Tên mục'));
    const indicators = await summary('samples/chi-tieu-cai-cach-tthc-2024.xlsx', '2024-10-20');
    expect(indicators).toContain(
      '    Mục / No.  Số chỉ tiêu / Indicators  Tên mục / Section title',
    );
  });

  it('labels the deadline columns in both languages, aligned with the rows', async () => {
    const text = await summary('samples/kiem-soat-tthc-2023.xlsx', '2023-09-25');
    const header = lineWith(text, 'Tình trạng / Status');
    expect(header).toMatch(
      /^ {2}Tình trạng \/ Status +STT \/ Key +Thời hạn \/ Due +Số ngày \/ Days +Nội dung \/ Content +Chủ trì \/ Lead$/,
    );
    const row = lineWith(text, 'VIII/2');
    expect(row).toMatch(
      /^ {2}quá hạn \/ overdue +VIII\/2 +31\/08\/2023 +quá 25 ngày \/ 25 days late +Báo cáo kết quả rà soát.+ {2}Văn phòng Sở$/,
    );
    for (const [label, value] of [
      ['STT / Key', 'VIII/2'],
      ['Thời hạn / Due', '31/08/2023'],
      ['Số ngày / Days', 'quá 25 ngày'],
      ['Nội dung / Content', 'Báo cáo kết quả'],
      ['Chủ trì / Lead', 'Văn phòng Sở'],
    ])
      expect([label, row.indexOf(value!)]).toEqual([label, header.indexOf(label!)]);
    // "Định kỳ": the report due by 30/06 was not made, so it is overdue (RULES.md, Deadline status).
    expect(lineWith(text, 'XI/3')).toMatch(
      /^ {2}quá hạn \/ overdue +XI\/3 +30\/06\/2023 +quá 87 ngày \/ 87 days late /,
    );
    const wide = await summary('samples/kiem-soat-tthc-2023.xlsx', '2023-09-25', '2026-12-04', 100);
    const soon = lineWith(wide, 'X/1 ');
    expect(soon).toMatch(
      /^ {2}sắp đến hạn \/ due soon +X\/1 +31\/12\/2023 +còn 97 ngày \/ in 97 days /,
    );
    expect(soon.indexOf('X/1')).toBe(lineWith(wide, 'Tình trạng / Status').indexOf('STT / Key'));
  });

  it('says once that the plan year is over when judged today, and leaves out the overdue list', async () => {
    // No --as-of: the as-of date is today, years after the 2023 plan.
    const text = await summary('samples/kiem-soat-tthc-2023.xlsx', '2026-12-04', '2026-12-04');
    const note =
      'Lưu ý: kế hoạch năm 2023 đã qua mà ngày tính là hôm nay (04/12/2026), nên nhiệm vụ nào chưa ghi là xong cũng thành quá hạn. Dùng --as-of để xem tình hình tại một ngày trong thời gian kế hoạch, ví dụ --as-of 2023-12-31.';
    expect(text).toContain(`\n  ${note}\n`);
    expect(text).toContain(
      '\n      Note: the plan year 2023 is over and deadlines are judged as of today (04/12/2026), so every task not marked done counts as overdue.',
    );
    expect(text.split(note)).toHaveLength(2); // once
    // Before the counts and the (left out) list, the counts still given.
    expect(text.indexOf(note)).toBeLessThan(text.indexOf('quá hạn / overdue: 7'));
    expect(text).toContain(
      '  (Không liệt kê 7 nhiệm vụ quá hạn; xem bằng --as-of <ngày> hoặc --json.)\n      (7 overdue tasks not listed; see them with --as-of <date> or --json.)',
    );
    expect(text).not.toMatch(/quá 1\.\d{3} ngày/);
    expect(text).not.toContain('Tình trạng / Status');
  });

  it('says nothing of it with an --as-of inside the plan year, or for a plan still running', async () => {
    const inside = await summary('samples/kiem-soat-tthc-2023.xlsx', '2023-09-25', '2026-12-04');
    expect(inside).not.toContain('Lưu ý: kế hoạch');
    expect(inside).not.toContain('Không liệt kê');
    expect(inside).toContain('quá hạn / overdue: 5');
    const running = await summary(
      'samples/ke-hoach-cchc-2021-2025.xlsx',
      '2025-12-24',
      '2025-12-24',
    );
    expect(running).not.toContain('Lưu ý: kế hoạch');
    expect(running).toContain('quá 1.089 ngày / 1,089 days late');
    expect(running).toContain('… 10 nhiệm vụ nữa / 10 more (--json)');
  });

  it('shows warnings of one kind once, with their count and first cells', async () => {
    const text = await summary('samples/tong-hop/phong-qlkh.xlsx', '2024-10-20');
    expect(text).toContain(
      'Vấn đề / Issues: 0 lỗi / errors, 11 cảnh báo / warnings, 1 thông tin / info',
    );
    expect(text).toContain(
      [
        '  [cảnh báo / warning] 8 × trang PL1 Nhiệm vụ, ô A11, A12, A14, A17, A18 và 3 chỗ khác',
        '      STT 1 đứng sau STT 5: sai thứ tự. (ví dụ ở ô A11; các chỗ khác tương tự)',
        '      STT 1 comes after STT 5: out of order. (e.g. at cell A11; the others alike)',
      ].join('\n'),
    );
    expect(text).toContain('  [cảnh báo / warning] 3 × trang PL1 Nhiệm vụ, ô A9, A16, A23\n');
    expect(text.match(/sai thứ tự/g)).toHaveLength(1);
    // The info groups of a printed plan keep their count and cells.
    const plan = await summary('samples/kiem-soat-tthc-2023.xlsx', '2023-09-25');
    expect(plan).toContain(
      '  [thông tin / info] 14 × trang Phụ lục, ô A14, A15, A29, A30, A37 và 9 chỗ khác\n      Bỏ qua dòng tiêu đề lặp lại',
    );
  });

  it('writes indicator results in Vietnamese, then in English, each with its own number style', async () => {
    const text = await summary('samples/tong-hop/phong-qlkh.xlsx', '2024-10-20');
    expect(text).toContain(
      '  [Không đạt]  1/4  82,3 % / Tối thiểu 90 %  Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC.\n      [not achieved] 82.3% / at least 90%\n',
    );
    expect(text).toContain('  [Đạt]        1/3  96 % / Tối thiểu 80 %    Tỷ lệ hồ sơ trực tuyến');
    expect(text).toContain('      [achieved] 85.5% / at least 80%');
    // No English word in a Vietnamese result line, no Vietnamese word in an English one.
    for (const line of text.split('\n').filter((l) => l.includes('Tối thiểu')))
      expect(line).not.toMatch(/at least|achieved|\d\.\d|\d%/);
    for (const line of text.split('\n').filter((l) => l.includes('at least')))
      expect(line).not.toMatch(/Tối thiểu|Đạt|\d,\d| %/);
  });
});

// -------------------------------------------------------- constructed results

function task(n: number, due: string): TaskItem {
  return {
    key: String(n),
    stt: String(n),
    sectionPath: [],
    row: 10 + n,
    lead: ['Văn phòng Sở'],
    support: [],
    cells: {},
    content: `Nhiệm vụ ${n}`,
    deadlineText: due,
    deadline: { kind: 'date', due: [due] },
  };
}

function result(
  tables: (TaskTable | IndicatorTable)[],
  asOf: string,
  issues: Issue[] = [],
): ScanResult {
  return {
    file: 'ke-hoach.xlsx',
    asOf,
    planYear: 2023,
    planYears: { from: 2023, to: 2023 },
    roster: { source: 'plan', units: [{ name: 'Văn phòng Sở', aliases: [] }] },
    heading: { parentAgency: null, agency: null, title: null },
    reportingUnit: null,
    tables,
    issues,
  };
}

const header = { kind: 'tasks' as const, top: 3, bottom: 3, left: 0, right: 4, columns: [] };

describe('scan summary of constructed results', () => {
  it('writes counts and days the Vietnamese way in Vietnamese text and the English way in English', () => {
    const items = Array.from({ length: 1234 }, (_, i) => task(i + 1, '2023-01-31'));
    const table: TaskTable = {
      kind: 'tasks',
      sheet: 'PL1',
      header,
      headerRange: 'A4:E4',
      lastRow: 4, // as if the parser had kept no end row: the items' rows give it
      sections: [],
      groups: [],
      items,
    };
    const text = scanSummary(fakeIo('2026-12-04'), result([table], '2026-12-04'), 7);
    expect(text).toContain('• PL1!A4:E1244: 1.234 nhiệm vụ / tasks, 0 mục / sections');
    expect(text).toContain('quá hạn / overdue: 1.234');
    expect(text).toContain(
      '(Không liệt kê 1.234 nhiệm vụ quá hạn; xem bằng --as-of <ngày> hoặc --json.)',
    );
    expect(text).toContain(
      '(1,234 overdue tasks not listed; see them with --as-of <date> or --json.)',
    );

    // The same plan judged on a day the officer chose: the list, capped, and no note.
    const chosen = scanSummary(fakeIo('2026-12-04'), result([table], '2026-11-30'), 7);
    expect(chosen).not.toContain('Lưu ý');
    expect(chosen).toContain('quá 1.399 ngày / 1,399 days late');
    expect(chosen).toContain('… 1.219 nhiệm vụ nữa / 1,219 more (--json)');
  });

  it('groups issues that say the same thing but for their figures, and keeps different ones apart', () => {
    const outOfOrder = Array.from({ length: 11 }, (_, n) =>
      issue({
        code: 'stt-out-of-order',
        sheet: 'PL1',
        cell: `A${10 + n}`,
        stt: String(n + 1),
        after: '12',
      }),
    );
    const missing = [
      issue({ code: 'missing-value', sheet: 'PL1', cell: 'B30', field: 'content' }),
      issue({ code: 'missing-value', sheet: 'PL1', cell: 'C31', field: 'lead' }),
      issue({ code: 'missing-value', sheet: 'PL1', cell: 'E32', field: 'deadline' }),
    ];
    const unknown = ['C40', 'C41', 'C42'].map((cell) =>
      issue({ code: 'unknown-unit', sheet: 'PL2', cell, name: 'Phòng Tổ chức' }),
    );
    const lines = issueLines(fakeIo(), '  ', [...outOfOrder, ...missing, ...unknown]);
    expect(lines).toEqual([
      '  [cảnh báo / warning] 11 × trang PL1, ô A10, A11, A12, A13, A14 và 6 chỗ khác',
      '      STT 1 đứng sau STT 12: sai thứ tự. (ví dụ ở ô A10; các chỗ khác tương tự)',
      '      STT 1 comes after STT 12: out of order. (e.g. at cell A10; the others alike)',
      '  [cảnh báo / warning] trang PL1, ô B30: Thiếu nội dung.',
      '      Missing content.',
      '  [cảnh báo / warning] trang PL1, ô C31: Thiếu đơn vị chủ trì.',
      '      Missing lead unit.',
      '  [cảnh báo / warning] trang PL1, ô E32: Thiếu thời gian thực hiện.',
      '      Missing deadline.',
      // The same message every time: no "e.g.".
      '  [cảnh báo / warning] 3 × trang PL2, ô C40, C41, C42',
      '      Không có đơn vị "Phòng Tổ chức" trong danh mục đơn vị.',
      '      Unit "Phòng Tổ chức" is not in the unit roster.',
    ]);
  });

  it('puts errors before warnings before info, and names every sheet of a group', () => {
    const lines = issueLines(fakeIo(), '', [
      issue({ code: 'blank-row', sheet: 'PL1', cell: 'A5:E5' }),
      ...['PL1!A7', 'PL1!A9', 'PL2!A3'].map((at) => {
        const [sheet, cell] = at.split('!');
        return issue({ code: 'stt-gap', sheet: sheet!, cell: cell!, expected: '1', found: '2' });
      }),
      issue({ code: 'formula-error', sheet: 'PL2', cell: 'D4', value: '#REF!' }),
    ]);
    expect(lines[0]).toBe(
      '[lỗi / error] trang PL2, ô D4: Ô có lỗi công thức #REF!; giá trị này không được dùng.',
    );
    expect(lines[2]).toBe('[cảnh báo / warning] 3 × trang PL1, ô A7, A9; trang PL2, ô A3');
    expect(lines[3]).toBe('    STT nhảy cóc: cần 1, gặp 2.');
    expect(lines[5]).toBe('[thông tin / info] trang PL1, ô A5:E5: Dòng trống trong bảng.');
  });
});

describe('summary helpers', () => {
  it('tableRange reaches the last item, group or section row', () => {
    const base = {
      sheet: 'S',
      header: { ...header, kind: 'indicators' as const },
      headerRange: 'B3:F4',
      lastRow: 9,
      sections: [{ label: 'I', title: 'A', row: 5, path: ['I'] }],
      groups: [],
      items: [],
    };
    expect(tableRange({ kind: 'indicators', ...base })).toBe('B3:F9');
    expect(tableRange({ kind: 'indicators', ...base, lastRow: 0 })).toBe('B3:F5');
    expect(tableRange({ kind: 'indicators', ...base, lastRow: 0, sections: [] })).toBe('B3:F4');
  });

  it('columnLines pads by what a terminal shows, decomposed Vietnamese included', () => {
    const decomposed = 'Thường xuyên'.normalize('NFD');
    expect(displayWidth(decomposed)).toBe(12);
    expect(
      columnLines(
        fakeIo(),
        '',
        ['Tên / Name', 'Số / No.'],
        [
          [decomposed, '5'],
          ['Năm', '12'],
        ],
        [1],
      ),
    ).toEqual(['Tên / Name    Số / No.', `${decomposed}         5`, 'Năm                 12']);
  });

  it('writes values, targets and days in each language', () => {
    expect(valueText(71.68, '%', 'vi')).toBe('71,68 %');
    expect(valueText(71.68, '%', 'en')).toBe('71.68%');
    expect(valueText(1200, 'hồ sơ', 'vi')).toBe('1.200 hồ sơ');
    expect(targetPhrase({ op: '>=', value: 80 }, 'Tối thiểu 80', '%', 'vi')).toBe('Tối thiểu 80 %');
    expect(targetPhrase({ op: '<=', value: 5.5 }, '', 'ngày', 'en')).toBe('at most 5.5 ngày');
    expect(targetPhrase({ op: 'range', min: 60, max: 80 }, '', '%', 'vi')).toBe('Từ 60 % đến 80 %');
    expect(targetPhrase(null, 'Hoàn thành', '%', 'en')).toBe('Hoàn thành');
    expect(daysText(-1)).toBe('quá 1 ngày / 1 day late');
    expect(daysText(0)).toBe('hôm nay / today');
    expect(daysText(2)).toBe('còn 2 ngày / in 2 days');
  });

  it('pastPlanNote only when judged today, after the plan', () => {
    const years = { from: 2021, to: 2025 };
    expect(pastPlanNote('2026-03-01', '2026-03-01', years)?.vi).toContain(
      'kế hoạch giai đoạn 2021–2025 đã qua',
    );
    expect(pastPlanNote('2026-03-01', '2026-03-01', years)?.en).toContain(
      'e.g. --as-of 2025-12-31',
    );
    expect(pastPlanNote('2025-12-24', '2025-12-24', years)).toBeNull(); // last year still running
    expect(pastPlanNote('2023-05-01', '2026-03-01', years)).toBeNull(); // --as-of given
    expect(pastPlanNote('2026-03-01', '2026-03-01', null)).toBeNull(); // year unknown
  });
});

describe('shorten', () => {
  it('cuts by characters, never inside an emoji, and counts decomposed Vietnamese as written', () => {
    expect(shorten('Nhiệm vụ 😀😀😀 tiếp theo', 11)).toBe('Nhiệm vụ 😀…');
    expect(shorten('Thường  xuyên\n báo cáo'.normalize('NFD'), 12)).toBe('Thường xuyê…');
  });
});
