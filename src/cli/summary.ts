import { formatDateVi, formatIssue, issuePlace } from '../core/issues/messages';
import { byPlace } from '../core/issues/order';
import { periodContaining, periodHeading, periodHeadingEn } from '../core/period/period';
import { taskDue } from '../core/schema/scan';
import type { Issue, Severity } from '../core/issues/types';
import type { AppendixTable, IndicatorItem } from '../core/parse/model';
import type { ScanResult } from '../core/scan';
import { paint, type CliIo } from './io';

const SEVERITY_LABEL: Record<Severity, string> = {
  error: 'lỗi / error',
  warning: 'cảnh báo / warning',
  info: 'thông tin / info',
};

/** How many info issues to list before summing up the rest: they are routine (skipped headers…). */
const INFO_SHOWN = 5;

function tableLine(t: AppendixTable): string {
  const what = t.kind === 'tasks' ? 'nhiệm vụ / tasks' : 'chỉ tiêu / indicators';
  return `${t.sheet}!${t.headerRange}: ${t.items.length} ${what}, ${t.sections.length} mục / sections${t.groups.length ? `, ${t.groups.length} nhóm / groups` : ''}`;
}

function bySection(t: AppendixTable): string[] {
  const counts = new Map<string, { title: string; n: number }>();
  for (const item of t.items) {
    const label = item.sectionPath.join('/') || '—';
    const section = t.sections.find((s) => s.path.join('/') === label);
    const entry = counts.get(label) ?? { title: section?.title ?? '', n: 0 };
    entry.n++;
    counts.set(label, entry);
  }
  return [...counts].map(
    ([label, { title, n }]) =>
      `${label.padEnd(6)} ${String(n).padStart(3)}  ${title.length > 70 ? `${title.slice(0, 69)}…` : title}`,
  );
}

function issueLine(io: CliIo, i: Issue): string {
  const color = i.severity === 'error' ? 'red' : i.severity === 'warning' ? 'yellow' : 'gray';
  const place = issuePlace({ ...i, file: undefined }, 'vi');
  return `  ${paint(io, color, `[${SEVERITY_LABEL[i.severity]}]`)} ${place ? `${place}: ` : ''}${formatIssue(i, 'vi')}\n      ${paint(io, 'dim', formatIssue(i, 'en'))}`;
}

/** The readable summary of `phuluc scan`: tables, counts by section, units, issues by severity. */
export function scanSummary(io: CliIo, result: ScanResult, dueSoonDays = 7): string {
  const lines: string[] = [];
  lines.push(paint(io, 'bold', `PhuLuc — ${result.file}`));
  const years = result.planYears;
  lines.push(
    `Năm kế hoạch / Plan year: ${years ? (years.from === years.to ? years.from : `${years.from}–${years.to}`) : 'không rõ / unknown (dùng / use --year)'}`,
  );
  const period = periodContaining(result.asOf);
  lines.push(`${periodHeading(period)}`);
  lines.push(paint(io, 'dim', periodHeadingEn(period)));
  lines.push('');
  lines.push(paint(io, 'bold', `Bảng phụ lục / Appendix tables: ${result.tables.length}`));
  for (const t of result.tables) {
    lines.push(`• ${tableLine(t)}`);
    for (const l of bySection(t)) lines.push(`    ${l}`);
  }
  lines.push(...deadlineLines(io, result, dueSoonDays));
  lines.push(...indicatorLines(io, result));
  const source = {
    sheet: 'trang "Danh mục đơn vị" / roster sheet',
    settings: 'cài đặt / settings',
    plan: 'tên trong kế hoạch / names in the plan',
  }[result.roster.source];
  lines.push('');
  lines.push(paint(io, 'bold', `Đơn vị / Units: ${result.roster.units.length} (${source})`));
  for (const u of result.roster.units)
    lines.push(
      `  - ${u.name}${u.aliases.length ? paint(io, 'dim', ` (${u.aliases.join('; ')})`) : ''}`,
    );

  const count = (s: Severity) => result.issues.filter((i) => i.severity === s).length;
  lines.push('');
  lines.push(
    paint(
      io,
      'bold',
      `Vấn đề / Issues: ${count('error')} lỗi / errors, ${count('warning')} cảnh báo / warnings, ${count('info')} thông tin / info`,
    ),
  );
  const sortByPlace = byPlace(result.tables);
  for (const severity of ['error', 'warning'] as const) {
    for (const i of result.issues.filter((x) => x.severity === severity).sort(sortByPlace))
      lines.push(issueLine(io, i));
  }
  // Info is routine (skipped headers, joined rows): one line per kind, with where it happened.
  const infos = result.issues.filter((i) => i.severity === 'info');
  const byCode = new Map<string, Issue[]>();
  for (const i of infos) byCode.set(i.code, [...(byCode.get(i.code) ?? []), i]);
  for (const group of byCode.values()) {
    const first = group[0]!;
    const cells = group
      .map((i) => (i.cell ? `${i.sheet}!${i.cell.split(':')[0]}` : i.sheet))
      .filter(Boolean);
    const where =
      cells.length > INFO_SHOWN ? `${cells.slice(0, INFO_SHOWN).join(', ')}, …` : cells.join(', ');
    lines.push(
      `  ${paint(io, 'gray', `[${SEVERITY_LABEL.info}]`)} ${group.length} × ${formatIssue(first, 'vi')} (${where})`,
    );
    lines.push(`      ${paint(io, 'dim', formatIssue(first, 'en'))}`);
  }
  return `${lines.join('\n')}\n`;
}

