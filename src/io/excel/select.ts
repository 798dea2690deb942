/// <reference types="office-js" />
/**
 * Click-to-cell: selects the cell an issue names (sheet and A1 address or 0-based row/column),
 * activating its sheet. One `context.sync`.
 */
import { parseA1, toA1 } from '../../core/grid/a1';

export type SelectFailure = 'sheet-not-found' | 'sheet-hidden' | 'bad-address' | 'failed';

export type SelectResult =
  | { readonly ok: true; readonly sheet: string; readonly address: string }
  | {
      readonly ok: false;
      readonly reason: SelectFailure;
      /** What to tell the user, Vietnamese first. */
      readonly vi: string;
      readonly en: string;
    };

function codeOf(e: unknown): string | undefined {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

function failure(reason: SelectFailure, sheet: string, address: string): SelectResult {
  const where = `"${sheet}"!${address}`;
  const text: Record<SelectFailure, [string, string]> = {
    'sheet-not-found': [
      `Không tìm thấy trang tính "${sheet}" (có thể đã bị đổi tên hoặc xóa).`,
      `Sheet "${sheet}" was not found (it may have been renamed or deleted).`,
    ],
    'sheet-hidden': [
      `Trang tính "${sheet}" đang bị ẩn: hãy hiện trang rồi chọn lại ô ${address}.`,
      `Sheet "${sheet}" is hidden: unhide it, then select cell ${address} again.`,
    ],
    'bad-address': [`Địa chỉ ô không hợp lệ: ${where}.`, `Not a cell address: ${where}.`],
    failed: [`Không chọn được ô ${where}.`, `Could not select cell ${where}.`],
  };
  const [vi, en] = text[reason];
  return { ok: false, reason, vi, en };
}

/**
 * Activates `sheet` and selects `cell` ("E12", "A1:C3", or a 0-based `{ row, col }`).
 * Needs ExcelApi 1.1.
 */
export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  cell: string | { readonly row: number; readonly col: number },
): Promise<SelectResult> {
  let address: string;
  try {
    if (typeof cell === 'string') {
      const parts = cell.split(':');
      if (parts.length > 2) throw new RangeError(cell);
      parts.forEach((p) => parseA1(p));
      address = cell.replace(/\$/g, '').toUpperCase();
    } else {
      if (!(cell.row >= 0 && cell.col >= 0)) throw new RangeError(`${cell.row},${cell.col}`);
      address = toA1(cell.row, cell.col);
    }
  } catch {
    return failure('bad-address', sheet, typeof cell === 'string' ? cell : '?');
  }
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(address).select();
  try {
    await context.sync();
  } catch (e) {
    const code = codeOf(e);
    if (code === 'ItemNotFound') return failure('sheet-not-found', sheet, address);
    if (code === 'InvalidOperation' || code === 'InvalidOperationInCellEditMode')
      return failure(code === 'InvalidOperation' ? 'sheet-hidden' : 'failed', sheet, address);
    return failure('failed', sheet, address);
  }
  return { ok: true, sheet, address };
}
