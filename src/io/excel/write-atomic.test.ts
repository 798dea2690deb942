/// <reference types="office-js" />
/**
 * Report writing is all or nothing: a failure at any step of a write leaves the workbook exactly
 * as it was (no junk sheets, old report sheets under their own names, the marker as it was),
 * and a failure while deleting the old sheets leaves the new report in place with the old sheets
 * named and marked, so the next write removes them.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { buildReport } from '../../core/report-model/build';
import { MARKER_SHEET } from '../../core/report-model/marker';
import type { ReportBook } from '../../core/report-model/types';
import { consolidatedWorkbookBytes } from '../xlsx/write';
import { createFakeExcel, type FakeExcel } from '../../../test/fake-excel/fake-excel';
import { fakeFromXlsx } from '../../../test/fake-excel/from-xlsx';
import { smallConsolidation } from '../../../test/fixtures/report-consolidation';
import { DEMO_PLAN_FILE } from '../../../test/fixtures/demo';
import { detectCapabilities } from './capabilities';
import { ReportWriteError } from './errors';
import { writeExcelReport } from './write';

const demoPlan = path.join(__dirname, '..', '..', '..', 'samples', 'tong-hop', DEMO_PLAN_FILE);
const REPORT_NAMES = [
  'Tổng hợp nhiệm vụ',
  'Tổng hợp chỉ tiêu',
  'Tình hình báo cáo',
  'Kết quả kiểm tra',
];

const write = (fx: FakeExcel, report: ReportBook) =>
  writeExcelReport(fx.context, report, { capabilities: detectCapabilities(fx.isSetSupported) });

/** Everything a user could see or a later write could find: sheets in order, their content. */
function state(fx: FakeExcel): unknown {
  return fx.sheets.map((s) => ({
    id: s.id,
    name: s.name,
    visibility: s.visibility,
    // An empty cell is the same whether or not a write once blanked it.
    cells: [...s.cells.entries()]
      .filter(([, c]) => c.value !== '' || c.formula || c.format || isFormat(c.numberFormat))
      .map(([k, c]) => [
        k,
        { ...c, numberFormat: isFormat(c.numberFormat) ? c.numberFormat : undefined },
      ])
      .sort(),
    merges: s.merges,
    columnWidths: [...s.columnWidths],
    rowHeights: [...s.rowHeights],
    customProperties: [...s.customProperties],
    pageLayout: s.pageLayout,
    freezeRows: s.freezeRows,
    showGridlines: s.showGridlines,
  }));
}

function isFormat(f: string | undefined): f is string {
  return f !== undefined && f !== 'General';
}

/** A user's workbook with one small sheet of their own. */
function userBook(version: string): FakeExcel {
  return createFakeExcel({ 'Sổ theo dõi': { values: [['Ghi chép', 1]] } }, { version });
}

/** The workbook after a first report, written by this writer or by the exceljs writer (`_phuluc` very hidden). */
async function reportedBook(version: string, by: 'office' | 'exceljs'): Promise<FakeExcel> {
  if (by === 'office') {
    const fx = userBook(version);
    await write(fx, buildReport(smallConsolidation()));
    return fx;
  }
  const bytes = await consolidatedWorkbookBytes(
    readFileSync(demoPlan),
    buildReport(smallConsolidation()),
  );
  return fakeFromXlsx(bytes, { version });
}

/**
 * Where to break a write: every operation of discovery, of the start (sheets added, marked,
 * listed) and of the end (swap, deletion), and inside the content each first operation of a new
 * kind (widths → merges → formats → heights → values → print setup) and of each request. Breaking
 * at each of the ~2,400 content operations would take minutes and test nothing more.
 */
/** `format.font.bold` → `format`, `pageLayout.zoom` → `pageLayout`. */
const kind = (p: string) => p.split('.')[0];

async function stepsOf(
  base: FakeExcel,
  report: ReportBook,
): Promise<{ at: number[]; total: number }> {
  const fx = base.clone();
  await write(fx, report);
  const log = fx.log;
  const edge = 40;
  const at = log
    .map((e, k) => ({ e, k }))
    .filter(
      ({ e, k }) =>
        k < edge ||
        k >= log.length - edge ||
        e.sync !== log[k - 1]!.sync ||
        kind(e.p) !== kind(log[k - 1]!.p) ||
        e.sheetId !== log[k - 1]!.sheetId,
    )
    .map(({ k }) => k);
  return { at, total: log.length };
}

const cases: [string, () => Promise<FakeExcel>][] = [
  ['a first write (ExcelApi 1.17)', async () => userBook('1.17')],
  ['a first write (ExcelApi 1.11, marker sheet)', async () => userBook('1.11')],
  ['a second write (ExcelApi 1.17)', () => reportedBook('1.17', 'office')],
  ['a second write (ExcelApi 1.11, marker sheet)', () => reportedBook('1.11', 'office')],
  ['over the exceljs writer’s report (ExcelApi 1.17)', () => reportedBook('1.17', 'exceljs')],
  ['over the exceljs writer’s report (ExcelApi 1.11)', () => reportedBook('1.11', 'exceljs')],
];