const LIST_LIMIT = 15;

function shorten(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** Overdue and due-soon tasks, with counts of the rest: what an officer must act on first. */
function deadlineLines(io: CliIo, result: ScanResult, days: number): string[] {
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
  const count = (status: string) => states.filter((s) => s.due.status === status).length;
  const lines = [
    '',
    paint(
      io,
      'bold',
      `Thời hạn / Deadlines — ngày ${formatDateVi(result.asOf)}, sắp đến hạn trong ${days} ngày / due within ${days} days`,
    ),
    `  ${paint(io, 'red', `quá hạn / overdue: ${count('overdue')}`)} · ${paint(io, 'yellow', `sắp đến hạn / due soon: ${count('due-soon')}`)} · chưa đến hạn / later: ${count('not-yet-due')} · đã xong / done: ${count('done')} · không có ngày cố định / no fixed date: ${count('no-date')}`,
  ];
  for (const status of ['overdue', 'due-soon'] as const) {
    const list = states
      .filter((s) => s.due.status === status)
      .sort((a, b) => (a.due.date ?? '').localeCompare(b.due.date ?? ''));
    for (const { task, where, due } of list.slice(0, LIST_LIMIT)) {
      const when = `${formatDateVi(due.date!)} (${due.days! < 0 ? `quá ${-due.days!} ngày / ${-due.days!} days late` : `còn ${due.days} ngày / in ${due.days} days`})`;
      const tag =
        status === 'overdue'
          ? paint(io, 'red', '[quá hạn / overdue]')
          : paint(io, 'yellow', '[sắp đến hạn / due soon]');
      lines.push(
        `  ${tag} ${where}  ${when}  ${shorten(task.content || '—')}${task.lead.length ? ` — ${task.lead.join(', ')}` : ''}`,
      );
    }
    if (list.length > LIST_LIMIT)
      lines.push(paint(io, 'dim', `  … ${list.length - LIST_LIMIT} nữa / more (--json)`));
  }
  return lines;
}

function targetText(item: IndicatorItem): string {
  const t = item.target;
  if (!t) return item.targetText || '—';
  return t.op === 'range'
    ? `${t.min}–${t.max}`
    : `${t.op.replace('>=', '≥').replace('<=', '≤')} ${t.value}`;
}

/** Achievement of each indicator that has a reported value. */
function indicatorLines(io: CliIo, result: ScanResult): string[] {
  const items = result.tables.flatMap((t) => (t.kind === 'indicators' ? t.items : []));
  if (items.length === 0) return [];
  const achieved = items.filter((i) => i.achieved === true).length;
  const missed = items.filter((i) => i.achieved === false).length;
  const noData = items.filter((i) => i.actual === null || i.actual === undefined).length;
  const unjudged = items.length - achieved - missed - noData;
  const lines = [
    '',
    paint(io, 'bold', 'Chỉ tiêu / Indicators'),
    `  ${paint(io, 'green', `Đạt / achieved: ${achieved}`)} · ${paint(io, 'red', `Không đạt / not achieved: ${missed}`)} · Chưa có số liệu / no data: ${noData}${unjudged ? ` · không đánh giá được / cannot judge: ${unjudged}` : ''}`,
  ];
  for (const item of items.filter((i) => i.actual !== null && i.actual !== undefined)) {
    const verdict =
      item.achieved === true
        ? paint(io, 'green', '[Đạt]')
        : item.achieved === false
          ? paint(io, 'red', '[Không đạt]')
          : paint(io, 'gray', '[?]');
    lines.push(
      `  ${verdict} ${item.key}  ${item.actual}${item.unit === '%' ? '%' : ''} / ${targetText(item)}  ${shorten(item.name, 50)}`,
    );
  }
  return lines;
}
