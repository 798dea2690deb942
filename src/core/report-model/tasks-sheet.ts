/** The "Tổng hợp nhiệm vụ" sheet: every plan task with its status, results and evidence, then the counts. */
import type { ConsolidatedTask, TaskStatus } from '../consolidate/types';
import { frameText, type ReportContext } from './_lib/context';
import { SheetDraft } from './_lib/draft';
import { addSignerBlock, addTopBlock, printSetup } from './_lib/frame';
import { emptyTableRow, headerRow, note, orNull } from './_lib/rows';
import { REPORT_SHEET_NAMES, STATUS_LABEL_VI } from './labels';
import type { ReportSheet, ReportValue, StyleName } from './types';

export interface TaskSummary {
  readonly total: number;
  readonly byStatus: Readonly<Record<TaskStatus, number>>;
  /** Done (on time or late) ÷ (total − not applicable) × 100, to 1 decimal; null when nothing counts. */
  readonly percentDone: number | null;
}

/**
 * Counts of the task summary block.
 * @example summarizeTasks([{ status: 'completed-on-time' }, { status: 'overdue' }, { status: 'not-applicable' }]).percentDone // 50
 */
export function summarizeTasks(tasks: readonly Pick<ConsolidatedTask, 'status'>[]): TaskSummary {
  const byStatus: Record<TaskStatus, number> = {
    'completed-on-time': 0,
    'completed-late': 0,
    'in-progress': 0,
    overdue: 0,
    'not-started': 0,
    'not-applicable': 0,
    'not-reported': 0,
  };
  for (const t of tasks) byStatus[t.status] += 1;
  const counted = tasks.length - byStatus['not-applicable'];
  const done = byStatus['completed-on-time'] + byStatus['completed-late'];
  return {
    total: tasks.length,
    byStatus,
    percentDone: counted > 0 ? Math.round((done / counted) * 1000) / 10 : null,
  };
}

/**
 * The status cell of a task: its label, or every lead's own words when the leads disagree.
 * @example taskStatusText({ status: 'overdue', conflict: false, lead: [], reports: [] }) // 'Quá hạn'
 */
export function taskStatusText(
  t: Pick<ConsolidatedTask, 'status' | 'conflict' | 'lead' | 'reports'>,
): string {
  if (!t.conflict) return STATUS_LABEL_VI[t.status];
  const leads = t.reports.filter((r) => t.lead.includes(r.unit));
  const shown = leads.length >= 2 ? leads : t.reports;
  return shown.map((r) => `${r.unit}: ${r.statusText}`).join('; ');
}

/** The latest completion date the task's lead units give, for done tasks. */
function completionDate(t: ConsolidatedTask): string | null {
  if (t.status !== 'completed-on-time' && t.status !== 'completed-late') return null;
  const leadDates = t.reports
    .filter((r) => t.lead.includes(r.unit) && r.completedOn)
    .map((r) => r.completedOn!);
  const dates = leadDates.length > 0 ? leadDates : t.reports.flatMap((r) => r.completedOn ?? []);
  return dates.length > 0 ? dates.reduce((a, b) => (b > a ? b : a)) : null;
}

/** "Kết quả, minh chứng": what each unit did and its evidence, prefixed by the unit when several. */
function resultText(t: ConsolidatedTask): string {
  const parts = t.reports
    .map((r) => ({ unit: r.unit, text: [r.result, r.evidence].filter(nonEmpty).join('\n') }))
    .filter((p) => p.text !== '');
  if (parts.length === 1) return parts[0]!.text;
  return parts.map((p) => `${p.unit}: ${p.text}`).join('\n');
}

function notesText(t: ConsolidatedTask): string {
  return t.reports
    .filter((r) => nonEmpty(r.note))
    .map((r) => `${r.unit}: ${r.note!.trim()}`)
    .join('\n');
}

function nonEmpty(s: string | undefined): s is string {
  return s !== undefined && s.trim() !== '';
}

