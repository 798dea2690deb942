/// <reference types="office-js" />
/**
 * The Office.js writer: puts a report model (`ReportBook`) into the open workbook as new
 * sheets, replacing only the sheets an earlier run wrote and never touching the user's sheets
 * (writes clear Excel's undo history). Requests stay under Excel on the web's 5 MB:
 *
 * 1. discovery, one or two syncs: sheet names, then (ExcelApi 1.12) each sheet's "PhuLuc"
 *    custom property and the `_phuluc` marker sheet's list, if there is one;
 * 2. the write, packed into requests of at most `batchBytes` estimated bytes (one request for a
 *    report of a few hundred rows): old report sheets renamed aside, new sheets added and
 *    marked; per sheet column widths, formats by style (one set of calls per rectangle of equal
 *    style), merges, row heights, values as 2-D arrays per block of rows (text that starts with
 *    = + - @ gets the text format "@" first, in the same request), print setup; at the end the
 *    old report sheets deleted, the marker updated and the first report sheet activated.
 */
import type { CellRange } from '../../core/grid/types';
import {
  STYLES,
  type ReportBook,
  type ReportCell,
  type ReportSheet,
  type SheetRole,
} from '../../core/report-model/types';
import { columnsAddress, rowsAddress } from './_lib/address';
import { DEFAULT_BATCH_BYTES, jsonBytes, opBytes } from './_lib/bytes';
import { packBatches, rowBlocks } from './_lib/chunk';
import { columnWidthPoints, mmToPoints, officeStyle, styleRectangles } from './_lib/format';
import {
  MARKER_SHEET,
  markerRows,
  ownedFromMarker,
  OWNER_PROPERTY,
  ownerPropertyValue,
  sameSheetName,
} from './_lib/marker';
import { isoToSerial } from './_lib/serial';
import {
  capabilityNote,
  detectCapabilities,
  MissingCapabilityError,
  type Capabilities,
  type CapabilityNote,
} from './capabilities';
import { rangeToA1 } from '../../core/grid/a1';

export interface WriteOptions {
  /** Defaults to what `Office.context.requirements` reports. */
  readonly capabilities?: Capabilities;
  /** Estimated bytes per request; default 4,000,000 (Excel on the web rejects requests over 5 MB). */
  readonly batchBytes?: number;
}

export interface WrittenSheet {
  readonly name: string;
  readonly role: SheetRole;
  /** The report's name for the sheet, when a user's sheet already has it and ours got another. */
  readonly wanted?: string;
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

const MAX_SHEET_NAME = 31;
/** Rows of one values block at most, and its share of a request. */
const BLOCK_ROWS = 2000;
const HEADER_FOOTER_MARGIN_MM = 8;
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

/**
 * Whether Excel would turn a string written as a value into a formula or a number.
 * @example formulaLike('=SUM(A1)') // true
 * @example formulaLike('Báo cáo') // false
 */
export function formulaLike(s: string): boolean {
  return /^[=+\-@]/.test(s);
}

/** A string inside a formula's double quotes. */
function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The value Office.js is given for a report cell: dates as serials (the style's date format
 * shows them), links as a HYPERLINK formula (as the exceljs writer does), empty as "".
 * @example officeValue({ value: { date: '2023-03-15' }, style: 'bodyDate' }) // 45000
 * @example officeValue({ value: { link: { sheet: 'PL 1', cell: 'E12' }, text: 'PL 1!E12' }, style: 'bodyLink' }) // '=HYPERLINK("#\'PL 1\'!E12","PL 1!E12")'
 */
export function officeValue(c: ReportCell): string | number {
  const v = c.value;
  if (v === null) return '';
  if (typeof v === 'string' || typeof v === 'number') return v;
  if ('date' in v) return isoToSerial(v.date);
  const target = `#'${v.link.sheet.replace(/'/g, "''")}'!${v.link.cell}`;
  return `=HYPERLINK(${quoted(target)},${quoted(v.text)})`;
}

/**
 * Whether Excel would read a string written as a value as something else: a number ("1",
 * "1.10", "1,5"), a date ("30/9/2025", "10/2025"), a time, a percentage, a fraction ("85/100")
 * or a boolean. The exceljs writer stores strings as strings; so must this one.
 * @example coercible('30/9/2025') // true
 * @example coercible('Quý III/2025') // false
 */
export function coercible(s: string): boolean {
  const t = s.trim();
  return (/\d/.test(t) && /^[\d\s.,:/%+\-()$€₫eE]+$/.test(t)) || /^(true|false)$/i.test(t);
}

function needsTextAt(sheet: ReportSheet, r: number, c: number): boolean {
  const cell = sheet.rows[r]?.cells[c];
  return cell !== undefined && needsText(cell);
}

/** Whether a cell must be formatted as text before its value is written. */
function needsText(c: ReportCell): boolean {
  if (c.text === true) return true;
  return typeof c.value === 'string' && (formulaLike(c.value) || coercible(c.value));
}

/** A name no other sheet has: the report's own, else "<name> (PhuLuc)", "<name> (PhuLuc 2)", … (as the exceljs writer names them). */
function freeName(name: string, taken: readonly string[]): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : n === 2 ? ' (PhuLuc)' : ` (PhuLuc ${n - 1})`;
    const candidate = name.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.some((t) => sameSheetName(t, candidate))) return candidate;
  }
}

