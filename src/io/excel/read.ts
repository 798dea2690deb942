/// <reference types="office-js" />
/**
 * The Office.js reader: every sheet's used range (values and number formats) and merged areas,
 * into the core's grids — the same grids the exceljs reader gives for the same workbook, on any
 * machine. Never `Range.text`: Excel renders it in the machine's locale ("1.234,5" and "85,5%"
 * on Vietnamese Windows), so a value's meaning is read from the value and its number format. A scan takes a constant number of `context.sync` calls, whatever the sheet sizes:
 *
 * 1. the sheet names and visibility;
 * 2. each sheet's used range (its position and size), with and without formatted cells;
 * 3. the cells (values, number formats) of every sheet, and the merged areas in bands.
 *
 * Step 3 takes one request per `maxCellsPerSync` cells (100,000 by default: one request for
 * ordinary workbooks), and splits a request again only if Excel answers that its response is
 * over 5 MB.
 */
import { rangeToA1 } from '../../core/grid/a1';
import {
  SPREADSHEET_ERRORS,
  type Cell,
  type CellRange,
  type CellValue,
  type Grid,
  type GridBook,
} from '../../core/grid/types';
import { splitAreas } from './_lib/address';
import { packBatches, rowBands } from './_lib/chunk';
import { isDateFormat, serialToIso } from './_lib/serial';
import {
  capabilityNote,
  detectCapabilities,
  MissingCapabilityError,
  type Capabilities,
  type CapabilityNote,
} from './capabilities';

export interface ReadOptions {
  /** Defaults to what `Office.context.requirements` reports. */
  readonly capabilities?: Capabilities;
  /** Cells whose values and formats one request loads; default 100,000. */
  readonly maxCellsPerSync?: number;
}

export interface ExcelRead {
  readonly book: GridBook;
  /** What could not be read on this Excel and why (e.g. merges without ExcelApi 1.13). */
  readonly notes: readonly CapabilityNote[];
  /** `context.sync` calls the scan took. */
  readonly syncs: number;
}

/** Error values as Office.js reports them in `values`. */
export const ERROR_CODES = SPREADSHEET_ERRORS;

const DEFAULT_CELLS_PER_SYNC = 100_000;
/**
 * Cells per merged-area band: a range with more than 512 merged areas makes
 * `getMergedAreasOrNullObject` fail, and each area that touches a band covers at least one of
 * its cells.
 */
const MERGE_BAND_CELLS = 512;
/** Bands of the formatted area read for merges before falling back to the values' area. */
const MAX_MERGE_BANDS = 400;
const DIMENSIONS = 'rowIndex,columnIndex,rowCount,columnCount';

/**
 * The core's value for what Office.js gives: dates (numbers under a date format) as ISO, error
 * strings as errors; empty cells are null.
 * @example officeCellValue(45000, 'dd/mm/yyyy') // { kind: 'date', iso: '2023-03-15' }
 * @example officeCellValue('#N/A', undefined) // { kind: 'error', code: '#N/A' }
 * @example officeCellValue('', undefined) // null
 */
export function officeCellValue(value: unknown, format: string | undefined): CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') {
    if (isDateFormat(format)) {
      const iso = serialToIso(value);
      if (iso) return { kind: 'date', iso };
    }
    return value;
  }
  if (typeof value === 'boolean') return value;
  const s = String(value);
  if (format !== '@' && ERROR_CODES.has(s)) return { kind: 'error', code: s };
  return s;
}

/**
 * A grid cell from Office.js's value and number format, as the exceljs reader makes it from the
 * file (no displayed text: that is the machine's locale, not the workbook's meaning).
 * @example officeCell(0.855, '0.0%') // { value: 0.855, format: '0.0%' }
 * @example officeCell('', 'General') // undefined
 */
export function officeCell(value: unknown, numberFormat: unknown): Cell | undefined {
  const format =
    typeof numberFormat === 'string' && numberFormat !== '' && numberFormat !== 'General'
      ? numberFormat
      : undefined;
  const v = officeCellValue(value, format);
  if (v === null) return undefined;
  return format ? { value: v, format } : { value: v };
}

interface SheetInfo {
  readonly ws: Excel.Worksheet;
  readonly name: string;
  readonly hidden: boolean;
  readonly rows: (Cell[] | undefined)[];
  readonly merges: Map<string, CellRange>;
}

/** Rows `top..top+rows-1` × columns `left..left+cols-1` of a sheet: one load of values and formats. */
interface Block {
  readonly sheet: SheetInfo;
  readonly rect: CellRange;
  readonly bytes: number;
}

/** A band of rows whose merged areas one call reads. */
interface Band {
  readonly sheet: SheetInfo;
  readonly rect: CellRange;
}

function rectOf(r: Excel.Range): CellRange | null {
  if (r.isNullObject || r.rowCount === 0 || r.columnCount === 0) return null;
  return {
    top: r.rowIndex,
    left: r.columnIndex,
    bottom: r.rowIndex + r.rowCount - 1,
    right: r.columnIndex + r.columnCount - 1,
  };
}

function cellsOf(r: CellRange): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

/** Row blocks of a rectangle with at most `maxCells` cells each. */
function blocksOf(sheet: SheetInfo, rect: CellRange, maxCells: number): Block[] {
  return rowBands(rect.bottom - rect.top + 1, rect.right - rect.left + 1, maxCells).map(
    ([from, to]) => {
      const r = { ...rect, top: rect.top + from, bottom: rect.top + to - 1 };
      return { sheet, rect: r, bytes: cellsOf(r) };
    },
  );
}

