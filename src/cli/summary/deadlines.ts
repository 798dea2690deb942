import { taskDue } from '../../core/deadline/due-state';
import { formatDateVi } from '../../core/issues/messages';
import type { PlanYears } from '../../core/plan/year';
import type { ScanResult } from '../../core/scan';
import { paint, type CliIo } from '../io';
import { bothLines, columnLines, en, shorten, vi, type Cell, type Row } from './format';

/** One row of a deadline list: a task overdue or due soon at the as-of date. */
export interface DeadlineRow {
  readonly status: 'overdue' | 'due-soon';
  /** The task's key, with its sheet when a workbook has several task tables. */
  readonly key: string;
  /** ISO date the task is judged against. */
  readonly date: string | null;
  /** Days from the as-of date to that date: negative when late. */
  readonly days: number | null;
  readonly content: string;
  readonly lead: string;
}

export const DEADLINE_HEADER = [
  'Tình trạng / Status',
  'STT / Key',
  'Thời hạn / Due',
  'Số ngày / Days',
  'Nội dung / Content',
  'Chủ trì / Lead',
] as const;

/** How far a date is: "quá 25 ngày / 25 days late", "còn 5 ngày / in 5 days". */
export function daysText(days: number): string {
  if (days === 0) return 'hôm nay / today';
  const n = Math.abs(days);
  const unit = n === 1 ? 'day' : 'days';
  return days < 0
    ? `quá ${vi(n)} ngày / ${en(n)} ${unit} late`
    : `còn ${vi(n)} ngày / in ${en(n)} ${unit}`;
}

export function deadlineCells(r: DeadlineRow): Cell[] {
  return [
    r.status === 'overdue'
      ? { text: 'quá hạn / overdue', style: 'red' }
      : { text: 'sắp đến hạn / due soon', style: 'yellow' },
    { text: r.key },
    { text: r.date ? formatDateVi(r.date) : '—' },
    { text: r.days === null ? '—' : daysText(r.days) },
    { text: shorten(r.content || '—') },
    { text: shorten(r.lead || '—', 40) },
  ];
}

/**
 * Whether deadlines are judged today for a plan whose time is over: the as-of date is today (no
 * --as-of was given) and the plan's last year lies before it. Every unfinished task is then
 * "overdue by hundreds of days", which says nothing; the note tells how to look at the plan year.
 */
export function pastPlanNote(
  asOf: string,
  today: string,
  years: PlanYears | null,
): { vi: string; en: string } | null {
  if (!years || asOf !== today || years.to >= Number(asOf.slice(0, 4))) return null;
  const one = years.from === years.to;
  const planVi = one ? `kế hoạch năm ${years.to}` : `kế hoạch giai đoạn ${years.from}–${years.to}`;
  const planEn = one ? `the plan year ${years.to}` : `the plan period ${years.from}–${years.to}`;
  const example = `--as-of ${years.to}-12-31`;
  return {
    vi: `Lưu ý: ${planVi} đã qua mà ngày tính là hôm nay (${formatDateVi(asOf)}), nên nhiệm vụ nào chưa ghi là xong cũng thành quá hạn. Dùng --as-of để xem tình hình tại một ngày trong thời gian kế hoạch, ví dụ ${example}.`,
    en: `Note: ${planEn} is over and deadlines are judged as of today (${formatDateVi(asOf)}), so every task not marked done counts as overdue. Use --as-of to see the situation on a date within the plan, e.g. ${example}.`,
  };
}

/** The line that stands for the overdue list left out under {@link pastPlanNote}. */
export function omittedOverdueLines(io: CliIo, indent: string, n: number): string[] {
  return bothLines(
    io,
    indent,
    `(Không liệt kê ${vi(n)} nhiệm vụ quá hạn; xem bằng --as-of <ngày> hoặc --json.)`,
    `(${en(n)} overdue ${n === 1 ? 'task' : 'tasks'} not listed; see them with --as-of <date> or --json.)`,
    'dim',
  );
}

const LIST_LIMIT = 15;

/**
 * Overdue and due-soon tasks, with counts of the rest: what an officer must act on first.
 * @example deadlineLines(io, scan, 7)[1] // 'Thời hạn / Deadlines: ngày tính / as of 25/09/2023, …'
 */
export function deadlineLines(io: CliIo, result: ScanResult, days: number): string[] {
  const taskTables = result.tables.filter((t) => t.kind === 'tasks');
  // Keys repeat across tables ("1" in PL1 and in PL2): name the sheet when there are several.
  const named = taskTables.length > 1;
  const states = taskTables.flatMap((t) =>
    t.items.map((task) => ({
      task,
      where: named ? `${t.sheet} · ${task.key}` : task.key,
      due: taskDue(task, result.asOf, days),
    })),
  );
  if (states.length === 0) return [];
  const count = (status: string) => vi(states.filter((s) => s.due.status === status).length);
  const lines = [
    '',
    paint(
      io,
      'bold',
      `Thời hạn / Deadlines: ngày tính / as of ${formatDateVi(result.asOf)}, sắp đến hạn / due soon: trong ${vi(days)} ngày / within ${en(days)} days`,
    ),
  ];
  const past = pastPlanNote(result.asOf, io.today(), result.planYears);
  if (past) lines.push(...bothLines(io, '  ', past.vi, past.en, 'yellow'));
  lines.push(
    `  ${paint(io, 'red', `quá hạn / overdue: ${count('overdue')}`)} · ${paint(io, 'yellow', `sắp đến hạn / due soon: ${count('due-soon')}`)} · chưa đến hạn / later: ${count('not-yet-due')} · đã xong / done: ${count('done')} · không có ngày cố định / no fixed date: ${count('no-date')}`,
  );
  const rows: Row[] = [];
  let omitted = 0;
  for (const status of ['overdue', 'due-soon'] as const) {
    const list = states
      .filter((s) => s.due.status === status)
      .sort((a, b) => (a.due.date ?? '').localeCompare(b.due.date ?? ''));
    if (status === 'overdue' && past) {
      omitted = list.length;
      continue;
    }
    for (const { task, where, due } of list.slice(0, LIST_LIMIT)) {
      rows.push(
        deadlineCells({
          status,
          key: where,
          date: due.date,
          days: due.days,
          content: task.content,
          lead: task.lead.join(', '),
        }),
      );
    }
    if (list.length > LIST_LIMIT) {
      const more = list.length - LIST_LIMIT;
      rows.push({
        line: paint(io, 'dim', `… ${vi(more)} nhiệm vụ nữa / ${en(more)} more (--json)`),
      });
    }
  }
  if (rows.length > 0) lines.push(...columnLines(io, '  ', DEADLINE_HEADER, rows));
  if (omitted > 0) lines.push(...omittedOverdueLines(io, '  ', omitted));
  return lines;
}
