import type { Consolidation, TaskStatus } from '../core/consolidate/types';
import { TASK_STATUSES } from '../core/consolidate/types';
import { formatDateVi } from '../core/issues/messages';
import { periodHeading, periodHeadingEn } from '../core/period/period';
import { paint, type CliIo } from './io';

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

function shorten(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
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
    paint(io, 'bold', `Đơn vị đã gửi / Units submitted: ${submitted.length}/${c.units.length}`),
  );
  for (const u of c.units) {
    const mark = u.submitted ? paint(io, 'green', '✓') : paint(io, 'red', '✗');
    const detail = u.submitted ? u.files.join(', ') : paint(io, 'red', 'chưa gửi / not submitted');
    lines.push(
      `  ${mark} ${u.name} — ${detail} (chủ trì / leads ${u.tasksLed}, xong / done ${u.done}, quá hạn / overdue ${u.overdue})`,
    );
  }

  lines.push('');
  lines.push(paint(io, 'bold', `Nhiệm vụ / Tasks: ${c.tasks.length}`));
  for (const status of TASK_STATUSES) {
    const n = c.tasks.filter((t) => t.status === status).length;
    if (n > 0) lines.push(`  ${STATUS_LABEL[status]}: ${n}`);
  }
  const overdue = c.tasks.filter((t) => t.status === 'overdue');
  for (const t of overdue.slice(0, LIST_LIMIT)) {
    lines.push(
      `  ${paint(io, 'red', '[quá hạn / overdue]')} ${t.key}  ${t.judgedDue ? formatDateVi(t.judgedDue) : ''}  ${shorten(t.content)} — ${shorten(t.lead.join(', '), 40)}`,
    );
  }
  if (overdue.length > LIST_LIMIT)
    lines.push(paint(io, 'dim', `  … ${overdue.length - LIST_LIMIT} nữa / more`));

  if (c.indicators.length > 0) {
    const achieved = c.indicators.filter((i) => i.achieved === true).length;
    const missed = c.indicators.filter((i) => i.achieved === false).length;
    lines.push('');
    lines.push(paint(io, 'bold', `Chỉ tiêu / Indicators: ${c.indicators.length}`));
    lines.push(
      `  ${paint(io, 'green', `Đạt / achieved: ${achieved}`)} · ${paint(io, 'red', `Không đạt / not achieved: ${missed}`)} · Chưa có số liệu / no data: ${c.indicators.length - achieved - missed}`,
    );
    for (const i of c.indicators.filter((x) => x.achieved === false)) {
      lines.push(
        `  ${paint(io, 'red', '[Không đạt]')} ${i.key}  ${i.actual}${i.unit === '%' ? '%' : ''} (${i.method}) / ${i.targetText}  ${shorten(i.name, 50)}`,
      );
    }
    if (c.indicators.some((i) => i.method === 'mean')) {
      lines.push(
        paint(
          io,
          'yellow',
          '  Lưu ý: có chỉ tiêu tính bằng trung bình cộng tỷ lệ vì đơn vị không gửi mẫu số / some rates are plain means: no unit gave a denominator.',
        ),
      );
    }
  }

  if (c.conflicts.length > 0) {
    lines.push('');
    lines.push(paint(io, 'bold', `Báo cáo khác nhau / Conflicts: ${c.conflicts.length}`));
    for (const x of c.conflicts)
      lines.push(
        `  ${x.key}  ${shorten(x.content, 50)}: ${x.reports.map((r) => `${r.unit}: ${r.statusText || '—'}`).join('; ')}`,
      );
  }
  if (c.unmatched.length > 0) {
    lines.push('');
    lines.push(
      paint(io, 'bold', `Dòng không khớp kế hoạch / Unmatched rows: ${c.unmatched.length}`),
    );
    for (const u of c.unmatched.slice(0, LIST_LIMIT))
      lines.push(
        `  ${u.file} · ${u.sheet}!A${u.row}  STT ${u.stt || '—'}  ${shorten(u.content, 50)} (${u.unit})`,
      );
  }
  const errors = c.issues.filter((i) => i.severity === 'error').length;
  const warnings = c.issues.filter((i) => i.severity === 'warning').length;
  lines.push('');
  lines.push(
    `Vấn đề / Issues: ${errors} lỗi / errors, ${warnings} cảnh báo / warnings — xem trang "Kết quả kiểm tra" / see the "Kết quả kiểm tra" sheet`,
  );
  lines.push('');
  lines.push(paint(io, 'bold', `Đã ghi báo cáo / Report written: ${output}`));
  return `${lines.join('\n')}\n`;
}
