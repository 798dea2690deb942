/**
 * The real-world corpus (test/corpus/README.md): 179 spreadsheets from the test suites of
 * SheetJS, exceljs, XlsxWriter and excelize, written by many programs. Every file either reads
 * (with node:zlib's inflater and with fflate's, to the same grids, and the scan runs on it) or is
 * refused with the failure its kind calls for and a Vietnamese + English message naming it;
 * never a crash, never a read without end (each read runs in a worker that is stopped past a
 * bound), never a workbook with values read as empty. Where exceljs (the reader PhuLuc used
 * before) also reads a file, the grids must be the same except for the differences listed in
 * DIFFERENCES, each with the reason the old reader was wrong.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Cell } from '../src/core/grid/types';
import type { ReadFailure } from '../src/io/xlsx/read';
import { explainCell, explainSheets, type DifferenceId } from '../src/io/xlsx/_test/differences';
import type { FlatSheet, Outcome, ReaderAnswer, Request } from './_lib/corpus-worker';

const CORPUS = path.join(__dirname, 'corpus');
const FILES = path.join(CORPUS, 'files');

type Expected =
  { readonly reads: number; readonly blank: boolean } | { readonly refused: ReadFailure };

const BLANK = 'blank';
/** The worksheets the file has; BLANK when none holds a value (checked in the XML by hand). */
const reads = (worksheets: number, blank?: typeof BLANK): Expected => ({
  reads: worksheets,
  blank: blank === BLANK,
});
const refused = (failure: ReadFailure): Expected => ({ refused: failure });

/**
 * What each file is and so what reading it must give, decided from the file (its bytes, its
 * parts, the workbook's sheet list, whether the sheets' XML holds any <v> or <is>) and from what
 * its source project keeps it for, not from what the reader returns.
 */
