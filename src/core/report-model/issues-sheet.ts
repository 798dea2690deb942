/** The "Kết quả kiểm tra" sheet: every issue found in the plan and the units' files. */
import { toA1 } from '../grid/a1';
import { formatIssue } from '../issues/messages';
import { bySeverityAndFile, cellPlace, type FileIssuePlace } from '../issues/order';
import type { Issue, Severity } from '../issues/types';
import { frameText, type ReportContext } from './_lib/context';
import { SheetDraft } from './_lib/draft';
import { addSignerBlock, addTopBlock, printSetup } from './_lib/frame';
import { emptyTableRow, headerRow, note, orNull } from './_lib/rows';
import { REPORT_SHEET_NAMES, SEVERITY_LABEL_VI } from './labels';
import type { ReportSheet } from './types';

const ISSUE_HEADERS = ['STT', 'Mức độ', 'Tệp', 'Trang', 'Ô', 'Nội dung', 'Message'];
const ISSUE_WIDTHS = [5, 10, 18, 12, 14, 40, 31];

/** One row of the issue table (unmerged rows and conflicts come as issues too). */
interface IssueLine extends FileIssuePlace {
  readonly vi: string;
  readonly en: string;
}

function issueLine(i: Issue, planFile: string): IssueLine {
  return {
    severity: i.severity,
    file: i.file ?? planFile,
    sheet: i.sheet ?? '',
    cell: i.cell ?? '',
    vi: formatIssue(i, 'vi'),
    en: formatIssue(i, 'en'),
  };
}

/**
 * The issue sheet: every issue, errors first, with a link to its cell when it is in the plan
 * (the report's own workbook), then the counts and the signers.
 * @example issuesSheet(reportContext(consolidation)).name // 'Kết quả kiểm tra'
 */
export function issuesSheet(ctx: ReportContext): ReportSheet {
  const { c } = ctx;
  const d = new SheetDraft(ISSUE_WIDTHS);
  addTopBlock(d, frameText(ctx, 'KẾT QUẢ KIỂM TRA CÁC TỆP BÁO CÁO'));
  const header = headerRow(d, ISSUE_HEADERS);
  // Errors, warnings, information; the plan's file before the units' files.
  const lines = c.issues.map((i) => issueLine(i, c.plan.file)).sort(bySeverityAndFile(c.plan.file));
  lines.forEach((l, n) => addIssueRow(d, l, n + 1, c.plan.file));
  if (lines.length === 0) emptyTableRow(d, 'Không phát hiện vấn đề nào.');
  const lastBodyRow = d.next - 1;
  const count = (s: Severity) => lines.filter((l) => l.severity === s).length;
  d.blank(8);
  note(
    d,
    `Tổng số: ${count('error')} lỗi, ${count('warning')} cảnh báo, ${count('info')} thông tin.`,
  );
  addSignerBlock(d, ctx.preparer, ctx.signer);
  return d.sheet(
    REPORT_SHEET_NAMES.issues,
    'issues',
    [header, header],
    printSetup('landscape'),
    lastBodyRow,
  );
}

function addIssueRow(d: SheetDraft, l: IssueLine, stt: number, planFile: string): void {
  const where = l.sheet && l.cell ? `${l.sheet}!${l.cell}` : l.cell;
  // Only the plan's sheets are in the report's workbook: a link to a unit's file would go nowhere.
  const at = l.file === planFile && l.sheet !== '' ? cellPlace(l.cell) : undefined;
  d.addCells([
    [stt, 'bodyCenter'],
    [SEVERITY_LABEL_VI[l.severity], 'bodyCenter'],
    [l.file, 'body'],
    [orNull(l.sheet), 'body'],
    [
      at ? { link: { sheet: l.sheet, cell: toA1(at.row, at.col) }, text: where } : orNull(where),
      at ? 'bodyLink' : 'body',
    ],
    [l.vi, 'body'],
    [l.en, 'body'],
  ]);
}
