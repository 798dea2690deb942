import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildReport } from '../../core/report-model/build';
import { linkTarget } from '../../core/report-model/cell';
import { MARKER_SHEET } from '../../core/report-model/marker';
import { BODY_SIZE, type ReportBook } from '../../core/report-model/types';
import { smallConsolidation, TASK_SHEET } from '../../../test/fixtures/report-consolidation';
import { consolidatedWorkbookBytes, ownedSheetNames, writeReportSheets } from './write';

const report = buildReport(smallConsolidation());
const TASKS = 'Tổng hợp nhiệm vụ';

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return back;
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return wb;
}

async function written(book: ReportBook = report): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  writeReportSheets(wb, book);
  return roundTrip(wb);
}

/** Row and column (1-based) of the first cell holding `value`. */
function find(ws: ExcelJS.Worksheet, value: unknown): ExcelJS.Cell {
  let found: ExcelJS.Cell | undefined;
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (!found && cell.value === value) found = cell;
    }),
  );
  if (!found) throw new Error(`no cell ${String(value)} in ${ws.name}`);
  return found;
}

/** The cell `dc` columns right of another. */
function right(ws: ExcelJS.Worksheet, cell: ExcelJS.Cell, dc: number): ExcelJS.Cell {
  return ws.getCell(Number(cell.row), Number(cell.col) + dc);
}

/** Names of the sheets whose view is selected (`tabSelected="1"` in their XML). */
async function selectedSheets(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const book = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const names: string[] = [];
  for (const m of book.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    const xml = await zip.file(`xl/${target!.replace(/^\/?xl\//, '')}`)!.async('string');
    if (/tabSelected="1"/.test(xml)) names.push(m[1]!);
  }
  return names;
}

/** A plan workbook with one task sheet, as a user keeps it. */
async function planBytes(extraSheet?: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(TASK_SHEET);
  ws.addRow(['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Thời gian']);
  ws.addRow([1, 'Rà soát văn bản', 'Văn phòng Sở', 'Quý III/2025']);
  ws.getCell('B2').font = { name: 'Arial', size: 10, bold: true };
  ws.mergeCells('A4:B4');
  ws.getCell('A4').value = 'Ghi chú của người dùng';
  if (extraSheet) wb.addWorksheet(extraSheet).getCell('A1').value = 'Bảng của tôi';
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Everything a user would see in a sheet: values, formats, merges, widths, heights. */
function snapshot(ws: ExcelJS.Worksheet) {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    cells.push(['row', r, row.height]);
    row.eachCell({ includeEmpty: true }, (cell) =>
      cells.push([cell.address, cell.value, cell.numFmt, cell.font, cell.border, cell.alignment]),
    );
  });
  return {
    name: ws.name,
    state: ws.state,
    cells,
    merges: (ws.model as { merges?: string[] }).merges,
    widths: ws.columns?.map((c) => c.width),
    pageSetup: ws.pageSetup,
    footer: ws.headerFooter?.oddFooter,
  };
}

