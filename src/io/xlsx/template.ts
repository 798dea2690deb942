import ExcelJS from 'exceljs';
import type { ColumnRole } from '../../core/detect/roles';
import { STATUS_CHOICES } from '../../core/templates/columns';
import type {
  TemplateColumn,
  TemplateRow,
  TemplateSheet,
  TemplateTable,
  TemplateTitleLine,
  UnitTemplate,
} from '../../core/templates/types';

/** Every template carries these dates, so that the same plan always gives the same bytes. */
const FIXED_DATE = new Date(Date.UTC(2020, 0, 1));

const FONT = { name: 'Times New Roman', size: 12 } as const;
const THIN = { style: 'thin' } as const;
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const solid = (argb: string): ExcelJS.Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb },
});
const HEADER_FILL = solid('FFD9E1F2');
const REPORT_HEADER_FILL = solid('FFFCE4D6');
/** The cells the unit fills: a light yellow, "type here". */
const INPUT_FILL = solid('FFFFF2CC');
const SECTION_FILL = solid('FFF2F2F2');
const LINE_HEIGHT = 15.75; // points per line of Times New Roman 12
/** Blank rows between two tables of one sheet (fewer than the three that end a table). */
const TABLE_GAP = 2;

/** Column widths in characters, by role (a shared column takes the widest). */
const WIDTH: Partial<Record<ColumnRole, number>> = {
  number: 6,
  content: 45,
  objective: 30,
  activity: 32,
  deliverable: 30,
  lead: 22,
  support: 22,
  units: 26,
  deadline: 16,
  budget: 14,
  note: 16,
  indicatorName: 45,
  measureUnit: 10,
  target: 14,
  status: 17,
  completionDate: 14,
  actual: 32,
  evidence: 28,
  numerator: 11,
  denominator: 11,
  rowKey: 18,
};
const INDICATOR_ACTUAL_WIDTH = 14;

const STATUS_LIST = `"${STATUS_CHOICES.join(',')}"`;

/**
 * Writes a unit's report template (built by `buildTemplates`) as an .xlsx workbook: Times New
 * Roman 12, wrapped text with borders; the plan columns locked and the report columns open
 * (sheet protected without a password); a drop-down list for the status, date and number
 * validation; the row-key column hidden; panes frozen under the header; A4 landscape with the
 * header repeated on every page. The same template always gives the same bytes.
 * @example await writeFile('van-phong-so.xlsx', await templateWorkbookBytes(template))
 */
export async function templateWorkbookBytes(t: UnitTemplate): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'PhuLuc';
  wb.lastModifiedBy = 'PhuLuc';
  wb.title = `Mẫu báo cáo - ${t.unit}`;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const sheet of t.sheets) await writeSheet(wb, sheet, t);
  const out = await wb.xlsx.writeBuffer();
  return withFixedZipDates(new Uint8Array(out as ArrayBuffer));
}

