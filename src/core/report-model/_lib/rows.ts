/** Rows every report table has: the header, the "nothing here" row, the notes under it. */
import type { SheetDraft, Span } from './draft';

/**
 * The table's header row, one bold label per column; returns its index.
 * @example headerRow(draft, ['STT', 'Đơn vị']) // 9
 */
export function headerRow(d: SheetDraft, labels: readonly string[]): number {
  return d.add(labels.map((value, from): Span => ({ value, style: 'header', from })));
}

/**
 * One row across the table saying it is empty.
 * @example emptyTableRow(draft, 'Không phát hiện vấn đề nào.')
 */
export function emptyTableRow(d: SheetDraft, text: string): void {
  d.add([{ from: 0, to: d.last, value: text, style: 'body' }]);
}

/**
 * A note across the sheet, under the table.
 * @example note(draft, 'Tổng số: 2 lỗi, 2 cảnh báo, 1 thông tin.')
 */
export function note(d: SheetDraft, text: string): void {
  d.add([{ from: 0, to: d.last, value: text, style: 'note' }]);
}

/**
 * A text, or an empty cell for a blank one.
 * @example orNull('  ') // null
 */
export function orNull(s: string): string | null {
  return s.trim() === '' ? null : s;
}
