import {
  CDS,
  largeConsolidation,
  PLAN_FILE,
  smallConsolidation,
  TASK_SHEET,
  TT,
  VP,
} from '../../../test/fixtures/report-consolidation';
import type { Consolidation } from '../consolidate/types';
import { buildReport } from './build';
import { indicatorWidths, meanNote, unitColumnNeed, unitFigure } from './indicators-sheet';
import { summarizeTasks, taskStatusText } from './tasks-sheet';
import { oneLineWidth, wrappedLines } from './_lib/measure';
import { pageStarts } from './_lib/paginate';
import { STATUS_LABEL_VI } from './labels';
import { STYLES, type ReportCell, type ReportSheet, type ReportValue } from './types';

const book = buildReport(smallConsolidation());
const [tasks, indicators, tracker, issues] = book.sheets as [
  ReportSheet,
  ReportSheet,
  ReportSheet,
  ReportSheet,
];

/** The row values of a sheet, null for empty cells. */
function values(sheet: ReportSheet): ReportValue[][] {
  return sheet.rows.map((r) => r.cells.map((c) => c.value));
}

/** The first row whose cell in column `col` equals `value`. */
function rowWith(sheet: ReportSheet, col: number, value: ReportValue): ReportCell[] {
  const row = sheet.rows.find((r) => r.cells[col]?.value === value);
  if (!row) throw new Error(`no row with ${String(value)} in column ${col} of ${sheet.name}`);
  return [...row.cells];
}

function headerTexts(sheet: ReportSheet): ReportValue[] {
  return sheet.rows[sheet.printTitleRows[0]]!.cells.map((c) => c.value);
}

function allText(sheet: ReportSheet): string[] {
  return sheet.rows.flatMap((r) =>
    r.cells.flatMap((c) =>
      typeof c.value === 'string'
        ? [c.value]
        : c.value && typeof c.value === 'object' && 'text' in c.value
          ? [c.value.text]
          : [],
    ),
  );
}

describe('buildReport: the four sheets', () => {
  it('names them as DOMAIN §5 does, in order, and records the as-of date', () => {
    expect(book.sheets.map((s) => s.name)).toEqual([
      'Tổng hợp nhiệm vụ',
      'Tổng hợp chỉ tiêu',
      'Tình hình báo cáo',
      'Kết quả kiểm tra',
    ]);
    expect(book.sheets.map((s) => s.role)).toEqual(['tasks', 'indicators', 'tracker', 'issues']);
    expect(book.asOf).toBe('2025-12-15');
  });

  it('prints every sheet on A4 landscape, fitted to the width, with page numbers and ND 30 margins', () => {
    for (const s of book.sheets) {
      expect(s.print).toEqual({
        paper: 'A4',
        orientation: 'landscape',
        marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
        fitToWidth: true,
        horizontalCentered: true,
        footerCenter: 'Trang &P/&N',
      });
    }
  });

  it('keeps every row as wide as the columns, with a height, and merges inside the sheet without overlaps', () => {
    for (const s of book.sheets) {
      const seen = new Set<string>();
      for (const row of s.rows) {
        expect(row.cells).toHaveLength(s.columns.length);
        expect(row.height).toBeGreaterThan(0);
      }
      for (const m of s.merges) {
        expect(m.left).toBeLessThanOrEqual(m.right);
        expect(m.right).toBeLessThan(s.columns.length);
        expect(m.bottom).toBeLessThan(s.rows.length);
        for (let r = m.top; r <= m.bottom; r++)
          for (let c = m.left; c <= m.right; c++) {
            expect(seen.has(`${r},${c}`)).toBe(false);
            seen.add(`${r},${c}`);
          }
      }
    }
  });

  it('uses Times New Roman everywhere', () => {
    for (const s of Object.values(STYLES)) expect(s.font.name).toBe('Times New Roman');
  });
});