const EXPECTED: Record<string, Expected> = {
  '0155_test_files__1904__1900.xlsx': reads(1),
  '0156_test_files__1904__1904.xlsx': reads(1),
  '0157_test_files__Attendance.xlsx': reads(1),
  '0158_test_files__AutoFilter.xlsx': reads(11),
  // A worksheet beside a chart sheet, an Excel 4 macro sheet and an Excel 5 dialog sheet: only the
  // worksheet has cells.
  '0159_test_files__BlankSheetTypes.xlsm': reads(1, BLANK),
  '0160_test_files__DataTypesFormats.xlsx': reads(1),
  '0161_test_files__ErrorTypes.xlsx': reads(1),
  '0162_test_files__LONumbers-2010.xlsx': reads(1),
  '0163_test_files__LONumbers-2011.xlsx': reads(1),
  '0164_test_files__LONumbers.xlsx': reads(1),
  '0165_test_files__NumberFormatCondition.xlsm': reads(1),
  '0166_test_files__RkNumber.xlsx': reads(1),
  '0167_test_files__artifacts__wps__write.xlsx': reads(1),
  '0168_test_files__author_snowman.xlsx': reads(1, BLANK),
  '0169_test_files__cell_style_simple.xlsx': reads(1),
  '0170_test_files__column_width.xlsx': reads(1),
  '0171_test_files__comments_stress_test.xlsx': reads(5),
  '0172_test_files__crlf__crlf.xlsx': reads(1),
  '0173_test_files__custom_properties.xlsx': reads(1, BLANK),
  '0174_test_files__defined_names_simple.xlsx': reads(1),
  '0175_test_files__defined_names_unicode.xlsx': reads(5),
  '0176_test_files__dpi__DPI120C11.xlsx': reads(2),
  '0177_test_files__dpi__DPI120C12.xlsx': reads(2),
  '0178_test_files__dpi__DPI120C48.xlsx': reads(2),
  '0179_test_files__dpi__DPI144C11.xlsx': reads(2),
  '0180_test_files__dpi__DPI144C12.xlsx': reads(2),
  '0181_test_files__dpi__DPI144C48.xlsx': reads(2),
  '0182_test_files__dpi__DPI72A12.xlsx': reads(2),
  '0183_test_files__dpi__DPI72C11.xlsx': reads(2),
  '0184_test_files__dpi__DPI72C12.xlsx': reads(2),
  '0185_test_files__dpi__DPI72C48.xlsx': reads(2),
  '0186_test_files__dpi__DPI96C11.xlsx': reads(2),
  '0187_test_files__dpi__DPI96C12.xlsx': reads(2),
  '0188_test_files__dpi__DPI96C48.xlsx': reads(2),
  '0189_test_files__formula_stress_test.xlsx': reads(10),
  '0190_test_files__formulae_test_simple.xlsx': reads(1),
  '0191_test_files__freeze.xlsx': reads(4),
  '0192_test_files__hyperlink_no_rels.xlsm': reads(2),
  '0193_test_files__hyperlink_no_rels.xlsx': reads(2),
  '0194_test_files__hyperlink_stress_test_2011.xlsx': reads(1),
  '0195_test_files__internal_link.xlsx': reads(2),
  '0196_test_files__interview.xlsx': reads(2),
  '0197_test_files__issue.xlsx': reads(1),
  '0198_test_files__issue2717__issue2717.xlsx': reads(1),
  '0199_test_files__large_strings.xlsx': reads(3),
  '0200_test_files__merge_cells.xlsx': reads(1),
  '0201_test_files__metadata_2019.xlsx': reads(1),
  '0202_test_files__minimal_112.xlsx': reads(1),
  '0203_test_files__mixed_sheets.xlsx': reads(3),
  '0204_test_files__named_ranges_2011.xlsx': reads(2),
  '0205_test_files__number_format.xlsm': reads(5),
  '0206_test_files__number_format_entities.xlsx': reads(1),
  '0207_test_files__number_format_russian.xlsm': reads(5),
  '0208_test_files__numfmt_1_russian.xlsm': reads(1),
  '0209_test_files__outline.xlsx': reads(1),
  '0210_test_files__page_margins_2016.xlsx': reads(5, BLANK),
  '0211_test_files__phonetic_text.xlsx': reads(1),
  '0212_test_files__pivot_table_named_range.xlsx': reads(4),
  '0213_test_files__pivot_table_test.xlsm': reads(4),
  '0214_test_files__rich_text_stress.xlsx': reads(1),
  '0215_test_files__row_height.xlsx': reads(1),
  '0216_test_files__sheet_visibility.xlsx': reads(3),
  '0217_test_files__sheet_visibility_strict.xlsx': reads(3),
  '0218_test_files__sized_boxen.xlsx': reads(1),
  '0219_test_files__smart_tags_2007.xlsx': reads(3),
  '0220_test_files__sushi.xlsx': reads(1),
  '0221_test_files__text_and_numbers.xlsx': reads(3),
  '0222_test_files__threaded_comments_none.xlsx': reads(1),
  '0223_test_files__wps__fn.xlsx': reads(1),
  '0224_test_files__wps__image.xlsx': reads(1),
  '0225_test_files__write.xlsx': reads(1),
  // The workbook lives in wtf/, not xl/: found through _rels/.rels.
  '0226_test_files__wtf_path.xlsx': reads(2),
  '0227_test_files__xlsx-stream-d-date-cell.xlsx': reads(1),
  '0228_test_files____________________.xlsx': reads(3),
  '0229_test_files__1904__1900.ods': refused('ods-workbook'),
  '0230_test_files__1904__1904.ods': refused('ods-workbook'),
  '0231_test_files__AutoFilter.ods': refused('ods-workbook'),
  '0232_test_files__defined_names_unicode.ods': refused('ods-workbook'),
  '0233_test_files__issue2717__issue2717.ods': refused('ods-workbook'),
  '0234_test_files__outline.ods': refused('ods-workbook'),
  '0235_test_files__sheet_visibility.ods': refused('ods-workbook'),
  '0236_test_files__sushi.ods': refused('ods-workbook'),
  '0237_test_files__2013__apachepoi_31661.xls.xlsb': refused('xlsb-workbook'),
  '0238_test_files__2013__apachepoi_46136-WithWarnings.xls.xlsb': refused('xlsb-workbook'),
  '0239_test_files__2013__apachepoi_CodeFunctionTestCaseData.xls.xlsb': refused('xlsb-workbook'),
  '0240_test_files__2013__apachepoi_FormatChoiceTests.xls.xlsb': refused('xlsb-workbook'),
  '0241_test_files__2013__apachepoi_PercentPtg.xls.xlsb': refused('xlsb-workbook'),
  '0242_test_files__2013__apachepoi_Tables.xlsx.xlsb': refused('xlsb-workbook'),
  '0243_test_files__2013__apachepoi_WeekNumFunctionTestCaseData2013.xls.xlsb':
    refused('xlsb-workbook'),
  '0244_test_files__2013__apachepoi_sumifs.xls.xlsb': refused('xlsb-workbook'),
  '0245_test_files__author_snowman.xls': refused('legacy-xls'),
  '0246_test_files__crlf__CRLFR9.XLS': refused('legacy-xls'),
  '0247_test_files__crlf__CRLFR9_5.XLS': refused('legacy-xls'),
  '0248_test_files__dpi__DPI72C12.xls': refused('legacy-xls'),
  '0249_test_files__issue2717__issue2717.xls': refused('legacy-xls'),
  '0250_test_files__merge_cells.xls': refused('legacy-xls'),
  // .xls files with a password (BIFF8 FILEPASS): still .xls files, to be saved as .xlsx in Excel.
  '0251_test_files__password_2002_128_strong.xls': refused('legacy-xls'),
  '0252_test_files__password_2002_40_dhsc.xls': refused('legacy-xls'),
  '0253_test_files__2011__apachepoi_27394.xls.1.csv': refused('empty-file'),
  '0254_test_files__2011__formula_stress_test.xls.1.csv': refused('text-file'),
  '0255_test_files__2011__pyExcelerator_P-0508-0000507647-3280-5298.xls.0.csv':
    refused('text-file'),
  '0256_test_files__2016__jxls-core_expressions1.xls.0.csv': refused('text-file'),
  '0257_test_files__2016__roo_borders.xlsx.1.csv': refused('text-file'),
  '0342_exceljs__spec__integration__data__1519293514-KRISHNAPATNAM_LINE_UP.xlsx': reads(2),
  '0343_exceljs__spec__integration__data__1904.xlsx': reads(3),
  '0344_exceljs__spec__integration__data__bogus-defined-name.xlsx': reads(1),
  // A worksheet and a chart sheet (no cells, left out).
  '0345_exceljs__spec__integration__data__chart-sheet.xlsx': reads(1),
  '0346_exceljs__spec__integration__data__dateIssue.xlsx': reads(1),
  '0347_exceljs__spec__integration__data__duplicateRowTest.xlsx': reads(1, BLANK),
  '0348_exceljs__spec__integration__data__fibonacci.xlsx': reads(1),
  '0349_exceljs__spec__integration__data__formulas.xlsx': reads(1),
  '0350_exceljs__spec__integration__data__gold.xlsx': reads(1),
  '0351_exceljs__spec__integration__data__hidden-test__google-sheets.xlsx': reads(1),
  '0352_exceljs__spec__integration__data__hidden-test__libre-calc-as-excel-2007-365.xlsx': reads(1),
  '0353_exceljs__spec__integration__data__hidden-test__libre-calc-as-office-open-xml-spreadsheet.xlsx':
    reads(1),
  '0354_exceljs__spec__integration__data__images.xlsx': reads(1, BLANK),
  // Stray text ("foo") before the sheet's root element: not well-formed XML, but the cells are
  // whole; read as Excel's repair would (exceljs refuses it).
  '0355_exceljs__spec__integration__data__invalid-xml.xlsx': reads(1),
  '0356_exceljs__spec__integration__data__many-columns.xlsx': reads(1),
  // Two parts of an .xlsx (a sheet and the workbook's relationships), the workbook part lost: damaged.
  '0357_exceljs__spec__integration__data__missing-bits.xlsx': refused('unreadable-workbook'),
  '0358_exceljs__spec__integration__data__shared_string_with_escape.xlsx': reads(1),
  '0359_exceljs__spec__integration__data__test-issue-1364.xlsx': reads(1),
  '0360_exceljs__spec__integration__data__test-issue-1575.xlsx': reads(1),
  '0361_exceljs__spec__integration__data__test-issue-163.xlsx': reads(1),
  '0362_exceljs__spec__integration__data__test-issue-1669.xlsx': reads(2),
  '0363_exceljs__spec__integration__data__test-issue-176.xlsx': reads(1),
  // A data validation over the whole sheet (A1:XFD1048576), no value: exceljs never finishes.
  '0364_exceljs__spec__integration__data__test-issue-1842.xlsx': reads(1, BLANK),
  '0365_exceljs__spec__integration__data__test-issue-257.xlsx': reads(2, BLANK),
  '0366_exceljs__spec__integration__data__test-issue-623.xlsx': reads(1, BLANK),
  '0367_exceljs__spec__integration__data__test-issue-771.xlsx': reads(1, BLANK),
  '0368_exceljs__spec__integration__data__test-issue-877.xlsx': reads(5),
  '0369_exceljs__spec__integration__data__test-issue-880.xlsx': reads(5),
  '0370_exceljs__spec__integration__data__test-issue-988.xlsx': reads(1),
  '0371_exceljs__spec__integration__data__test-issue-991.csv': refused('text-file'),
  '0372_exceljs__spec__integration__data__test-pr-1204.xlsx': reads(2),
  '0373_exceljs__spec__integration__data__test-pr-1220.xlsx': reads(2),
  '0374_exceljs__spec__integration__data__test-pr-567.xlsx': reads(1),
  '0375_exceljs__spec__integration__data__test-pr-728.xlsx': reads(3),
  '0376_exceljs__spec__integration__data__test-row-styles.xlsx': reads(1),
  '0377_exceljs__test__data__comments.xlsx': reads(2),
  '0378_exceljs__test__data__test-default-font.xlsx': reads(1),
  // A workbook part listing no sheet (`<sheets></sheets>`): read as a book without sheets, which the
  // scan then calls empty (true: there is nothing in it).
  '0379_excelize__test__BadWorkbook.xlsx': reads(0, BLANK),
  '0380_excelize__test__Book1.xlsx': reads(2),
  '0381_excelize__test__CalcChain.xlsx': reads(1),
  '0382_excelize__test__MergeCell.xlsx': reads(1),
  '0383_excelize__test__OverflowNumericCell.xlsx': reads(1),
  '0384_excelize__test__SharedStrings.xlsx': reads(2),
  '0385_excelize__test__encryptAES.xlsx': refused('encrypted-workbook'),
  '0386_excelize__test__encryptSHA1.xlsx': refused('encrypted-workbook'),
  '0387_excelize__test__encryptSHA512.xlsx': refused('encrypted-workbook'),
  '0394_XlsxWriter__xlsxwriter__test__comparison__xlsx_files__background06.xlsx': reads(1, BLANK),
  '0395_XlsxWriter__xlsxwriter__test__comparison__xlsx_files__chart_area03.xlsx': reads(1),
  '0396_XlsxWriter__xlsxwriter__test__comparison__xlsx_files__chart_axis42.xlsx': reads(1),
  '0397_XlsxWriter__xlsxwriter__test__comparison__xlsx_files__chart_axis44.xlsx': reads(1),
  '0398_XlsxWriter__xlsxwriter__test__comparison__xlsx_files__chart_clustered01.xlsx': reads(1),
  '0399_XlsxWriter__xlsxwriter__test__comparison__xlsx_files__chart_crossing02.xlsx': reads(1),
  '0400_XlsxWriter__xlsxwriter__test__comparison__xlsx_files__chart_format21.xlsx': reads(1),
  '0401_XlsxWriter__xlsxwriter__test__comparison__xlsx_files__chart_gap05.xlsx': reads(1),
  '0402_XlsxWriter__xlsxwriter__test__comparison__xlsx_files__chart_gridlines01.xlsx': reads(1),
  '0403_XlsxWriter__xlsxwriter__test__comparison__xlsx_files__chart_line04.xlsx': reads(1),
  '0404_XlsxWriter__xlsxwriter__test__comparison__xlsx_files__chart_pie01.xlsx': reads(1),
  '0405_XlsxWriter__xlsxwriter__test__comparison__xlsx_files__checkbox04.xlsx': reads(1),
  '0406_XlsxWriter__xlsxwriter__test__comparison__xlsx_files__excel2003_style03.xlsx': reads(1),
  '0407_XlsxWriter__xlsxwriter__test__comparison__xlsx_files__format19.xlsx': reads(1),
  '0408_XlsxWriter__xlsxwriter__test__comparison__xlsx_files__header_image04.xlsx': reads(1, BLANK),
  '0409_XlsxWriter__xlsxwriter__test__comparison__xlsx_files__hyperlink04.xlsx': reads(3),
  '0410_XlsxWriter__xlsxwriter__test__comparison__xlsx_files__hyperlink05.xlsx': reads(1),
  '0411_XlsxWriter__xlsxwriter__test__comparison__xlsx_files__image16.xlsx': reads(1, BLANK),
  '0412_XlsxWriter__xlsxwriter__test__comparison__xlsx_files__image47.xlsx': reads(1, BLANK),
  '0413_XlsxWriter__xlsxwriter__test__comparison__xlsx_files__image51.xlsx': reads(1, BLANK),
  '0414_XlsxWriter__xlsxwriter__test__comparison__xlsx_files__object_position03.xlsx': reads(
    1,
    BLANK,
  ),
  '0415_XlsxWriter__xlsxwriter__test__comparison__xlsx_files__outline04.xlsx': reads(1),
  '0416_XlsxWriter__xlsxwriter__test__comparison__xlsx_files__protect06.xlsx': reads(1),
  '0417_XlsxWriter__xlsxwriter__test__comparison__xlsx_files__quote_name11.xlsx': reads(1),
  '0418_XlsxWriter__xlsxwriter__test__comparison__xlsx_files__repeat01.xlsx': reads(1),
  '0419_XlsxWriter__xlsxwriter__test__comparison__xlsx_files__set_column07.xlsx': reads(1),
  '0420_XlsxWriter__xlsxwriter__test__comparison__xlsx_files__textbox06.xlsx': reads(1, BLANK),
  '0421_XlsxWriter__xlsxwriter__test__comparison__xlsx_files__utf8_01.xlsx': reads(1),
  '0422_XlsxWriter__xlsxwriter__test__comparison__xlsx_files__utf8_04.xlsx': reads(1),
  '0423_XlsxWriter__xlsxwriter__test__comparison__xlsx_files__utf8_10.xlsx': reads(1),
};

