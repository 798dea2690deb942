import type { Consolidation, TaskStatus } from '../core/consolidate/types';
import { TASK_STATUSES } from '../core/consolidate/types';
import { consolidatedDue } from '../core/consolidate/task-status';
import { formatDateVi } from '../core/issues/messages';
import { cellPlace } from '../core/issues/order';
import type { Issue } from '../core/issues/types';
import { periodHeading, periodHeadingEn } from '../core/period/period';
import { paint, type CliIo } from './io';
import {
  DEADLINE_HEADER,
  deadlineCells,
  omittedOverdueLines,
  pastPlanNote,
} from './summary/deadlines';
import { bothLines, columnLines, en, shorten, vi } from './summary/format';
import { indicatorResultLines } from './summary/indicators';
import { issueCounts, issueLines } from './summary/issues';

export const STATUS_LABEL: Record<TaskStatus, string> = {
  'completed-on-time': 'Hoàn thành đúng hạn / done on time',
  'completed-late': 'Hoàn thành quá hạn / done late',
  'in-progress': 'Đang thực hiện / in progress',
  overdue: 'Quá hạn / overdue',
  'not-started': 'Chưa thực hiện / not started',
  'not-applicable': 'Không phát sinh / not applicable',
  'not-reported': 'Chưa báo cáo / not reported',
};

const LIST_LIMIT = 15;

/**
 * Issues in the order a reader goes through the files: by file (in the order they first appear),
 * sheet (likewise), row, column.
 */
function byFileAndPlace(issues: readonly Issue[]): Issue[] {
  const seen = new Map<string, number>();
  const rank = (key: string) => seen.get(key) ?? (seen.set(key, seen.size), seen.size - 1);
  const place = new Map<Issue, number[]>();
  for (const i of issues) {
    const at = cellPlace(i.cell); // an address that does not read sorts first on its sheet
    place.set(i, [
      rank(`f${i.file ?? ''}`),
      rank(`s${i.file ?? ''}\u0000${i.sheet ?? ''}`),
      at?.row ?? 0,
      at?.col ?? 0,
    ]);
  }
  return [...issues].sort((a, b) => {
    const pa = place.get(a)!;
    const pb = place.get(b)!;
    for (let k = 0; k < pa.length; k++) if (pa[k] !== pb[k]) return pa[k]! - pb[k]!;
    return 0;
  });
}

/** The issues of each file, each kind once with its count and first places. */
function issueSection(io: CliIo, issues: readonly Issue[]): string[] {
  const lines = [
    '',
    paint(io, 'bold', `Vấn đề / Issues: ${issueCounts(issues)}`),
    `  Chi tiết, có liên kết đến từng ô: trang "Kết quả kiểm tra" / Details, linked to each cell: the "Kết quả kiểm tra" sheet`,
  ];
  const byFile = new Map<string, Issue[]>();
  for (const i of byFileAndPlace(issues))
    byFile.set(i.file ?? '', [...(byFile.get(i.file ?? '') ?? []), i]);
  for (const [file, list] of byFile) {
    lines.push(
      `  ${paint(io, 'bold', file ? `Tệp / File ${file}` : 'Không thuộc tệp nào / No file')}: ${issueCounts(list, true)}`,
    );
    lines.push(...issueLines(io, '    ', list));
  }
  return lines;
}

