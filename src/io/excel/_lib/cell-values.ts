/**
 * What Office.js is given for a report cell, and which cells need the text format first: Excel
 * reads values written through Office.js as if typed, so texts that look like formulas, numbers
 * or dates must be formatted as text ("@") before their value is written.
 */
import { linkFormula, needsTextFormat } from '../../../core/report-model/cell';
import type { ReportCell, ReportSheet } from '../../../core/report-model/types';
import { isoToSerial } from './serial';

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
  return `=${linkFormula(v)}`;
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

/**
 * Whether a cell must be formatted as text before its value is written: the report's own rule
 * (formula-looking texts), and texts Excel would turn into numbers or dates.
 * @example needsText({ value: '85/100', style: 'body' }) // true
 */
export function needsText(c: ReportCell): boolean {
  if (needsTextFormat(c)) return true;
  return typeof c.value === 'string' && coercible(c.value);
}

/**
 * {@link needsText} for the cell at row `r`, column `c` of a sheet (false past its cells).
 * @example needsTextAt(sheet, 0, 0) // false
 */
export function needsTextAt(sheet: ReportSheet, r: number, c: number): boolean {
  const cell = sheet.rows[r]?.cells[c];
  return cell !== undefined && needsText(cell);
}
