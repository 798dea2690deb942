import type { Issue, IssueCode } from './types';

export type Locale = 'vi' | 'en';

type Renderer<C extends IssueCode> = (issue: Extract<Issue, { code: C }>) => string;
type Catalogue = { [C in IssueCode]: Renderer<C> };

const FIELD_VI = {
  content: 'nội dung',
  lead: 'đơn vị chủ trì',
  deadline: 'thời gian thực hiện',
  target: 'chỉ tiêu',
  indicatorName: 'tên chỉ tiêu',
} as const;
const FIELD_EN = {
  content: 'content',
  lead: 'lead unit',
  deadline: 'deadline',
  target: 'target',
  indicatorName: 'indicator name',
} as const;

const vi: Catalogue = {
  'no-appendix-table': () =>
    'Không tìm thấy bảng phụ lục nào (cần một dòng tiêu đề như "STT | Nội dung công việc | Đơn vị chủ trì | Thời gian").',
  'empty-workbook': () => 'Sổ tính trống: không có ô nào có dữ liệu.',
  'repeated-header-skipped': () =>
    'Bỏ qua dòng tiêu đề lặp lại (bảng dán từ bản in, mỗi trang một tiêu đề).',
  'column-numbers-skipped': () => 'Bỏ qua dòng đánh số cột "(1) (2) (3)…".',
  'continuation-joined': () =>
    'Dòng không có STT được nối vào dòng phía trên (nội dung bị ngắt trang).',
  'blank-row': () => 'Dòng trống trong bảng.',
  'missing-stt': (i) => `Nhiệm vụ không có STT; tạm đánh số ${i.inferred}.`,
  'duplicate-key': (i) => `STT "${i.key}" trùng với dòng ở ô ${i.firstCell}.`,
  'missing-value': (i) => `Thiếu ${FIELD_VI[i.field]}.`,
  'unknown-unit': (i) =>
    `Không có đơn vị "${i.name}" trong danh mục đơn vị${i.suggestion ? `; có phải "${i.suggestion}"?` : '.'}`,
  'formula-error': (i) => `Ô có lỗi công thức ${i.value}; giá trị này không được dùng.`,
  'orphan-row': () => 'Dòng không có STT và không thuộc nhiệm vụ nào phía trên; đã bỏ qua.',
};

const en: Catalogue = {
  'no-appendix-table': () =>
    'No appendix table found (a header row like "STT | Nội dung công việc | Đơn vị chủ trì | Thời gian" is needed).',
  'empty-workbook': () => 'The workbook is empty: no cell holds data.',
  'repeated-header-skipped': () =>
    'Skipped a repeated header row (a printed table pasted back, one header per page).',
  'column-numbers-skipped': () => 'Skipped the column-number row "(1) (2) (3)…".',
  'continuation-joined': () =>
    'Row without STT joined to the row above (text broken by a page break).',
  'blank-row': () => 'Blank row inside the table.',
  'missing-stt': (i) => `Task without STT; numbered ${i.inferred} for now.`,
  'duplicate-key': (i) => `STT "${i.key}" repeats the row at ${i.firstCell}.`,
  'missing-value': (i) => `Missing ${FIELD_EN[i.field]}.`,
  'unknown-unit': (i) =>
    `Unit "${i.name}" is not in the unit roster${i.suggestion ? `; did you mean "${i.suggestion}"?` : '.'}`,
  'formula-error': (i) => `Formula error ${i.value} in this cell; the value is not used.`,
  'orphan-row': () => 'Row without STT that belongs to no task above; skipped.',
};

const CATALOGUES: Record<Locale, Catalogue> = { vi, en };

/**
 * Renders an issue's message in a language.
 * @example formatIssue({ code: 'blank-row', severity: 'info' }, 'en') // 'Blank row inside the table.'
 */
export function formatIssue(issue: Issue, locale: Locale): string {
  const render = CATALOGUES[locale][issue.code] as (i: Issue) => string;
  return render(issue);
}

/**
 * Where an issue is, for people: "tệp plan.xlsx, trang PL1, ô E35".
 * @example issuePlace({ code: 'blank-row', severity: 'info', sheet: 'PL1', cell: 'A12' }, 'en') // 'sheet PL1, cell A12'
 */
export function issuePlace(issue: Issue, locale: Locale): string {
  const parts: string[] = [];
  if (issue.file) parts.push(`${locale === 'vi' ? 'tệp' : 'file'} ${issue.file}`);
  if (issue.sheet) parts.push(`${locale === 'vi' ? 'trang' : 'sheet'} ${issue.sheet}`);
  if (issue.cell) parts.push(`${locale === 'vi' ? 'ô' : 'cell'} ${issue.cell}`);
  return parts.join(', ');
}

/** Why an input file could not be read (CLI exit status 1). */
export type InputFailure =
  | 'file-not-found'
  | 'not-a-workbook'
  | 'unreadable-workbook'
  | 'encrypted-workbook'
  | 'empty-workbook'
  | 'no-appendix-table';

const INPUT_VI: Record<InputFailure, string> = {
  'file-not-found': 'Không tìm thấy tệp',
  'not-a-workbook': 'Tệp không phải sổ tính Excel (.xlsx)',
  'unreadable-workbook': 'Không đọc được sổ tính (tệp hỏng hoặc không đúng định dạng .xlsx)',
  'encrypted-workbook':
    'Sổ tính có mật khẩu hoặc là định dạng .xls cũ; hãy bỏ mật khẩu và lưu lại dạng .xlsx',
  'empty-workbook': 'Sổ tính trống',
  'no-appendix-table': 'Không tìm thấy bảng phụ lục nào trong sổ tính',
};
const INPUT_EN: Record<InputFailure, string> = {
  'file-not-found': 'File not found',
  'not-a-workbook': 'Not an Excel workbook (.xlsx)',
  'unreadable-workbook': 'The workbook cannot be read (damaged, or not really .xlsx)',
  'encrypted-workbook':
    'The workbook is password-protected or in the old .xls format; remove the password and save it as .xlsx',
  'empty-workbook': 'The workbook is empty',
  'no-appendix-table': 'No appendix table found in the workbook',
};

/**
 * One line, Vietnamese then English, naming the file.
 * @example inputFailureMessage('not-a-workbook', 'a.txt') // 'Tệp không phải sổ tính Excel (.xlsx): a.txt / Not an Excel workbook (.xlsx): a.txt'
 */
export function inputFailureMessage(failure: InputFailure, file: string): string {
  return `${INPUT_VI[failure]}: ${file} / ${INPUT_EN[failure]}: ${file}`;
}