function halves(b: Block): Block[] {
  if (b.rect.bottom === b.rect.top) return [b];
  const mid = Math.floor((b.rect.top + b.rect.bottom) / 2);
  const a = { ...b.rect, bottom: mid };
  const c = { ...b.rect, top: mid + 1 };
  return [
    { sheet: b.sheet, rect: a, bytes: cellsOf(a) },
    { sheet: b.sheet, rect: c, bytes: cellsOf(c) },
  ];
}

function isResponseTooLarge(e: unknown): boolean {
  return (
    typeof e === 'object' &&
    e !== null &&
    (e as { code?: unknown }).code === 'ResponsePayloadSizeLimitExceeded'
  );
}

/**
 * Reads every sheet of the workbook open in Excel into the core's grids.
 * Needs ExcelApi 1.1; reads merged areas with 1.13 and says so in `notes` when it cannot.
 */
export async function readExcelBook(
  context: Excel.RequestContext,
  name: string,
  options: ReadOptions = {},
): Promise<ExcelRead> {
  const caps = options.capabilities ?? detectCapabilities();
  if (!caps.has('read')) throw new MissingCapabilityError(capabilityNote('read'));
  const maxCells = Math.max(1, options.maxCellsPerSync ?? DEFAULT_CELLS_PER_SYNC);
  const withMerges = caps.has('merged-areas');
  const nullObjects = caps.has('null-objects');
  let syncs = 0;

  // 1. Sheets.
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  await context.sync();
  syncs++;
  const sheets: SheetInfo[] = worksheets.items.map((ws) => ({
    ws,
    name: ws.name,
    hidden: ws.visibility !== 'Visible',
    rows: [],
    merges: new Map(),
  }));

  // 2. Used ranges: cells with values, and (for merges) cells with values or formats.
  const used = sheets.map((s) => {
    const values = nullObjects
      ? s.ws.getUsedRangeOrNullObject(true)
      : caps.atLeast('1.2')
        ? s.ws.getUsedRange(true)
        : s.ws.getUsedRange();
    values.load(DIMENSIONS);
    const all = withMerges ? s.ws.getUsedRangeOrNullObject(false) : undefined;
    if (all) all.load(DIMENSIONS);
    return { values, all };
  });
  await context.sync();
  syncs++;

  // 3. Cells and merged areas.
  const blocks: Block[] = [];
  const bands: Band[] = [];
  sheets.forEach((s, i) => {
    const u = used[i]!;
    const values = rectOf(u.values);
    if (values) blocks.push(...blocksOf(s, values, maxCells));
    // Merges anywhere formats reach, unless formatting runs far beyond the values (whole
    // columns formatted): then where the values are, which holds every merge that has data.
    const formatted = u.all ? rectOf(u.all) : null;
    const all =
      formatted && values && cellsOf(formatted) > MAX_MERGE_BANDS * MERGE_BAND_CELLS
        ? values
        : formatted;
    if (all) {
      for (const [from, to] of rowBands(
        all.bottom - all.top + 1,
        all.right - all.left + 1,
        MERGE_BAND_CELLS,
      ))
        bands.push({ sheet: s, rect: { ...all, top: all.top + from, bottom: all.top + to - 1 } });
    }
  });
  const groups = packBatches(blocks, maxCells);
  if (groups.length === 0 && bands.length > 0) groups.push([]);

  const readGroup = async (group: readonly Block[], withBands: readonly Band[]): Promise<void> => {
    const loaded = group.map((b) => {
      const range = b.sheet.ws.getRange(rangeToA1(b.rect));
      range.load('values,numberFormat');
      return { b, range };
    });
    const areas = withBands.map((band) => {
      const merged = band.sheet.ws.getRange(rangeToA1(band.rect)).getMergedAreasOrNullObject();
      merged.load('address');
      return { band, merged };
    });
    try {
      await context.sync();
      syncs++;
    } catch (e) {
      syncs++;
      const split = group.flatMap(halves);
      if (!isResponseTooLarge(e) || split.length === group.length) throw e;
      const mid = Math.ceil(split.length / 2);
      await readGroup(split.slice(0, mid), withBands);
      await readGroup(split.slice(mid), []);
      return;
    }
    for (const { b, range } of loaded) collect(b, range.values, range.numberFormat);
    for (const { band, merged } of areas) {
      if (merged.isNullObject) continue;
      for (const m of splitAreas(merged.address))
        band.sheet.merges.set(`${m.top},${m.left},${m.bottom},${m.right}`, m);
    }
  };

  const collect = (b: Block, values: unknown[][], formats: unknown[][]) => {
    values.forEach((row, i) => {
      row.forEach((v, j) => {
        const cell = officeCell(v, formats[i]?.[j]);
        if (!cell) return;
        const r = b.rect.top + i;
        (b.sheet.rows[r] ??= [])[b.rect.left + j] = cell;
      });
    });
  };

  // One request per group, in order: the count depends on the workbook's size in cells, never
  // on its rows; a group is split only when Excel rejects its response as too large.
  await groups.reduce<Promise<void>>(
    (prev, group, i) => prev.then(() => readGroup(group, i === 0 ? bands : [])),
    Promise.resolve(),
  );

  const grids: Grid[] = sheets.map((s) => ({
    name: s.name,
    rows: s.rows,
    merges: [...s.merges.values()].sort((a, b) => a.top - b.top || a.left - b.left),
    ...(s.hidden ? { hidden: true } : {}),
  }));
  return {
    book: { name, sheets: grids },
    notes: withMerges ? [] : [capabilityNote('merged-areas')],
    syncs,
  };
}
