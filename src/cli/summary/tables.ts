import { rangeToA1, parseRange } from '../../core/grid/a1';
import type { AppendixTable } from '../../core/parse/model';
import type { CliIo } from '../io';
import { columnLines, shorten, vi } from './format';

/**
 * The whole range a table covers, from its header row to its last row.
 * @example tableRange(table) // 'A9:G80' (header A9:G10)
 */
export function tableRange(t: AppendixTable): string {
  const header = parseRange(t.headerRange);
  let last = Math.max(header.bottom + 1, t.lastRow); // 1-based
  for (const i of t.items) if (i.row > last) last = i.row;
  for (const g of t.groups) if (g.row > last) last = g.row;
  for (const s of t.sections) if (s.row > last) last = s.row;
  return rangeToA1({ ...header, bottom: last - 1 });
}

/**
 * What a table holds, and where.
 * @example tableLine(table) // 'PL1!A9:G80: 27 nhiệm vụ / tasks, 6 mục / sections'
 */
export function tableLine(t: AppendixTable): string {
  const what = t.kind === 'tasks' ? 'nhiệm vụ / tasks' : 'chỉ tiêu / indicators';
  return `${t.sheet}!${tableRange(t)}: ${vi(t.items.length)} ${what}, ${vi(t.sections.length)} mục / sections${t.groups.length ? `, ${vi(t.groups.length)} nhóm / groups` : ''}`;
}

/**
 * How many items each section of a table holds, with the section's title, in columns.
 * @example bySection(io, table)[1] // '    I                            3  CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'
 */
export function bySection(io: CliIo, t: AppendixTable): string[] {
  const counts = new Map<string, { title: string; n: number }>();
  for (const item of t.items) {
    const label = item.sectionPath.join('/') || '—';
    const section = t.sections.find((s) => s.path.join('/') === label);
    const entry = counts.get(label) ?? { title: section?.title ?? '', n: 0 };
    entry.n++;
    counts.set(label, entry);
  }
  const header = [
    'Mục / No.',
    t.kind === 'tasks' ? 'Số nhiệm vụ / Tasks' : 'Số chỉ tiêu / Indicators',
    'Tên mục / Section title',
  ];
  const rows = [...counts].map(([label, { title, n }]) => [label, vi(n), shorten(title, 70)]);
  return columnLines(io, '    ', header, rows, [1]);
}
