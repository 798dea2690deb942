/// <reference types="office-js" />
import { readFileSync } from 'fs';
import path from 'path';
import { consolidate } from '../../core/consolidate/consolidate';
import { parseA1 } from '../../core/grid/a1';
import { buildReport } from '../../core/report-model/build';
import { MARKER_SHEET, OWNER_PROPERTY } from '../../core/report-model/marker';
import type { ReportBook } from '../../core/report-model/types';
import { scanBook } from '../../core/scan';
import { readWorkbook } from '../xlsx/read';
import { consolidatedWorkbookBytes } from '../xlsx/write';
import { type FakeExcel, type FakeLogEntry } from '../../../test/fake-excel/fake-excel';
import { fakeFromXlsx } from '../../../test/fake-excel/from-xlsx';
import { DEMO_EXPECTED, DEMO_PLAN_FILE } from '../../../test/fixtures/demo';
import {
  largeConsolidation,
  smallConsolidation,
} from '../../../test/fixtures/report-consolidation';
import { REQUEST_LIMIT } from './_lib/bytes';
import { columnWidthPoints } from './_lib/format';
import { detectCapabilities } from './capabilities';
import { readExcelBook } from './read';
import { writeExcelReport } from './write';

const root = path.join(__dirname, '..', '..', '..');
const demoDir = path.join(root, 'samples', 'tong-hop');
const REPORT_NAMES = [
  'Tổng hợp nhiệm vụ',
  'Tổng hợp chỉ tiêu',
  'Tình hình báo cáo',
  'Kết quả kiểm tra',
];

function caps(fx: FakeExcel) {
  return detectCapabilities(fx.isSetSupported);
}

/** A workbook with the user's own sheets (the demo plan). */
async function userWorkbook(version?: string): Promise<FakeExcel> {
  return fakeFromXlsx(readFileSync(path.join(demoDir, DEMO_PLAN_FILE)), version ? { version } : {});
}

async function demoReport(): Promise<ReportBook> {
  const asOf = DEMO_EXPECTED.asOf;
  const scan = async (file: string, year?: number) =>
    scanBook(await readWorkbook(readFileSync(path.join(demoDir, file)), file), {
      asOf,
      ...(year ? { year } : {}),
    });
  const plan = await scan(DEMO_PLAN_FILE);
  const units = [];
  for (const u of DEMO_EXPECTED.units)
    if (u.file) units.push({ file: u.file, scan: await scan(u.file, plan.planYear ?? undefined) });
  return buildReport(consolidate(plan, units, { asOf }));
}

function covers(e: FakeLogEntry, row: number, col: number): boolean {
  const r = e.rect;
  return !!r && r.top <= row && row <= r.bottom && r.left <= col && col <= r.right;
}

/** The '@' format and the value of a cell: both logged, the format first, in the same request. */
function textBeforeValue(fx: FakeExcel, sheet: string, a1: string) {
  const { row, col } = parseA1(a1);
  // By id: the sheet is written under a temporary name and renamed last.
  const id = fx.sheet(sheet).id;
  const here = (e: FakeLogEntry) => e.sheetId === id && covers(e, row, col);
  const format = fx.log.findIndex(
    (e) =>
      here(e) &&
      e.p === 'numberFormat' &&
      (e.a as unknown[][]).every((row) => row.every((f) => f === '@')),
  );
  const value = fx.log.findIndex((e) => here(e) && e.p === 'values');
  return { format, value, sameSync: fx.log[format]?.sync === fx.log[value]?.sync };
}

/** Where a value sits on a sheet of the fake. */
function find(fx: FakeExcel, sheet: string, value: string): string | undefined {
  for (const [k, c] of fx.sheet(sheet).cells) {
    if (c.value !== value) continue;
    const [r, col] = k.split(',').map(Number) as [number, number];
    return `${String.fromCharCode(65 + col)}${r + 1}`;
  }
  return undefined;
}

