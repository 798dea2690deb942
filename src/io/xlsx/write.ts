import ExcelJS from 'exceljs';
import { largestValidation } from './reader/validations';
import { linkFormula, needsTextFormat } from '../../core/report-model/cell';
import {
  freeSheetName,
  MARKER_SHEET,
  markerRows,
  parseMarker,
  sameSheetName,
} from '../../core/report-model/marker';
import {
  STYLES,
  type CellStyle,
  type ReportBook,
  type ReportCell,
  type ReportSheet,
} from '../../core/report-model/types';

const MM_PER_INCH = 25.4;
/** Cells one drop-down list of the plan may cover for exceljs to copy it (see consolidatedWorkbookBytes). */
const MAX_VALIDATED_CELLS = 1_000_000;
/** Columns of a worksheet in Excel. */
const EXCEL_COLUMNS = 16384;
/** exceljs's default column width, which it does not write. */
const EXCELJS_DEFAULT_WIDTH = 9;
/** Excel's paper size code for A4. */
const PAPER_A4 = 9;

function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => sameSheetName(ws.name, name));
}

function cellText(v: ExcelJS.CellValue): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return '';
}

/**
 * Names of the sheets the workbook's marker lists as PhuLuc's (empty without a marker).
 * @example ownedSheetNames(new ExcelJS.Workbook()) // []
 */
export function ownedSheetNames(wb: ExcelJS.Workbook): string[] {
  const marker = findSheet(wb, MARKER_SHEET);
  if (!marker) return [];
  const rows: string[][] = [];
  marker.eachRow((row) => {
    rows.push([cellText(row.getCell(1).value), cellText(row.getCell(2).value)]);
  });
  return parseMarker(rows);
}

function excelStyle(s: CellStyle, asText: boolean): Partial<ExcelJS.Style> {
  const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
  return {
    font: {
      name: s.font.name,
      size: s.font.size,
      bold: s.font.bold,
      italic: s.font.italic,
      underline: s.font.underline,
      ...(s.font.color ? { color: { argb: s.font.color } } : {}),
    },
    alignment: { horizontal: s.horizontal, vertical: s.vertical, wrapText: s.wrap },
    ...(s.border === 'thin'
      ? { border: { top: thin, left: thin, bottom: thin, right: thin } }
      : {}),
    numFmt: asText ? '@' : s.numFmt,
    ...(s.fill
      ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: s.fill } } as ExcelJS.Fill }
      : {}),
  };
}

/**
 * The exceljs value of a model cell. Links become a HYPERLINK formula with its cached text:
 * exceljs writes `{ hyperlink: '#Sheet!A1' }` as an external relationship plus a location, which
 * Excel joins into a broken address (exceljs issue #3027); the formula jumps inside the workbook
 * in Excel and LibreOffice alike.
 */
function excelValue(c: ReportCell): ExcelJS.CellValue {
  const v = c.value;
  if (v === null || typeof v === 'string' || typeof v === 'number') return v;
  if ('date' in v) {
    const [y, m, d] = v.date.split('-').map(Number);
    return new Date(Date.UTC(y!, m! - 1, d!));
  }
  return {
    formula: linkFormula(v),
    result: v.text,
  };
}

function writeSheet(ws: ExcelJS.Worksheet, sheet: ReportSheet): void {
  sheet.columns.forEach((col, c) => {
    // exceljs leaves out a column as wide as its default (9): the host would draw it 8.43 wide.
    ws.getColumn(c + 1).width =
      col.width === EXCELJS_DEFAULT_WIDTH ? col.width + 1 / 256 : col.width;
  });
  // One style object per style and text format, shared by every cell that has it: exceljs
  // caches a style's id by the object's identity, and otherwise renders each cell's style to XML
  // to find it (a third of the report's write time). Nothing changes these objects once set.
  // (Every style has a number format, so exceljs never picks one from a cell's value.)
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const styleOf = (c: ReportCell) => {
    const asText = needsTextFormat(c);
    const key = `${c.style}|${asText}`;
    let s = styles.get(key);
    if (!s) styles.set(key, (s = excelStyle(STYLES[c.style], asText)));
    return s;
  };
  sheet.rows.forEach((row, r) => {
    const xr = ws.getRow(r + 1);
    if (row.height !== undefined) xr.height = row.height;
    row.cells.forEach((c, col) => {
      const cell = xr.getCell(col + 1);
      // The style (with its text format) goes first, so a formula-looking string stays text.
      cell.style = styleOf(c);
      if (c.value !== null) cell.value = excelValue(c);
    });
  });
  for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  // A break "after row n" (1-based) starts the page at 0-based row n. The column bounds are
  // given: exceljs's default right bound (16838) is past Excel's last column.
  for (const start of sheet.pageBreaks ?? [])
    if (start > 0) ws.getRow(start).addPageBreak(1, EXCEL_COLUMNS);

  const mm = sheet.print.marginsMm;
  const [first, last] = sheet.printTitleRows;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PAPER_A4 as ExcelJS.PageSetup['paperSize'],
    firstPageNumber: sheet.print.firstPageNumber,
    orientation: sheet.print.orientation,
    // At 100 % (so Excel keeps the model's page breaks), or fitted to the width when wider.
    ...(sheet.print.fitToWidth
      ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
      : { fitToPage: false, scale: 100 }),
    horizontalCentered: sheet.print.horizontalCentered,
    margins: {
      top: mm.top / MM_PER_INCH,
      bottom: mm.bottom / MM_PER_INCH,
      left: mm.left / MM_PER_INCH,
      right: mm.right / MM_PER_INCH,
      header: 8 / MM_PER_INCH,
      footer: 8 / MM_PER_INCH,
    },
    printTitlesRow: `${first + 1}:${last + 1}`,
  };
  // The page number top-centre from the second page (the first page's header is empty).
  ws.headerFooter = {
    ...ws.headerFooter,
    differentFirst: true,
    oddHeader: `&C&"Times New Roman,Regular"&13${sheet.print.headerCenter}`,
    firstHeader: '',
  };
  ws.views = sheet.freeze
    ? [{ state: 'frozen', ySplit: sheet.freeze.row, showGridLines: false }]
    : [{ state: 'normal', showGridLines: false }];
}

