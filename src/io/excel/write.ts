/// <reference types="office-js" />
/**
 * The Office.js writer: puts a report model (`ReportBook`) into the open workbook as new
 * sheets, replacing only the sheets an earlier run wrote and never touching the user's sheets.
 * All or nothing: the new sheets are prepared under temporary names ("~PhuLuc 1", …) and take
 * their names last; if any request fails, `_lib/undo.ts` removes everything this write added,
 * so the workbook is as it was, and a `ReportWriteError` says so in both languages. Requests
 * stay under Excel on the web's 5 MB:
 *
 * 1. discovery, one or two syncs: sheet ids and names, then (ExcelApi 1.12) each sheet's
 *    "PhuLuc" custom property and the `_phuluc` marker sheet's cells, if there is one
 *    (`_lib/replace.ts`);
 * 2. the write, packed into requests of at most `batchBytes` estimated bytes (one request for a
 *    report of a few hundred rows): new sheets added under temporary names and marked (the
 *    marker sheet lists every name the write may leave, so even a write that cannot be undone
 *    is replaced next time); per sheet column widths, merges, formats by style, row heights,
 *    values as 2-D arrays per block of rows (text that Excel would read as a formula, number or
 *    date gets the text format "@" first, in the same request), print setup
 *    (`_lib/sheet-ops.ts`); at the end the old report sheets renamed aside, the new ones given
 *    their names, moved to the front in order (printing the workbook prints them first) and
 *    the first activated;
 * 3. only then, in a request of its own, the old report sheets deleted (made visible first) and
 *    the marker's list trimmed: deletion cannot be undone, so it waits until nothing else can
 *    fail. If it fails, the report stands and the old sheets left over are named in `notes`.
 */
import {
  MARKER_SHEET,
  markerRows,
  OWNER_PROPERTY,
  ownerPropertyValue,
  sameSheetName,
} from '../../core/report-model/marker';
import type { ReportBook } from '../../core/report-model/types';
import { DEFAULT_BATCH_BYTES, opBytes } from './_lib/bytes';
import { packBatches } from './_lib/chunk';
import { unit, type Op, type Unit } from './_lib/ops';
import { printByHand } from './_lib/print';
import {
  asideNames,
  findOwnedSheets,
  markerOps,
  writtenNames,
  type WorkbookSheets,
  type WrittenSheet,
} from './_lib/replace';
import { sheetUnits } from './_lib/sheet-ops';
import { undoWrite } from './_lib/undo';
import {
  capabilityNote,
  detectCapabilities,
  MissingCapabilityError,
  type Capabilities,
  type CapabilityNote,
} from './capabilities';
import { ReportWriteError } from './errors';

export { coercible, officeValue } from './_lib/cell-values';
export type { WrittenSheet } from './_lib/replace';

export interface WriteOptions {
  /** Defaults to what `Office.context.requirements` reports. */
  readonly capabilities?: Capabilities;
  /** Estimated bytes per request; default 4,000,000 (Excel on the web rejects requests over 5 MB). */
  readonly batchBytes?: number;
}

/** A note on the written report: a capability this Excel lacks, or old sheets left over. */
export type WriteNote =
  CapabilityNote | { readonly id: 'old-sheets-left'; readonly vi: string; readonly en: string };

export interface ExcelWrite {
  readonly sheets: readonly WrittenSheet[];
  /** Report sheets of an earlier run that were replaced. */
  readonly replaced: readonly string[];
  /** How the written sheets are marked as PhuLuc's. */
  readonly marker: 'custom-property' | 'marker-sheet';
  /** What this Excel could not do and what to do by hand; old sheets that could not be deleted. */
  readonly notes: readonly WriteNote[];
  /** Estimated bytes of each write request. */
  readonly requests: readonly number[];
  /** `context.sync` calls the write took (discovery included). */
  readonly syncs: number;
}

/**
 * Writes a report into the workbook open in Excel, all or nothing: on failure the workbook is
 * put back as it was and a `ReportWriteError` is thrown. Needs ExcelApi 1.2 (merges, widths,
 * heights); uses 1.7 (freeze panes), 1.8 (gridlines), 1.9 (print setup) and 1.12 (sheet marker)
 * when present and otherwise says in `notes` what to do by hand.
 * @example (await writeExcelReport(context, report)).sheets.map((s) => s.name) // ['Tổng hợp nhiệm vụ', …]
 */