// ---- Differences from exceljs: the table in src/io/xlsx/_test/differences.ts -----------------

/** The differences each file shows, found by reading the file's XML where the readers disagree. */
const DIFFERENT: Record<string, readonly DifferenceId[]> = {
  '0155_test_files__1904__1900.xlsx': ['before-1900-03-01', 'format-escapes'],
  '0156_test_files__1904__1904.xlsx': ['format-escapes'],
  '0157_test_files__Attendance.xlsx': ['formula-result-falsy'],
  '0161_test_files__ErrorTypes.xlsx': ['formula-result-falsy'],
  '0162_test_files__LONumbers-2010.xlsx': ['no-such-day', 'time-format', 'before-1900-03-01'],
  '0163_test_files__LONumbers-2011.xlsx': ['no-such-day', 'time-format', 'before-1900-03-01'],
  '0164_test_files__LONumbers.xlsx': [
    'no-such-day',
    'time-format',
    'before-1900-03-01',
    'formula-result-falsy',
    'general-in-capitals',
    'date-format-in-capitals',
  ],
  '0165_test_files__NumberFormatCondition.xlsm': ['format-escapes'],
  '0171_test_files__comments_stress_test.xlsx': ['x-escapes', 'formula-result-falsy'],
  '0172_test_files__crlf__crlf.xlsx': ['x-escapes'],
  '0174_test_files__defined_names_simple.xlsx': ['formula-result-falsy'],
  '0189_test_files__formula_stress_test.xlsx': [
    'formula-result-falsy',
    'time-format',
    'format-escapes',
    'no-such-day',
    'x-escapes',
  ],
  '0201_test_files__metadata_2019.xlsx': ['format-escapes'],
  '0205_test_files__number_format.xlsm': [
    'time-format',
    'format-escapes',
    'no-such-day',
    'formula-result-falsy',
    'before-1900-03-01',
  ],
  '0206_test_files__number_format_entities.xlsx': ['format-escapes'],
  '0207_test_files__number_format_russian.xlsm': [
    'time-format',
    'format-escapes',
    'no-such-day',
    'formula-result-falsy',
    'before-1900-03-01',
  ],
  '0208_test_files__numfmt_1_russian.xlsm': ['format-escapes'],
  '0212_test_files__pivot_table_named_range.xlsx': ['formula-result-falsy'],
  '0213_test_files__pivot_table_test.xlsm': ['format-escapes'],
  '0219_test_files__smart_tags_2007.xlsx': ['format-escapes'],
  '0221_test_files__text_and_numbers.xlsx': ['format-escapes'],
  '0222_test_files__threaded_comments_none.xlsx': ['format-escapes'],
  '0226_test_files__wtf_path.xlsx': ['workbook-outside-xl'],
  '0227_test_files__xlsx-stream-d-date-cell.xlsx': [
    'iso-date-cell',
    'inline-string-formula',
    'time-format',
  ],
  '0228_test_files____________________.xlsx': ['format-escapes', 'formula-result-falsy'],
  '0368_exceljs__spec__integration__data__test-issue-877.xlsx': [
    'hyperlink-on-empty-cell',
    'formula-result-falsy',
  ],
  '0369_exceljs__spec__integration__data__test-issue-880.xlsx': ['formula-result-falsy'],
  '0376_exceljs__spec__integration__data__test-row-styles.xlsx': ['sheet-state-show'],
  '0381_excelize__test__CalcChain.xlsx': ['formula-result-falsy'],
  '0407_XlsxWriter__xlsxwriter__test__comparison__xlsx_files__format19.xlsx': ['time-format'],
};

