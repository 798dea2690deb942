import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import path from 'path';
import { rowKeyOf } from '../../core/consolidate/match';
import { scanBook } from '../../core/scan';
import { buildTemplates, type UnitTemplate } from '../../core/templates/build';
import { readWorkbook } from './read';
import { templateWorkbookBytes, withFixedZipDates } from './template';

const fixtures = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'xlsx');

async function planTemplates(file: string): Promise<UnitTemplate[]> {
  const bytes = new Uint8Array(readFileSync(path.join(fixtures, file)));
  return buildTemplates(scanBook(await readWorkbook(bytes, file), { asOf: '2025-10-20' }));
}

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return wb;
}

/** exceljs keeps a sheet's protection on the worksheet but leaves it out of its types. */
const sheetProtection = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { sheetProtection?: Record<string, unknown> }).sheetProtection;

/** 1-based row of the first cell whose text is `text` in column `col`. */
function rowOf(ws: ExcelJS.Worksheet, col: number, text: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, col).text === text) return r;
  throw new Error(`no "${text}" in column ${col}`);
}

describe('templateWorkbookBytes', () => {
  let vp: UnitTemplate;
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  let header: number;

  beforeAll(async () => {
    vp = (await planTemplates('seed003-tasks.xlsx')).find((t) => t.unit === 'Văn phòng Sở')!;
    wb = await open(await templateWorkbookBytes(vp));
    ws = wb.getWorksheet('Phụ lục')!;
    header = rowOf(ws, 1, 'Stt');
  });

  it('names the sheet as the plan does and writes the title block and the unit line', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Phụ lục']);
    expect(ws.getCell('A1').text).toBe('UBND TỈNH CAO BẰNG');
    expect(ws.getCell('A2').text).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    const unitRow = rowOf(ws, 1, 'Đơn vị báo cáo: Văn phòng Sở');
    expect(unitRow).toBeLessThan(header);
    expect(ws.getCell(unitRow, 1).font.bold).toBe(true);
  });

  it('writes the header bold, Times New Roman 12, with borders and wrapped text', () => {
    const labels = (ws.getRow(header).values as unknown[]).slice(1).map(String);
    expect(labels).toEqual([
      'Stt',
      'Nội dung công việc',
      'Đơn vị chủ\ntrì',
      'Đơn vị phối hợp',
      'Kết quả',
      'Thời gian thực hiện',
      'Ghi chú',
      'Tình trạng',
      'Ngày hoàn thành',
      'Kết quả thực hiện',
      'Minh chứng',
      'Mã dòng (PhuLuc)',
    ]);
    expect(ws.getCell(header, 2).font).toMatchObject({
      name: 'Times New Roman',
      size: 12,
      bold: true,
    });
    expect(ws.getCell(header, 2).alignment.wrapText).toBe(true);
    expect(ws.getCell(header, 2).border.top?.style).toBe('thin');
    expect(ws.getCell(header + 2, 2).font).toMatchObject({ name: 'Times New Roman', size: 12 });
    expect(ws.getCell(header + 2, 2).alignment.wrapText).toBe(true);
    expect(ws.getColumn(2).width).toBeGreaterThan(ws.getColumn(1).width!);
  });

  it('locks the plan columns, opens the report columns and protects the sheet without a password', () => {
    const first = header + 2; // the row under section I
    expect(ws.getCell(first, 12).text).toBe(rowKeyOf('Phụ lục', 'I/1'));
    for (let c = 1; c <= 7; c++) expect(ws.getCell(first, c).protection?.locked).not.toBe(false);
    for (let c = 8; c <= 11; c++)
      expect(ws.getCell(first, c).protection).toMatchObject({ locked: false });
    expect(ws.getCell(first, 12).protection?.locked).not.toBe(false);
    // A section row has nothing to report: its report cells stay locked.
    expect(ws.getCell(header + 1, 8).protection?.locked).not.toBe(false);
    expect(sheetProtection(ws)).toMatchObject({
      sheet: true,
      formatColumns: true,
      formatRows: true,
    });
    expect(sheetProtection(ws)).not.toHaveProperty('hashValue');
  });

  it('validates status, completion date and keeps text typed into the text columns as text', () => {
    const first = header + 2;
    expect(ws.getCell(first, 8).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Đã hoàn thành,Đang thực hiện,Chưa thực hiện,Không phát sinh"'],
      showErrorMessage: true,
      error: expect.stringContaining('Chọn một trong'),
    });
    expect(ws.getCell(first, 9).numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell(first, 9).dataValidation).toMatchObject({
      type: 'date',
      operator: 'between',
    });
    const [from, to] = ws.getCell(first, 9).dataValidation.formulae as Date[];
    expect(from!.toISOString().slice(0, 10)).toBe('2022-01-01');
    expect(to!.toISOString().slice(0, 10)).toBe('2024-12-31');
    expect(ws.getCell(first, 10).numFmt).toBe('@');
    expect(ws.getCell(first, 11).numFmt).toBe('@');
  });

  it('hides the key column, freezes the header and sets up A4 landscape printing', () => {
    expect(ws.getColumn(12).hidden).toBe(true);
    expect(ws.getColumn(11).hidden).toBe(false);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToWidth: 1,
      printTitlesRow: `${header}:${header}`,
    });
  });

  it('merges a section heading across the plan columns', () => {
    expect(ws.getCell(header + 1, 1).text).toBe('I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH');
    expect(ws.getCell(header + 1, 7).isMerged).toBe(true);
    expect(ws.getCell(header + 1, 8).isMerged).toBe(false);
  });

  it('always gives the same bytes for the same template', async () => {
    const a = await templateWorkbookBytes(vp);
    await new Promise((r) => setTimeout(r, 2100)); // zip entries carry 2-second timestamps
    const b = await templateWorkbookBytes(vp);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(wb.created.toISOString()).toBe('2020-01-01T00:00:00.000Z');
  });
});