const TASK_HEADERS = [
  'STT',
  'Nội dung nhiệm vụ',
  'Đơn vị chủ trì',
  'Thời hạn',
  'Tình trạng',
  'Ngày hoàn thành',
  'Kết quả, minh chứng',
  'Ý kiến của đơn vị',
];
// "Kết quả, minh chứng" gathers every unit's results and evidence: it gets the room, so rows stay short.
const TASK_WIDTHS = [5, 34, 14, 11, 12, 11, 28, 19];

/** Order of the status lines in the summary block. */
const SUMMARY_STATUSES = [
  'completed-on-time',
  'completed-late',
  'in-progress',
  'overdue',
  'not-reported',
  'not-applicable',
  'not-started',
] as const;

/**
 * The task sheet: the tasks under their section headings, the summary counts and the signers.
 * @example tasksSheet(reportContext(consolidation)).name // 'Tổng hợp nhiệm vụ'
 */
export function tasksSheet(ctx: ReportContext): ReportSheet {
  const { c } = ctx;
  const d = new SheetDraft(TASK_WIDTHS);
  addTopBlock(d, frameText(ctx, 'BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ'));
  const header = headerRow(d, TASK_HEADERS);
  let path: readonly string[] = [];
  for (const t of c.tasks) {
    addSectionRows(d, path, t);
    path = t.sectionPath;
    addTaskRow(d, t);
  }
  if (c.tasks.length === 0) emptyTableRow(d, 'Không có nhiệm vụ nào trong kế hoạch.');
  const lastBodyRow = d.next - 1;
  addSummary(d, summarizeTasks(c.tasks));
  addSignerBlock(d, ctx.preparer, ctx.signer);
  return d.sheet(
    REPORT_SHEET_NAMES.tasks,
    'tasks',
    [header, header],
    printSetup('landscape'),
    lastBodyRow,
  );
}

/** The section headings a task opens, from the first one that differs from the task above. */
function addSectionRows(d: SheetDraft, path: readonly string[], t: ConsolidatedTask): void {
  const changed = t.sectionPath.findIndex((label, i) => label !== path[i]);
  if (changed < 0) return;
  for (let i = changed; i < t.sectionPath.length; i++) {
    d.add([
      { from: 0, value: t.sectionPath[i]!, style: 'sectionLabel' },
      { from: 1, to: d.last, value: t.sectionTitles[i] ?? '', style: 'section' },
    ]);
  }
}

function addTaskRow(d: SheetDraft, t: ConsolidatedTask): void {
  const done = completionDate(t);
  d.addCells([
    [t.stt, 'bodyCenter'],
    [t.content, 'body'],
    [orNull(t.leadText) ?? orNull(t.lead.join(', ')), 'body'],
    [orNull(t.deadlineText), 'bodyCenter'],
    [taskStatusText(t), 'bodyCenter'],
    [done ? { date: done } : null, 'bodyDate'],
    [orNull(resultText(t)), 'body'],
    [orNull(notesText(t)), 'body'],
  ]);
}

/** The counts under the table: total, one line per status, the completion rate and its formula. */
function addSummary(d: SheetDraft, s: TaskSummary): void {
  d.blank();
  const label = { from: 0, to: 1 };
  const value = { from: 2, to: 2 };
  const lines: [string, ReportValue, StyleName, StyleName][] = [
    ['Tổng số nhiệm vụ', s.total, 'summaryTotal', 'summaryNumber'],
    ...SUMMARY_STATUSES.map((k): [string, ReportValue, StyleName, StyleName] => [
      STATUS_LABEL_VI[k],
      s.byStatus[k],
      'summaryLabel',
      'summaryNumber',
    ]),
    ['Tỷ lệ hoàn thành (%)', s.percentDone ?? '—', 'summaryTotal', 'summaryPercent'],
  ];
  for (const [text, v, labelStyle, valueStyle] of lines) {
    d.add([
      { ...label, value: text, style: labelStyle },
      { ...value, value: v, style: valueStyle },
    ]);
  }
  note(
    d,
    'Tỷ lệ hoàn thành = (Hoàn thành đúng hạn + Hoàn thành quá hạn) ÷ (Tổng số nhiệm vụ − Không phát sinh) × 100.',
  );
}