export async function writeExcelReport(
  context: Excel.RequestContext,
  report: ReportBook,
  options: WriteOptions = {},
): Promise<ExcelWrite> {
  const caps = options.capabilities ?? detectCapabilities();
  if (!caps.has('write')) throw new MissingCapabilityError(capabilityNote('write'));
  const budget = options.batchBytes ?? DEFAULT_BATCH_BYTES;
  const useProperty = caps.has('custom-properties');

  const found = await findOwnedSheets(context, useProperty);
  const plan = writePlan(found, report, useProperty, caps, budget);
  const { units, cleanup } = writeUnits(context.workbook.worksheets, report, plan);

  const batches = packBatches(units, budget);
  const requests = batches.map((b) => b.reduce((s, u) => s + u.bytes, 0));
  let syncs = found.syncs;
  try {
    for (const batch of batches) {
      for (const u of batch) for (const op of u.ops) op.run();
      // One request per batch of at most `budget` bytes: a handful for any report, never per row.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      syncs++;
    }
  } catch (cause) {
    const undo = await undoWrite(context, found, plan.markerRowCount);
    throw new ReportWriteError(cause, undo.restored, undo.leftovers);
  }

  const notes: WriteNote[] = writeNotes(report, plan.written, caps);
  if (cleanup.length > 0) {
    for (const op of cleanup) op.run();
    try {
      await context.sync();
      syncs++;
    } catch {
      const left = await oldSheetsLeft(context, plan.aside);
      if (left) notes.push(left);
    }
  }
  return {
    sheets: plan.written,
    replaced: found.owned.map((s) => s.name),
    marker: useProperty ? 'custom-property' : 'marker-sheet',
    notes,
    requests:
      cleanup.length > 0 ? [...requests, cleanup.reduce((s, o) => s + o.bytes, 0)] : requests,
    syncs,
  };
}

interface WritePlan {
  readonly found: WorkbookSheets;
  /** The report's sheets, by the names they end with. */
  readonly written: readonly WrittenSheet[];
  /** The names they are prepared under. */
  readonly temps: readonly string[];
  /** The names the old report sheets take until they are deleted. */
  readonly aside: readonly string[];
  /** Whether the `_phuluc` sheet lists PhuLuc's sheets (no custom properties, or one is there). */
  readonly useMarkerSheet: boolean;
  /** Rows of the marker sheet any of its writes may cover (a shorter list blanks the rest). */
  readonly markerRowCount: number;
  readonly useProperty: boolean;
  readonly caps: Capabilities;
  readonly budget: number;
}

function writePlan(
  found: WorkbookSheets,
  report: ReportBook,
  useProperty: boolean,
  caps: Capabilities,
  budget: number,
): WritePlan {
  const { owned } = found;
  const taken = found.existing.filter((s) => !owned.includes(s)).map((s) => s.name);
  const written = writtenNames(report.sheets, taken);
  const all = [...found.existing.map((s) => s.name), ...written.map((w) => w.name)];
  const temps = asideNames(written.length, all);
  const aside = asideNames(owned.length, [...all, ...temps]);
  const listed = everyName(
    owned.map((s) => s.name),
    temps,
    aside,
    written,
  );
  const oldRows = found.markerCells ? rowsUpTo(found.markerCells.address) : 0;
  return {
    found,
    written,
    temps,
    aside,
    useMarkerSheet: !useProperty || found.marker !== undefined,
    markerRowCount: Math.max(markerRows(listed, report.asOf).length, oldRows),
    useProperty,
    caps,
    budget,
  };
}

/** Every name a sheet of PhuLuc's may have during the write, once each. */
function everyName(
  old: readonly string[],
  temps: readonly string[],
  aside: readonly string[],
  written: readonly WrittenSheet[],
): string[] {
  const names: string[] = [];
  for (const n of [...old, ...temps, ...aside, ...written.map((w) => w.name)])
    if (!names.some((m) => sameSheetName(m, n))) names.push(n);
  return names;
}

/** The last row of an A1 range (`A1:B7` → 7). */
function rowsUpTo(address: string): number {
  const m = /(\d+)$/.exec(address);
  return m ? Number(m[1]) : 0;
}

/**
 * Every call of the write, in order (`units`): the new sheets added under temporary names and
 * marked, each sheet's content, then the swap (old sheets aside, new ones named, the first
 * activated); and what may only run once all of that succeeded (`cleanup`): the old sheets
 * deleted and the marker's list trimmed.
 */
