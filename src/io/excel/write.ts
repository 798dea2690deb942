/// <reference types="office-js" />
/**
 * The Office.js writer: puts a report model (`ReportBook`) into the open workbook as new
 * sheets, replacing only the sheets an earlier run wrote and never touching the user's sheets
 * (writes clear Excel's undo history). Requests stay under Excel on the web's 5 MB:
 *
 * 1. discovery, one or two syncs: sheet names, then (ExcelApi 1.12) each sheet's "PhuLuc"
 *    custom property and the `_phuluc` marker sheet's list, if there is one (`_lib/replace.ts`);
 * 2. the write, packed into requests of at most `batchBytes` estimated bytes (one request for a
 *    report of a few hundred rows): old report sheets renamed aside, new sheets added and
 *    marked; per sheet column widths, formats by style, merges, row heights, values as 2-D
 *    arrays per block of rows (text that Excel would read as a formula, number or date gets the
 *    text format "@" first, in the same request), print setup (`_lib/sheet-ops.ts`); at the end
 *    the old report sheets deleted, the marker updated and the first report sheet activated.
 */
import {
  MARKER_SHEET,
  markerRows,
  OWNER_PROPERTY,
  ownerPropertyValue,
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
  type ExistingSheet,
  type WrittenSheet,
} from './_lib/replace';
import { sheetUnits } from './_lib/sheet-ops';
import {
  capabilityNote,
  detectCapabilities,
  MissingCapabilityError,
  type Capabilities,
  type CapabilityNote,
} from './capabilities';

export { coercible, officeValue } from './_lib/cell-values';
export type { WrittenSheet } from './_lib/replace';

export interface WriteOptions {
  /** Defaults to what `Office.context.requirements` reports. */
  readonly capabilities?: Capabilities;
  /** Estimated bytes per request; default 4,000,000 (Excel on the web rejects requests over 5 MB). */
  readonly batchBytes?: number;
}

export interface ExcelWrite {
  readonly sheets: readonly WrittenSheet[];
  /** Report sheets of an earlier run that were replaced. */
  readonly replaced: readonly string[];
  /** How the written sheets are marked as PhuLuc's. */
  readonly marker: 'custom-property' | 'marker-sheet';
  /** What this Excel could not do and what to do by hand. */
  readonly notes: readonly CapabilityNote[];
  /** Estimated bytes of each write request. */
  readonly requests: readonly number[];
  /** `context.sync` calls the write took (discovery included). */
  readonly syncs: number;
}

/**
 * Writes a report into the workbook open in Excel. Needs ExcelApi 1.2 (merges, widths,
 * heights); uses 1.7 (freeze panes), 1.8 (gridlines), 1.9 (print setup) and 1.12 (sheet
 * marker) when present and otherwise says in `notes` what to do by hand.
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
  const { owned } = found;
  const taken = found.existing.filter((s) => !owned.includes(s)).map((s) => s.name);
  const written = writtenNames(report.sheets, taken);
  const aside = asideNames(owned.length, [...taken, ...written.map((w) => w.name)]);

  const units = writeUnits(context.workbook.worksheets, report, {
    written,
    owned,
    aside,
    oldMarker: found.marker,
    useProperty,
    caps,
    budget,
  });

  const batches = packBatches(units, budget);
  const requests = batches.map((b) => b.reduce((s, u) => s + u.bytes, 0));
  let syncs = found.syncs;
  for (const batch of batches) {
    for (const u of batch) for (const op of u.ops) op.run();
    // One request per batch of at most `budget` bytes: a handful for any report, never per row.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    syncs++;
  }

  return {
    sheets: written,
    replaced: owned.map((s) => s.name),
    marker: useProperty ? 'custom-property' : 'marker-sheet',
    notes: writeNotes(report, written, caps),
    requests,
    syncs,
  };
}

interface WritePlan {
  readonly written: readonly WrittenSheet[];
  readonly owned: readonly ExistingSheet[];
  readonly aside: readonly string[];
  readonly oldMarker: ExistingSheet | undefined;
  readonly useProperty: boolean;
  readonly caps: Capabilities;
  readonly budget: number;
}

/**
 * Every call of the write, in order: the old sheets renamed aside, the new sheets added and
 * marked, each sheet's content, then the old sheets deleted and the first new one activated.
 */
function writeUnits(
  worksheets: Excel.WorksheetCollection,
  report: ReportBook,
  p: WritePlan,
): Unit[] {
  const proxies = new Map<string, Excel.Worksheet>();
  const ws = (name: string): Excel.Worksheet => proxies.get(name)!;
  const names = p.written.map((w) => w.name);
  // Without custom properties the marker sheet lists PhuLuc's sheets; once there is one, it is kept up to date.
  const useMarkerSheet = !p.useProperty || p.oldMarker !== undefined;
  let marker: Excel.Worksheet | undefined;
  const markerRowCount = markerRows([...names, ...p.aside], report.asOf).length;
  const writeMarker = (listed: readonly string[]): Op[] =>
    markerOps(() => marker!, listed, report.asOf, markerRowCount);

  const prelude: Op[] = [];
  p.owned.forEach((s, i) =>
    prelude.push({
      bytes: opBytes(p.aside[i]!),
      run: () => {
        s.ws.name = p.aside[i]!;
      },
    }),
  );
  report.sheets.forEach((sheet, i) => {
    const name = names[i]!;
    prelude.push({
      bytes: opBytes(name),
      run: () => {
        proxies.set(name, worksheets.add(name));
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
  if (useMarkerSheet) {
    // Listed from the first request on, so a write that fails half-way is still replaced next time.
    prelude.push({
      bytes: opBytes(MARKER_SHEET) * 3,
      run: () => {
        p.oldMarker?.ws.delete();
        marker = worksheets.add(MARKER_SHEET);
      },
    });
    prelude.push(...writeMarker([...names, ...p.aside]));
    prelude.push({
      bytes: opBytes(MARKER_SHEET),
      run: () => {
        marker!.visibility = 'VeryHidden';
      },
    });
  }

  const units: Unit[] = [unit(prelude)];
  report.sheets.forEach((sheet, i) =>
    units.push(...sheetUnits(() => ws(names[i]!), sheet, p.caps, p.budget)),
  );

  const finale: Op[] = [];
  for (const s of p.owned) finale.push({ bytes: opBytes(s.name), run: () => s.ws.delete() });
  if (useMarkerSheet) finale.push(...writeMarker(names));
  const first = names[0];
  if (first) finale.push({ bytes: opBytes(first), run: () => ws(first).activate() });
  units.push(unit(finale));
  return units;
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
