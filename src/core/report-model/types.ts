/**
 * The consolidated report as DATA (docs/DOMAIN.md §5): sheets of cells, named styles, merges,
 * column widths, row heights and print setup. Writers (exceljs, Office.js) turn it into Excel
 * calls; nothing here knows about Excel.
 */

/** A date cell, ISO `YYYY-MM-DD`; writers show it as dd/mm/yyyy. */
export interface DateValue {
  readonly date: string;
}

/** A link to a cell of the same workbook ("PL1!E12"). */
export interface LinkValue {
  readonly link: { readonly sheet: string; readonly cell: string };
  /** What the cell shows, e.g. "PL1!E12". */
  readonly text: string;
}

export type ReportValue = string | number | null | DateValue | LinkValue;

export interface ReportCell {
  readonly value: ReportValue;
  readonly style: StyleName;
  /**
   * The value is a string that Excel would read as a formula or a number ("=SUM(A1)",
   * "-Báo cáo", "+84…", "@…"): writers set the cell's number format to text ("@") BEFORE
   * assigning the value, and assign it as a plain string.
   */
  readonly text?: true;
}

export interface ReportRow {
  /** One entry per column; cells covered by a merge repeat the anchor's style with a null value. */
  readonly cells: readonly ReportCell[];
  /** Row height in points; absent = the host's default. */
  readonly height?: number;
  /**
   * Prints on the same page as the next row: `always` (a section heading with its first task,
   * a total with its breakdown, the signers with the row above them), or `if-room` (the last
   * table row with the summary under it) unless that would leave the page less than 40 % used.
   * `pageBreaks` honours it.
   */
  readonly keepWithNext?: Keep;
}

/** How firmly a row keeps with the next one on a printed page. */
export type Keep = 'always' | 'if-room';

/** A rectangle of cells, 0-based and inclusive. */
export interface ReportMerge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface PrintSetup {
  readonly paper: 'A4';
  readonly orientation: 'portrait' | 'landscape';
  readonly marginsMm: {
    readonly top: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
  };
  /**
   * Shrink the columns onto the page width (as many pages tall as needed): only when they are
   * wider than the page. Otherwise the sheet prints at 100 %: Excel ignores manual page breaks
   * on a sheet fitted to a number of pages, and the model's breaks must hold.
   */
  readonly fitToWidth: boolean;
  /** Center the table between the side margins. */
  readonly horizontalCentered: boolean;
  /**
   * Header text, centred at the top of every page but the first (Nghị định 30/2020: the page
   * number top-centre, none on the first page); Excel's header code `&P` is the page number.
   */
  readonly headerCenter: string;
  /** Each sheet numbers its own pages from this one, even when the whole workbook is printed. */
  readonly firstPageNumber: 1;
}

export type SheetRole = 'tasks' | 'indicators' | 'tracker' | 'issues';

export interface ReportSheet {
  /** Worksheet name (≤ 31 characters, none of `: \ / ? * [ ]`). */
  readonly name: string;
  readonly role: SheetRole;
  /** Widths in Excel's units (characters of the default font's digit). */
  readonly columns: readonly { readonly width: number }[];
  readonly rows: readonly ReportRow[];
  readonly merges: readonly ReportMerge[];
  /** The table header rows repeated on every printed page, 0-based and inclusive. */
  readonly printTitleRows: readonly [number, number];
  readonly print: PrintSetup;
  /**
   * 0-based rows that begin a new printed page: a manual break at every page start the model
   * computed (rows kept together, the page filled), so every host breaks where the model does.
   */
  readonly pageBreaks?: readonly number[];
  /** Freeze panes above this 0-based row. */
  readonly freeze?: { readonly row: number };
}

export interface ReportBook {
  /** The as-of date of the consolidation (ISO), recorded by writers with the owned sheets. */
  readonly asOf: string;
  readonly sheets: readonly ReportSheet[];
}

export type HorizontalAlign = 'left' | 'center' | 'right';
export type VerticalAlign = 'top' | 'middle' | 'bottom';

export interface CellStyle {
  readonly font: {
    readonly name: 'Times New Roman';
    /** Points. */
    readonly size: number;
    readonly bold: boolean;
    readonly italic: boolean;
    readonly underline: boolean;
    /** ARGB, e.g. "FF0563C1" for links; absent = automatic (black). */
    readonly color?: string;
  };
  readonly horizontal: HorizontalAlign;
  readonly vertical: VerticalAlign;
  readonly wrap: boolean;
  /** Thin border on all four sides, or none. */
  readonly border: 'thin' | 'none';
  /** Excel number format: "General", "@", "0.0", "dd/mm/yyyy". */
  readonly numFmt: string;
  /** Solid fill, ARGB. */
  readonly fill?: string;
}

