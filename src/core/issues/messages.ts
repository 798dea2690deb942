import type { InputFailure, Issue, IssueCode } from './types';

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

const LEGACY_VI = { tcvn3: 'TCVN3 (ABC, phông .Vn…)', vni: 'VNI (phông VNI-…)' } as const;
const LEGACY_EN = { tcvn3: 'TCVN3 (ABC, .Vn… fonts)', vni: 'VNI (VNI-… fonts)' } as const;

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
  'unit-name-cut-off': (i) =>
    `Tên đơn vị "${i.name}" chỉ có chữ chỉ loại cơ quan (ô bị cắt?); không tính là một đơn vị, cần ghi đủ tên.`,
  'unknown-unit': (i) =>
    `Không có đơn vị "${i.name}" trong danh mục đơn vị${i.suggestion ? `; có phải "${i.suggestion}"?` : '.'}`,
  'unit-names-run-together': (i) =>
    `"${i.text}" ghi liền nhiều đơn vị không có dấu phân cách; đã đọc là ${i.names.map((n) => `"${n}"`).join(', ')}.`,
  'formula-error': (i) => `Ô có lỗi công thức ${i.value}; giá trị này không được dùng.`,
  'orphan-row': () => 'Dòng không có STT và không thuộc nhiệm vụ nào phía trên; đã bỏ qua.',
  'missing-column': (i) => `Bảng thiếu cột ${FIELD_VI[i.role]}.`,
  'duplicate-header': (i) =>
    `Cột "${i.label}" trùng vai trò với cột ở ô ${i.firstCell}; chỉ cột đầu tiên được dùng.`,
  'blank-header': () => 'Cột có dữ liệu nhưng không có tiêu đề; cột này không được đọc.',
  'stt-gap': (i) => `STT nhảy cóc: cần ${i.expected}, gặp ${i.found}.`,
  'stt-out-of-order': (i) => `STT ${i.stt} đứng sau STT ${i.after}: sai thứ tự.`,
  'deadline-unparsed': (i) =>
    `Không hiểu thời gian thực hiện "${i.text}" (ví dụ viết được: "Quý III/2025", "Tháng 6/2025", "trước ngày 20/6/2025", "Hằng quý", "Thường xuyên").`,
  'impossible-date': (i) => `Ngày không có thật: "${i.text}".`,
  'deadline-outside-plan': (i) =>
    `Thời hạn ${formatDateVi(i.due)} nằm ngoài thời gian của kế hoạch (${i.from === i.to ? `năm ${i.from}` : `${i.from}–${i.to}`}).`,
  'target-unparsed': (i) =>
    `Không hiểu chỉ tiêu "${i.text}" (ví dụ: "Tối thiểu 80%", "100%", "Tối đa 5", "từ 60 đến 80"); chỉ tiêu này không được đánh giá.`,
  'unit-mismatch': (i) =>
    `Giá trị ${i.value} không hợp với đơn vị tính "${i.unit}" (tỷ lệ phải từ 0 đến 100).`,
  'actual-not-number': (i) => `Kết quả thực hiện "${i.text}" không phải là số.`,
  'status-unknown': (i) =>
    `Không hiểu tình trạng "${i.text}" (dùng: Đã hoàn thành, Đang thực hiện, Chưa thực hiện, Không phát sinh).`,
  'completion-date-unparsed': (i) =>
    `Ngày hoàn thành "${i.text}" không phải là ngày (viết ngày/tháng/năm).`,
  'completion-after-as-of': (i) =>
    `Ngày hoàn thành ${formatDateVi(i.date)} sau ngày báo cáo ${formatDateVi(i.asOf)}.`,
  'completion-before-plan': (i) =>
    `Ngày hoàn thành ${formatDateVi(i.date)} trước khi kế hoạch bắt đầu (${formatDateVi(i.planStart)}).`,
  'unit-not-identified': (i) =>
    `Không xác định được đơn vị gửi tệp ("${i.text}" không có trong danh mục đơn vị${i.suggestion ? `; có phải "${i.suggestion}"?` : ''}). Ghi dòng "Đơn vị báo cáo: <tên đơn vị>" phía trên bảng.`,
  'unit-duplicate-file': (i) =>
    `${i.unit} gửi nhiều tệp; tệp ${i.otherFile} cũng là của đơn vị này. Cả hai đều được tổng hợp.`,
  'unit-file-other-plan': (i) =>
    `Tệp có vẻ thuộc kế hoạch khác: chỉ ${i.matched}/${i.rows} dòng khớp với kế hoạch.`,
  'unmatched-row': (i) =>
    `Dòng STT ${i.stt || '(trống)'} của ${i.unit} không khớp với nhiệm vụ nào trong kế hoạch; chưa được tổng hợp.`,
  'report-conflict': (i) =>
    `Các đơn vị chủ trì báo cáo khác nhau cho nhiệm vụ ${i.key}: ${i.units.join('; ')}.`,
  'unit-file-unreadable': (i) => `${INPUT_VI[i.failure]}; tệp này không được tổng hợp.`,
  'legacy-encoding': (i) =>
    `Chữ tiếng Việt gõ bằng bảng mã cũ ${LEGACY_VI[i.encoding]} ("${i.text}"), PhuLuc không đọc được. Hãy chuyển tệp sang Unicode (Unikey: "Công cụ chuyển mã") rồi kiểm tra lại.`,
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
  'unit-name-cut-off': (i) =>
    `Unit name "${i.name}" is only the word for a kind of body (a cut-off cell?); not counted as a unit: write the full name.`,
  'unknown-unit': (i) =>
    `Unit "${i.name}" is not in the unit roster${i.suggestion ? `; did you mean "${i.suggestion}"?` : '.'}`,
  'unit-names-run-together': (i) =>
    `"${i.text}" runs several units together without a separator; read as ${i.names.map((n) => `"${n}"`).join(', ')}.`,
  'formula-error': (i) => `Formula error ${i.value} in this cell; the value is not used.`,
  'orphan-row': () => 'Row without STT that belongs to no task above; skipped.',
  'missing-column': (i) => `The table has no ${FIELD_EN[i.role]} column.`,
  'duplicate-header': (i) =>
    `Column "${i.label}" has the same role as the column at ${i.firstCell}; only the first is used.`,
  'blank-header': () => 'A column holds data but has no header; it is not read.',
  'stt-gap': (i) => `STT skips a number: expected ${i.expected}, found ${i.found}.`,
  'stt-out-of-order': (i) => `STT ${i.stt} comes after STT ${i.after}: out of order.`,
  'deadline-unparsed': (i) =>
    `Cannot read the deadline "${i.text}" (readable forms: "Quý III/2025", "Tháng 6/2025", "trước ngày 20/6/2025", "Hằng quý", "Thường xuyên").`,
  'impossible-date': (i) => `No such date: "${i.text}".`,
  'deadline-outside-plan': (i) =>
    `Due date ${formatDateVi(i.due)} is outside the plan period (${i.from === i.to ? i.from : `${i.from}–${i.to}`}).`,
  'target-unparsed': (i) =>
    `Cannot read the target "${i.text}" (e.g. "Tối thiểu 80%", "100%", "Tối đa 5", "từ 60 đến 80"); the indicator is not judged.`,
  'unit-mismatch': (i) =>
    `Value ${i.value} does not fit the unit "${i.unit}" (a rate lies between 0 and 100).`,
  'actual-not-number': (i) => `The reported result "${i.text}" is not a number.`,
  'status-unknown': (i) =>
    `Unknown status "${i.text}" (use: Đã hoàn thành, Đang thực hiện, Chưa thực hiện, Không phát sinh).`,
  'completion-date-unparsed': (i) =>
    `The completion date "${i.text}" is not a date (write day/month/year).`,
  'completion-after-as-of': (i) =>
    `Completion date ${formatDateVi(i.date)} is after the report date ${formatDateVi(i.asOf)}.`,
  'completion-before-plan': (i) =>
    `Completion date ${formatDateVi(i.date)} is before the plan starts (${formatDateVi(i.planStart)}).`,
  'unit-not-identified': (i) =>
    `Cannot tell which unit sent this file ("${i.text}" is not in the unit roster${i.suggestion ? `; did you mean "${i.suggestion}"?` : ''}). Write "Đơn vị báo cáo: <unit>" above the table.`,
  'unit-duplicate-file': (i) =>
    `${i.unit} sent more than one file; ${i.otherFile} is also theirs. Both are merged.`,
  'unit-file-other-plan': (i) =>
    `This file seems to belong to another plan: only ${i.matched} of ${i.rows} rows match the plan.`,
  'unmatched-row': (i) =>
    `Row STT ${i.stt || '(empty)'} from ${i.unit} matches no task of the plan; it is not merged.`,
  'report-conflict': (i) =>
    `Lead units report differently on task ${i.key}: ${i.units.join('; ')}.`,
  'unit-file-unreadable': (i) => `${INPUT_EN[i.failure]}; this file is not merged.`,
  'legacy-encoding': (i) =>
    `Vietnamese typed in the legacy ${LEGACY_EN[i.encoding]} encoding ("${i.text}"), which PhuLuc cannot read. Convert the file to Unicode (Unikey: "Công cụ chuyển mã") and check again.`,
};