async function writeSheet(wb: ExcelJS.Workbook, sheet: TemplateSheet, t: UnitTemplate) {
  const ws = wb.addWorksheet(sheet.name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      // DOMAIN.md §5: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm (in inches).
      margins: { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C&"Times New Roman"&11Trang &P/&N' },
  });
  // Every table's key goes in one column, the sheet's last, which is hidden.
  const keyCol = Math.max(...sheet.tables.map((tb) => tb.columns.length));
  const width = keyCol - 1; // visible columns

  const widths = new Map<number, number>();
  for (const tb of sheet.tables) {
    tb.columns.forEach((c, i) => {
      const col = c.part === 'key' ? keyCol : i + 1;
      const w =
        c.role === 'actual' && tb.kind === 'indicators'
          ? INDICATOR_ACTUAL_WIDTH
          : (WIDTH[c.role] ?? 16);
      widths.set(col, Math.max(widths.get(col) ?? 0, w));
    });
  }
  for (let c = 1; c <= keyCol; c++) ws.getColumn(c).width = widths.get(c) ?? 12;
  ws.getColumn(keyCol).hidden = true;
  const widthOf = (from: number, to: number) => {
    let w = 0;
    for (let c = from; c <= to; c++) w += widths.get(c) ?? 12;
    return w;
  };

  let r = 1;
  for (const line of sheet.titleLines) {
    writeTitleLine(ws, r, line, width, widthOf);
    r++;
  }
  r++; // a blank row between the title block and the table

  let firstHeaderRow: number | undefined;
  sheet.tables.forEach((tb, index) => {
    if (index > 0) r += TABLE_GAP;
    firstHeaderRow ??= r;
    r = writeTable(ws, r, tb, keyCol, widthOf, t);
  });

  const headerRow = firstHeaderRow ?? 1;
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}` }];
  ws.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  ws.pageSetup.printArea = `A1:${colName(width)}${r - 1}`;
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
}

function writeTitleLine(
  ws: ExcelJS.Worksheet,
  r: number,
  line: TemplateTitleLine,
  width: number,
  widthOf: (from: number, to: number) => number,
) {
  // The agency block stands top-left over about half the table; the other lines span it all.
  const agency = line.kind === 'parent-agency' || line.kind === 'agency';
  const last = agency ? Math.max(2, Math.ceil(width / 2)) : width;
  if (last > 1) ws.mergeCells(r, 1, r, last);
  const cell = ws.getCell(r, 1);
  cell.value = line.text;
  const bold = line.kind === 'agency' || line.kind === 'title' || line.kind === 'reporting-unit';
  const italic = line.kind === 'plan-years' || line.kind === 'instructions';
  cell.font = { ...FONT, bold, italic };
  cell.alignment = {
    horizontal: line.kind === 'reporting-unit' || line.kind === 'instructions' ? 'left' : 'center',
    vertical: 'middle',
    wrapText: true,
  };
  ws.getRow(r).height = LINE_HEIGHT * linesFor(line.text, widthOf(1, last), bold) + 2;
}

/** Writes one table from row `top`; returns the row after it. */
function writeTable(
  ws: ExcelJS.Worksheet,
  top: number,
  tb: TemplateTable,
  keyCol: number,
  widthOf: (from: number, to: number) => number,
  t: UnitTemplate,
): number {
  const colOf = (c: TemplateColumn, i: number) => (c.part === 'key' ? keyCol : i + 1);
  const planCount = tb.columns.filter((c) => c.part === 'plan').length;

  const header = ws.getRow(top);
  let headerLines = 1;
  tb.columns.forEach((c, i) => {
    const cell = header.getCell(colOf(c, i));
    cell.value = c.label;
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
    cell.fill = c.part === 'report' ? REPORT_HEADER_FILL : HEADER_FILL;
    headerLines = Math.max(headerLines, linesFor(c.label, widthOf(colOf(c, i), colOf(c, i)), true));
  });
  header.height = LINE_HEIGHT * headerLines + 4;

  let r = top + 1;
  if (tb.rows.length === 0 && tb.note) {
    ws.mergeCells(r, 1, r, keyCol - 1);
    const cell = ws.getCell(r, 1);
    cell.value = tb.note;
    cell.font = { ...FONT, italic: true };
    cell.alignment = { vertical: 'middle', wrapText: true };
    return r + 1;
  }
  for (const row of tb.rows) {
    writeRow(ws, r, row, tb, colOf, planCount, widthOf, t);
    r++;
  }
  return r;
}

function writeRow(
  ws: ExcelJS.Worksheet,
  r: number,
  row: TemplateRow,
  tb: TemplateTable,
  colOf: (c: TemplateColumn, i: number) => number,
  planCount: number,
  widthOf: (from: number, to: number) => number,
  t: UnitTemplate,
) {
  const excelRow = ws.getRow(r);
  let lines = 1;
  if (row.kind === 'section') {
    // "I. CẢI CÁCH THỂ CHẾ" across the plan columns: read back as a section heading.
    if (planCount > 1) ws.mergeCells(r, 1, r, planCount);
    lines = linesFor(row.text, widthOf(1, planCount), true);
  }
  tb.columns.forEach((c, i) => {
    const col = colOf(c, i);
    const cell = excelRow.getCell(col);
    cell.font = { ...FONT, bold: row.kind !== 'item' };
    cell.border = BORDER;
    cell.alignment = {
      vertical: 'top',
      wrapText: true,
      ...(c.role === 'number' || c.role === 'completionDate' || c.role === 'measureUnit'
        ? { horizontal: 'center' }
        : {}),
    };
    if (c.part === 'plan') {
      if (row.kind === 'section') {
        if (i === 0) cell.value = row.text;
        cell.fill = SECTION_FILL;
        return;
      }
      const text = row.values[c.role] ?? '';
      if (text) cell.value = text;
      lines = Math.max(lines, linesFor(text, widthOf(col, col)));
      return;
    }
    if (c.part === 'key') {
      if (row.kind === 'item') cell.value = row.rowKey;
      cell.font = { ...FONT, size: 9 };
      return;
    }
    // A report cell: open for the unit on item rows, shaded and locked elsewhere.
    if (row.kind !== 'item') {
      cell.fill = SECTION_FILL;
      return;
    }
    cell.protection = { locked: false };
    cell.fill = INPUT_FILL;
    cell.font = FONT;
    reportCell(cell, c.role, tb.kind, t);
  });
  excelRow.height = LINE_HEIGHT * lines + 4;
}

function reportCell(
  cell: ExcelJS.Cell,
  role: ColumnRole,
  kind: TemplateTable['kind'],
  t: UnitTemplate,
) {
  const numeric = kind === 'indicators';
  if (role === 'status') {
    cell.numFmt = '@';
    cell.dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [STATUS_LIST],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Tình trạng không hợp lệ',
      error: `Chọn một trong: ${STATUS_CHOICES.join('; ')}.`,
    };
  } else if (role === 'completionDate') {
    const from = t.years.from - 1;
    const to = t.years.to + 1;
    cell.numFmt = 'dd/mm/yyyy';
    cell.dataValidation = {
      type: 'date',
      operator: 'between',
      allowBlank: true,
      formulae: [new Date(Date.UTC(from, 0, 1)), new Date(Date.UTC(to, 11, 31))],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Ngày không hợp lệ',
      error: `Nhập ngày dạng dd/mm/yyyy, từ 01/01/${from} đến 31/12/${to}.`,
    };
  } else if (numeric && (role === 'actual' || role === 'numerator' || role === 'denominator')) {
    cell.dataValidation = {
      type: 'decimal',
      operator: 'greaterThanOrEqual',
      allowBlank: true,
      formulae: [0],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Số không hợp lệ',
      error: 'Nhập một số lớn hơn hoặc bằng 0.',
    };
  } else {
    // Text: what a unit types stays text, even when it opens with "=".
    cell.numFmt = '@';
  }
}

/**
 * About how many lines a text takes in a column of `width` characters, wrapped (Times New Roman 12
 * fits about one character per unit of width; bold capitals fewer).
 */
function linesFor(text: string, width: number, bold = false): number {
  const perLine = Math.max(1, Math.floor(width * (bold ? 0.8 : 1)));
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

function colName(col: number): string {
  let name = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * Sets every entry's modification time in a zip to the fixed date (JSZip stamps the current
 * time), so that the same template always gives the same bytes.
 */
export function withFixedZipDates(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: signature 0x06054b50, at least 22 bytes from the end.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return bytes;
  const dosTime = 0; // 00:00:00
  const dosDate = ((FIXED_DATE.getUTCFullYear() - 1980) << 9) | (1 << 5) | 1;
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries && view.getUint32(p, true) === 0x02014b50; n++) {
    view.setUint16(p + 12, dosTime, true);
    view.setUint16(p + 14, dosDate, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) === 0x04034b50) {
      view.setUint16(local + 10, dosTime, true);
      view.setUint16(local + 12, dosDate, true);
    }
    p +=
      46 +
      view.getUint16(p + 28, true) +
      view.getUint16(p + 30, true) +
      view.getUint16(p + 32, true);
  }
  return bytes;
}
