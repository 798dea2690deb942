import { formatIssue, issuePlace } from '../../core/issues/messages';
import type { Issue, Severity } from '../../core/issues/types';
import { paint, type CliIo } from '../io';
import { vi, type Style } from './format';

const SEVERITY_LABEL: Record<Severity, string> = {
  error: 'lỗi / error',
  warning: 'cảnh báo / warning',
  info: 'thông tin / info',
};

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'gray' };

/** How many places (or distinct messages) of one kind are shown before they are summed up. */
const SHOWN = 5;
/** From how many issues of one kind on they are shown once, with their count. */
const GROUP_FROM = 3;

/** "trang PL1, ô A11, A12; trang PL2, ô A5 và 3 ô khác": where a group of issues is. */
function groupPlaces(group: readonly Issue[]): string {
  const parts: { sheet: string | undefined; cells: string[] }[] = [];
  for (const i of group.slice(0, SHOWN)) {
    const last = parts[parts.length - 1];
    const part = last && last.sheet === i.sheet ? last : { sheet: i.sheet, cells: [] };
    if (part !== last) parts.push(part);
    if (i.cell) part.cells.push(i.cell.split(':')[0]!);
  }
  const text = parts
    .map((p) =>
      [p.sheet ? `trang ${p.sheet}` : '', p.cells.length ? `ô ${p.cells.join(', ')}` : '']
        .filter(Boolean)
        .join(', '),
    )
    .filter(Boolean)
    .join('; ');
  const rest = group.length - SHOWN;
  return rest > 0 ? `${text}${text ? ' ' : ''}và ${vi(rest)} chỗ khác` : text;
}

/**
 * Issues as lines, most severe first, each in the order of its first place. One issue: where it is
 * and its message in both languages. Issues that say the same thing, but for their figures, are
 * shown once from {@link GROUP_FROM} on: the count and their first places, then the message (the
 * first one's, as an example, when the figures differ: "STT 1 đứng sau STT 5" at one cell, "STT 7
 * đứng sau STT 11" at the next). A code whose issues say more than {@link SHOWN} different things
 * ("Không có đơn vị X", "… Y", …) is shown once as a whole, the same way.
 */
export function issueLines(io: CliIo, indent: string, issues: readonly Issue[]): string[] {
  const order = new Map(issues.map((i, n) => [i, n]));
  type Entry = { severity: Severity; first: number; issues: Issue[]; alike: boolean };
  const entries: Entry[] = [];
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) =>
    map.set(key, [...(map.get(key) ?? []), value]);
  const byCode = new Map<string, Issue[]>();
  for (const i of issues) push(byCode, `${i.severity}\u0000${i.code}`, i);
  for (const group of byCode.values()) {
    // What an issue says, its figures left out: "STT 1 đứng sau STT 5" and "STT 7 đứng sau
    // STT 11" say the same; "Thiếu nội dung" and "Thiếu đơn vị chủ trì" do not.
    const byKind = new Map<string, Issue[]>();
    for (const i of group) push(byKind, formatIssue(i, 'vi').replace(/\d+/g, '#'), i);
    const kinds = byKind.size > SHOWN ? [group] : [...byKind.values()];
    for (const kind of kinds) {
      const parts = kind.length < GROUP_FROM ? kind.map((i) => [i]) : [kind];
      for (const part of parts) {
        const first = formatIssue(part[0]!, 'vi');
        entries.push({
          severity: part[0]!.severity,
          first: order.get(part[0]!)!,
          issues: part,
          alike: part.every((i) => formatIssue(i, 'vi') === first),
        });
      }
    }
  }
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  entries.sort((a, b) => rank[a.severity] - rank[b.severity] || a.first - b.first);

  const lines: string[] = [];
  for (const { severity, issues: group, alike } of entries) {
    const first = group[0]!;
    const tag = paint(io, SEVERITY_STYLE[severity], `[${SEVERITY_LABEL[severity]}]`);
    if (group.length === 1) {
      const place = issuePlace({ ...first, file: undefined }, 'vi');
      lines.push(`${indent}${tag} ${place ? `${place}: ` : ''}${formatIssue(first, 'vi')}`);
      lines.push(`${indent}    ${paint(io, 'dim', formatIssue(first, 'en'))}`);
      continue;
    }
    const where = groupPlaces(group);
    const cell = first.cell?.split(':')[0];
    const exampleVi = alike ? '' : ` (ví dụ${cell ? ` ở ô ${cell}` : ''}; các chỗ khác tương tự)`;
    const exampleEn = alike ? '' : ` (e.g.${cell ? ` at cell ${cell}` : ''}; the others alike)`;
    lines.push(`${indent}${tag} ${vi(group.length)} × ${where}`);
    lines.push(`${indent}    ${formatIssue(first, 'vi')}${exampleVi}`);
    lines.push(`${indent}    ${paint(io, 'dim', `${formatIssue(first, 'en')}${exampleEn}`)}`);
  }
  return lines;
}

/**
 * "0 lỗi / errors, 11 cảnh báo / warnings, 1 thông tin / info"; with `nonZero`, only the
 * severities that occur ("11 cảnh báo / warnings").
 */
export function issueCounts(issues: readonly Issue[], nonZero = false): string {
  const words: [Severity, string, string, string][] = [
    ['error', 'lỗi', 'error', 'errors'],
    ['warning', 'cảnh báo', 'warning', 'warnings'],
    ['info', 'thông tin', 'info', 'info'],
  ];
  return words
    .map(([s, viWord, one, many]) => {
      const n = issues.filter((i) => i.severity === s).length;
      return nonZero && n === 0 ? '' : `${vi(n)} ${viWord} / ${n === 1 ? one : many}`;
    })
    .filter(Boolean)
    .join(', ');
}
