/** The "Tổng hợp nhiệm vụ" sheet: every plan task with its status, results and evidence, then the counts. */
import type { ConsolidatedTask, TaskStatus } from '../consolidate/types';
import { frameText, type ReportContext } from './_lib/context';
import { formatDateVi } from '../issues/messages';
import { formatNumber } from '../text/number';
import { cellTexts, tableText } from './_lib/cell-text';
import { shareWidths } from './_lib/columns';
import { SheetDraft } from './_lib/draft';
import { addSignerBlock, addTopBlock, printSetup } from './_lib/frame';
import { pageUnits } from './_lib/paginate';
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
 * The status cell of a task: the task's own status first (the one the summary counts), then,
 * when its lead units disagree, each one's own words on a line.
 * @example taskStatusText({ status: 'overdue', conflict: false, lead: [], reports: [] }) // 'Quá hạn'
 * @example taskStatusText({ status: 'overdue', conflict: true, lead: ['A', 'B'], reports: [{ unit: 'A', statusText: 'Xong' }, { unit: 'B', statusText: 'Chưa' }] }) // 'Quá hạn\n- A: Xong\n- B: Chưa'
 */
export function taskStatusText(
  t: Pick<ConsolidatedTask, 'status' | 'conflict' | 'lead'> & {
    readonly reports: readonly Pick<ConsolidatedTask['reports'][number], 'unit' | 'statusText'>[];
  },
): string {
  const overall = STATUS_LABEL_VI[t.status];
  if (!t.conflict) return overall;
  const leads = t.reports.filter((r) => t.lead.includes(r.unit));
  const shown = leads.length >= 2 ? leads : t.reports;
  return [overall, ...shown.map((r) => `- ${r.unit}: ${r.statusText}`)].join('\n');
}

/**
 * The number a task prints under "STT": its plan number, with the letter of the part for the
 * a), b) parts of a task ("1a", "1b"), so no two rows print as the same task.
 * @example taskNumber({ stt: '1', key: '1.a' }) // '1a'
 * @example taskNumber({ stt: '3', key: 'II/3' }) // '3'
 */
export function taskNumber(t: Pick<ConsolidatedTask, 'stt' | 'key'>): string {
  const part = /\.([a-zđ]{1,2})$/u.exec(t.key)?.[1];
  return part ? `${t.stt}${part}` : t.stt;
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

/** "Ý kiến của đơn vị": each unit's note, prefixed by the unit when several units have one. */
function notesText(t: ConsolidatedTask): string {
  const notes = t.reports.filter((r) => nonEmpty(r.note));
  if (notes.length === 1) return notes[0]!.note!.trim();
  return notes.map((r) => `${r.unit}: ${r.note!.trim()}`).join('\n');
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
  'Kết quả, minh chứng',
  'Ý kiến của đơn vị',
];
/**
 * Narrowest each column starts at, before widening so no word breaks; the page's width left over
 * goes to the text columns (content, lead, status, results, notes) where it saves most lines.
 */
const TASK_MIN_WIDTHS = [5, 24, 10, 9, 11, 14, 8];
const TASK_FLEXIBLE = [1, 5, 4, 2, 6];

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
  const print = printSetup('landscape');
  const cells = c.tasks.map(taskCells);
  const d = new SheetDraft(
    shareWidths(
      [TASK_HEADERS.map((h) => tableText(h, 'header')), ...cells.map(cellTexts)],
      TASK_MIN_WIDTHS,
      TASK_FLEXIBLE,
      pageUnits(print),
    ),
  );
  addTopBlock(d, frameText(ctx, 'BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ'));
  const header = headerRow(d, TASK_HEADERS);
  let path: readonly string[] = [];
  c.tasks.forEach((t, i) => {
    addSectionRows(d, path, t);
    path = t.sectionPath;
    d.addCells(cells[i]!);
  });
  if (c.tasks.length === 0) emptyTableRow(d, 'Không có nhiệm vụ nào trong kế hoạch.');
  // The summary prints with the last task when the page it leaves stays well used.
  d.keepWithNext('if-room');
  addSummary(d, summarizeTasks(c.tasks));
  addSignerBlock(d, ctx.signer);
  return d.sheet(REPORT_SHEET_NAMES.tasks, 'tasks', [header, header], print);
}

/** The section headings a task opens, from the first one that differs from the task above. */
function addSectionRows(d: SheetDraft, path: readonly string[], t: ConsolidatedTask): void {
  const changed = t.sectionPath.findIndex((label, i) => label !== path[i]);
  if (changed < 0) return;
  for (let i = changed; i < t.sectionPath.length; i++) {
    // A heading never ends a page: it prints with the task under it.
    d.add(
      [
        { from: 0, value: t.sectionPath[i]!, style: 'sectionLabel' },
        { from: 1, to: d.last, value: t.sectionTitles[i] ?? '', style: 'section' },
      ],
      { keepWithNext: true },
    );
  }
}

function taskCells(t: ConsolidatedTask): [ReportValue, StyleName][] {
  const done = completionDate(t);
  return [
    [taskNumber(t), 'bodyCenter'],
    [t.content, 'body'],
    [orNull(t.leadText) ?? orNull(t.lead.join(', ')), 'body'],
    [orNull(t.deadlineText), 'bodyCenter'],
    // The completion date under the status: a column of its own would be empty for most tasks.
    [done ? `${taskStatusText(t)}\n${formatDateVi(done)}` : taskStatusText(t), 'bodyCenter'],
    [orNull(resultText(t)), 'body'],
    [orNull(notesText(t)), 'body'],
  ];
}

/** One figure of the summary: its label, its value and their styles. */
type SummaryItem = readonly [string, ReportValue, StyleName, StyleName];

/**
 * The counts under the table, two figures a row so the block takes five rows, not nine: the
 * total and the completion rate, then the statuses in pairs, then the rate's formula; all on one
 * page (a total is never parted from its breakdown). Labels over the first two columns and
 * columns 4–6, figures in the third and the last.
 */
function addSummary(d: SheetDraft, s: TaskSummary): void {
  d.blank();
  d.keepWithNext();
  const items: SummaryItem[] = [
    ['Tổng số nhiệm vụ', s.total, 'summaryTotal', 'summaryNumber'],
    [
      'Tỷ lệ hoàn thành (%)',
      s.percentDone === null ? '—' : formatNumber(s.percentDone, 'vi', 1),
      'summaryTotal',
      'summaryPercent',
    ],
    ...SUMMARY_STATUSES.map((k): SummaryItem => [
      STATUS_LABEL_VI[k],
      s.byStatus[k],
      'summaryLabel',
      'summaryNumber',
    ]),
  ];
  const halves = [
    { label: { from: 0, to: 1 }, value: { from: 2 } },
    { label: { from: 3, to: d.last - 1 }, value: { from: d.last } },
  ];
  for (let i = 0; i < items.length; i += 2) {
    const spans = items.slice(i, i + 2).flatMap(([text, v, labelStyle, valueStyle], h) => [
      { ...halves[h]!.label, value: text, style: labelStyle },
      { ...halves[h]!.value, value: v, style: valueStyle },
    ]);
    // The total and its breakdown on one page; the formula under them goes with the signers.
    d.add(spans, { keepWithNext: i + 2 < items.length ? 'always' : 'if-room' });
  }
  note(
    d,
    'Tỷ lệ hoàn thành = (Hoàn thành đúng hạn + Hoàn thành quá hạn) ÷ (Tổng số nhiệm vụ − Không phát sinh) × 100.',
  );
}