const sameCell = (a: Cell | undefined, b: Cell | undefined) =>
  JSON.stringify(a) === JSON.stringify(b);

/** The differences between two readings of a file, by kind; `unexplained` lists the rest. */
function compare(
  now: readonly FlatSheet[],
  old: readonly FlatSheet[],
): { found: Set<DifferenceId>; unexplained: string[] } {
  const found = new Set<DifferenceId>();
  const unexplained: string[] = [];
  const sheetsAlike =
    now.length === old.length &&
    now.every((s, i) => s.name === old[i]!.name && s.hidden === old[i]!.hidden);
  if (!sheetsAlike) {
    const hit = explainSheets(now, old);
    if (hit) found.add(hit);
    else
      unexplained.push(
        `sheets ${JSON.stringify([now, old].map((b) => b.map((s) => [s.name, s.hidden])))}`,
      );
    if (now.length !== old.length) return { found, unexplained };
  }
  now.forEach((sheet, i) => {
    const other = old[i]!;
    if (sheet.merges.join() !== other.merges.join())
      unexplained.push(
        `${sheet.name}: merges ${sheet.merges.join(' ')} / ${other.merges.join(' ')}`,
      );
    const a = new Map(sheet.cells);
    const b = new Map(other.cells);
    for (const at of new Set([...a.keys(), ...b.keys()])) {
      const n = a.get(at);
      const o = b.get(at);
      if (sameCell(n, o)) continue;
      const hit = explainCell(n, o);
      if (hit) found.add(hit);
      else unexplained.push(`${sheet.name} ${at}: ${JSON.stringify(n)} / ${JSON.stringify(o)}`);
    }
  });
  return { found, unexplained };
}