/** The readable summary of `phuluc consolidate`. */
export function consolidateSummary(io: CliIo, c: Consolidation, output: string): string {
  const lines: string[] = [];
  lines.push(paint(io, 'bold', `PhuLuc — tổng hợp / consolidation: ${c.plan.file}`));
  lines.push(`Ngày báo cáo / As of: ${formatDateVi(c.asOf)}`);
  lines.push(periodHeading(c.period));
  lines.push(paint(io, 'dim', periodHeadingEn(c.period)));

  const submitted = c.units.filter((u) => u.submitted);
  lines.push('');
  lines.push(
    paint(
      io,
      'bold',
      `Đơn vị đã gửi / Units submitted: ${vi(submitted.length)}/${vi(c.units.length)}`,
    ),
  );
  for (const u of c.units) {
    const mark = u.submitted ? paint(io, 'green', '✓') : paint(io, 'red', '✗');
    const detail = u.submitted ? u.files.join(', ') : paint(io, 'red', 'chưa gửi / not submitted');
    lines.push(
      `  ${mark} ${u.name} — ${detail} (chủ trì / leads ${vi(u.tasksLed)}, xong / done ${vi(u.done)}, quá hạn / overdue ${vi(u.overdue)})`,
    );
  }

  lines.push('');
  lines.push(paint(io, 'bold', `Nhiệm vụ / Tasks: ${vi(c.tasks.length)}`));
  const past = pastPlanNote(c.asOf, io.today(), c.plan.years);
  if (past) lines.push(...bothLines(io, '  ', past.vi, past.en, 'yellow'));
  for (const status of TASK_STATUSES) {
    const n = c.tasks.filter((t) => t.status === status).length;
    if (n > 0) lines.push(`  ${STATUS_LABEL[status]}: ${vi(n)}`);
  }
  const overdue = c.tasks
    .filter((t) => t.status === 'overdue')
    .sort((a, b) => (a.judgedDue ?? '').localeCompare(b.judgedDue ?? ''));
  if (past && overdue.length > 0) {
    lines.push(...omittedOverdueLines(io, '  ', overdue.length));
  } else if (overdue.length > 0) {
    const rows = overdue.slice(0, LIST_LIMIT).map((t) =>
      deadlineCells({
        status: 'overdue',
        key: t.key,
        date: t.judgedDue,
        days: consolidatedDue(t, c.asOf, 0).days,
        content: t.content,
        lead: t.leadText || t.lead.join(', '),
      }),
    );
    const more = overdue.length - LIST_LIMIT;
    lines.push(
      ...columnLines(io, '  ', DEADLINE_HEADER, [
        ...rows,
        ...(more > 0
          ? [{ line: paint(io, 'dim', `… ${vi(more)} nhiệm vụ nữa / ${en(more)} more (--json)`) }]
          : []),
      ]),
    );
  }

  if (c.indicators.length > 0) {
    const achieved = c.indicators.filter((i) => i.achieved === true).length;
    const missed = c.indicators.filter((i) => i.achieved === false).length;
    lines.push('');
    lines.push(paint(io, 'bold', `Chỉ tiêu / Indicators: ${vi(c.indicators.length)}`));
    lines.push(
      `  ${paint(io, 'green', `Đạt / achieved: ${vi(achieved)}`)} · ${paint(io, 'red', `Không đạt / not achieved: ${vi(missed)}`)} · Chưa có số liệu / no data: ${vi(c.indicators.length - achieved - missed)}`,
    );
    lines.push(
      ...indicatorResultLines(
        io,
        '  ',
        c.indicators.filter((x) => x.achieved === false),
      ),
    );
    if (c.indicators.some((i) => i.method === 'mean')) {
      lines.push(
        ...bothLines(
          io,
          '  ',
          'Lưu ý: có chỉ tiêu tính bằng trung bình cộng tỷ lệ các đơn vị, vì không đơn vị nào gửi mẫu số.',
          'Note: some rates are plain means of the units’ rates, as no unit gave a denominator.',
          'yellow',
        ),
      );
    }
  }

  if (c.conflicts.length > 0) {
    lines.push('');
    lines.push(paint(io, 'bold', `Báo cáo khác nhau / Conflicts: ${vi(c.conflicts.length)}`));
    for (const x of c.conflicts)
      lines.push(
        `  ${x.key}  ${shorten(x.content, 50)}: ${x.reports.map((r) => `${r.unit}: ${r.statusText || '—'}`).join('; ')}`,
      );
  }
  if (c.unmatched.length > 0) {
    lines.push('');
    lines.push(
      paint(io, 'bold', `Dòng không khớp kế hoạch / Unmatched rows: ${vi(c.unmatched.length)}`),
    );
    for (const u of c.unmatched.slice(0, LIST_LIMIT))
      lines.push(
        `  ${u.file} · ${u.sheet}!A${u.row}  STT ${u.stt || '—'}  ${shorten(u.content, 50)} (${u.unit})`,
      );
    const more = c.unmatched.length - LIST_LIMIT;
    if (more > 0)
      lines.push(paint(io, 'dim', `  … ${vi(more)} dòng nữa / ${en(more)} more (--json)`));
  }
  lines.push(...issueSection(io, c.issues));
  lines.push('');
  lines.push(paint(io, 'bold', `Đã ghi báo cáo / Report written: ${output}`));
  return `${lines.join('\n')}\n`;
}