describe('writeReportSheets: one report sheet read back with exceljs', () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    ws = (await written()).getWorksheet(TASKS)!;
  });

  it('writes the values', () => {
    expect(ws.getCell('A1').value).toBe('UBND TỈNH QUẢNG TRỊ');
    // The national name heads the right-hand block, where the model splits the top rows.
    const nation = report.sheets[0]!.rows[0]!.cells.findIndex(
      (c) => c.value === 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    );
    expect(nation).toBeGreaterThan(1);
    expect(find(ws, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').col).toBe(nation + 1);
    expect(find(ws, 'Nội dung nhiệm vụ').row).toBe(report.sheets[0]!.printTitleRows[0] + 1);
    expect(right(ws, find(ws, 'Tổng số nhiệm vụ'), 2).value).toBe(7);
    // The completion date under the status; the rate in Vietnamese.
    expect(find(ws, 'Hoàn thành quá hạn\n20/11/2025').col).toBe(5);
    // The rate sits beside the total: its label over columns 4–6, its figure in the last.
    expect(right(ws, find(ws, 'Tỷ lệ hoàn thành (%)'), 3).value).toBe('33,3');
  });

  it('writes merges, column widths and row heights', () => {
    const merges = (ws.model as { merges?: string[] }).merges ?? [];
    const model = report.sheets[0]!;
    const a1 = (r: number, c: number) => ws.getCell(r + 1, c + 1).address;
    expect(merges).toEqual(
      model.merges.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`),
    );
    // A width of 9 (exceljs's default, which it would leave out) is written a 256th wider.
    ws.columns.forEach((c, i) =>
      expect(c.width).toBeCloseTo(report.sheets[0]!.columns[i]!.width, 2),
    );
    expect(ws.columns).toHaveLength(report.sheets[0]!.columns.length);
    report.sheets[0]!.rows.forEach((row, r) => expect(ws.getRow(r + 1).height).toBe(row.height));
  });

  it('formats with Times New Roman, bold headers, wrapped bordered cells', () => {
    const header = find(ws, 'Nội dung nhiệm vụ');
    expect(header.font).toMatchObject({ name: 'Times New Roman', size: BODY_SIZE, bold: true });
    expect(header.alignment).toMatchObject({ horizontal: 'center', wrapText: true });
    for (const side of ['top', 'left', 'bottom', 'right'] as const)
      expect(header.border[side]?.style).toBe('thin');
    const body = find(ws, 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính');
    expect(body.font.name).toBe('Times New Roman');
    expect(body.border.bottom?.style).toBe('thin');
    expect(body.alignment.wrapText).toBe(true);
    expect(ws.getCell('A1').border?.top).toBeUndefined();
    expect(find(ws, 'Độc lập - Tự do - Hạnh phúc').font).toMatchObject({
      bold: true,
      underline: true,
    });
    // Cells under a merge carry the border too, so it prints all round.
    const section = find(ws, 'CẢI CÁCH THỂ CHẾ');
    const lastColumn = report.sheets[0]!.columns.length;
    expect(ws.getCell(Number(section.row), lastColumn).border.right?.style).toBe('thin');
  });

  it('keeps formula-looking strings as text: no formula, text format', () => {
    for (const text of ['=SUM(A1)', '-Báo cáo số 12/BC-TTr']) {
      const cell = find(ws, text);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.numFmt).toBe('@');
    }
    expect(find(ws, 'Quý III/2025').numFmt).not.toBe('@');
  });

  it('sets up the page: A4 landscape, ND 30 margins in inches, 100 %, print titles, centered', () => {
    const header = report.sheets[0]!.printTitleRows[0] + 1;
    // At 100 %: Excel ignores manual page breaks on a sheet fitted to a number of pages.
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: false,
      scale: 100,
      horizontalCentered: true,
      printTitlesRow: `${header}:${header}`,
    });
    expect(ws.pageSetup.margins!.top).toBeCloseTo(20 / 25.4, 5);
    expect(ws.pageSetup.margins!.bottom).toBeCloseTo(20 / 25.4, 5);
    expect(ws.pageSetup.margins!.left).toBeCloseTo(30 / 25.4, 5);
    expect(ws.pageSetup.margins!.right).toBeCloseTo(15 / 25.4, 5);
  });

  it('numbers the pages top-centre from the second page, each sheet from 1', () => {
    expect(ws.headerFooter).toMatchObject({
      differentFirst: true,
      oddHeader: '&C&"Times New Roman,Regular"&13&P',
    });
    expect(ws.headerFooter.firstHeader ?? '').toBe('');
    expect(ws.headerFooter.oddFooter).toBeUndefined();
    expect(ws.pageSetup.firstPageNumber).toBe(1);
  });
});

describe('shared styles', () => {
  it('gives the cells of one style one exceljs style object (exceljs finds its id by identity)', () => {
    const wb = new ExcelJS.Workbook();
    writeReportSheets(wb, report);
    const ws = wb.getWorksheet(TASKS)!;
    const model = report.sheets[0]!;
    const byKey = new Map<string, Partial<ExcelJS.Style>>();
    let cells = 0;
    model.rows.forEach((row, r) =>
      row.cells.forEach((c, col) => {
        const style = ws.getCell(r + 1, col + 1).style;
        const key = `${c.style}|${c.text === true}`;
        const first = byKey.get(key);
        if (first) expect(style).toBe(first);
        else byKey.set(key, style);
        cells++;
      }),
    );
    // Far fewer style objects than cells, and the text format is a style of its own.
    expect(byKey.size).toBeLessThan(cells / 8);
    expect(find(ws, '=SUM(A1)').style).not.toBe(find(ws, 'Nội dung nhiệm vụ').style);
    expect(find(ws, '=SUM(A1)').numFmt).toBe('@');
  });
});

describe('links and other sheets', () => {
  it('links issues of the plan to their cell', async () => {
    const ws = (await written()).getWorksheet('Kết quả kiểm tra')!;
    const link = right(ws, find(ws, 'Ngày không có thật: "31/6/2025".'), -1);
    expect(link.formula).toBe(`HYPERLINK("#'${TASK_SHEET}'!E12","${TASK_SHEET}!E12")`);
    expect(link.result).toBe(`${TASK_SHEET}!E12`);
    expect(link.font).toMatchObject({ underline: true, color: { argb: 'FF0563C1' } });
    // A unit file's cell is named, not linked.
    const unit = right(ws, find(ws, 'Kết quả thực hiện "khoảng 90" không phải là số.'), -1);
    expect(unit.value).toBe('PL2 Chỉ tiêu!G8');
  });

  it('escapes quotes in link targets', () => {
    expect(linkTarget("PL1 'cũ'", 'A1')).toBe("#'PL1 ''cũ'''!A1");
  });

  it('writes a portrait sheet as portrait', async () => {
    const sheet = report.sheets[2]!;
    const book: ReportBook = {
      asOf: report.asOf,
      sheets: [
        { ...sheet, print: { ...sheet.print, orientation: 'portrait' }, freeze: { row: 10 } },
      ],
    };
    const ws = (await written(book)).getWorksheet(sheet.name)!;
    expect(ws.pageSetup.orientation).toBe('portrait');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 10 });
  });

  it('writes manual page breaks before the rows that start a page', async () => {
    const sheet = report.sheets[0]!;
    const wb = new ExcelJS.Workbook();
    writeReportSheets(wb, { asOf: report.asOf, sheets: [{ ...sheet, pageBreaks: [12] }] });
    expect((wb.getWorksheet(sheet.name) as unknown as { rowBreaks: unknown[] }).rowBreaks).toEqual([
      { id: 12, max: 16383, man: 1 },
    ]);
  });
});

describe('owned sheets', () => {
  it('marks the sheets it wrote in a very hidden sheet', async () => {
    const wb = await written();
    const marker = wb.getWorksheet(MARKER_SHEET)!;
    expect(marker.state).toBe('veryHidden');
    expect(marker.getCell('B2').value).toBe(1);
    expect(marker.getCell('B3').value).toBe('2025-12-15');
    expect(ownedSheetNames(wb)).toEqual(report.sheets.map((s) => s.name));
  });

  it('writes the same sheets twice over and replaces only its own', async () => {
    const once = await load(await consolidatedWorkbookBytes(await planBytes(), report));
    const twiceBytes = await consolidatedWorkbookBytes(
      new Uint8Array((await once.xlsx.writeBuffer()) as ArrayBuffer),
      report,
    );
    const twice = await load(twiceBytes);
    // The report first (and open on its first sheet), then the plan's sheets, then the marker.
    expect(twice.worksheets.map((w) => w.name)).toEqual([
      ...report.sheets.map((s) => s.name),
      TASK_SHEET,
      MARKER_SHEET,
    ]);
    expect(twice.views[0]).toMatchObject({ activeTab: 0, firstSheet: 0 });
    // exceljs reads tabSelected back as nothing: the sheets' XML says which tab is selected.
    expect(await selectedSheets(twiceBytes)).toEqual([report.sheets[0]!.name]);
    for (const s of report.sheets)
      expect(snapshot(twice.getWorksheet(s.name)!)).toEqual(snapshot(once.getWorksheet(s.name)!));
  });

  it('leaves the plan’s own sheets as they were', async () => {
    const plan = await planBytes();
    const copy = plan.slice();
    // exceljs itself normalizes a few page-setup defaults on a round trip: compare with that.
    const before = await roundTrip(await load(plan));
    const after = await load(await consolidatedWorkbookBytes(plan, report));
    expect(plan).toEqual(copy);
    // Only the paper size, which the plan's sheet did not set: A4 rather than the host's Letter.
    const { pageSetup, ...rest } = snapshot(after.getWorksheet(TASK_SHEET)!);
    const { pageSetup: was, ...restWas } = snapshot(before.getWorksheet(TASK_SHEET)!);
    expect(rest).toEqual(restWas);
    expect(was.paperSize).toBeUndefined();
    expect(pageSetup).toEqual({ ...was, paperSize: 9 });
  });

  it('keeps the paper size a plan sheet has, as every print setting of it', async () => {
    const wb = await load(await planBytes());
    wb.getWorksheet(TASK_SHEET)!.pageSetup.paperSize = 1 as ExcelJS.PageSetup['paperSize'];
    const plan = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const after = await load(await consolidatedWorkbookBytes(plan, report));
    expect(after.getWorksheet(TASK_SHEET)!.pageSetup.paperSize).toBe(1);
  });

  it('never touches a user sheet that has a report sheet’s name: ours gets "(PhuLuc)"', async () => {
    const plan = await planBytes(TASKS);
    const first = await load(await consolidatedWorkbookBytes(plan, report));
    expect(first.getWorksheet(TASKS)!.getCell('A1').value).toBe('Bảng của tôi');
    const ours = first.getWorksheet(`${TASKS} (PhuLuc)`)!;
    expect(ours.getCell('A1').value).toBe('UBND TỈNH QUẢNG TRỊ');
    expect(ownedSheetNames(first)).toContain(`${TASKS} (PhuLuc)`);
    expect(ownedSheetNames(first)).not.toContain(TASKS);

    const second = await load(
      await consolidatedWorkbookBytes(
        new Uint8Array((await first.xlsx.writeBuffer()) as ArrayBuffer),
        report,
      ),
    );
    expect(second.getWorksheet(TASKS)!.getCell('A1').value).toBe('Bảng của tôi');
    expect(second.worksheets.filter((w) => w.name.startsWith(TASKS)).map((w) => w.name)).toEqual([
      `${TASKS} (PhuLuc)`,
      TASKS,
    ]);
  });

  it('writes a workbook of its own when there is no plan', async () => {
    const wb = await load(await consolidatedWorkbookBytes(null, report));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      ...report.sheets.map((s) => s.name),
      MARKER_SHEET,
    ]);
  });
});