describe('writeExcelReport: a report into the open workbook', () => {
  let fx: FakeExcel;
  let report: ReportBook;
  let before: Map<string, unknown>;
  let result: Awaited<ReturnType<typeof writeExcelReport>>;

  beforeAll(async () => {
    fx = await userWorkbook();
    before = new Map(fx.sheets.map((s) => [s.name, fx.snapshot(s.name)]));
    report = buildReport(smallConsolidation());
    result = await writeExcelReport(fx.context, report, { capabilities: caps(fx) });
  });

  it('adds the report sheets before the user’s sheets, the first one active, marked as PhuLuc’s', () => {
    // As the exceljs writer does: printing the whole workbook prints the report first.
    expect(fx.sheets.map((s) => s.name)).toEqual([...REPORT_NAMES, ...before.keys()]);
    expect(result.sheets.map((s) => s.name)).toEqual(REPORT_NAMES);
    expect(result.marker).toBe('custom-property');
    for (const name of REPORT_NAMES)
      expect(JSON.parse(fx.sheet(name).customProperties.get(OWNER_PROPERTY)!)).toMatchObject({
        generator: 'PhuLuc',
        asOf: report.asOf,
      });
    expect(fx.findSheet(MARKER_SHEET)).toBeUndefined();
    expect(fx.activeSheet).toBe(REPORT_NAMES[0]);
    expect(result.notes).toEqual([]);
  });

  it('leaves every source sheet exactly as it was', () => {
    for (const [name, snapshot] of before) expect(fx.snapshot(name)).toEqual(snapshot);
    const touched = fx.log.filter((e) => e.sheet && before.has(e.sheet) && e.o !== 'load');
    expect(touched).toEqual([]);
  });

  it('takes three syncs: sheet names, markers, one write request', () => {
    expect(result.syncs).toBe(3);
    expect(fx.syncs).toBe(3);
    expect(result.requests).toHaveLength(1);
  });

  it('estimates each request at least at what was sent', () => {
    const writes = fx.requests.slice(2);
    writes.forEach((r, i) => expect(result.requests[i]!).toBeGreaterThanOrEqual(r.bytes));
  });

  it('keeps text that starts with = or - as text: format "@" set before the value, same request', () => {
    const sheet = REPORT_NAMES[0]!;
    for (const text of ['=SUM(A1)', '-Báo cáo']) {
      const at = [...fx.sheet(sheet).cells.entries()].find(
        ([, c]) => typeof c.value === 'string' && c.value.startsWith(text),
      );
      expect(at).toBeDefined();
      const [k, cell] = at!;
      expect(cell.formula).toBeUndefined();
      expect(cell.numberFormat).toBe('@');
      const [r, c] = k.split(',').map(Number) as [number, number];
      const order = textBeforeValue(fx, sheet, `${String.fromCharCode(65 + c)}${r + 1}`);
      expect(order.format).toBeGreaterThanOrEqual(0);
      expect(order.format).toBeLessThan(order.value);
      expect(order.sameSync).toBe(true);
    }
  });

  it('formats by style, not per cell', () => {
    const cells = report.sheets.reduce(
      (n, s) => n + s.rows.reduce((m, r) => m + r.cells.length, 0),
      0,
    );
    const fontCalls = fx.log.filter((e) => e.p === 'format.font.name').length;
    expect(fontCalls).toBeLessThan(cells / 4);
    const sheet = report.sheets[0]!;
    const headerRow = sheet.printTitleRows[0];
    const header = fx.sheet(sheet.name).cells.get(`${headerRow},1`)!;
    expect(header.format).toMatchObject({
      'font.name': 'Times New Roman',
      'font.bold': true,
      horizontalAlignment: 'Center',
      'border.top.style': 'Continuous',
      'border.bottom.style': 'Continuous',
      'border.left.style': 'Continuous',
      'border.right.style': 'Continuous',
    });
  });

  it('writes merges, column widths in points, row heights and print setup', () => {
    expect(report.sheets.filter((sheet) => sheet.pageBreaks?.length)).not.toEqual([]);
    report.sheets.forEach((sheet) => {
      const s = fx.sheet(sheet.name);
      expect(s.merges).toEqual(sheet.merges);
      expect(s.columnWidths.get(1)).toBe(columnWidthPoints(sheet.columns[1]!.width));
      sheet.rows.forEach((row, r) => {
        if (row.height !== undefined) expect(s.rowHeights.get(r)).toBe(row.height);
      });
      const [a, b] = sheet.printTitleRows;
      expect(s.pageLayout).toMatchObject({
        orientation: sheet.print.orientation === 'landscape' ? 'Landscape' : 'Portrait',
        paperSize: 'A4',
        leftMargin: expect.closeTo((sheet.print.marginsMm.left * 72) / 25.4, 1),
        topMargin: expect.closeTo((sheet.print.marginsMm.top * 72) / 25.4, 1),
        zoom: { scale: 100 },
        printTitleRows: `$${a + 1}:$${b + 1}`,
        centerHorizontally: true,
      });
      // The page number top-centre from the second page, each sheet numbered from 1.
      expect(String(s.pageLayout.centerHeader)).toMatch(/&P$/);
      expect(s.pageLayout['firstPage.centerHeader']).toBe('');
      expect(s.pageLayout.headersFootersState).toBe('FirstAndDefault');
      expect(s.pageLayout.firstPageNumber).toBe(1);
      expect(s.pageBreaks).toEqual(sheet.pageBreaks ?? []);
      expect(s.showGridlines).toBe(false);
    });
  });

  it('reads back as the report’s values (dates as dates, links as their text)', async () => {
    const { book } = await readExcelBook(fx.context, 'x.xlsx', { capabilities: caps(fx) });
    for (const sheet of report.sheets) {
      const grid = book.sheets.find((g) => g.name === sheet.name)!;
      expect(grid.merges).toEqual(
        [...sheet.merges].sort((a, b) => a.top - b.top || a.left - b.left),
      );
      sheet.rows.forEach((row, r) =>
        row.cells.forEach((cell, c) => {
          const got = grid.rows[r]?.[c]?.value ?? null;
          const v = cell.value;
          if (v === null) expect(got).toBeNull();
          else if (typeof v === 'string' || typeof v === 'number') expect(got).toEqual(v);
          else if ('date' in v) expect(got).toEqual({ kind: 'date', iso: v.date });
          else expect(got).toBe(v.text);
        }),
      );
    }
  });
});

