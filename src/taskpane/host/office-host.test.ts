/**
 * @jest-environment node
 *
 * The Excel host over the strict fake Excel (a property read before load + sync throws; syncs
 * are counted): the pane's Office path reads, writes, opens and saves through the same adapters
 * the CLI's tests check, and never touches the plan's own sheets.
 */
/// <reference types="office-js" />
import { readFileSync } from 'fs';
import path from 'path';
import { consolidate } from '../../core/consolidate/consolidate';
import { buildReport } from '../../core/report-model/build';
import { scanBook } from '../../core/scan';
import { detectCapabilities } from '../../io/excel/capabilities';
import { readWorkbook } from '../../io/xlsx/read';
import type { FakeExcel } from '../../../test/fake-excel/fake-excel';
import { fakeFromXlsx } from '../../../test/fake-excel/from-xlsx';
import { SAMPLE_AS_OF, SAMPLE_PLAN } from '../_test/fake-host';
import { CELL_EDIT_HINT, CELL_EDIT_TEXT, ExcelTaskError } from '../../io/excel/errors';
import { AUTO_SHOW_SETTING, createOfficeHost } from './office-host';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const planBytes = new Uint8Array(readFileSync(path.join(ROOT, SAMPLE_PLAN)));

interface FakeOffice {
  office: typeof Office;
  excel: typeof Excel;
  saved: Map<string, unknown>;
  created: string[];
  links: { download: string }[];
}

/** Office and Excel globals around a fake Excel, with settings and createWorkbook recorded. */
function officeAround(
  fx: FakeExcel,
  opts: { saveFails?: boolean; background?: string; createFails?: boolean } = {},
): FakeOffice {
  const saved = new Map<string, unknown>();
  const created: string[] = [];
  const office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      requirements: { isSetSupported: fx.isSetSupported },
      officeTheme: { bodyBackgroundColor: opts.background ?? '#FFFFFF' },
      document: {
        url: 'C:\\Users\\can-bo\\Documents\\ke-hoach-cai-cach-tthc-2024.xlsx',
        settings: {
          get: (key: string) => saved.get(key) ?? null,
          set: (key: string, value: unknown) => saved.set(key, value),
          saveAsync: (cb: (r: { status: string; error?: { message: string } }) => void) =>
            cb(
              opts.saveFails
                ? { status: 'failed', error: { message: 'read-only workbook' } }
                : { status: 'succeeded' },
            ),
        },
      },
    },
  } as unknown as typeof Office;
  const excel = {
    // Excel.run of the fake: honours delayForCellEdit from ExcelApi 1.11 on.
    run: fx.run.bind(fx),
    createWorkbook: (base64: string) => {
      if (opts.createFails) return Promise.reject(new Error('blocked'));
      created.push(base64);
      return Promise.resolve();
    },
  } as unknown as typeof Excel;
  return { office, excel, saved, created, links: [] };
}

/** Just enough of a Document for the download fallback. */
function fakeDocument(links: { download: string }[]): Document {
  return {
    createElement: () => {
      const link = { href: '', download: '', rel: '', style: {}, click: () => links.push(link) };
      return Object.assign(link, { remove: () => undefined });
    },
    body: { appendChild: () => undefined },
  } as unknown as Document;
}

/** The Office host around a fake Excel, with the Office globals {@link officeAround} makes. */
function hostAround(fx: FakeExcel, options?: Parameters<typeof officeAround>[1]) {
  const office = officeAround(fx, options);
  const host = createOfficeHost(
    { office: office.office, excel: office.excel, document: fakeDocument(office.links) },
    detectCapabilities(fx.isSetSupported),
  );
  return { office, host };
}

beforeAll(() => {
  Object.assign(URL, { createObjectURL: () => 'blob:phuluc', revokeObjectURL: () => undefined });
});

