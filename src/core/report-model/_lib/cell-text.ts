/** The text of report cells as the column-width measure takes it (font size and weight). */
import { STYLES, type ReportValue, type StyleName } from '../types';
import type { CellText } from './columns';
import { displayText } from './draft';

/**
 * A value as printed in a style; null when the cell is empty.
 * @example tableText('STT', 'header') // { text: 'STT', size: 12, bold: true }
 * @example tableText(null, 'body') // null
 */
export function tableText(value: ReportValue, style: StyleName): CellText | null {
  const text = displayText(value);
  if (text === '') return null;
  const font = STYLES[style].font;
  return { text, size: font.size, bold: font.bold };
}

/**
 * The texts of a row of cells.
 * @example cellTexts([['1', 'bodyCenter'], [null, 'body']]) // [{ text: '1', size: 12, bold: false }, null]
 */
export function cellTexts(
  cells: readonly (readonly [ReportValue, StyleName])[],
): (CellText | null)[] {
  return cells.map(([value, style]) => tableText(value, style));
}