describe('writeExcelReport: merges before formats', () => {
  it('keeps the fill and borders of merged cells (merge first, then format, then values)', async () => {
    const report = await demoReport();
    // Two workbooks: one where merging drops formats set before it (as Excel can), one where it
    // does not (what the writer asked for). The report must come out the same in both.
    const real = await fakeFromXlsx(readFileSync(path.join(demoDir, DEMO_PLAN_FILE)));
    const asked = await fakeFromXlsx(readFileSync(path.join(demoDir, DEMO_PLAN_FILE)), {
      mergeDropsFormats: false,
    });
    await writeExcelReport(real.context, report, { capabilities: caps(real) });
    await writeExcelReport(asked.context, report, { capabilities: caps(asked) });
    let mergedCells = 0;
    for (const sheet of report.sheets) {
      for (const m of sheet.merges)
        for (let r = m.top; r <= m.bottom; r++)
          for (let c = m.left; c <= m.right; c++) {
            const got = real.sheet(sheet.name).cells.get(`${r},${c}`)?.format;
            const want = asked.sheet(sheet.name).cells.get(`${r},${c}`)?.format;
            expect(got).toEqual(want);
            if (want && Object.keys(want).some((k) => k.startsWith('border.'))) mergedCells++;
          }
    }
    expect(mergedCells).toBeGreaterThan(10);
    for (const sheet of report.sheets) {
      const id = real.sheet(sheet.name).id;
      const order = real.log.filter((e) => e.sheetId === id).map((e) => e.p);
      expect(order.lastIndexOf('merge')).toBeLessThan(order.indexOf('format.font.name'));
      expect(order.lastIndexOf('format.font.name')).toBeLessThan(order.indexOf('values'));
    }
  });
});

