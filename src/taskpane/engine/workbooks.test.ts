/**
 * @jest-environment node
 *
 * The pane's workbook steps on the real samples: reading picked files, scanning the plan with the
 * pane's settings, finding unit sheets pasted into the open workbook, and merging with progress
 * and cancellation.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { consolidate } from '../../core/consolidate/consolidate';
import type { GridBook } from '../../core/grid/types';
import { scanBook } from '../../core/scan';
import { readWorkbook } from '../../io/xlsx/read';
import { repoFile, SAMPLE_AS_OF, SAMPLE_PLAN } from '../_test/fake-host';
import { DEFAULT_SETTINGS } from './settings';
import { CancelledError, type Progress } from './steps';
import {
  consolidateFiles,
  readWorkbookFile,
  scanPlan,
  unitSheetsOf,
  WorkbookError,
  type UnitFile,
} from './workbooks';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const settings = { ...DEFAULT_SETTINGS, asOf: SAMPLE_AS_OF };
const now = new Date('2026-12-01T08:00:00');

async function book(relative: string): Promise<GridBook> {
  return readWorkbook(new Uint8Array(readFileSync(path.join(ROOT, relative))), 'x.xlsx');
}

describe('readWorkbookFile', () => {
  it('reads a picked .xlsx into grids and keeps its bytes as they were', async () => {
    const loaded = await readWorkbookFile(repoFile(SAMPLE_PLAN));
    expect(loaded.name).toBe('ke-hoach-cai-cach-tthc-2024.xlsx');
    expect(loaded.book.sheets.map((s) => s.name)).toEqual([
      'PL1 Nhiệm vụ',
      'PL2 Chỉ tiêu',
      'Danh mục đơn vị',
    ]);
    expect(Buffer.from(loaded.bytes ?? [])).toEqual(readFileSync(path.join(ROOT, SAMPLE_PLAN)));
  });

  it('names the file and the reason, in both languages, when it is not a workbook', async () => {
    const text = {
      name: 'ghi-chu.txt',
      size: 5,
      arrayBuffer: () => Promise.resolve(new TextEncoder().encode('hello').buffer),
    };
    const error = await readWorkbookFile(text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).failure).toBe('text-file');
    expect((error as WorkbookError).text).toEqual({
      vi: 'Tệp là văn bản (CSV hoặc văn bản thường), không phải sổ tính .xlsx; hãy mở bằng Excel và lưu lại dạng .xlsx: ghi-chu.txt',
      en: 'A text/CSV file, not an .xlsx workbook; open it in Excel and save it as .xlsx: ghi-chu.txt',
    });
  });
});

describe('scanPlan', () => {
  it('uses the as-of date and, when the officer typed one, the roster of the settings', async () => {
    const loaded = { name: 'plan.xlsx', book: await book(SAMPLE_PLAN) };
    const own = scanPlan(loaded, settings, now);
    expect(own.asOf).toBe(SAMPLE_AS_OF);
    expect(own.roster.source).toBe('sheet');
    const typed = scanPlan(loaded, { ...settings, roster: ['Văn phòng Sở', 'Thanh tra Sở'] }, now);
    expect(typed.roster.source).toBe('settings');
    expect(typed.roster.units.map((u) => u.name)).toEqual(['Văn phòng Sở', 'Thanh tra Sở']);
  });

  it('refuses a workbook without an appendix table, naming it', () => {
    const empty: GridBook = {
      name: 'trong.xlsx',
      sheets: [{ name: 'Trang1', rows: [[{ value: 'Ghi chú họp giao ban' }]], merges: [] }],
    };
    const error = (() => {
      try {
        return scanPlan({ name: 'trong.xlsx', book: empty }, settings, now);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).text.en).toBe(
      'No appendix table found in the workbook: trong.xlsx',
    );
  });
});

describe('unitSheetsOf', () => {
  it('groups the sheets pasted from each unit’s return into one unit, and leaves the plan out', async () => {
    const plan = await book(SAMPLE_PLAN);
    const tt = await book('samples/tong-hop/thanh-tra.xlsx');
    const vp = await book('samples/tong-hop/van-phong-so.xlsx');
    const rename = (b: GridBook, prefix: string) =>
      b.sheets.map((s) => ({ ...s, name: `${prefix} ${s.name}` }));
    const open: GridBook = {
      ...plan,
      sheets: [...plan.sheets, ...rename(tt, 'TT'), ...rename(vp, 'VP')],
    };
    const units = unitSheetsOf({ name: 'so-tinh.xlsx', book: open }, settings, now);
    expect(units.map((u) => u.sheet)).toEqual([
      'TT PL1 Nhiệm vụ, TT PL2 Chỉ tiêu',
      'VP PL1 Nhiệm vụ, VP PL2 Chỉ tiêu',
    ]);

    // Merged, they give what the same units' files give.
    const planScan = scanPlan({ name: 'plan.xlsx', book: plan }, settings, now);
    const fromSheets = await consolidateFiles(
      planScan,
      units,
      settings,
      new AbortController().signal,
      () => undefined,
    );
    const fromFiles = consolidate(
      planScan,
      [
        { file: 'thanh-tra.xlsx', scan: scanBook(tt, { asOf: SAMPLE_AS_OF }) },
        { file: 'van-phong-so.xlsx', scan: scanBook(vp, { asOf: SAMPLE_AS_OF }) },
      ],
      { asOf: SAMPLE_AS_OF, period: 'quarter' },
    );
    expect(fromSheets.units.filter((u) => u.submitted).map((u) => u.name)).toEqual(
      fromFiles.units.filter((u) => u.submitted).map((u) => u.name),
    );
    expect(fromSheets.units.filter((u) => u.submitted)).toHaveLength(2);
    expect(fromSheets.tasks.map((t) => t.status)).toEqual(fromFiles.tasks.map((t) => t.status));
  });
});

describe('consolidateFiles', () => {
  async function planAndUnits(): Promise<{
    plan: ReturnType<typeof scanPlan>;
    units: UnitFile[];
  }> {
    const plan = scanPlan({ name: 'plan.xlsx', book: await book(SAMPLE_PLAN) }, settings, now);
    const units: UnitFile[] = [
      {
        name: 'thanh-tra.xlsx',
        loaded: await readWorkbookFile(repoFile('samples/tong-hop/thanh-tra.xlsx')),
      },
      { name: 'hong.xlsx', error: new WorkbookError('unreadable-workbook', 'hong.xlsx') },
    ];
    return { plan, units };
  }

  it('reports progress per file and turns an unreadable file into an issue', async () => {
    const { plan, units } = await planAndUnits();
    const seen: Progress[] = [];
    const c = await consolidateFiles(plan, units, settings, new AbortController().signal, (p) =>
      seen.push(p),
    );
    expect(seen.map((p) => [p.done, p.total])).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(c.issues).toContainEqual(
      expect.objectContaining({
        code: 'unit-file-unreadable',
        file: 'hong.xlsx',
        failure: 'unreadable-workbook',
      }),
    );
  });

  it('stops with CancelledError once the user cancels', async () => {
    const { plan, units } = await planAndUnits();
    const controller = new AbortController();
    const run = consolidateFiles(plan, units, settings, controller.signal, () =>
      controller.abort(),
    );
    await expect(run).rejects.toBeInstanceOf(CancelledError);
  });
});