/** One queued call (or a few), with its estimated request bytes. */
interface Op {
  readonly bytes: number;
  readonly run: () => void;
}

/** Calls that must go into the same request, in order. */
interface Unit {
  readonly bytes: number;
  readonly ops: readonly Op[];
}

function unit(ops: readonly Op[]): Unit {
  return { bytes: ops.reduce((s, o) => s + o.bytes, 0), ops };
}

function grid<T>(rows: number, cols: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => value));
}

/** The per-sheet print setup a user must do by hand without ExcelApi 1.9. */
function printByHand(sheets: readonly { name: string; sheet: ReportSheet }[]): CapabilityNote {
  const base = capabilityNote('page-layout');
  const vi = sheets.map(({ name, sheet }) => {
    const m = sheet.print.marginsMm;
    const o = sheet.print.orientation === 'landscape' ? 'ngang' : 'dọc';
    const [a, b] = sheet.printTitleRows;
    return `"${name}": A4 ${o}, lề trên ${m.top} mm, dưới ${m.bottom} mm, trái ${m.left} mm, phải ${m.right} mm, in lặp dòng ${a + 1}–${b + 1}`;
  });
  const en = sheets.map(({ name, sheet }) => {
    const m = sheet.print.marginsMm;
    const [a, b] = sheet.printTitleRows;
    return `"${name}": A4 ${sheet.print.orientation}, margins top ${m.top} mm, bottom ${m.bottom} mm, left ${m.left} mm, right ${m.right} mm, print titles rows ${a + 1}–${b + 1}`;
  });
  return { id: base.id, vi: `${base.vi} ${vi.join('; ')}.`, en: `${base.en} ${en.join('; ')}.` };
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
  let syncs = 0;

  // -- Discovery ------------------------------------------------------------------------------
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  await context.sync();
  syncs++;
  const existing = worksheets.items.map((ws) => ({ ws, name: ws.name }));
  const markerWs = existing.find((s) => sameSheetName(s.name, MARKER_SHEET));

  const properties = useProperty
    ? existing.map((s) => {
        const p = s.ws.customProperties.getItemOrNullObject(OWNER_PROPERTY);
        p.load('value');
        return p;
      })
    : [];
  const markerValues = markerWs ? markerWs.ws.getUsedRange(true) : undefined;
  if (markerValues) markerValues.load('values');
  if (useProperty || markerValues) {
    await context.sync();
    syncs++;
  }
  const listed = markerValues ? ownedFromMarker(markerValues.values) : [];
  const owned = existing.filter(
    (s, i) =>
      s !== markerWs &&
      ((properties[i] !== undefined && !properties[i].isNullObject) ||
        listed.some((n) => sameSheetName(n, s.name))),
  );

  // -- Names ----------------------------------------------------------------------------------
  const taken = existing.filter((s) => !owned.includes(s)).map((s) => s.name);
  const written: WrittenSheet[] = [];
  for (const sheet of report.sheets) {
    const name = freeName(sheet.name, [...taken, ...written.map((w) => w.name)]);
    written.push(
      name === sheet.name
        ? { name, role: sheet.role }
        : { name, role: sheet.role, wanted: sheet.name },
    );
  }
  const aside: string[] = [];
  for (let n = 1; aside.length < owned.length; n++) {
    const candidate = `~PhuLuc ${n}`;
    if (![...taken, ...written.map((w) => w.name)].some((t) => sameSheetName(t, candidate)))
      aside.push(candidate);
  }
  const useMarkerSheet = !useProperty || markerWs !== undefined;

  // -- Plan -----------------------------------------------------------------------------------
  const proxies = new Map<string, Excel.Worksheet>();
  const ws = (name: string): Excel.Worksheet => proxies.get(name)!;
  let marker: Excel.Worksheet | undefined;
  const markerRowCount = markerRows([...written.map((w) => w.name), ...aside], report.asOf).length;

  const writeMarker = (names: readonly string[]): Op[] => {
    const rows = markerRows(names, report.asOf).map((r) => r.map(String));
    while (rows.length < markerRowCount) rows.push(['', '']);
    const address = `A1:B${rows.length}`;
    const textCol = `B1:B${rows.length}`;
    return [
      {
        bytes: opBytes(textCol, grid(rows.length, 1, '@')),
        run: () => {
          marker!.getRange(textCol).numberFormat = grid(rows.length, 1, '@');
        },
      },
      {
        bytes: opBytes(address, rows),
        run: () => {
          marker!.getRange(address).values = rows;
        },
      },
    ];
  };

  const prelude: Op[] = [];
  owned.forEach((s, i) =>
    prelude.push({
      bytes: opBytes(aside[i]!),
      run: () => {
        s.ws.name = aside[i]!;
      },
    }),
  );
  report.sheets.forEach((sheet, i) => {
    const name = written[i]!.name;
    prelude.push({
      bytes: opBytes(name),
      run: () => {
        proxies.set(name, worksheets.add(name));
      },
    });
    if (useProperty) {
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
        markerWs?.ws.delete();
        marker = worksheets.add(MARKER_SHEET);
      },
    });
    prelude.push(...writeMarker([...written.map((w) => w.name), ...aside]));
    prelude.push({
      bytes: opBytes(MARKER_SHEET),
      run: () => {
        marker!.visibility = 'VeryHidden';
      },
    });
  }

  const units: Unit[] = [unit(prelude)];
  report.sheets.forEach((sheet, i) =>
    units.push(...sheetUnits(() => ws(written[i]!.name), sheet, caps, budget)),
  );

  const finale: Op[] = [];
  for (const s of owned) finale.push({ bytes: opBytes(s.name), run: () => s.ws.delete() });
  if (useMarkerSheet) finale.push(...writeMarker(written.map((w) => w.name)));
  const first = written[0]?.name;
  if (first) finale.push({ bytes: opBytes(first), run: () => ws(first).activate() });
  units.push(unit(finale));

  // -- Write ----------------------------------------------------------------------------------
  const batches = packBatches(units, budget);
  const requests = batches.map((b) => b.reduce((s, u) => s + u.bytes, 0));
  for (const batch of batches) {
    for (const u of batch) for (const op of u.ops) op.run();
    // One request per batch of at most `budget` bytes: a handful for any report, never per row.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    syncs++;
  }

  const notes: CapabilityNote[] = [];
  if (!caps.has('page-layout'))
    notes.push(printByHand(report.sheets.map((sheet, i) => ({ name: written[i]!.name, sheet }))));
  if (!useProperty) notes.push(capabilityNote('custom-properties'));
  if (!caps.has('freeze-panes') && report.sheets.some((s) => s.freeze))
    notes.push(capabilityNote('freeze-panes'));
  if (!caps.has('hide-gridlines')) notes.push(capabilityNote('hide-gridlines'));
  return {
    sheets: written,
    replaced: owned.map((s) => s.name),
    marker: useProperty ? 'custom-property' : 'marker-sheet',
    notes,
    requests,
    syncs,
  };
}