describe('writeExcelReport: request sizes', () => {
  it('writes the demo report in requests under 5 MB', async () => {
    const fx = await userWorkbook();
    const report = await demoReport();
    const result = await writeExcelReport(fx.context, report, { capabilities: caps(fx) });
    expect(fx.requests.every((r) => !r.failed && r.bytes < REQUEST_LIMIT)).toBe(true);
    expect(result.syncs).toBe(3);
    expect(fx.sheets.map((s) => s.name).slice(0, 4)).toEqual(REPORT_NAMES);
  });

  it('chunks a large report into several requests, each under 5 MB and under its estimate', async () => {
    const fx = await userWorkbook();
    const report = buildReport(largeConsolidation(6000));
    const result = await writeExcelReport(fx.context, report, { capabilities: caps(fx) });
    const writes = fx.requests.slice(2);
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.every((r) => !r.failed && r.bytes < REQUEST_LIMIT)).toBe(true);
    writes.forEach((r, i) => expect(result.requests[i]!).toBeGreaterThanOrEqual(r.bytes));
    expect(fx.sheet(REPORT_NAMES[0]!).cells.size).toBeGreaterThan(6000 * 7);
  }, 60_000);

  it('writes the same sheets in small requests as in one', async () => {
    const report = buildReport(smallConsolidation());
    const one = await userWorkbook();
    const many = await userWorkbook();
    await writeExcelReport(one.context, report, { capabilities: caps(one) });
    const result = await writeExcelReport(many.context, report, {
      capabilities: caps(many),
      batchBytes: 40_000,
    });
    expect(result.requests.length).toBeGreaterThan(3);
    expect(many.requests.every((r) => !r.failed)).toBe(true);
    for (const name of REPORT_NAMES) {
      const { id: _a, ...a } = one.snapshot(name) as { id: number };
      const { id: _b, ...b } = many.snapshot(name) as { id: number };
      expect(b).toEqual(a);
    }
    const at = find(many, REPORT_NAMES[0]!, '=SUM(A1)')!;
    const order = textBeforeValue(many, REPORT_NAMES[0]!, at);
    expect(order.format).toBeLessThan(order.value);
    expect(order.sameSync).toBe(true);
  });
});

describe('writeExcelReport: a second write', () => {
  it.each(['1.17', '1.11'])('replaces only the sheets it owns (ExcelApi %s)', async (version) => {
    const fx = await userWorkbook(version);
    const user = fx.sheets.map((s) => s.name);
    // A user sheet that happens to have a report sheet's name is not ours.
    fx.addSpec('Tình hình báo cáo', { values: [['Ghi chép riêng của tôi']] });
    const mine = fx.snapshot('Tình hình báo cáo');
    const report = buildReport(smallConsolidation());
    const first = await writeExcelReport(fx.context, report, { capabilities: caps(fx) });
    expect(first.sheets.map((s) => s.name)).toEqual([
      'Tổng hợp nhiệm vụ',
      'Tổng hợp chỉ tiêu',
      'Tình hình báo cáo (PhuLuc)',
      'Kết quả kiểm tra',
    ]);
    const firstIds = first.sheets.map((s) => fx.sheet(s.name).id);
    const userBefore = [...user, 'Tình hình báo cáo'].map((n) => fx.snapshot(n));

    const second = await writeExcelReport(fx.context, report, { capabilities: caps(fx) });
    expect(second.replaced).toEqual(first.sheets.map((s) => s.name));
    expect(second.sheets.map((s) => s.name)).toEqual(first.sheets.map((s) => s.name));
    expect(second.sheets.map((s) => fx.sheet(s.name).id)).not.toEqual(firstIds);
    expect([...user, 'Tình hình báo cáo'].map((n) => fx.snapshot(n))).toEqual(userBefore);
    expect(fx.snapshot('Tình hình báo cáo')).toEqual(mine);
    const visible = fx.sheets.filter((s) => s.visibility === 'Visible').map((s) => s.name);
    expect(visible).toEqual([...second.sheets.map((s) => s.name), ...user, 'Tình hình báo cáo']);
    expect(fx.activeSheet).toBe(second.sheets[0]!.name);
    expect(fx.sheets.some((s) => s.name.startsWith('~PhuLuc'))).toBe(false);
  });

  it('replaces the report sheets the exceljs writer made (its _phuluc marker)', async () => {
    const planBytes = readFileSync(path.join(demoDir, DEMO_PLAN_FILE));
    const bytes = await consolidatedWorkbookBytes(planBytes, buildReport(smallConsolidation()));
    for (const version of ['1.11', '1.17']) {
      const fx = await fakeFromXlsx(bytes, { version });
      const count = fx.sheets.length;
      const result = await writeExcelReport(fx.context, buildReport(smallConsolidation()), {
        capabilities: caps(fx),
      });
      expect(result.replaced).toEqual(REPORT_NAMES);
      expect(result.sheets.map((s) => s.name)).toEqual(REPORT_NAMES);
      expect(fx.sheets).toHaveLength(count);
      expect(fx.sheets.slice(0, REPORT_NAMES.length).map((s) => s.name)).toEqual(REPORT_NAMES);
      const marker = fx.sheet(MARKER_SHEET);
      expect(marker.visibility).toBe('VeryHidden');
      expect(fx.cell(MARKER_SHEET, 'B4')!.value).toBe(REPORT_NAMES[0]);
    }
  });
});

