/** The "Kết quả kiểm tra" sheet: every issue found in the plan and the units' files. */
import { toA1 } from '../grid/a1';
import { formatIssue, type Locale } from '../issues/messages';
import { bySeverityAndFile, cellPlace, type FileIssuePlace } from '../issues/order';
import type { Issue, Severity } from '../issues/types';
import { appendixText, type ReportContext } from './_lib/context';
import { SheetDraft } from './_lib/draft';
import { addAppendixTop, printSetup } from './_lib/frame';
import { emptyTableRow, headerRow, note, orNull } from './_lib/rows';
import { REPORT_SHEET_NAMES, SEVERITY_LABEL_EN, SEVERITY_LABEL_VI } from './labels';
import type { ReportSheet } from './types';

const ISSUE_HEADERS: Readonly<Record<Locale, readonly string[]>> = {
  vi: ['STT', 'Mức độ', 'Tệp', 'Trang', 'Ô', 'Nội dung'],
  en: ['No.', 'Severity', 'File', 'Sheet', 'Cell', 'Message'],
};
const ISSUE_WIDTHS = [5, 10, 22, 16, 17, 58];

/** The sheet's own words in the report's language: its title, the empty table, the counts. */
const ISSUE_WORDS: Readonly<
  Record<
    Locale,
    { title: string; none: string; total: (e: number, w: number, i: number) => string }
  >
> = {
  vi: {
    title: 'KẾT QUẢ KIỂM TRA CÁC TỆP BÁO CÁO',
    none: 'Không phát hiện vấn đề nào.',
    total: (e, w, i) => `Tổng số: ${e} lỗi, ${w} cảnh báo, ${i} thông tin.`,
  },
  en: {
    title: 'RESULTS OF CHECKING THE REPORT FILES',
    none: 'No issue found.',
    total: (e, w, i) => `Total: ${e} errors, ${w} warnings, ${i} information.`,
  },
};

/** One row of the issue table (unmerged rows and conflicts come as issues too). */
interface IssueLine extends FileIssuePlace {
  readonly message: string;
}

function issueLine(i: Issue, planFile: string, locale: Locale): IssueLine {
  return {
    severity: i.severity,
    file: i.file ?? planFile,
    sheet: i.sheet ?? '',
    cell: i.cell ?? '',
    message: formatIssue(i, locale),
  };
}

/**
 * The issue sheet, an internal check log in the report's language (its title, headers, levels,
 * messages and counts; no signers): every issue,
 * errors first, with a link to its cell when it is in the plan (the report's own workbook), then
 * the counts.
 * @example issuesSheet(reportContext(consolidation)).name // 'Kết quả kiểm tra'
 */
export function issuesSheet(ctx: ReportContext): ReportSheet {
  const { c } = ctx;
  const words = ISSUE_WORDS[ctx.locale];
  const d = new SheetDraft(ISSUE_WIDTHS);
  // An internal log, neither sent nor signed: no agency block, no number, no appendix label.
  addAppendixTop(d, appendixText(ctx, null, words.title));
  const header = headerRow(d, ISSUE_HEADERS[ctx.locale]);
  // Errors, warnings, information; the plan's file before the units' files.
  const lines = c.issues
    .map((i) => issueLine(i, c.plan.file, ctx.locale))
    .sort(bySeverityAndFile(c.plan.file));
  lines.forEach((l, n) => addIssueRow(d, l, n + 1, c.plan.file, ctx.locale));
  if (lines.length === 0) emptyTableRow(d, words.none);
  const count = (s: Severity) => lines.filter((l) => l.severity === s).length;
  d.keepWithNext('if-room');
  d.blank(8);
  d.keepWithNext();
  note(d, words.total(count('error'), count('warning'), count('info')));
  return d.sheet(REPORT_SHEET_NAMES.issues, 'issues', [header, header], printSetup('landscape'));
}

function addIssueRow(
  d: SheetDraft,
  l: IssueLine,
  stt: number,
  planFile: string,
  locale: Locale,
): void {
  const where = l.sheet && l.cell ? `${l.sheet}!${l.cell}` : l.cell;
  // Only the plan's sheets are in the report's workbook: a link to a unit's file would go nowhere.
  const at = l.file === planFile && l.sheet !== '' ? cellPlace(l.cell) : undefined;
  d.addCells([
    [stt, 'bodyCenter'],
    [locale === 'vi' ? SEVERITY_LABEL_VI[l.severity] : SEVERITY_LABEL_EN[l.severity], 'bodyCenter'],
    [l.file, 'body'],
    [orNull(l.sheet), 'body'],
    [
      at ? { link: { sheet: l.sheet, cell: toA1(at.row, at.col) }, text: where } : orNull(where),
      at ? 'bodyLink' : 'body',
    ],
    [l.message, 'body'],
  ]);
}