describe('the official header and signer blocks (Nghị định 30/2020)', () => {
  it('puts the agency block left and the national name right, then place and date, title, period', () => {
    const v = values(tasks);
    expect(v[0]![0]).toBe('UBND TỈNH QUẢNG TRỊ');
    expect(tasks.rows[0]!.cells[0]!.style).toBe('parentAgency');
    expect(v[1]![0]).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(STYLES[tasks.rows[1]!.cells[0]!.style].font.bold).toBe(true);
    const right = v[0]!.findIndex((x) => x === 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(right).toBeGreaterThan(0);
    expect(v[1]![right]).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(STYLES.nation.font.bold && STYLES.motto.font.bold).toBe(true);
    const text = allText(tasks);
    expect(text).toContain('Quảng Trị, ngày 15 tháng 12 năm 2025');
    expect(STYLES.placeDate.font.italic).toBe(true);
    expect(text).toContain('BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ');
    expect(text).toContain('KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025');
    expect(text).toContain('Kỳ báo cáo: Quý IV năm 2025 (từ ngày 15/09/2025 đến ngày 14/12/2025)');
    expect(STYLES.title.font.bold && STYLES.title.horizontal === 'center').toBe(true);
    expect(STYLES.period.font.italic).toBe(true);
    // The title spans the whole width.
    const titleRow = v.findIndex((r) => r[0] === 'BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ');
    expect(tasks.merges).toContainEqual({
      top: titleRow,
      left: 0,
      bottom: titleRow,
      right: tasks.columns.length - 1,
    });
  });

  it('ends every sheet with the preparer on the left and the signer on the right', () => {
    for (const s of book.sheets) {
      const row = s.rows.find((r) => r.cells[0]?.value === 'NGƯỜI LẬP BIỂU');
      expect(row).toBeDefined();
      expect(row!.cells.some((c) => c.value === 'GIÁM ĐỐC')).toBe(true);
      expect(row!.cells.every((c) => c.value === null || STYLES[c.style].font.bold)).toBe(true);
      expect(s.rows.indexOf(row!)).toBeGreaterThan(s.rows.length - 5);
    }
  });

  it('takes the signer, preparer and place from the options', () => {
    const b = buildReport(smallConsolidation(), {
      signer: 'KT. GIÁM ĐỐC',
      preparer: 'NGƯỜI TỔNG HỢP',
      place: 'Đông Hà',
    });
    const text = allText(b.sheets[0]!);
    expect(text).toEqual(
      expect.arrayContaining([
        'KT. GIÁM ĐỐC',
        'NGƯỜI TỔNG HỢP',
        'Đông Hà, ngày 15 tháng 12 năm 2025',
      ]),
    );
  });

  it('writes dotted placeholders, never an invented name, when the plan does not name its agency', () => {
    const c = smallConsolidation();
    const b = buildReport({
      ...c,
      plan: { ...c.plan, parentAgency: null, agency: null, title: null },
    });
    const v = values(b.sheets[0]!);
    expect(v[0]![0]).toMatch(/^…+$/);
    expect(v[1]![0]).toMatch(/^SỞ …+$/);
    expect(allText(b.sheets[0]!).some((t) => /^…+, ngày 15 tháng 12 năm 2025$/.test(t))).toBe(true);
    expect(allText(b.sheets[0]!)).not.toContain('KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025');
  });
});

describe('Tổng hợp nhiệm vụ', () => {
  it('has the columns of DOMAIN §5, repeated on every page', () => {
    expect(headerTexts(tasks)).toEqual([
      'STT',
      'Nội dung nhiệm vụ',
      'Đơn vị chủ trì',
      'Thời hạn',
      'Tình trạng',
      'Ngày hoàn thành',
      'Kết quả, minh chứng',
      'Ý kiến của đơn vị',
    ]);
    const [first, last] = tasks.printTitleRows;
    expect(first).toBe(last);
    expect(tasks.rows[first]!.cells.every((c) => c.style === 'header')).toBe(true);
    expect(STYLES.header).toMatchObject({ border: 'thin', wrap: true, horizontal: 'center' });
    expect(STYLES.header.font.bold).toBe(true);
  });

  it('keeps the sections as bold rows with the label in STT and the title across', () => {
    const v = values(tasks);
    const i = v.findIndex((r) => r[0] === 'I');
    const ii = v.findIndex((r) => r[0] === 'II');
    expect(i).toBe(tasks.printTitleRows[0] + 1);
    expect(v[i]![1]).toBe('CẢI CÁCH THỂ CHẾ');
    expect(v[ii]![1]).toBe('CẢI CÁCH THỦ TỤC HÀNH CHÍNH');
    expect(tasks.merges).toContainEqual({ top: ii, left: 1, bottom: ii, right: 7 });
    expect(STYLES[tasks.rows[ii]!.cells[1]!.style].font.bold).toBe(true);
    expect(v[ii + 1]![1]).toBe(
      'Công bố, công khai thủ tục hành chính mới ban hành, sửa đổi, bổ sung',
    );
  });

  it('shows every status in Vietnamese, and both leads when they disagree', () => {
    const statuses = tasks.rows.map((r) => r.cells[4]!.value);
    for (const label of [
      'Hoàn thành đúng hạn',
      'Hoàn thành quá hạn',
      'Quá hạn',
      'Chưa thực hiện',
      'Không phát sinh',
      'Chưa báo cáo',
    ])
      expect(statuses).toContain(label);
    expect(statuses).toContain('Văn phòng Sở: Hoàn thành; Thanh tra Sở: Chưa thực hiện');
  });

  it('fills lead, deadline, completion date, evidence and the units’ notes', () => {
    const row = rowWith(
      tasks,
      1,
      'Tổ chức tập huấn nghiệp vụ cải cách hành chính cho công chức, viên chức',
    );
    expect(row[2]!.value).toBe('Văn phòng Sở, Thanh tra Sở');
    expect(row[3]!.value).toBe('Quý IV/2025');
    expect(row[7]!.value).toBe('Văn phòng Sở: Đã tổ chức 01 lớp\nThanh tra Sở: Chờ kinh phí');
    const done = rowWith(
      tasks,
      1,
      'Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị thuộc Sở',
    );
    expect(done[5]).toEqual({ value: { date: '2025-11-20' }, style: 'bodyDate' });
    expect(STYLES.bodyDate.numFmt).toBe('dd/mm/yyyy');
  });

  it('keeps formula-looking evidence as text', () => {
    const first = rowWith(
      tasks,
      1,
      'Rà soát, đánh giá các văn bản quy phạm pháp luật thuộc lĩnh vực khoa học và công nghệ',
    );
    expect(first[6]).toEqual({ value: '=SUM(A1)', style: 'body', text: true });
    const second = rowWith(
      tasks,
      1,
      'Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị thuộc Sở',
    );
    expect(second[6]).toEqual({ value: '-Báo cáo số 12/BC-TTr', style: 'body', text: true });
    expect(first[1]!.text).toBeUndefined();
  });

  it('ends with the summary: counts per status and the completion rate', () => {
    const count = (label: string) => rowWith(tasks, 0, label)[2]!.value;
    expect(count('Tổng số nhiệm vụ')).toBe(7);
    for (const label of Object.values(STATUS_LABEL_VI)) expect(count(label)).toBe(1);
    // (1 on time + 1 late) ÷ (7 − 1 not applicable) × 100
    expect(count('Tỷ lệ hoàn thành (%)')).toBe(33.3);
    expect(rowWith(tasks, 0, 'Tỷ lệ hoàn thành (%)')[2]!.style).toBe('summaryPercent');
  });

  it('makes rows with long text taller than rows with short text', () => {
    const short = tasks.rows.find((r) => r.cells[0]?.value === 'I')!;
    const long = tasks.rows.find((r) => r.cells[0]?.value === '3' && r.cells[7]?.value)!;
    expect(long.height!).toBeGreaterThan(2 * short.height!);
  });
});

describe('Tổng hợp chỉ tiêu', () => {
  it('has the fixed columns then one column per unit', () => {
    expect(headerTexts(indicators)).toEqual([
      'STT',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Chỉ tiêu giao',
      'Kết quả',
      'Cách tính',
      'Tỷ lệ đạt so với chỉ tiêu (%)',
      'Đánh giá',
      VP,
      TT,
      'Phòng Quản lý khoa học',
      CDS,
    ]);
  });

  it('shows each unit’s figures, numerator/denominator when given', () => {
    const weighted = rowWith(indicators, 1, 'Tỷ lệ hồ sơ giải quyết đúng hạn').map((c) => c.value);
    expect(weighted).toEqual([
      '1',
      'Tỷ lệ hồ sơ giải quyết đúng hạn',
      '%',
      'Tối thiểu 90%',
      86.67,
      'Bình quân gia quyền (Σ tử số ÷ Σ mẫu số)',
      96.3,
      'Không đạt',
      '85/100',
      '45/50',
      null,
      null,
    ]);
    const mean = rowWith(
      indicators,
      1,
      'Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình',
    ).map((c) => c.value);
    expect(mean.slice(5, 12)).toEqual([
      'Trung bình cộng tỷ lệ các đơn vị (không có mẫu số)',
      112.5,
      'Đạt',
      92,
      null,
      88,
      null,
    ]);
    const single = rowWith(indicators, 1, 'Mức độ hài lòng của người dân, doanh nghiệp');
    expect(single[5]!.value).toBe('Một đơn vị');
    const none = rowWith(indicators, 1, 'Tỷ lệ hồ sơ được số hóa').map((c) => c.value);
    expect(none.slice(4, 8)).toEqual([null, '—', null, 'Chưa có số liệu']);
  });

  it('keeps the group headings as rows', () => {
    const g = rowWith(indicators, 1, 'Chỉ tiêu giao tại Nghị quyết số 01/NQ-CP');
    expect(g[0]!.value).toBe('1');
    expect(g[1]!.style).toBe('section');
    expect(rowWith(indicators, 1, 'Chỉ tiêu của Sở')[0]!.value).toBe('2');
  });

  it('says under the table when a rate is the mean of the units’ rates', () => {
    const note = allText(indicators).find((t) => t.startsWith('Ghi chú:'));
    expect(note).toBe(meanNote([{ stt: '2' }]));
    expect(note).toContain('trung bình cộng');
    const c = smallConsolidation();
    const noMean = buildReport({
      ...c,
      indicators: c.indicators.filter((i) => i.method !== 'mean'),
    });
    expect(allText(noMean.sheets[1]!).some((t) => t.startsWith('Ghi chú:'))).toBe(false);
  });
});

describe('Tình hình báo cáo', () => {
  it('lists every unit with its file and counts', () => {
    expect(headerTexts(tracker)).toEqual([
      'STT',
      'Đơn vị',
      'Đã gửi báo cáo',
      'Tệp',
      'Số nhiệm vụ chủ trì',
      'Đã hoàn thành',
      'Quá hạn',
      'Số vấn đề trong tệp',
    ]);
    expect(rowWith(tracker, 1, TT).map((c) => c.value)).toEqual([
      2,
      TT,
      'Đã gửi',
      'bao-cao-thanh-tra.xlsx',
      3,
      2,
      0,
      1,
    ]);
    expect(rowWith(tracker, 1, CDS).map((c) => c.value)).toEqual([
      4,
      CDS,
      'Chưa gửi',
      null,
      1,
      0,
      0,
      null,
    ]);
    const text = allText(tracker);
    expect(text).toContain('Số đơn vị đã gửi báo cáo: 3/4 đơn vị.');
    expect(text).toContain(`Đơn vị chưa gửi báo cáo (1): ${CDS}.`);
  });
});

describe('Kết quả kiểm tra', () => {
  const header = issues.printTitleRows[0];
  const body = issues.rows.slice(header + 1, header + 6).map((r) => r.cells.map((c) => c.value));

  it('has the columns and lists errors, then warnings, then information; plan first', () => {
    expect(headerTexts(issues)).toEqual([
      'STT',
      'Mức độ',
      'Tệp',
      'Trang',
      'Ô',
      'Nội dung',
      'Message',
    ]);
    expect(body.map((r) => [r[0], r[1], r[2]])).toEqual([
      [1, 'Lỗi', PLAN_FILE],
      [2, 'Lỗi', 'bao-cao-thanh-tra.xlsx'],
      [3, 'Cảnh báo', PLAN_FILE],
      [4, 'Cảnh báo', 'bao-cao-qlkh.xlsx'],
      [5, 'Thông tin', PLAN_FILE],
    ]);
  });

  it('links the plan’s cells and names the units’ cells', () => {
    expect(body[0]![4]).toEqual({
      link: { sheet: TASK_SHEET, cell: 'E12' },
      text: `${TASK_SHEET}!E12`,
    });
    expect(body[4]![4]).toEqual({
      link: { sheet: TASK_SHEET, cell: 'A14' },
      text: `${TASK_SHEET}!A14:E14`,
    });
    expect(body[1]![4]).toBe('PL2 Chỉ tiêu!G8');
    expect(issues.rows[header + 1]!.cells[4]!.style).toBe('bodyLink');
  });

  it('gives the message in Vietnamese and in English', () => {
    expect(body[0]![5]).toBe('Ngày không có thật: "31/6/2025".');
    expect(body[0]![6]).toBe('No such date: "31/6/2025".');
    expect(allText(issues)).toContain('Tổng số: 2 lỗi, 2 cảnh báo, 1 thông tin.');
  });
});

describe('empty and large consolidations', () => {
  it('builds sheets that say the tables are empty', () => {
    const c = smallConsolidation();
    const empty: Consolidation = { ...c, tasks: [], indicators: [], units: [], issues: [] };
    const b = buildReport(empty);
    expect(allText(b.sheets[0]!)).toContain('Không có nhiệm vụ nào trong kế hoạch.');
    expect(allText(b.sheets[3]!)).toContain('Không phát hiện vấn đề nào.');
    expect(rowWith(b.sheets[0]!, 0, 'Tỷ lệ hoàn thành (%)')[2]!.value).toBe('—');
  });

  it('never leaves the summary and signers on a page without table rows', () => {
    for (const n of [30, 40, 47, 55]) {
      const sheet = buildReport(largeConsolidation(n)).sheets[0]!;
      const starts = pageStarts(sheet, sheet.pageBreaks);
      expect(starts.length).toBeGreaterThanOrEqual(2);
      const summary = sheet.rows.findIndex((r) => r.cells[0]?.value === 'Tổng số nhiệm vụ');
      const lastPage = starts[starts.length - 1]!;
      // The last page begins with a task row (or earlier), never with the summary or signers.
      expect(lastPage).toBeLessThan(summary);
      expect(starts.filter((s) => s > summary)).toEqual([]);
    }
  });
});

describe('helpers', () => {
  it('summarizeTasks rounds the rate to one decimal and ignores not-applicable tasks', () => {
    expect(
      summarizeTasks([
        { status: 'completed-on-time' },
        { status: 'completed-late' },
        { status: 'overdue' },
        { status: 'not-applicable' },
      ]).percentDone,
    ).toBe(66.7);
    expect(summarizeTasks([{ status: 'not-applicable' }]).percentDone).toBeNull();
  });

  it('taskStatusText shows every report when fewer than two leads reported', () => {
    expect(
      taskStatusText({
        status: 'in-progress',
        conflict: true,
        lead: ['A'],
        reports: [
          { unit: 'A', statusText: 'Xong', file: 'a', sheet: 's', row: 1 },
          { unit: 'B', statusText: 'Chưa', file: 'b', sheet: 's', row: 1 },
        ],
      }),
    ).toBe('A: Xong; B: Chưa');
  });

  it('indicatorWidths fills the landscape page and keeps unit columns 8–10 wide', () => {
    const sum = (w: number[]) => w.reduce((s, x) => s + x, 0);
    for (const n of [0, 1, 2, 3, 4]) expect(sum(indicatorWidths(n))).toBe(130);
    expect(indicatorWidths(2)).toEqual([5, 38, 8, 12, 10, 16, 10, 11, 10, 10]);
    expect(indicatorWidths(12).slice(8)).toEqual(Array(12).fill(8));
    expect(indicatorWidths(12)[1]).toBe(24);
  });

  it('indicatorWidths widens a unit column to what it needs, up to 14, taking it from the name', () => {
    expect(indicatorWidths(2, [10.5, 0])).toEqual([5, 37.5, 8, 12, 10, 16, 10, 11, 10.5, 10]);
    expect(indicatorWidths(12, [30]).slice(8, 10)).toEqual([14, 8]);
    expect(indicatorWidths(12, [30])[1]).toBe(24);
    // Needing less than the share changes nothing.
    expect(indicatorWidths(4, [8, 8, 8, 8])).toEqual(indicatorWidths(4));
  });

  it('unitColumnNeed: the widest figure or bold header word, on one line', () => {
    const name = 'Trung tâm Thông tin và Ứng dụng tiến bộ KH&CN';
    expect(unitColumnNeed(name, [])).toBe(oneLineWidth('KH&CN', 12, true));
    expect(unitColumnNeed(name, ['700/1000', '85'])).toBe(oneLineWidth('KH&CN', 12, true));
    expect(unitColumnNeed(name, ['12000/15000', '85'])).toBe(
      oneLineWidth('12000/15000', 12, false),
    );
    expect(unitColumnNeed('Văn phòng Sở', [''])).toBe(oneLineWidth('phòng', 12, true));
  });

  it('gives a wide figure and a long word of a unit name a column they fit in', () => {
    const c = smallConsolidation();
    const [first, ...rest] = c.indicators;
    const unit = 'Trung tâm Thông tin và Ứng dụng tiến bộ KH&CN';
    const report = { ...first!.reports[0]!, unit, numerator: 700, denominator: 1000, value: 70 };
    const sheet = buildReport({
      ...c,
      indicators: [{ ...first!, reports: [...first!.reports, report] }, ...rest],
    }).sheets[1]!;
    const headerRow = sheet.rows.find((r) => r.cells.some((x) => x.value === unit))!;
    const at = headerRow.cells.findIndex((x) => x.value === unit);
    const width = sheet.columns[at]!.width;
    expect(sheet.rows.some((r) => r.cells[at]?.value === '700/1000')).toBe(true);
    expect(wrappedLines('700/1000', width, 12, false)).toBe(1);
    expect(wrappedLines('KH&CN', width, 12, true)).toBe(1);
  });

  it('unitFigure', () => {
    expect(unitFigure({ numerator: 0, denominator: 5, value: null })).toBe('0/5');
    expect(unitFigure({ numerator: null, denominator: null, value: null })).toBeNull();
    expect(unitFigure(undefined)).toBeNull();
  });
});
