/// <reference types="office-js" />
/**
 * What this Excel can do for PhuLuc, detected at run time through
 * `Office.context.requirements.isSetSupported('ExcelApi', x.y)` (the manifest asks only for
 * ExcelApi 1.1). Each capability says, in Vietnamese and English, what the user loses without it
 * and what to do instead, so the pane can show it rather than fail.
 */

import { ExcelTaskError } from './errors';

/** `isSetSupported` of the host: `(set, version) => boolean`. */
export type RequirementCheck = (set: string, version: string) => boolean;

export type CapabilityId =
  | 'read'
  | 'null-objects'
  | 'write'
  | 'freeze-panes'
  | 'hide-gridlines'
  | 'page-layout'
  | 'custom-properties'
  | 'merged-areas';

/** What a capability is for and what is lost without it. */
export interface CapabilityNote {
  readonly id: CapabilityId;
  /** Vietnamese first. */
  readonly vi: string;
  readonly en: string;
}

export interface Capability {
  readonly id: CapabilityId;
  readonly set: 'ExcelApi';
  readonly version: string;
  readonly available: boolean;
  /** What it is used for. */
  readonly use: { readonly vi: string; readonly en: string };
  /** What the user loses (and does instead) without it. */
  readonly missing: CapabilityNote;
}

interface Spec {
  readonly version: string;
  readonly use: { vi: string; en: string };
  readonly vi: string;
  readonly en: string;
}

const SPECS: Readonly<Record<CapabilityId, Spec>> = {
  read: {
    version: '1.1',
    use: { vi: 'Đọc các trang tính', en: 'Reading the sheets' },
    vi: 'Excel này không hỗ trợ Excel JavaScript API (ExcelApi 1.1) nên PhuLuc không đọc được sổ tính. Hãy dùng PhuLuc dạng trang web (chọn tệp .xlsx) hoặc lệnh phuluc.',
    en: 'This Excel does not support the Excel JavaScript API (ExcelApi 1.1), so PhuLuc cannot read the workbook. Use PhuLuc as a web page (pick the .xlsx files) or the phuluc command.',
  },
  'null-objects': {
    version: '1.4',
    use: {
      vi: 'Nhận biết trang trống, trang không tồn tại trong một lượt',
      en: 'Telling empty or missing sheets in one round trip',
    },
    vi: 'Excel này cũ hơn ExcelApi 1.4: PhuLuc vẫn đọc và ghi được, nhưng cần thêm một lượt trao đổi với Excel.',
    en: 'This Excel predates ExcelApi 1.4: PhuLuc still reads and writes, with one more round trip to Excel.',
  },
  write: {
    version: '1.2',
    use: {
      vi: 'Ghi trang báo cáo (gộp ô, độ rộng cột, chiều cao hàng)',
      en: 'Writing report sheets (merged cells, column widths, row heights)',
    },
    vi: 'Excel này thiếu ExcelApi 1.2 (gộp ô, độ rộng cột, chiều cao hàng) nên PhuLuc không ghi được trang báo cáo vào sổ tính. Hãy dùng PhuLuc dạng trang web để tải sổ tính báo cáo (.xlsx), hoặc lệnh phuluc.',
    en: 'This Excel lacks ExcelApi 1.2 (merging, column widths, row heights), so PhuLuc cannot write report sheets into the workbook. Use PhuLuc as a web page to download the report workbook (.xlsx), or the phuluc command.',
  },
  'freeze-panes': {
    version: '1.7',
    use: { vi: 'Cố định dòng tiêu đề bảng', en: 'Freezing the table header' },
    vi: 'Excel này thiếu ExcelApi 1.7: dòng tiêu đề của bảng báo cáo không được cố định khi cuộn (bản in không ảnh hưởng). Có thể cố định bằng tay: Xem → Cố định ngăn.',
    en: 'This Excel lacks ExcelApi 1.7: the report table header is not frozen while scrolling (printing is unaffected). Freeze it by hand: View → Freeze Panes.',
  },
  'hide-gridlines': {
    version: '1.8',
    use: { vi: 'Ẩn đường lưới trên trang báo cáo', en: 'Hiding gridlines on report sheets' },
    vi: 'Excel này thiếu ExcelApi 1.8: trang báo cáo vẫn hiện đường lưới trên màn hình (bản in không ảnh hưởng).',
    en: 'This Excel lacks ExcelApi 1.8: report sheets show gridlines on screen (printing is unaffected).',
  },
  'page-layout': {
    version: '1.9',
    use: {
      vi: 'Thiết lập in: khổ A4, hướng giấy, lề, dòng tiêu đề lặp lại, số trang, ngắt trang',
      en: 'Print setup: A4, orientation, margins, repeated header rows, page numbers, page breaks',
    },
    vi: 'Excel này thiếu ExcelApi 1.9: các trang báo cáo đã được ghi nhưng chưa thiết lập in. Trước khi in, hãy thiết lập bằng tay trong Bố trí Trang: khổ A4, hướng giấy, lề, tỷ lệ in 100 %, "In tiêu đề" cho các dòng tiêu đề bảng, số trang ở giữa đầu trang (trừ trang đầu) và các ngắt trang dưới đây.',
    en: 'This Excel lacks ExcelApi 1.9: the report sheets are written but their print setup is not. Before printing, set it by hand in Page Layout: A4, orientation, margins, 100 % scale, "Print Titles" for the table header rows, the page number centred in the header (not on the first page) and the page breaks below.',
  },
  'custom-properties': {
    version: '1.12',
    use: {
      vi: 'Đánh dấu trang báo cáo của PhuLuc bằng thuộc tính trang tính',
      en: 'Marking PhuLuc’s report sheets with a worksheet property',
    },
    vi: 'Excel này thiếu ExcelApi 1.12: PhuLuc ghi danh sách trang báo cáo của mình vào trang ẩn "_phuluc" để lần sau chỉ thay đúng các trang đó. Đừng xóa hoặc đổi tên trang báo cáo nếu muốn PhuLuc thay chúng.',
    en: 'This Excel lacks ExcelApi 1.12: PhuLuc lists its report sheets in a hidden sheet "_phuluc" so that next time it replaces only those. Do not delete or rename report sheets if PhuLuc should replace them.',
  },
  'merged-areas': {
    version: '1.13',
    use: { vi: 'Đọc các ô gộp', en: 'Reading merged cells' },
    vi: 'Excel này thiếu ExcelApi 1.13 nên PhuLuc không đọc được các ô gộp: tiêu đề bảng nhiều dòng và ô gộp theo chiều dọc (ví dụ một đơn vị chủ trì chung cho nhiều nhiệm vụ) có thể bị hiểu sai. Để kiểm tra chính xác, hãy dùng PhuLuc dạng trang web với tệp .xlsx.',
    en: 'This Excel lacks ExcelApi 1.13, so PhuLuc cannot read merged cells: multi-row table headers and vertical merges (e.g. one lead unit for several tasks) may be misread. For an exact check, use PhuLuc as a web page with the .xlsx file.',
  },
};