/** Everything one report sheet needs, in the order it must run. */
function sheetUnits(
  ws: () => Excel.Worksheet,
  sheet: ReportSheet,
  caps: Capabilities,
  budget: number,
): Unit[] {
  const units: Unit[] = [];
  const width = Math.max(sheet.columns.length, ...sheet.rows.map((r) => r.cells.length));

  // Column widths, equal neighbours together.
  const widths: Op[] = [];
  for (let c = 0; c < sheet.columns.length;) {
    const w = sheet.columns[c]!.width;
    let end = c;
    while (end + 1 < sheet.columns.length && sheet.columns[end + 1]!.width === w) end++;
    const address = columnsAddress(c, end);
    const points = columnWidthPoints(w);
    widths.push({
      bytes: opBytes(address, points),
      run: () => {
        ws().getRange(address).format.columnWidth = points;
      },
    });
    c = end + 1;
  }
  units.push(unit(widths));

  // Formats by style: one set of calls per rectangle of cells sharing a style.
  for (const [name, rects] of styleRectangles(sheet.rows)) {
    const s = officeStyle(STYLES[name]);
    for (const rect of rects) units.push(unit([styleOp(ws, rect, s)]));
  }

  // Merges.
  for (const m of sheet.merges) {
    const address = rangeToA1(m);
    units.push(
      unit([
        {
          bytes: opBytes(address, false),
          run: () => ws().getRange(address).merge(false),
        },
      ]),
    );
  }

  // Row heights, equal neighbours together.
  const heights: Op[] = [];
  for (let r = 0; r < sheet.rows.length;) {
    const h = sheet.rows[r]!.height;
    let end = r;
    while (end + 1 < sheet.rows.length && sheet.rows[end + 1]!.height === h) end++;
    if (h !== undefined) {
      const address = rowsAddress(r, end);
      heights.push({
        bytes: opBytes(address, h),
        run: () => {
          ws().getRange(address).format.rowHeight = h;
        },
      });
    }
    r = end + 1;
  }
  units.push(unit(heights));

  // Values, a 2-D array per block of rows; text formats first, in the same request.
  if (width > 0) {
    const values = sheet.rows.map((row) =>
      Array.from({ length: width }, (_, c) => {
        const cell = row.cells[c];
        return cell ? officeValue(cell) : '';
      }),
    );
    const blocks = rowBlocks(
      values.map((v) => jsonBytes(v) + 1),
      Math.min(budget / 2, 1_000_000),
      BLOCK_ROWS,
    );
    for (const [from, to] of blocks) {
      // Text formats by column runs of cells that need them, then the block's values.
      const ops: Op[] = [];
      for (let c = 0; c < width; c++) {
        for (let r = from; r < to;) {
          if (!needsTextAt(sheet, r, c)) {
            r++;
            continue;
          }
          let end = r;
          while (end + 1 < to && needsTextAt(sheet, end + 1, c)) end++;
          const address = rangeToA1({ top: r, left: c, bottom: end, right: c });
          const formats = grid(end - r + 1, 1, '@');
          ops.push({
            bytes: opBytes(address, formats),
            run: () => {
              const range = ws().getRange(address);
              range.numberFormat = formats;
              range.untrack();
            },
          });
          r = end + 1;
        }
      }
      const block = values.slice(from, to);
      const address = rangeToA1({ top: from, left: 0, bottom: to - 1, right: width - 1 });
      ops.push({
        bytes: opBytes(address, block),
        run: () => {
          const range = ws().getRange(address);
          range.values = block;
          range.untrack();
        },
      });
      units.push(unit(ops));
    }
  }

  // Print setup (ExcelApi 1.9), frozen header (1.7), no gridlines (1.8).
  const finish: Op[] = [];
  if (caps.has('page-layout')) {
    const p = sheet.print;
    const [a, b] = sheet.printTitleRows;
    const titles = `$${a + 1}:$${b + 1}`;
    const footer = `&"Times New Roman,Regular"&11${p.footerCenter}`;
    finish.push({
      bytes: opBytes(titles, footer) * 14,
      run: () => {
        const layout = ws().pageLayout;
        layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
        layout.paperSize = 'A4';
        layout.topMargin = mmToPoints(p.marginsMm.top);
        layout.bottomMargin = mmToPoints(p.marginsMm.bottom);
        layout.leftMargin = mmToPoints(p.marginsMm.left);
        layout.rightMargin = mmToPoints(p.marginsMm.right);
        layout.headerMargin = mmToPoints(HEADER_FOOTER_MARGIN_MM);
        layout.footerMargin = mmToPoints(HEADER_FOOTER_MARGIN_MM);
        layout.centerHorizontally = p.horizontalCentered;
        layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        layout.setPrintTitleRows(titles);
        layout.headersFooters.defaultForAllPages.centerFooter = footer;
      },
    });
  }
  const freeze = sheet.freeze;
  if (freeze && caps.has('freeze-panes'))
    finish.push({
      bytes: opBytes('', freeze.row),
      run: () => ws().freezePanes.freezeRows(freeze.row),
    });
  if (caps.has('hide-gridlines'))
    finish.push({
      bytes: opBytes('', false),
      run: () => {
        ws().showGridlines = false;
      },
    });
  units.push(unit(finish));
  return units.filter((u) => u.ops.length > 0);
}