describe('templateWorkbookBytes, indicators and two tables on one sheet', () => {
  it('puts both tables on the plan sheet, with number validation and one hidden key column', async () => {
    const vp = (await planTemplates('variant-two-tables.xlsx')).find(
      (t) => t.unit === 'Văn phòng Sở',
    )!;
    const bytes = await templateWorkbookBytes(vp);
    const ws = (await open(bytes)).getWorksheet('Sheet1')!;
    const indHeader = rowOf(ws, 1, 'Stt');
    const first = indHeader + 1;
    expect(ws.getCell(indHeader, 6).text).toBe('Kết quả thực hiện');
    for (const c of [6, 7, 8]) {
      expect(ws.getCell(first, c).dataValidation).toMatchObject({
        type: 'decimal',
        operator: 'greaterThanOrEqual',
        formulae: [0],
      });
      expect(ws.getCell(first, c).protection).toMatchObject({ locked: false });
    }
    // The task table is wider: the key column is the sheet's last, for both tables.
    expect(ws.getCell(indHeader, 10).text).toBe('Mã dòng (PhuLuc)');
    expect(ws.getCell(first, 10).text).toBe('Sheet1!1');
    expect(ws.getColumn(10).hidden).toBe(true);

    const scan = scanBook(await readWorkbook(bytes, 'van-phong-so.xlsx'), { asOf: '2025-10-20' });
    expect(scan.tables.map((t) => [t.kind, t.items.map((i) => i.rowKey)])).toEqual([
      ['tasks', ['Sheet1!2']],
      ['indicators', ['Sheet1!1', 'Sheet1!2', 'Sheet1!4']],
    ]);
    expect(scan.reportingUnit?.text).toBe('Văn phòng Sở');
  });

  it('writes a note under the header of a table the unit has no row in', async () => {
    const t: UnitTemplate = {
      unit: 'Trung tâm Chuyển đổi số',
      fileName: 'trung-tam-chuyen-doi-so.xlsx',
      years: { from: 2025, to: 2025 },
      tasks: 0,
      indicators: 0,
      sheets: [
        {
          name: 'PL1',
          titleLines: [{ kind: 'reporting-unit', text: 'Đơn vị báo cáo: Trung tâm Chuyển đổi số' }],
          tables: [
            {
              kind: 'tasks',
              planSheet: 'PL1',
              columns: [
                { role: 'number', label: 'STT', part: 'plan' },
                { role: 'content', label: 'Nội dung công việc', part: 'plan' },
                { role: 'lead', label: 'Đơn vị chủ trì', part: 'plan' },
                { role: 'status', label: 'Tình trạng', part: 'report' },
                { role: 'rowKey', label: 'Mã dòng (PhuLuc)', part: 'key' },
              ],
              rows: [],
              note: 'Ghi chú: Đơn vị không chủ trì, không phối hợp nhiệm vụ nào trong bảng này.',
            },
          ],
        },
      ],
    };
    const bytes = await templateWorkbookBytes(t);
    const scan = scanBook(await readWorkbook(bytes, t.fileName), { asOf: '2025-10-20' });
    expect(scan.tables).toHaveLength(1);
    expect(scan.tables[0]!.items).toEqual([]);
    expect(scan.reportingUnit?.text).toBe('Trung tâm Chuyển đổi số');
  });
});

describe('withFixedZipDates', () => {
  it('leaves bytes that are not a zip alone', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(withFixedZipDates(bytes)).toBe(bytes);
  });
});
