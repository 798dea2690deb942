import { formatIssue, issuePlace } from '../core/issues/messages';
import type { Issue, Severity } from '../core/issues/types';
import type { AppendixTable } from '../core/parse/model';
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
export function scanSummary(io: CliIo, result: ScanResult): string {
  const lines: string[] = [];
  lines.push(paint(io, 'bold', `PhuLuc — ${result.file}`));
  const years = result.planYears;
  lines.push(
    `Năm kế hoạch / Plan year: ${years ? (years.from === years.to ? years.from : `${years.from}–${years.to}`) : 'không rõ / unknown (dùng / use --year)'}`,
  );
  lines.push('');
  lines.push(paint(io, 'bold', `Bảng phụ lục / Appendix tables: ${result.tables.length}`));
  for (const t of result.tables) {
    lines.push(`• ${tableLine(t)}`);
    for (const l of bySection(t)) lines.push(`    ${l}`);
  }
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
  for (const severity of ['error', 'warning'] as const) {
    for (const i of result.issues.filter((x) => x.severity === severity))
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
