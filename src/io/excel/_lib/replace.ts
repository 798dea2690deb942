/// <reference types="office-js" />
/**
 * Replacing an earlier run's report sheets and nothing else: which sheets are PhuLuc's (a
 * "PhuLuc" custom property with ExcelApi 1.12, or the `_phuluc` marker sheet's list), the names
 * the new sheets get beside the user's, and the calls that keep the marker sheet up to date.
 */
import {
  freeSheetName,
  MARKER_SHEET,
  markerRows,
  OWNER_PROPERTY,
  parseMarker,
  sameSheetName,
} from '../../../core/report-model/marker';
import type { ReportSheet, SheetRole } from '../../../core/report-model/types';
import { opBytes } from './bytes';
import { grid, type Op, type SheetRef } from './ops';

export interface WrittenSheet {
  readonly name: string;
  readonly role: SheetRole;
  /** The report's name for the sheet, when a user's sheet already has it and ours got another. */
  readonly wanted?: string;
}

/** A sheet of the open workbook, with the id, name and visibility it had when the write began. */
export interface ExistingSheet {
  readonly ws: Excel.Worksheet;
  readonly id: string;
  readonly name: string;
  readonly visibility: Excel.SheetVisibility | `${Excel.SheetVisibility}`;
}

/** The marker sheet's cells as they were, to put back if a write fails. */
export interface MarkerCells {
  /** The used range, without the sheet name (`A1:B7`). */
  readonly address: string;
  readonly values: unknown[][];
  readonly numberFormat: unknown[][];
}

export interface WorkbookSheets {
  readonly existing: readonly ExistingSheet[];
  readonly marker: ExistingSheet | undefined;
  /** The marker sheet's cells, when there is one and it is not empty. */
  readonly markerCells: MarkerCells | undefined;
  /** Report sheets an earlier run wrote (never the marker itself). */
  readonly owned: readonly ExistingSheet[];
  /** `context.sync` calls the discovery took: one or two. */
  readonly syncs: number;
}

/**
 * The workbook's sheets and which of them are PhuLuc's: sheet names first, then (one more sync)
 * each sheet's custom property when `useProperty` and the marker sheet's list when there is one.
 * @example (await findOwnedSheets(context, true)).owned.map((s) => s.name) // ['Tổng hợp nhiệm vụ', …]
 */
export async function findOwnedSheets(
  context: Excel.RequestContext,
  useProperty: boolean,
): Promise<WorkbookSheets> {
  let syncs = 0;
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/id,items/name,items/visibility');
  await context.sync();
  syncs++;
  const existing = worksheets.items.map((ws) => ({
    ws,
    id: ws.id,
    name: ws.name,
    visibility: ws.visibility,
  }));
  const marker = existing.find((s) => sameSheetName(s.name, MARKER_SHEET));

  const properties = useProperty
    ? existing.map((s) => {
        const p = s.ws.customProperties.getItemOrNullObject(OWNER_PROPERTY);
        p.load('value');
        return p;
      })
    : [];
  // All of the used range, formats too: a failed write puts it back as it was.
  const markerValues = marker ? marker.ws.getUsedRange() : undefined;
  if (markerValues) markerValues.load('address,values,numberFormat');
  if (useProperty || markerValues) {
    await context.sync();
    syncs++;
  }
  const listed = markerValues ? parseMarker(markerValues.values) : [];
  const owned = existing.filter(
    (s, i) =>
      s !== marker &&
      ((properties[i] !== undefined && !properties[i].isNullObject) ||
        listed.some((n) => sameSheetName(n, s.name))),
  );
  const markerCells =
    markerValues && markerValues.values.some((row) => row.some((v) => v !== ''))
      ? {
          address: markerValues.address.slice(markerValues.address.lastIndexOf('!') + 1),
          values: markerValues.values,
          numberFormat: markerValues.numberFormat,
        }
      : undefined;
  return { existing, marker, markerCells, owned, syncs };
}

/**
 * The names the report's sheets get, none equal to a `taken` (user's) sheet or to each other.
 * @example writtenNames([{ name: 'Tổng hợp nhiệm vụ', role: 'tasks' }], ['Tổng hợp nhiệm vụ'])[0].name // 'Tổng hợp nhiệm vụ (PhuLuc)'
 */
export function writtenNames(
  sheets: readonly Pick<ReportSheet, 'name' | 'role'>[],
  taken: readonly string[],
): WrittenSheet[] {
  const written: WrittenSheet[] = [];
  for (const sheet of sheets) {
    const name = freeSheetName(sheet.name, [...taken, ...written.map((w) => w.name)]);
    written.push(
      name === sheet.name
        ? { name, role: sheet.role }
        : { name, role: sheet.role, wanted: sheet.name },
    );
  }
  return written;
}

/**
 * Names the old report sheets take while the new ones, which want their names, are written
 * ("~PhuLuc 1", …); the old ones are deleted at the end.
 * @example asideNames(2, ['~PhuLuc 1']) // ['~PhuLuc 2', '~PhuLuc 3']
 */
export function asideNames(count: number, taken: readonly string[]): string[] {
  const aside: string[] = [];
  for (let n = 1; aside.length < count; n++) {
    const candidate = `~PhuLuc ${n}`;
    if (!taken.some((t) => sameSheetName(t, candidate))) aside.push(candidate);
  }
  return aside;
}

/**
 * The calls that write the marker sheet's list, as text, padded with blank rows to `rowCount`
 * so that a shorter list overwrites a longer one.
 * @example markerOps(() => marker, ['Tổng hợp nhiệm vụ'], '2025-12-15', 7).length // 2
 */
export function markerOps(
  marker: SheetRef,
  names: readonly string[],
  asOf: string,
  rowCount: number,
): Op[] {
  const rows = markerRows(names, asOf).map((r) => r.map(String));
  while (rows.length < rowCount) rows.push(['', '']);
  const address = `A1:B${rows.length}`;
  const textCol = `B1:B${rows.length}`;
  return [
    {
      bytes: opBytes(textCol, grid(rows.length, 1, '@')),
      run: () => {
        marker().getRange(textCol).numberFormat = grid(rows.length, 1, '@');
      },
    },
    {
      bytes: opBytes(address, rows),
      run: () => {
        marker().getRange(address).values = rows;
      },
    },
  ];
}