export type StyleName =
  | 'blank'
  | 'parentAgency'
  | 'agency'
  | 'nation'
  | 'motto'
  | 'rule'
  | 'placeDate'
  | 'title'
  | 'subtitle'
  | 'period'
  | 'reference'
  | 'header'
  | 'section'
  | 'sectionLabel'
  | 'body'
  | 'bodyCenter'
  | 'bodyNumber'
  | 'bodyPercent'
  | 'bodyDate'
  | 'bodyLink'
  | 'summaryLabel'
  | 'summaryTotal'
  | 'summaryNumber'
  | 'summaryPercent'
  | 'note'
  | 'documentNumber'
  | 'recipientsLabel'
  | 'recipients'
  | 'signerRole'
  | 'signerName';

/** The typeface of Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP). */
export const REPORT_FONT = 'Times New Roman';

/**
 * Table text size, in points; the row-height estimate is based on it. 11 pt, the floor the
 * printed report is checked against: at 12 pt a plan's long task texts wrap into a line more
 * and its 39 tasks need 8 pages instead of 6.
 */
export const BODY_SIZE = 11;

function style(
  size: number,
  options: Partial<Omit<CellStyle, 'font'>> & {
    bold?: boolean;
    italic?: boolean;
    underline?: boolean;
    color?: string;
  } = {},
): CellStyle {
  const { bold = false, italic = false, underline = false, color, ...rest } = options;
  return {
    font: {
      name: REPORT_FONT,
      size,
      bold,
      italic,
      underline,
      ...(color ? { color } : {}),
    },
    horizontal: 'left',
    vertical: 'middle',
    wrap: true,
    border: 'none',
    numFmt: 'General',
    ...rest,
  };
}

const CELL = { border: 'thin' } as const;

/**
 * Every style a report uses, by name, so writers format by style rather than per cell.
 * Sizes follow Nghị định 30/2020/NĐ-CP: agency and national name 12–13 pt, motto 13–14 pt bold
 * (underlined: the rule under it), title 14 pt bold, table text 11 pt (printed at 100 %); "Nơi nhận:" 12 pt bold
 * italic over its 11 pt lines; the signer's title and name 13 pt bold.
 * @example STYLES.header.font.bold // true
 */
export const STYLES: Readonly<Record<StyleName, CellStyle>> = {
  blank: style(BODY_SIZE, { wrap: false }),
  parentAgency: style(12, { horizontal: 'center' }),
  agency: style(12, { horizontal: 'center', bold: true }),
  nation: style(12, { horizontal: 'center', bold: true }),
  motto: style(13, { horizontal: 'center', bold: true, underline: true }),
  rule: style(8, { horizontal: 'center', vertical: 'top', wrap: false }),
  placeDate: style(13, { horizontal: 'center', italic: true }),
  title: style(14, { horizontal: 'center', bold: true }),
  subtitle: style(13, { horizontal: 'center', bold: true }),
  period: style(13, { horizontal: 'center', italic: true }),
  reference: style(13, { horizontal: 'center', italic: true }),
  header: style(BODY_SIZE, { ...CELL, horizontal: 'center', bold: true }),
  section: style(BODY_SIZE, { ...CELL, bold: true }),
  sectionLabel: style(BODY_SIZE, { ...CELL, horizontal: 'center', bold: true }),
  body: style(BODY_SIZE, CELL),
  bodyCenter: style(BODY_SIZE, { ...CELL, horizontal: 'center' }),
  bodyNumber: style(BODY_SIZE, { ...CELL, horizontal: 'center' }),
  bodyPercent: style(BODY_SIZE, { ...CELL, horizontal: 'center', numFmt: '0.0' }),
  bodyDate: style(BODY_SIZE, { ...CELL, horizontal: 'center', numFmt: 'dd/mm/yyyy' }),
  bodyLink: style(BODY_SIZE, { ...CELL, underline: true, color: 'FF0563C1' }),
  summaryLabel: style(BODY_SIZE, CELL),
  summaryTotal: style(BODY_SIZE, { ...CELL, bold: true }),
  summaryNumber: style(BODY_SIZE, { ...CELL, horizontal: 'center', bold: true }),
  summaryPercent: style(BODY_SIZE, { ...CELL, horizontal: 'center', bold: true, numFmt: '0.0' }),
  note: style(BODY_SIZE, { italic: true, vertical: 'top' }),
  documentNumber: style(13, { horizontal: 'center' }),
  recipientsLabel: style(12, { bold: true, italic: true, vertical: 'top' }),
  recipients: style(11, { vertical: 'top' }),
  signerRole: style(13, { horizontal: 'center', vertical: 'top', bold: true }),
  signerName: style(13, { horizontal: 'center', bold: true }),
};