/** The calls that give a rectangle a style. */
function styleOp(
  ws: () => Excel.Worksheet,
  rect: CellRange,
  s: ReturnType<typeof officeStyle>,
): Op {
  const address = rangeToA1(rect);
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  const edges: string[] = s.border
    ? [...EDGES, ...(rows > 1 ? ['InsideHorizontal'] : []), ...(cols > 1 ? ['InsideVertical'] : [])]
    : [];
  const formats = s.numberFormat ? grid(rows, cols, s.numberFormat) : undefined;
  const values: unknown[] = [
    ...Object.values(s.font),
    s.horizontalAlignment,
    s.verticalAlignment,
    s.wrapText,
    ...(s.fill ? [s.fill] : []),
    ...edges.flatMap((e) => [`${e} Continuous`, `${e} Thin`, `${e} #000000`]),
  ];
  return {
    bytes:
      values.reduce<number>((n, v) => n + opBytes(address, v), 0) +
      (formats ? opBytes(address, formats) : 0),
    run: () => {
      const range = ws().getRange(address);
      range.format.font.name = s.font.name;
      range.format.font.size = s.font.size;
      range.format.font.bold = s.font.bold;
      range.format.font.italic = s.font.italic;
      range.format.font.underline = s.font.underline;
      range.format.font.color = s.font.color;
      range.format.horizontalAlignment = s.horizontalAlignment;
      range.format.verticalAlignment = s.verticalAlignment;
      range.format.wrapText = s.wrapText;
      if (s.fill) range.format.fill.color = s.fill;
      for (const edge of edges) {
        const b = range.format.borders.getItem(edge as Excel.BorderIndex);
        b.style = 'Continuous';
        b.weight = 'Thin';
        b.color = '#000000';
      }
      if (formats) range.numberFormat = formats;
      range.untrack();
    },
  };
}