describe('writeExcelReport is all or nothing', () => {
  const report = buildReport(smallConsolidation());

  it.each(cases)(
    '%s: a failure at any step leaves the workbook as it was',
    async (_, make) => {
      const base = await make();
      const before = state(base);
      const beforeJson = JSON.stringify(before);
      const steps = await stepsOf(base, report);
      let undone = 0;
      for (const step of steps.at) {
        const fx = base.clone();
        fx.failAfter(step);
        const outcome = await write(fx, report).then(
          (r) => ({ ok: true as const, r }),
          (e: unknown) => ({ ok: false as const, e }),
        );
        expect(fx.failurePending).toBe(false);
        if (!outcome.ok) {
          if (outcome.e instanceof ReportWriteError) {
            undone++;
            expect(outcome.e.restored).toBe(true);
            expect(outcome.e.text.vi).toMatch(/Sổ tính vẫn như trước khi ghi/);
            expect(outcome.e.text.en).toMatch(/GeneralException: injected failure/);
          }
          // Compared as JSON first: a deep comparison of every step's workbook takes long.
          if (JSON.stringify(state(fx)) !== beforeJson) expect(state(fx)).toEqual(before);
          continue;
        }
        // Failed while deleting the old sheets: the new report stands, what is left is named.
        const { r } = outcome;
        const left = fx.sheets.filter((s) => s.name.startsWith('~PhuLuc')).map((s) => s.name);
        // (None left when only trimming the marker's list failed: a longer list does no harm.)
        const note = r.notes.find((n) => n.id === 'old-sheets-left');
        expect(note === undefined).toBe(left.length === 0);
        for (const name of left) {
          expect(note?.vi).toContain(`"${name}"`);
          expect(note?.en).toContain(`"${name}"`);
        }
        // … and the next write removes them.
        await write(fx, report);
        expect(fx.sheets.some((s) => s.name.startsWith('~PhuLuc'))).toBe(false);
        expect(fx.sheets.filter((s) => REPORT_NAMES.includes(s.name))).toHaveLength(4);
      }
      // Past the last step, the failure never comes: the write is complete.
      const fx = base.clone();
      fx.failAfter(steps.total);
      await write(fx, report);
      expect(fx.failurePending).toBe(true);
      expect(undone).toBeGreaterThan(20);
    },
    180_000,
  );

  it('when even the undo fails, names the sheets left behind, in both languages', async () => {
    const base = await reportedBook('1.17', 'office');
    const fx = base.clone();
    const existing = new Set(fx.sheets.map((s) => s.id));
    // The write's 40th call fails, and so does the undo's first request.
    fx.failAfter(40, 2);
    const error = await write(fx, report).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ReportWriteError);
    const e = error as ReportWriteError;
    expect(e.restored).toBe(false);
    const left = fx.sheets.filter((s) => !existing.has(s.id)).map((s) => s.name);
    expect(left.length).toBeGreaterThan(0);
    expect(e.leftovers).toEqual(left);
    for (const name of left) {
      expect(e.text.vi).toContain(`"${name}"`);
      expect(e.text.en).toContain(`"${name}"`);
    }
    expect(e.text.vi).toMatch(/xóa chúng bằng tay/);
    expect(e.hint!.en).toMatch(/delete the sheets left behind/);
    // They are marked as PhuLuc's: the next write removes them.
    await write(fx, report);
    expect(fx.sheets.filter((s) => !existing.has(s.id)).map((s) => s.name)).toEqual(REPORT_NAMES);
    expect(fx.sheets.some((s) => s.name.startsWith('~PhuLuc'))).toBe(false);
  });

  it('deletes nothing of the old report before the new one is in place', async () => {
    const fx = await reportedBook('1.17', 'office');
    const ids = REPORT_NAMES.map((n) => fx.sheet(n).id);
    await write(fx, report);
    const deletes = fx.log.filter((e) => e.p === 'delete').map((e) => e.sync);
    const renames = fx.log.filter((e) => e.p === 'name').map((e) => e.sync);
    expect(deletes).toHaveLength(4);
    expect(Math.min(...deletes)).toBeGreaterThan(Math.max(...renames));
    expect(new Set(deletes).size).toBe(1);
    expect(fx.requests.at(-1)!.ops).toBe(4);
    for (const id of ids) expect(fx.sheets.some((s) => s.id === id)).toBe(false);
  });

  it('makes the very hidden marker visible before any delete, and keeps one marker', async () => {
    for (const version of ['1.11', '1.17']) {
      const fx = await reportedBook(version, 'exceljs');
      const marker = fx.sheet(MARKER_SHEET).id;
      expect(fx.sheet(MARKER_SHEET).visibility).toBe('VeryHidden');
      await write(fx, report);
      // The marker is rewritten in place, never deleted.
      expect(fx.sheet(MARKER_SHEET).id).toBe(marker);
      expect(fx.sheet(MARKER_SHEET).visibility).toBe('VeryHidden');
      expect(fx.requests.every((r) => !r.failed)).toBe(true);
    }
  });

  it('a report sheet the user hid is made visible before it is deleted', async () => {
    const fx = await reportedBook('1.17', 'office');
    fx.sheet(REPORT_NAMES[1]!).visibility = 'VeryHidden';
    await write(fx, report);
    expect(fx.requests.every((r) => !r.failed)).toBe(true);
    expect(fx.sheets.some((s) => s.name.startsWith('~PhuLuc'))).toBe(false);
    expect(fx.sheet(REPORT_NAMES[1]!).visibility).toBe('Visible');
  });
});