/** The very hidden marker sheet listing the report's sheets (core/report-model/marker.ts). */
function writeMarker(wb: ExcelJS.Workbook, owned: readonly string[], asOf: string): void {
  const old = findSheet(wb, MARKER_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(MARKER_SHEET);
  ws.state = 'veryHidden';
  for (const row of markerRows(owned, asOf)) ws.addRow(row);
}

/**
 * Writes the report's sheets into a workbook: removes the sheets an earlier run wrote (those the
 * marker lists), adds the new ones before the user's sheets (the first one active), and records
 * them in the marker. A
 * user sheet that happens to have a report sheet's name is left alone: ours is written as
 * "<name> (PhuLuc)".
 */
export function writeReportSheets(workbook: ExcelJS.Workbook, report: ReportBook): void {
  for (const name of ownedSheetNames(workbook)) {
    const ws = findSheet(workbook, name);
    if (ws && !sameSheetName(ws.name, MARKER_SHEET)) workbook.removeWorksheet(ws.id);
  }
  const written: string[] = [];
  for (const sheet of report.sheets) {
    const name = freeSheetName(
      sheet.name,
      workbook.worksheets.map((ws) => ws.name),
    );
    writeSheet(workbook.addWorksheet(name), sheet);
    written.push(name);
  }
  writeMarker(workbook, written, report.asOf);
  putReportFirst(workbook, written);
}

/**
 * Orders the sheets report first (in the report's order), then the user's, then the hidden
 * marker, and opens the workbook on the first report sheet: printing the whole workbook prints
 * the report first, and the report is what the user sees on opening it.
 */
function putReportFirst(workbook: ExcelJS.Workbook, written: readonly string[]): void {
  const report = written.map((name) => findSheet(workbook, name)!);
  const marker = findSheet(workbook, MARKER_SHEET)!;
  const others = workbook.worksheets.filter((ws) => !report.includes(ws) && ws !== marker);
  [...report, ...others, marker].forEach((ws, i) => {
    (ws as ExcelJS.Worksheet & { orderNo: number }).orderNo = i;
    ws.views = (ws.views?.length ? ws.views : [{}]).map((v, n) => ({
      ...v,
      tabSelected: i === 0 && n === 0,
    }));
  });
  const view = workbook.views?.[0];
  workbook.views = [
    {
      ...(view ?? { x: 0, y: 0, width: 12000, height: 24000 }),
      activeTab: 0,
      firstSheet: 0,
      visibility: 'visible',
    },
  ];
}

/**
 * A copied plan sheet without a paper size gets A4 (the host's default would be Letter); a
 * sheet whose user chose a paper size keeps it, as every other print setting.
 */
function defaultPaperA4(workbook: ExcelJS.Workbook): void {
  for (const ws of workbook.worksheets) {
    if (ws.pageSetup.paperSize === undefined) {
      ws.pageSetup.paperSize = PAPER_A4 as ExcelJS.PageSetup['paperSize'];
    }
  }
}

/**
 * The bytes of a new workbook: the report sheets first, then the plan's sheets (when given; A4
 * when they had no paper size). The input bytes are never modified.
 */
export async function consolidatedWorkbookBytes(
  planBytes: Uint8Array | null,
  report: ReportBook,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  if (planBytes) {
    // exceljs makes one object per cell a drop-down list covers: lists on whole columns would
    // take gigabytes and minutes. Past a million cells, the copy is made without the lists.
    const huge = largestValidation(planBytes) > MAX_VALIDATED_CELLS;
    await wb.xlsx.load(
      planBytes.slice().buffer as ArrayBuffer,
      (huge ? { ignoreNodes: ['dataValidations'] } : {}) as ExcelJS.XlsxReadOptions,
    );
  }
  return reportWorkbookBytes(wb, report);
}

/** Writes the report sheets INTO `workbook` (the plan's copy, or a new one) and returns its bytes. */
async function reportWorkbookBytes(
  workbook: ExcelJS.Workbook,
  report: ReportBook,
): Promise<Uint8Array> {
  defaultPaperA4(workbook);
  writeReportSheets(workbook, report);
  const out = await workbook.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}
