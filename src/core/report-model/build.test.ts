import {
  CDS,
  largeConsolidation,
  PLAN_FILE,
  smallConsolidation,
  TASK_SHEET,
  TT,
  VP,
} from '../../../test/fixtures/report-consolidation';
import { CENTRE, printFixture } from '../../../test/fixtures/print-report';
import type { Consolidation } from '../consolidate/types';
import { buildReport } from './build';
import { meanNote, unitFigure } from './indicators-sheet';
import { summarizeTasks, taskNumber, taskStatusText } from './tasks-sheet';
import { wrappedLines } from './_lib/measure';
import { pageStarts, pageUnits, printableArea } from './_lib/paginate';
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

/** The figure of a summary label: the first figure cell right of it. */
function summaryCell(sheet: ReportSheet, label: string): ReportCell {
  for (const r of sheet.rows) {
    const at = r.cells.findIndex((c) => c.value === label);
    if (at < 0) continue;
    const figure = r.cells
      .slice(at + 1)
      .find((c) => c.style === 'summaryNumber' || c.style === 'summaryPercent');
    if (figure) return figure;
  }
  throw new Error(`no summary figure for ${label} in ${sheet.name}`);
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

  it('prints every sheet on A4 landscape at 100 %, the page number top-centre, ND 30 margins', () => {
    for (const s of book.sheets) {
      expect(s.print).toEqual({
        paper: 'A4',
        orientation: 'landscape',
        marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
        fitToWidth: false,
        horizontalCentered: true,
        headerCenter: '&P',
        firstPageNumber: 1,
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

  it('ends the report’s own sheet with "Nơi nhận" on the left and the signer on the right', () => {
    for (const s of book.sheets.slice(0, 1)) {
      const row = s.rows.find((r) => r.cells[0]?.value === 'Nơi nhận:');
      expect(row).toBeDefined();
      expect(row!.cells[0]!.style).toBe('recipientsLabel');
      expect(row!.cells.some((c) => c.value === 'GIÁM ĐỐC' && c.style === 'signerRole')).toBe(true);
      const at = s.rows.indexOf(row!);
      expect(s.rows.slice(at + 1).map((r) => r.cells[0]!.value)).toEqual(
        expect.arrayContaining(['- Như trên;', '- Lưu: VT, …']),
      );
      // Room for the signature and seal under the title, kept on one page with the row above.
      const below = s.rows.slice(at + 1).reduce((h, r) => h + (r.height ?? 0), 0);
      expect(below).toBeGreaterThanOrEqual(72);
      expect(s.rows.slice(at - 2, -1).every((r) => r.keepWithNext === 'always')).toBe(true);
    }
    expect(STYLES.recipientsLabel.font).toMatchObject({ bold: true, italic: true, size: 12 });
    expect(STYLES.recipients.font.size).toBe(11);
  });

  it('puts the document number under the agency, left blank for the office to fill', () => {
    const v = values(tasks);
    const row = v.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('Số:'));
    expect(v[row]![0]).toMatch(/^Số: +\/BC-…+$/);
    expect(v[row]).toContain('Quảng Trị, ngày 15 tháng 12 năm 2025');
    expect(row).toBeLessThan(tasks.printTitleRows[0]);
  });

  it('heads the indicators and the tracker as appendices I and II of the report, unsigned', () => {
    for (const [s, n, title] of [
      [indicators, 'I', 'TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU'],
      [tracker, 'II', 'TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ'],
    ] as const) {
      const v = values(s);
      expect(v.slice(0, 5).map((r) => r[0])).toEqual([
        `PHỤ LỤC ${n}`,
        title,
        'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025',
        // The report's number left as dots for the office, its date and agency.
        '(Kèm theo Báo cáo số ……/BC-………… ngày 15 tháng 12 năm 2025 của SỞ KHOA HỌC VÀ CÔNG NGHỆ)',
        'Kỳ báo cáo: Quý IV năm 2025 (từ ngày 15/09/2025 đến ngày 14/12/2025)',
      ]);
      expect(s.rows[0]!.cells[0]!.style).toBe('title');
      expect(s.rows[3]!.cells[0]!.style).toBe('reference');
      const text = allText(s);
      for (const absent of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Nơi nhận:', 'GIÁM ĐỐC'])
        expect(text).not.toContain(absent);
      expect(text.some((t) => t.startsWith('Số:'))).toBe(false);
      // Every heading row prints with the table header.
      expect(s.rows.slice(0, s.printTitleRows[0]).every((r) => r.keepWithNext === 'always')).toBe(
        true,
      );
    }
  });

  it('ties the appendices to the report number given in the options', () => {
    const b = buildReport(smallConsolidation(), { documentNumber: '125/BC-SKHCN' });
    expect(allText(b.sheets[1]!)).toContain(
      '(Kèm theo Báo cáo số 125/BC-SKHCN ngày 15 tháng 12 năm 2025 của SỞ KHOA HỌC VÀ CÔNG NGHỆ)',
    );
  });

  it('has no signers, no number, no national name and no appendix label on "Kết quả kiểm tra", an internal check log', () => {
    const text = allText(issues);
    for (const absent of ['GIÁM ĐỐC', 'Nơi nhận:', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'])
      expect(text).not.toContain(absent);
    expect(text.some((t) => t.startsWith('Số:') || t.startsWith('PHỤ LỤC'))).toBe(false);
    expect(text.some((t) => t.startsWith('(Kèm theo'))).toBe(false);
    expect(values(issues)[0]![0]).toBe('KẾT QUẢ KIỂM TRA CÁC TỆP BÁO CÁO');
  });

  it('takes the signer, number, recipients and place from the options', () => {
    const b = buildReport(smallConsolidation(), {
      signer: 'KT. Giám đốc\nPhó Giám đốc',
      signerName: 'Nguyễn Văn An',
      documentNumber: '125/BC-SKHCN',
      recipients: ['- UBND tỉnh (b/c);', '- Lưu: VT, VP.'],
      place: 'Đông Hà',
    });
    const text = allText(b.sheets[0]!);
    expect(text).toEqual(
      expect.arrayContaining([
        'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC',
        'Nguyễn Văn An',
        'Số: 125/BC-SKHCN',
        '- UBND tỉnh (b/c);',
        '- Lưu: VT, VP.',
        'Đông Hà, ngày 15 tháng 12 năm 2025',
      ]),
    );
    expect(text).not.toContain('- Như trên;');
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
    expect(tasks.merges).toContainEqual({ top: ii, left: 1, bottom: ii, right: 6 });
    // A heading never ends a page: it keeps with the task under it.
    expect(tasks.rows[ii]!.keepWithNext).toBe('always');
    expect(STYLES[tasks.rows[ii]!.cells[1]!.style].font.bold).toBe(true);
    expect(v[ii + 1]![1]).toBe(
      'Công bố, công khai thủ tục hành chính mới ban hành, sửa đổi, bổ sung',
    );
  });

  it('shows every status in Vietnamese, the task’s own first, then the leads’ when they disagree', () => {
    const statuses = tasks.rows.map((r) => String(r.cells[4]!.value).split('\n')[0]);
    for (const label of [
      'Hoàn thành đúng hạn',
      'Hoàn thành quá hạn',
      'Quá hạn',
      'Chưa thực hiện',
      'Không phát sinh',
      'Chưa báo cáo',
    ])
      expect(statuses).toContain(label);
    expect(tasks.rows.map((r) => r.cells[4]!.value)).toContain(
      'Đang thực hiện\n- Văn phòng Sở: Hoàn thành\n- Thanh tra Sở: Chưa thực hiện',
    );
  });

  it('fills lead, deadline, completion date (under the status), evidence and the units’ notes', () => {
    const row = rowWith(
      tasks,
      1,
      'Tổ chức tập huấn nghiệp vụ cải cách hành chính cho công chức, viên chức',
    );
    expect(row[2]!.value).toBe('Văn phòng Sở, Thanh tra Sở');
    expect(row[3]!.value).toBe('Quý IV/2025');
    expect(row[6]!.value).toBe('Văn phòng Sở: Đã tổ chức 01 lớp\nThanh tra Sở: Chờ kinh phí');
    const done = rowWith(
      tasks,
      1,
      'Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị thuộc Sở',
    );
    expect(done[4]).toEqual({ value: 'Hoàn thành quá hạn\n20/11/2025', style: 'bodyCenter' });
  });

  it('keeps formula-looking evidence as text', () => {
    const first = rowWith(
      tasks,
      1,
      'Rà soát, đánh giá các văn bản quy phạm pháp luật thuộc lĩnh vực khoa học và công nghệ',
    );
    expect(first[5]).toEqual({ value: '=SUM(A1)', style: 'body', text: true });
    const second = rowWith(
      tasks,
      1,
      'Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị thuộc Sở',
    );
    expect(second[5]).toEqual({ value: '-Báo cáo số 12/BC-TTr', style: 'body', text: true });
    expect(first[1]!.text).toBeUndefined();
  });

  it('ends with the summary: counts per status and the completion rate, two a row', () => {
    const count = (label: string) => summaryCell(tasks, label).value;
    expect(count('Tổng số nhiệm vụ')).toBe(7);
    for (const label of Object.values(STATUS_LABEL_VI)) expect(count(label)).toBe(1);
    // (1 on time + 1 late) ÷ (7 − 1 not applicable) × 100
    expect(count('Tỷ lệ hoàn thành (%)')).toBe('33,3');
    expect(summaryCell(tasks, 'Tỷ lệ hoàn thành (%)').style).toBe('summaryPercent');
    // Five rows: the total and the rate side by side, then the seven statuses in pairs, each
    // figure right of its label; kept together on one page.
    const total = tasks.rows.findIndex((r) => r.cells[0]?.value === 'Tổng số nhiệm vụ');
    const block = tasks.rows.slice(total, total + 5);
    expect(block.map((r) => [r.cells[0]!.value, r.cells[3]!.value])).toEqual([
      ['Tổng số nhiệm vụ', 'Tỷ lệ hoàn thành (%)'],
      ['Hoàn thành đúng hạn', 'Hoàn thành quá hạn'],
      ['Đang thực hiện', 'Quá hạn'],
      ['Chưa báo cáo', 'Không phát sinh'],
      ['Chưa thực hiện', null],
    ]);
    expect(block.slice(0, 4).every((r) => r.keepWithNext === 'always')).toBe(true);
    expect(block.map((r) => [r.cells[2]!.style, r.cells[6]!.style])).toEqual([
      ['summaryNumber', 'summaryPercent'],
      ['summaryNumber', 'summaryNumber'],
      ['summaryNumber', 'summaryNumber'],
      ['summaryNumber', 'summaryNumber'],
      ['summaryNumber', 'blank'],
    ]);
  });

  it('makes rows with long text taller than rows with short text', () => {
    const short = tasks.rows.find((r) => r.cells[0]?.value === 'I')!;
    const long = tasks.rows.find((r) => r.cells[0]?.value === '3' && r.cells[6]?.value)!;
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
      'Tỷ lệ đạt (%)',
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
      '86,67',
      '96,3',
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
    expect(mean.slice(4, 11)).toEqual(['90', '112,5', 'Đạt', '92', null, '88', null]);
    const single = rowWith(indicators, 1, 'Mức độ hài lòng của người dân, doanh nghiệp');
    expect(single[4]!.value).toBe('97,5');
    const none = rowWith(indicators, 1, 'Tỷ lệ hồ sơ được số hóa').map((c) => c.value);
    expect(none.slice(4, 7)).toEqual([null, null, 'Chưa có số liệu']);
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

describe('Tổng hợp chỉ tiêu: one page', () => {
  it('lays the print fixture’s 10 indicators for 5 units out on one page', () => {
    const sheet = buildReport(printFixture()).sheets[1]!;
    expect(sheet.pageBreaks).toBeUndefined();
    const rows = sheet.rows.filter(
      (r) => r.cells[0]!.style === 'bodyCenter' && r.cells[1]!.style === 'body',
    );
    expect(rows).toHaveLength(10);
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
    expect(headerTexts(issues)).toEqual(['STT', 'Mức độ', 'Tệp', 'Trang', 'Ô', 'Nội dung']);
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

  it('gives the message in the report’s language: Vietnamese, or English when asked', () => {
    expect(body[0]![5]).toBe('Ngày không có thật: "31/6/2025".');
    expect(body[0]).toHaveLength(6);
    expect(allText(issues)).toContain('Tổng số: 2 lỗi, 2 cảnh báo, 1 thông tin.');
    const en = buildReport(smallConsolidation(), { locale: 'en' }).sheets[3]!;
    expect(headerTexts(en)).toEqual(['No.', 'Severity', 'File', 'Sheet', 'Cell', 'Message']);
    expect(allText(en)).toContain('No such date: "31/6/2025".');
    expect(allText(en)).not.toContain('Ngày không có thật: "31/6/2025".');
    // The title and the counts too: no Vietnamese title over an English table, and the other way.
    expect(allText(en)).toContain('RESULTS OF CHECKING THE REPORT FILES');
    expect(allText(en)).toContain('Total: 2 errors, 2 warnings, 1 information.');
    expect(allText(en)).not.toContain('KẾT QUẢ KIỂM TRA');
    expect(allText(issues)).toContain('KẾT QUẢ KIỂM TRA CÁC TỆP BÁO CÁO');
    expect(allText(issues).join('\n')).not.toMatch(/Message|RESULTS|Total:/);
    // Its period line too; the appendices stay Vietnamese, parts of the report sent up.
    expect(allText(en).join('\n')).toMatch(/Reporting period: /);
    expect(allText(en).join('\n')).not.toMatch(/Kỳ báo cáo/);
    const enIndicators = buildReport(smallConsolidation(), { locale: 'en' }).sheets[1]!;
    expect(allText(enIndicators).join('\n')).toMatch(/Kỳ báo cáo: /);
  });
});

describe('empty and large consolidations', () => {
  it('builds sheets that say the tables are empty', () => {
    const c = smallConsolidation();
    const empty: Consolidation = { ...c, tasks: [], indicators: [], units: [], issues: [] };
    const b = buildReport(empty);
    expect(allText(b.sheets[0]!)).toContain('Không có nhiệm vụ nào trong kế hoạch.');
    expect(allText(b.sheets[3]!)).toContain('Không phát hiện vấn đề nào.');
    expect(summaryCell(b.sheets[0]!, 'Tỷ lệ hoàn thành (%)').value).toBe('—');
  });

  it('breaks pages where the model keeps headings, totals and signers with their rows', () => {
    for (const n of [30, 40, 47, 55]) {
      for (const sheet of buildReport(largeConsolidation(n)).sheets) {
        const starts = [0, ...(sheet.pageBreaks ?? [])];
        expect(starts).toEqual(
          pageStarts(
            sheet,
            sheet.rows.map((r) => r.keepWithNext),
          ),
        );
        for (const s of starts.slice(1)) {
          // No page starts right after a row that keeps with the next one always.
          expect({ n, sheet: sheet.name, s, keep: sheet.rows[s - 1]!.keepWithNext }).not.toEqual({
            n,
            sheet: sheet.name,
            s,
            keep: 'always',
          });
        }
      }
      const tasks = buildReport(largeConsolidation(n)).sheets[0]!;
      expect(tasks.pageBreaks!.length).toBeGreaterThanOrEqual(1);
      // Every page but the last holds at least 40 % of the page height's rows.
      const area = printableArea(tasks.print).height;
      const starts = [0, ...tasks.pageBreaks!, tasks.rows.length];
      for (let p = 1; p < starts.length - 1; p++) {
        const rows = tasks.rows.slice(starts[p - 1], starts[p]);
        const used = rows.reduce((h, r) => h + r.height!, 0) + (p > 1 ? 33.5 : 0);
        expect({ n, page: p, enough: used >= area * 0.4 }).toEqual({ n, page: p, enough: true });
      }
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

  it('taskStatusText puts the task’s status first, then every report when the leads disagree', () => {
    expect(
      taskStatusText({
        status: 'in-progress',
        conflict: true,
        lead: ['A'],
        reports: [
          { unit: 'A', statusText: 'Xong' },
          { unit: 'B', statusText: 'Chưa' },
        ],
      }),
    ).toBe('Đang thực hiện\n- A: Xong\n- B: Chưa');
    expect(
      taskStatusText({
        status: 'completed-on-time',
        conflict: false,
        lead: ['A', 'B'],
        reports: [{ unit: 'A', statusText: 'Xong' }],
      }),
    ).toBe('Hoàn thành đúng hạn');
  });

  it('taskNumber prints the parts a) and b) of a task as 1a and 1b', () => {
    expect(taskNumber({ stt: '1', key: '1.a' })).toBe('1a');
    expect(taskNumber({ stt: '1', key: 'II/1.b' })).toBe('1b');
    expect(taskNumber({ stt: '2', key: 'II/2' })).toBe('2');
    expect(taskNumber({ stt: '1.2', key: '1.2' })).toBe('1.2');
    const sheet = buildReport(printFixture()).sheets[0]!;
    const numbers = sheet.rows.map((r) => r.cells[0]!.value);
    expect(numbers).toContain('1a');
    expect(numbers).toContain('1b');
    expect(numbers).not.toContain('1');
  });

  it('gives a wide figure and a long word of a unit name a column they fit in', () => {
    const sheet = buildReport(printFixture()).sheets[1]!;
    const headerRow = sheet.rows[sheet.printTitleRows[0]]!;
    const at = headerRow.cells.findIndex((x) => x.value === CENTRE);
    const width = sheet.columns[at]!.width;
    expect(sheet.rows.some((r) => r.cells[at]?.value === '1234/1500')).toBe(true);
    expect(wrappedLines('1234/1500', width, 12, false)).toBe(1);
    expect(wrappedLines('KH&CN', width, 12, true)).toBe(1);
  });

  it('fits a sheet wider than the page to its width, and only such a sheet', () => {
    const c = printFixture();
    const many = Array.from({ length: 14 }, (_, u) => `Phòng chuyên môn số ${u + 1}`);
    const wide = buildReport({
      ...c,
      units: many.map((name) => ({ ...c.units[0]!, name })),
      indicators: c.indicators.map((i) => ({
        ...i,
        reports: many.map((unit) => ({ ...i.reports[0]!, unit })),
      })),
    }).sheets[1]!;
    expect(wide.print.fitToWidth).toBe(true);
    expect(buildReport(c).sheets.map((s) => s.print.fitToWidth)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('keeps every sheet within the page width at 100 %', () => {
    for (const c of [smallConsolidation(), largeConsolidation(40), printFixture()]) {
      for (const sheet of buildReport(c).sheets) {
        const total = sheet.columns.reduce((w, col) => w + col.width, 0);
        expect({ sheet: sheet.name, fits: total <= pageUnits(sheet.print) }).toEqual({
          sheet: sheet.name,
          fits: true,
        });
      }
    }
  });

  it('unitFigure', () => {
    expect(unitFigure({ numerator: 0, denominator: 5, value: null })).toBe('0/5');
    expect(unitFigure({ numerator: null, denominator: null, value: null })).toBeNull();
    expect(unitFigure({ numerator: null, denominator: null, value: 92.5 })).toBe('92,5');
    expect(unitFigure({ numerator: null, denominator: null, value: 200 })).toBe('200');
    expect(unitFigure(undefined)).toBeNull();
  });
});