describe('writeExcelReport: older Excel', () => {
  it('without ExcelApi 1.9 writes the sheets and says print setup must be done by hand', async () => {
    const fx = await userWorkbook('1.8');
    const report = buildReport(smallConsolidation());
    const result = await writeExcelReport(fx.context, report, { capabilities: caps(fx) });
    expect(fx.requests.every((r) => !r.failed)).toBe(true);
    const visible = fx.sheets.filter((s) => s.visibility === 'Visible').map((s) => s.name);
    expect(visible.slice(0, 4)).toEqual(REPORT_NAMES);
    for (const name of REPORT_NAMES) expect(fx.sheet(name).pageLayout).toEqual({});
    const note = result.notes.find((n) => n.id === 'page-layout')!;
    expect(note.vi).toMatch(/thiết lập bằng tay/);
    expect(note.vi).toContain('"Tổng hợp nhiệm vụ": A4 ngang');
    expect(note.vi).toContain('số trang ở giữa đầu trang (trang đầu khác, không số), bắt đầu từ 1');
    const breaks = report.sheets[0]!.pageBreaks!.map((r) => r + 1).join(', ');
    expect(note.vi).toContain(`ngắt trang trước các dòng ${breaks}`);
    expect(note.en).toMatch(/by hand/);
    expect(note.en).toContain(`page breaks before rows ${breaks}`);
    expect(result.notes.map((n) => n.id)).toContain('custom-properties');
  });

  it('without ExcelApi 1.12 marks its sheets in a very hidden "_phuluc" sheet', async () => {
    const fx = await userWorkbook('1.11');
    const result = await writeExcelReport(fx.context, buildReport(smallConsolidation()), {
      capabilities: caps(fx),
    });
    expect(result.marker).toBe('marker-sheet');
    const marker = fx.sheet(MARKER_SHEET);
    expect(marker.visibility).toBe('VeryHidden');
    const rows = [...Array(7).keys()].map((r) => [
      fx.cell(MARKER_SHEET, `A${r + 1}`)?.value,
      fx.cell(MARKER_SHEET, `B${r + 1}`)?.value,
    ]);
    expect(rows).toEqual([
      ['generator', 'PhuLuc'],
      ['version', '1'],
      ['asOf', '2025-12-15'],
      ...REPORT_NAMES.map((n) => ['sheet', n]),
    ]);
    for (const name of REPORT_NAMES) expect(fx.sheet(name).customProperties.size).toBe(0);
    expect(result.notes.map((n) => n.id)).toEqual(['custom-properties']);
  });

  it('without ExcelApi 1.7 and 1.8 leaves panes and gridlines alone, and says so', async () => {
    const fx = await userWorkbook('1.6');
    const result = await writeExcelReport(fx.context, buildReport(smallConsolidation()), {
      capabilities: caps(fx),
    });
    expect(fx.requests.every((r) => !r.failed)).toBe(true);
    expect(result.notes.map((n) => n.id)).toEqual(
      expect.arrayContaining(['page-layout', 'custom-properties', 'hide-gridlines']),
    );
  });

  it('without ExcelApi 1.2 refuses to write, with the reason', async () => {
    const fx = await userWorkbook('1.1');
    await expect(
      writeExcelReport(fx.context, buildReport(smallConsolidation()), { capabilities: caps(fx) }),
    ).rejects.toMatchObject({ note: { id: 'write' } });
    expect(fx.syncs).toBe(0);
  });
});
