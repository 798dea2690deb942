/// <reference types="office-js" />
/**
 * Builds a fake Excel from a real .xlsx, read with exceljs, holding what Office.js would report
 * for it: values as Excel's JavaScript API gives them (dates as serial numbers, error values as
 * "#N/A"-style strings, rich text flattened, formulas as their cached result, merged cells empty
 * except the top-left), number formats, merges and sheet visibility. The displayed text is left
 * to the fake, which derives it from the value and number format.
 */
import ExcelJS from 'exceljs';
import {
  createFakeExcel,
  type FakeExcel,
  type FakeOptions,
  type FakeSheetSpec,
  type Scalar,
  type Visibility,
} from './fake-excel';

const VISIBILITY: Record<string, Visibility> = {
  visible: 'Visible',
  hidden: 'Hidden',
  veryHidden: 'VeryHidden',
};

/** The serial Excel stores for a date exceljs decoded (its Date holds the wall-clock time in UTC). */
function serial(d: Date): number {
  return d.getTime() / 86_400_000 + 25_569;
}

/** What `range.values` holds for an exceljs cell value. */
function officeValue(v: ExcelJS.CellValue): Scalar | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return serial(v);
  if ('error' in v) return String(v.error);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as ExcelJS.CellFormulaValue).result;
    return result === undefined ? null : officeValue(result as ExcelJS.CellValue);
  }
  if ('hyperlink' in v) return officeValue((v as ExcelJS.CellHyperlinkValue).text);
  return null;
}

function sheetSpec(ws: ExcelJS.Worksheet): FakeSheetSpec {
  const values: Scalar[][] = [];
  const numberFormat: string[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return; // Office.js: merged-over cells are empty
      const v = officeValue(cell.value);
      if (v === null) return;
      (values[rowNumber - 1] ??= [])[colNumber - 1] = v;
      (numberFormat[rowNumber - 1] ??= [])[colNumber - 1] = cell.numFmt || 'General';
    });
  });
  return {
    values,
    numberFormat,
    merges: ((ws.model as { merges?: string[] }).merges ?? []).slice(),
    visibility: VISIBILITY[ws.state] ?? 'Visible',
  };
}

/** A fake Excel with the sheets of an .xlsx file. */
export async function fakeFromXlsx(
  bytes: Uint8Array,
  options: FakeOptions = {},
): Promise<FakeExcel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return createFakeExcel(
    wb.worksheets.map((ws) => [ws.name, sheetSpec(ws)] as const),
    options,
  );
}