function writeUnits(
  worksheets: Excel.WorksheetCollection,
  report: ReportBook,
  p: WritePlan,
): { units: Unit[]; cleanup: Op[] } {
  const proxies = new Map<string, Excel.Worksheet>();
  const ws = (name: string): Excel.Worksheet => proxies.get(name)!;
  const names = p.written.map((w) => w.name);
  const { owned } = p.found;
  let marker: Excel.Worksheet | undefined = p.found.marker?.ws;
  const writeMarker = (listed: readonly string[]): Op[] =>
    markerOps(() => marker!, listed, report.asOf, p.markerRowCount);

  const prelude: Op[] = [];
  if (p.useMarkerSheet) {
    // Listed from the first request on, so a write that can be neither finished nor undone is still replaced next time.
    if (!marker)
      prelude.push({
        bytes: opBytes(MARKER_SHEET) * 2,
        run: () => {
          marker = worksheets.add(MARKER_SHEET);
          marker.visibility = 'VeryHidden';
        },
      });
    prelude.push(
      ...writeMarker(
        everyName(
          owned.map((s) => s.name),
          p.temps,
          p.aside,
          p.written,
        ),
      ),
    );
  }
  report.sheets.forEach((sheet, i) => {
    const name = names[i]!;
    const temp = p.temps[i]!;
    prelude.push({
      bytes: opBytes(temp),
      run: () => {
        proxies.set(name, worksheets.add(temp));
      },
    });
    if (p.useProperty) {
      const value = ownerPropertyValue(sheet.role, report.asOf);
      prelude.push({
        bytes: opBytes(name, [OWNER_PROPERTY, value]),
        run: () => ws(name).customProperties.add(OWNER_PROPERTY, value),
      });
    }
  });

  const units: Unit[] = [unit(prelude)];
  report.sheets.forEach((sheet, i) =>
    units.push(...sheetUnits(() => ws(names[i]!), sheet, p.caps, p.budget)),
  );

  const swap: Op[] = [];
  owned.forEach((s, i) => swap.push(renameOp(() => s.ws, p.aside[i]!)));
  names.forEach((name) => swap.push(renameOp(() => ws(name), name)));
  // The report sheets first, in order, as the exceljs writer puts them: printing the workbook
  // prints the report before the plan's own sheets.
  names.forEach((name, i) =>
    swap.push({
      bytes: opBytes(name),
      run: () => {
        ws(name).position = i;
      },
    }),
  );
  const cleanup: Op[] = [];
  for (const s of owned) {
    // Excel refuses to delete a very hidden sheet: make it visible first.
    if (s.visibility !== 'Visible')
      cleanup.push({ bytes: opBytes(s.name), run: () => (s.ws.visibility = 'Visible') });
    cleanup.push({ bytes: opBytes(s.name), run: () => s.ws.delete() });
  }
  if (p.useMarkerSheet) (owned.length > 0 ? cleanup : swap).push(...writeMarker(names));
  const first = names[0];
  if (first) swap.push({ bytes: opBytes(first), run: () => ws(first).activate() });
  units.push(unit(swap));
  return { units, cleanup };
}

function renameOp(sheet: () => Excel.Worksheet, name: string): Op {
  return {
    bytes: opBytes(name),
    run: () => {
      sheet().name = name;
    },
  };
}

/** The note for old report sheets the last request could not delete, by the names they have now. */
async function oldSheetsLeft(
  context: Excel.RequestContext,
  aside: readonly string[],
): Promise<WriteNote | undefined> {
  let left: readonly string[] = aside;
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    await context.sync();
    left = aside.filter((n) => worksheets.items.some((w) => sameSheetName(w.name, n)));
  } catch {
    // Excel cannot even list the sheets now: name every sheet that may be left.
  }
  // All deleted: only trimming the marker's list failed, and a longer list does no harm.
  if (left.length === 0) return undefined;
  const list = left.map((n) => `"${n}"`).join(', ');
  return {
    id: 'old-sheets-left',
    vi: `Báo cáo mới đã ghi xong nhưng không xóa được các trang báo cáo cũ ${list}. Có thể xóa chúng bằng tay; lần ghi sau PhuLuc cũng sẽ xóa chúng.`,
    en: `The new report is written but the earlier report sheets ${list} could not be deleted. Delete them by hand; PhuLuc's next write removes them too.`,
  };
}

/** What this Excel could not do for the report, and what to do by hand. */
function writeNotes(
  report: ReportBook,
  written: readonly WrittenSheet[],
  caps: Capabilities,
): CapabilityNote[] {
  const notes: CapabilityNote[] = [];
  if (!caps.has('page-layout'))
    notes.push(printByHand(report.sheets.map((sheet, i) => ({ name: written[i]!.name, sheet }))));
  if (!caps.has('custom-properties')) notes.push(capabilityNote('custom-properties'));
  if (!caps.has('freeze-panes') && report.sheets.some((s) => s.freeze))
    notes.push(capabilityNote('freeze-panes'));
  if (!caps.has('hide-gridlines')) notes.push(capabilityNote('hide-gridlines'));
  return notes;
}