const CATALOGUES: Record<Locale, Catalogue> = { vi, en };

/**
 * An ISO date as Vietnamese documents write it.
 * @example formatDateVi('2025-09-30') // '30/09/2025'
 */
export function formatDateVi(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

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

export type { InputFailure };

const INPUT_VI: Record<InputFailure, string> = {
  'file-not-found': 'Không tìm thấy tệp (hãy kiểm tra tên tệp và thư mục)',
  'is-a-directory': 'Đây là một thư mục, không phải tệp; hãy chỉ ra tệp .xlsx trong thư mục đó',
  'file-not-readable':
    'Không mở được tệp (không có quyền đọc, hoặc tệp đang bị khóa); hãy kiểm tra quyền truy cập',
  'empty-file':
    'Tệp rỗng (0 byte), có thể bị hỏng khi tải về hoặc sao chép; hãy lấy lại tệp từ nơi gửi',
  'not-a-workbook': 'Tệp không phải sổ tính Excel (.xlsx)',
  'legacy-xls':
    'Tệp là sổ tính Excel cũ dạng .xls (Excel 97–2003); hãy mở bằng Excel và lưu lại dạng .xlsx (Tệp > Lưu thành > Sổ làm việc Excel)',
  'xlsb-workbook':
    'Tệp là sổ tính nhị phân Excel (.xlsb); hãy mở bằng Excel và lưu lại dạng .xlsx (Tệp > Lưu thành > Sổ làm việc Excel)',
  'ods-workbook':
    'Tệp là bảng tính OpenDocument (.ods, LibreOffice); hãy mở và lưu lại dạng .xlsx (Tệp > Lưu thành > Excel 2007-365)',
  'text-file':
    'Tệp là văn bản (CSV hoặc văn bản thường), không phải sổ tính .xlsx; hãy mở bằng Excel và lưu lại dạng .xlsx',
  'unreadable-workbook': 'Không đọc được sổ tính (tệp hỏng hoặc không đúng định dạng .xlsx)',
  'encrypted-workbook':
    'Sổ tính có mật khẩu mở tệp; hãy mở bằng Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu) rồi lưu lại',
  'too-large':
    'Tệp quá lớn nên không được đọc (giới hạn: tệp 50 MB, nội dung giải nén 200 MB, mỗi thành phần 100 MB)',
  'legacy-encoding':
    'Sổ tính gõ bằng bảng mã cũ (TCVN3/VNI) nên không đọc được bảng; hãy chuyển sang Unicode (Unikey: "Công cụ chuyển mã")',
  'empty-workbook': 'Sổ tính trống',
  'no-appendix-table': 'Không tìm thấy bảng phụ lục nào trong sổ tính',
};
const INPUT_EN: Record<InputFailure, string> = {
  'file-not-found': 'File not found (check the file name and the folder)',
  'is-a-directory': 'This is a folder, not a file; give the .xlsx file inside it',
  'file-not-readable':
    'The file cannot be opened (no permission to read it, or it is locked); check who may read it',
  'empty-file':
    'The file is empty (0 bytes), perhaps cut short when downloaded or copied; get the file again from its sender',
  'not-a-workbook': 'Not an Excel workbook (.xlsx)',
  'legacy-xls':
    'An old Excel .xls workbook (Excel 97–2003); open it in Excel and save it as .xlsx (File > Save As > Excel Workbook)',
  'xlsb-workbook':
    'An Excel binary workbook (.xlsb); open it in Excel and save it as .xlsx (File > Save As > Excel Workbook)',
  'ods-workbook':
    'An OpenDocument spreadsheet (.ods, LibreOffice); open it and save it as .xlsx (File > Save As > Excel 2007-365)',
  'text-file': 'A text/CSV file, not an .xlsx workbook; open it in Excel and save it as .xlsx',
  'unreadable-workbook': 'The workbook cannot be read (damaged, or not really .xlsx)',
  'encrypted-workbook':
    'The workbook is password-protected; open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password) and save it',
  'too-large':
    'The file is too large to read (limits: 50 MB file, 200 MB uncompressed, 100 MB per part)',
  'legacy-encoding':
    'The workbook is typed in a legacy Vietnamese encoding (TCVN3/VNI), so its tables cannot be read; convert it to Unicode (Unikey: "Công cụ chuyển mã")',
  'empty-workbook': 'The workbook is empty',
  'no-appendix-table': 'No appendix table found in the workbook',
};

/**
 * One line, Vietnamese then English, naming the file.
 * @example inputFailureMessage('not-a-workbook', 'a.txt') // 'Tệp không phải sổ tính Excel (.xlsx): a.txt / Not an Excel workbook (.xlsx): a.txt'
 */
export function inputFailureMessage(failure: InputFailure, file: string): string {
  return `${inputFailureText(failure, file, 'vi')} / ${inputFailureText(failure, file, 'en')}`;
}

/**
 * One language's line, naming the file (for the task pane, which shows the user's language).
 * @example inputFailureText('empty-workbook', 'a.xlsx', 'en') // 'The workbook is empty: a.xlsx'
 */
export function inputFailureText(failure: InputFailure, file: string, locale: Locale): string {
  return `${(locale === 'vi' ? INPUT_VI : INPUT_EN)[failure]}: ${file}`;
}