// ---- Reading, bounded ---------------------------------------------------------------------------

/** How long one read may take before it counts as never ending (a bound, not a speed check). */
const BOUND_MS = { phuluc: 30_000, exceljs: 10_000 };

/** One worker thread at a time; a read past its bound terminates it and the next starts afresh. */
class Reader {
  private worker: Worker | null = null;

  private start(): Worker {
    const tsx = require.resolve('tsx/cjs/api');
    const script = path.join(__dirname, '_lib', 'corpus-worker.ts');
    return new Worker(
      `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(script)});`,
      { eval: true },
    );
  }

  /** The worker's answer, or 'unfinished' past the bound, or the error that killed the worker. */
  read(request: Request): Promise<{ answer: unknown } | { unfinished: true } | { died: string }> {
    const worker = (this.worker ??= this.start());
    return new Promise((resolve) => {
      const stop = (result: { unfinished: true } | { died: string }) => {
        worker.removeAllListeners();
        void worker.terminate();
        this.worker = null;
        resolve(result);
      };
      const timer = setTimeout(() => stop({ unfinished: true }), BOUND_MS[request.reader]);
      worker.once('message', (answer: unknown) => {
        clearTimeout(timer);
        worker.removeAllListeners('error');
        resolve({ answer });
      });
      worker.once('error', (e) => {
        clearTimeout(timer);
        stop({ died: String(e) });
      });
      worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}

// ---- The test -----------------------------------------------------------------------------------

interface FileResult {
  readonly file: string;
  readonly phuluc: ReaderAnswer | 'unfinished' | string;
  readonly exceljs?: Outcome | 'unfinished' | string;
}

const files = readdirSync(FILES).sort();
const results = new Map<string, FileResult>();

beforeAll(async () => {
  const reader = new Reader();
  try {
    for (const file of files) {
      const at = path.join(FILES, file);
      const mine = await reader.read({ path: at, reader: 'phuluc' });
      const phuluc =
        'answer' in mine
          ? (mine.answer as ReaderAnswer)
          : 'unfinished' in mine
            ? 'unfinished'
            : mine.died;
      let exceljs: FileResult['exceljs'];
      if (typeof phuluc === 'object' && phuluc.zlib.kind === 'read') {
        const theirs = await reader.read({ path: at, reader: 'exceljs' });
        exceljs =
          'answer' in theirs
            ? (theirs.answer as Outcome)
            : 'unfinished' in theirs
              ? 'unfinished'
              : theirs.died;
      }
      results.set(file, { file, phuluc, ...(exceljs ? { exceljs } : {}) });
    }
  } finally {
    await reader.close();
  }
}, 170_000);

function answerOf(file: string): ReaderAnswer {
  const r = results.get(file)!.phuluc;
  if (r === 'unfinished')
    throw new Error(`${file}: the read did not finish within ${BOUND_MS.phuluc} ms`);
  if (typeof r === 'string') throw new Error(`${file}: the reader's thread died: ${r}`);
  return r;
}

describe('the corpus', () => {
  it('holds the files its manifest lists, unmodified', () => {
    const manifest = readFileSync(path.join(CORPUS, 'manifest.csv'), 'utf8')
      .split(/\r?\n/)
      .slice(1)
      .filter(Boolean)
      .map((line) => line.split(','));
    expect(manifest.map(([file]) => file).sort()).toEqual(files);
    for (const [file, , , , bytes, sha256] of manifest) {
      const data = readFileSync(path.join(FILES, file!));
      expect([file, data.length]).toEqual([file, Number(bytes)]);
      expect([file, createHash('sha256').update(data).digest('hex')]).toEqual([file, sha256]);
    }
  });

  it('has an expected outcome for every file, and none for a file it does not hold', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(files);
  });
});

describe.each(files)('%s', (file) => {
  const expected = EXPECTED[file]!;

  if ('refused' in expected) {
    it(`is refused as ${expected.refused}, with a message in both languages naming the file`, () => {
      const { zlib, fflate } = answerOf(file);
      expect(zlib).toMatchObject({ kind: 'refused', failure: expected.refused });
      expect(fflate).toEqual(zlib);
      if (zlib.kind !== 'refused') return;
      expect(zlib.vi).toContain(file);
      expect(zlib.en).toContain(file);
      expect(zlib.vi).not.toEqual(zlib.en);
    });
    return;
  }

  it(`reads ${expected.reads} worksheet(s)${expected.blank ? ', all blank' : ', with values'}, the same with either inflater, and scans without calling it empty unless it is`, () => {
    const { zlib, fflate, scan } = answerOf(file);
    if (zlib.kind === 'crash') throw new Error(zlib.error);
    expect(zlib).toMatchObject({ kind: 'read' });
    if (zlib.kind !== 'read') return;
    expect(zlib.sheets).toHaveLength(expected.reads);
    const values = zlib.sheets.reduce((n, s) => n + s.cells.length, 0);
    if (expected.blank) expect(values).toBe(0);
    else expect(values).toBeGreaterThan(0);
    expect(fflate).toEqual(zlib);
    if (scan && 'threw' in scan) throw new Error(`scanBook threw: ${scan.threw}`);
    // The scan calls a workbook empty only when it is (a value in it, even in a hidden sheet).
    expect(scan?.codes.includes('empty-workbook')).toBe(expected.blank);
  });

  it('gives the grids exceljs gives, but for the differences listed and explained', () => {
    const now = answerOf(file).zlib;
    const old = results.get(file)!.exceljs;
    if (
      now.kind !== 'read' ||
      old === undefined ||
      typeof old === 'string' ||
      old.kind !== 'read'
    ) {
      // exceljs failed, never finished, or was not asked: nothing to compare (counted below).
      return;
    }
    const { found, unexplained } = compare(now.sheets, old.sheets);
    expect(unexplained).toEqual([]);
    expect([...found].sort()).toEqual([...(DIFFERENT[file] ?? [])].sort());
  });
});

describe('the corpus, summed up', () => {
  it('counts what was read, refused, and where exceljs differs or fails', () => {
    const refusals: Record<string, number> = {};
    let read = 0;
    const exceljsFails: string[] = [];
    const differing: Record<string, number> = {};
    for (const { file, phuluc, exceljs } of results.values()) {
      if (typeof phuluc !== 'object') continue;
      if (phuluc.zlib.kind === 'refused')
        refusals[phuluc.zlib.failure] = (refusals[phuluc.zlib.failure] ?? 0) + 1;
      if (phuluc.zlib.kind !== 'read') continue;
      read++;
      if (exceljs === undefined) continue;
      if (typeof exceljs === 'string' || exceljs.kind !== 'read')
        exceljsFails.push(`${file}: ${typeof exceljs === 'string' ? exceljs : exceljs.kind}`);
      else if ((DIFFERENT[file] ?? []).length > 0)
        for (const id of DIFFERENT[file]!) differing[id] = (differing[id] ?? 0) + 1;
    }
    // What the table says, so the summary cannot drift from it.
    const expectedRefusals: Record<string, number> = {};
    let expectedReads = 0;
    for (const e of Object.values(EXPECTED))
      if ('refused' in e) expectedRefusals[e.refused] = (expectedRefusals[e.refused] ?? 0) + 1;
      else expectedReads++;
    expect({ read, refusals }).toEqual({ read: expectedReads, refusals: expectedRefusals });
    const filesDiffering = Object.values(DIFFERENT).filter((d) => d.length > 0).length;
    console.info(
      [
        `corpus: ${files.length} files, ${read} read, refused: ${JSON.stringify(refusals)}`,
        `exceljs differs on ${filesDiffering} files: ${JSON.stringify(differing)}`,
        `exceljs failed or never finished on ${exceljsFails.length} the new reader reads:`,
        ...exceljsFails.map((f) => `  ${f.split('\n')[0]}`),
      ].join('\n'),
    );
  });
});
