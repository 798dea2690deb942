/**
 * Report cells and the text format they need: the one place where the formula guard
 * (`looksLikeFormula`) meets the report model, for both writers (exceljs and Office.js).
 */
import { looksLikeFormula } from '../text/formula';
import type { ReportCell, ReportValue, StyleName } from './types';

/**
 * A cell, flagged as text when its string would otherwise become a formula.
 * @example reportCell('-Báo cáo', 'body') // { value: '-Báo cáo', style: 'body', text: true }
 */
export function reportCell(value: ReportValue, style: StyleName): ReportCell {
  return typeof value === 'string' && looksLikeFormula(value)
    ? { value, style, text: true }
    : { value, style };
}

/**
 * Whether a writer must give the cell the text format "@" before its value: flagged as text, or
 * a string Excel would take as a formula (a cell made without {@link reportCell}).
 * @example needsTextFormat({ value: '=SUM(A1)', style: 'body' }) // true
 * @example needsTextFormat({ value: 'Báo cáo', style: 'body' }) // false
 */
export function needsTextFormat(c: ReportCell): boolean {
  return c.text === true || (typeof c.value === 'string' && looksLikeFormula(c.value));
}
