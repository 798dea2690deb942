/// <reference types="office-js" />
/**
 * Errors of the Office.js adapter that the pane shows as they are: each carries its message in
 * Vietnamese and English (`text`) and what to do (`hint`), never a bare English detail from Excel.
 */

/** A message in both languages, Vietnamese first. */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

/** An error with a message for the user in both languages. */
export class ExcelTaskError extends Error {
  constructor(
    readonly text: Bilingual,
    readonly hint?: Bilingual,
  ) {
    super(text.en);
    this.name = 'ExcelTaskError';
  }
}

/**
 * The `code` of an Office.js error (`OfficeExtension.Error`), if it is one.
 * @example officeErrorCode({ code: 'InvalidOperationInCellEditMode' }) // 'InvalidOperationInCellEditMode'
 */
export function officeErrorCode(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null || !('code' in e)) return undefined;
  const code = (e as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** What Excel says while the user is typing in a cell: it takes no requests until they finish. */
export const CELL_EDIT_CODE = 'InvalidOperationInCellEditMode';

/** Shown when Excel refused a request because a cell is being edited. */
export const CELL_EDIT_TEXT: Bilingual = {
  vi: 'Excel đang ở chế độ sửa ô nên chưa nhận yêu cầu của PhuLuc.',
  en: 'Excel is editing a cell and does not take PhuLuc’s requests meanwhile.',
};

export const CELL_EDIT_HINT: Bilingual = {
  vi: 'Hãy sửa xong ô đang nhập (nhấn Enter hoặc Esc), rồi thử lại.',
  en: 'Finish editing the cell (press Enter or Esc), then try again.',
};

/**
 * The error to show for what Excel threw: the cell-edit message when that was the cause, else
 * the error itself.
 * @example asCellEditError({ code: 'InvalidOperationInCellEditMode' }).text.en // 'Excel is editing a cell …'
 */
export function asCellEditError(e: unknown): unknown {
  return officeErrorCode(e) === CELL_EDIT_CODE
    ? new ExcelTaskError(CELL_EDIT_TEXT, CELL_EDIT_HINT)
    : e;
}

/** Excel's own words for a failure, for the detail in parentheses. */
function detailOf(e: unknown): string {
  const code = officeErrorCode(e);
  const message = e instanceof Error ? e.message : String(e);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}

/**
 * Writing the report failed. `restored`: the workbook is as it was (everything the write added
 * was removed); otherwise `leftovers` names what is left, if Excel could say.
 */
export class ReportWriteError extends ExcelTaskError {
  constructor(
    /** What Excel threw. */
    readonly failure: unknown,
    readonly restored: boolean,
    readonly leftovers: readonly string[] | undefined,
  ) {
    super(reportWriteText(failure, restored, leftovers), reportWriteHint(failure, restored));
    this.name = 'ReportWriteError';
  }
}

function reportWriteText(
  cause: unknown,
  restored: boolean,
  leftovers: readonly string[] | undefined,
): Bilingual {
  const editing = officeErrorCode(cause) === CELL_EDIT_CODE;
  const why: Bilingual = editing
    ? CELL_EDIT_TEXT
    : { vi: `Excel báo lỗi: ${detailOf(cause)}.`, en: `Excel reported: ${detailOf(cause)}.` };
  const head: Bilingual = {
    vi: `Không ghi được báo cáo vào sổ tính. ${why.vi}`,
    en: `The report could not be written into the workbook. ${why.en}`,
  };
  if (restored)
    return {
      vi: `${head.vi} Sổ tính vẫn như trước khi ghi: các trang lần ghi này thêm vào đã được xóa, các trang báo cáo cũ giữ nguyên.`,
      en: `${head.en} The workbook is as it was before: the sheets this write added were removed and the earlier report sheets are unchanged.`,
    };
  const list = leftovers?.length ? leftovers.map((n) => `"${n}"`).join(', ') : undefined;
  return list
    ? {
        vi: `${head.vi} PhuLuc không dọn lại được hết: còn các trang ${list}. Hãy xóa chúng bằng tay (lần ghi sau PhuLuc cũng sẽ thay chúng).`,
        en: `${head.en} PhuLuc could not clean up everything: the sheets ${list} remain. Delete them by hand (PhuLuc's next write replaces them too).`,
      }
    : {
        vi: `${head.vi} PhuLuc không kiểm tra lại được sổ tính: hãy xem có trang nào tên bắt đầu bằng "~PhuLuc" và xóa bằng tay.`,
        en: `${head.en} PhuLuc could not check the workbook again: look for sheets named "~PhuLuc…" and delete them by hand.`,
      };
}

function reportWriteHint(cause: unknown, restored: boolean): Bilingual {
  if (officeErrorCode(cause) === CELL_EDIT_CODE) return CELL_EDIT_HINT;
  return restored
    ? {
        vi: 'Hãy thử lại; nếu vẫn lỗi, tải sổ tính báo cáo (.xlsx) bằng PhuLuc dạng trang web hoặc lệnh phuluc.',
        en: 'Try again; if it keeps failing, get the report workbook (.xlsx) from PhuLuc as a web page or the phuluc command.',
      }
    : {
        vi: 'Kiểm tra sổ tính, xóa các trang còn sót rồi thử lại.',
        en: 'Check the workbook, delete the sheets left behind, then try again.',
      };
}
