/**
 * Report cells as both writers (exceljs and Office.js) put them into a workbook: the text format
 * a cell needs (the one place where the formula guard `looksLikeFormula` meets the report
 * model) and the formula a link becomes.
 */
import { looksLikeFormula } from '../text/formula';
import type { LinkValue, ReportCell, ReportValue, StyleName } from './types';

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

/**
 * The in-workbook target of a link: "#'PL 1'!A12".
 * @example linkTarget('PL1', 'A12') // "#'PL1'!A12"
 */
export function linkTarget(sheet: string, cell: string): string {
  return `#'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** A string inside a formula's double quotes. */
function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The formula (without its "=") a link cell becomes, showing its text: HYPERLINK jumps inside
 * the workbook in Excel and LibreOffice alike.
 * @example linkFormula({ link: { sheet: 'PL 1', cell: 'E12' }, text: 'PL 1!E12' }) // 'HYPERLINK("#\'PL 1\'!E12","PL 1!E12")'
 */
export function linkFormula(v: LinkValue): string {
  return `HYPERLINK(${quoted(linkTarget(v.link.sheet, v.link.cell))},${quoted(v.text)})`;
}