/** Every capability, lowest requirement set first. */
export const CAPABILITY_IDS: readonly CapabilityId[] = [
  'read',
  'write',
  'null-objects',
  'freeze-panes',
  'hide-gridlines',
  'page-layout',
  'custom-properties',
  'merged-areas',
];

export interface Capabilities {
  readonly list: readonly Capability[];
  has(id: CapabilityId): boolean;
  /** Whether the host supports ExcelApi at `version` or higher (for APIs without a capability of their own). */
  atLeast(version: string): boolean;
  /** The notes of the capabilities this Excel lacks. */
  readonly missing: readonly CapabilityNote[];
}

/** The note shown when a capability is missing. */
export function capabilityNote(id: CapabilityId): CapabilityNote {
  const s = SPECS[id];
  return { id, vi: s.vi, en: s.en };
}

/**
 * The host's `isSetSupported`, or a check that says no to everything outside Office (where
 * `Office` is undefined or `Office.context.requirements` is missing).
 */
export function officeRequirementCheck(): RequirementCheck {
  return (set, version) => {
    try {
      return (
        typeof Office !== 'undefined' && Office.context.requirements.isSetSupported(set, version)
      );
    } catch {
      return false;
    }
  };
}

/**
 * The capabilities of a host.
 * @example detectCapabilities((set, v) => set === 'ExcelApi' && Number(v.split('.')[1]) <= 8).has('page-layout') // false
 */
export function detectCapabilities(
  check: RequirementCheck = officeRequirementCheck(),
): Capabilities {
  const list = CAPABILITY_IDS.map((id): Capability => {
    const s = SPECS[id];
    return {
      id,
      set: 'ExcelApi',
      version: s.version,
      available: check('ExcelApi', s.version),
      use: s.use,
      missing: capabilityNote(id),
    };
  });
  const available = new Set(list.filter((c) => c.available).map((c) => c.id));
  return {
    list,
    has: (id) => available.has(id),
    atLeast: (version) => check('ExcelApi', version),
    missing: list.filter((c) => !c.available).map((c) => c.missing),
  };
}

/**
 * Thrown when an operation needs a capability this Excel lacks; carries the note to show, in
 * both languages (`text`), so the pane never shows its English under a Vietnamese prefix.
 */
export class MissingCapabilityError extends ExcelTaskError {
  constructor(readonly note: CapabilityNote) {
    super({ vi: note.vi, en: note.en });
    this.name = 'MissingCapabilityError';
  }
}