describe('createOfficeHost', () => {
  it('reads the open workbook in a constant number of syncs, as the file reader does', async () => {
    const fx = await fakeFromXlsx(planBytes);
    const { host: host } = hostAround(fx);
    const loaded = await host.readOpenWorkbook();
    expect(loaded.name).toBe('ke-hoach-cai-cach-tthc-2024.xlsx');
    expect(fx.syncs).toBe(3);
    const fromExcel = scanBook(loaded.book, { asOf: SAMPLE_AS_OF });
    const fromFile = scanBook(await readWorkbook(planBytes, loaded.name), { asOf: SAMPLE_AS_OF });
    expect(fromExcel.tables.map((t) => [t.sheet, t.kind, t.items.length])).toEqual(
      fromFile.tables.map((t) => [t.sheet, t.kind, t.items.length]),
    );
  });

  it('writes the report sheets and leaves the plan’s own sheets as they were', async () => {
    const fx = await fakeFromXlsx(planBytes);
    const { host: host } = hostAround(fx);
    const before = JSON.stringify(fx.sheets.map((s) => [s.name, [...s.cells.entries()]]));
    const loaded = await host.readOpenWorkbook();
    const scan = scanBook(loaded.book, { asOf: SAMPLE_AS_OF });
    const report = buildReport(consolidate(scan, [], { asOf: SAMPLE_AS_OF }));
    const outcome = await host.writeReport(report, loaded, 'x.xlsx');
    expect(outcome.kind).toBe('sheets');
    if (outcome.kind !== 'sheets') return;
    expect(outcome.sheets).toEqual(
      expect.arrayContaining(['Tổng hợp nhiệm vụ', 'Tổng hợp chỉ tiêu', 'Tình hình báo cáo']),
    );
    const planSheets = JSON.parse(before) as [string, unknown][];
    const after = new Map(fx.sheets.map((s) => [s.name, JSON.stringify([...s.cells.entries()])]));
    for (const [name, cells] of planSheets) expect(after.get(name)).toBe(JSON.stringify(cells));
  });

  it('reopens the workbook with the pane once a report is written (AutoShowTaskpaneWithDocument)', async () => {
    const fx = await fakeFromXlsx(planBytes);
    const { office: g, host: host } = hostAround(fx);
    const loaded = await host.readOpenWorkbook();
    expect(g.saved.has(AUTO_SHOW_SETTING)).toBe(false);
    const scan = scanBook(loaded.book, { asOf: SAMPLE_AS_OF });
    await host.writeReport(buildReport(consolidate(scan, [], { asOf: SAMPLE_AS_OF })), loaded, 'x');
    expect(g.saved.get(AUTO_SHOW_SETTING)).toBe(true);
  });

  it('writes a report as one undo step where Excel offers it (ExcelApi 1.20), and waits for cell edits from 1.11', async () => {
    for (const [version, grouped, delayed] of [
      ['1.20', true, true],
      ['1.17', false, true],
      ['1.10', false, false],
    ] as const) {
      const fx = await fakeFromXlsx(planBytes, { version });
      const { host: host } = hostAround(fx);
      const loaded = await host.readOpenWorkbook();
      const scan = scanBook(loaded.book, { asOf: SAMPLE_AS_OF });
      await host.writeReport(
        buildReport(consolidate(scan, [], { asOf: SAMPLE_AS_OF })),
        loaded,
        'x',
      );
      const [read, write] = fx.runs;
      expect(read!.mergeUndoGroup).toBeUndefined();
      expect(write!.mergeUndoGroup === true).toBe(grouped);
      expect(write!.delayForCellEdit === true).toBe(delayed);
    }
  });

  it('while a cell is being edited: waits for the edit on ExcelApi 1.11+, else says to finish it, in both languages', async () => {
    const fx = await fakeFromXlsx(planBytes);
    const { host: host } = hostAround(fx);
    fx.startCellEdit();
    let done = false;
    const reading = host.readOpenWorkbook().then((r) => ((done = true), r));
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(done).toBe(false);
    expect(fx.requests.filter((r) => r.failed)).toEqual([]);
    fx.endCellEdit();
    expect((await reading).book.sheets.length).toBeGreaterThan(0);

    const old = await fakeFromXlsx(planBytes, { version: '1.10' });
    const { host: oldHost } = hostAround(old);
    old.startCellEdit();
    const error = await oldHost.readOpenWorkbook().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ExcelTaskError);
    expect((error as ExcelTaskError).text).toEqual(CELL_EDIT_TEXT);
    expect((error as ExcelTaskError).hint).toEqual(CELL_EDIT_HINT);
    expect(CELL_EDIT_HINT.vi).toMatch(/Enter hoặc Esc/);
    expect(CELL_EDIT_HINT.en).toMatch(/Enter or Esc/);
  });

  it('opens a generated workbook with Excel.createWorkbook on ExcelApi 1.8, else downloads it', async () => {
    const bytes = new Uint8Array([80, 75, 3, 4, 1, 2, 3]);
    const fx = await fakeFromXlsx(planBytes);
    const { office: g, host: modern } = hostAround(fx);
    expect(await modern.deliverWorkbook('mau.xlsx', bytes)).toBe('opened');
    expect(Buffer.from(g.created[0] ?? '', 'base64')).toEqual(Buffer.from(bytes));

    const old = await fakeFromXlsx(planBytes, { version: '1.7' });
    const { office: g7, host: legacy } = hostAround(old);
    expect(await legacy.deliverWorkbook('mau.xlsx', bytes)).toBe('downloaded');
    expect(g7.created).toHaveLength(0);
    expect(g7.links.map((l) => l.download)).toEqual(['mau.xlsx']);

    const { host: host } = hostAround(fx, { createFails: true });
    expect(await host.deliverWorkbook('mau.xlsx', bytes)).toBe('downloaded');
  });

  it('saves settings with the workbook and reports a failed save', async () => {
    const fx = await fakeFromXlsx(planBytes);
    const { host: host } = hostAround(fx);
    await host.saveSettings({ dueSoonDays: 14 });
    expect(await host.loadSettings()).toEqual({ dueSoonDays: 14 });
    const { host: readOnly } = hostAround(fx, { saveFails: true });
    await expect(readOnly.saveSettings({})).rejects.toThrow('read-only workbook');
  });

  it('follows the Office theme and lists what an old Excel lacks', async () => {
    const fx = await fakeFromXlsx(planBytes, { version: '1.8' });
    const { host: host } = hostAround(fx, { background: '#1F1F1F' });
    expect(host.prefersDark()).toBe(true);
    expect(host.missing.map((n) => n.id)).toEqual([
      'page-layout',
      'custom-properties',
      'merged-areas',
    ]);
  });
});
