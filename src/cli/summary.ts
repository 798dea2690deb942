import { rangeToA1, parseRange } from '../core/grid/a1';
import type { Target } from '../core/indicator/target';
import { formatDateVi, formatIssue, issuePlace } from '../core/issues/messages';
import { byPlace } from '../core/issues/order';
import { periodContaining, periodHeading, periodHeadingEn } from '../core/period/period';
import { taskDue } from '../core/deadline/due-state';
import { foldVietnamese } from '../core/text/fold';
import { formatNumber, formatPercentage } from '../core/text/number';
import type { Issue, Severity } from '../core/issues/types';
import type { AppendixTable } from '../core/parse/model';
import type { PlanYears } from '../core/plan/year';
import type { ScanResult } from '../core/scan';
import { paint, type CliIo } from './io';

/*
 * How the readable summaries are written, for `scan` and `consolidate` alike:
 * - short labels and tags pair the two languages inline, Vietnamese first ("quá hạn / overdue");
 * - a sentence is a Vietnamese line with its English line beneath, indented and dim (issues,
 *   indicator results, notes), so neither language has the other's words inside it;
 * - numbers in Vietnamese text are written the Vietnamese way ("71,68 %", "1.403"), in English
 *   text the English way ("71.68%", "1,403"); a count shared by both halves of a label pair
 *   is written the Vietnamese way.
 */

type Style = Parameters<typeof paint>[1];

const SEVERITY_LABEL: Record<Severity, string> = {
  error: 'lỗi / error',
  warning: 'cảnh báo / warning',
  info: 'thông tin / info',
};

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'gray' };

/** A count in Vietnamese text ("1.403"). */
export const vi = (n: number): string => formatNumber(n, 'vi');
/** A count in English text ("1,403"). */
export const en = (n: number): string => formatNumber(n, 'en');

/** One line of at most `max` characters, cut with "…" (never inside a character: emoji stay whole). */
export function shorten(text: string, max = 60): string {
  const chars = [...text.replace(/\s+/g, ' ').trim().normalize('NFC')];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}

const ZERO_WIDTH = new Set(['\u200b', '\u200c', '\u200d', '\ufeff']);

/** Columns a terminal gives a text: combining marks (decomposed Vietnamese) take none. */
export function displayWidth(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\p{M}/u.test(ch) && !ZERO_WIDTH.has(ch)) n++;
  return n;
}

/** A cell of {@link columnLines}: its text, and its color on a terminal. */
export interface Cell {
  readonly text: string;
  readonly style?: Style;
}

/** A line that stands between the rows of {@link columnLines} ("… 6 more"), not in a column. */
export interface Between {
  readonly line: string;
}

type Row = readonly (string | Cell)[] | Between;

/**
 * Rows in aligned columns, under a header line when one is given. Each column is as wide as its
 * widest cell; the last column is not padded unless it is right-aligned. Colors are added after
 * padding, so they never shift a column.
 */
export function columnLines(
  io: CliIo,
  indent: string,
  header: readonly string[] | null,
  rows: readonly Row[],
  rightAligned: readonly number[] = [],
): string[] {
  const cells = (r: Row): Cell[] | null =>
    'line' in r ? null : r.map((c) => (typeof c === 'string' ? { text: c } : c));
  const table = rows.map(cells);
  const all = [...(header ? [header.map((text) => ({ text }))] : []), ...table];
  const widths: number[] = [];
  for (const r of all)
    r?.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(c.text))));
  const render = (r: Cell[]): string =>
    r
      .map((c, i) => {
        const right = rightAligned.includes(i);
        const room = i === r.length - 1 && !right ? 0 : (widths[i] ?? 0) - displayWidth(c.text);
        const fill = ' '.repeat(Math.max(0, room));
        const text = c.style ? paint(io, c.style, c.text) : c.text;
        return right ? `${fill}${text}` : `${text}${fill}`;
      })
      .join('  ')
      .trimEnd();
  const lines: string[] = [];
  if (header) lines.push(paint(io, 'bold', `${indent}${render(header.map((text) => ({ text })))}`));
  rows.forEach((r, i) => {
    const row = table[i];
    lines.push(row ? `${indent}${render(row)}` : `${indent}${(r as Between).line}`);
  });
  return lines;
}

/** A sentence in both languages: the Vietnamese line, and the English one beneath it. */
export function bothLines(
  io: CliIo,
  indent: string,
  viText: string,
  enText: string,
  style?: Style,
): string[] {
  return [
    `${indent}${style ? paint(io, style, viText) : viText}`,
    `${indent}    ${paint(io, 'dim', enText)}`,
  ];
}

// ---------------------------------------------------------------- tables

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

function tableLine(t: AppendixTable): string {
  const what = t.kind === 'tasks' ? 'nhiệm vụ / tasks' : 'chỉ tiêu / indicators';
  return `${t.sheet}!${tableRange(t)}: ${vi(t.items.length)} ${what}, ${vi(t.sections.length)} mục / sections${t.groups.length ? `, ${vi(t.groups.length)} nhóm / groups` : ''}`;
}

function bySection(io: CliIo, t: AppendixTable): string[] {
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

// ---------------------------------------------------------------- deadlines

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

// ---------------------------------------------------------------- indicators

const isPercent = (unit: string) =>
  ['%', '(%)', 'ty le', 'ty le %', 'ty le (%)', 'phan tram'].includes(foldVietnamese(unit));

/**
 * A value in its unit: "71,68 %" (vi) or "71.68%" (en); "12 văn bản" for other units.
 * @example valueText(71.68, '%', 'vi') // '71,68 %'
 */
export function valueText(value: number, unit: string, locale: 'vi' | 'en'): string {
  if (isPercent(unit)) return formatPercentage(value, locale);
  const u = unit.trim();
  return u ? `${formatNumber(value, locale)} ${u}` : formatNumber(value, locale);
}

/**
 * A target in words, "Tối thiểu 80 %" / "at least 80%"; the plan's own text when it cannot be read.
 * @example targetPhrase({ op: '>=', value: 80 }, 'Tối thiểu 80', '%', 'en') // 'at least 80%'
 */
export function targetPhrase(
  target: Target | null | undefined,
  targetText: string,
  unit: string,
  locale: 'vi' | 'en',
): string {
  if (!target) return shorten(targetText || '—', 30);
  const v = (n: number) => valueText(n, unit, locale);
  if (target.op === 'range')
    return locale === 'vi'
      ? `Từ ${v(target.min)} đến ${v(target.max)}`
      : `${v(target.min)} to ${v(target.max)}`;
  const words = {
    '>=': ['Tối thiểu', 'at least'],
    '>': ['Trên', 'more than'],
    '<=': ['Tối đa', 'at most'],
    '<': ['Dưới', 'less than'],
  }[target.op];
  return `${words[locale === 'vi' ? 0 : 1]} ${v(target.value)}`;
}

/** What the summaries need of an indicator, in a plan or in a consolidation. */
export interface IndicatorLine {
  readonly key: string;
  readonly name: string;
  readonly unit: string;
  readonly targetText: string;
  readonly target?: Target | null;
  readonly actual?: number | null;
  readonly achieved?: boolean | null;
  /** How units' figures were combined (consolidation only). */
  readonly method?: 'weighted' | 'mean' | 'single' | 'sum' | 'none';
}

const METHOD: Record<NonNullable<IndicatorLine['method']>, [string, string] | null> = {
  weighted: ['bình quân gia quyền', 'weighted'],
  mean: ['trung bình cộng', 'plain mean'],
  single: ['một đơn vị', 'one unit'],
  sum: ['tổng các đơn vị', 'sum of units'],
  none: null,
};

/**
 * Each indicator's result: a Vietnamese line in aligned columns (verdict, key, result against
 * target, name) and its English line beneath.
 */
export function indicatorResultLines(
  io: CliIo,
  indent: string,
  items: readonly IndicatorLine[],
): string[] {
  const rows = items.map((i) => {
    const [verdictVi, verdictEn, style]: [string, string, Style] =
      i.achieved === true
        ? ['[Đạt]', '[achieved]', 'green']
        : i.achieved === false
          ? ['[Không đạt]', '[not achieved]', 'red']
          : ['[Không đánh giá được]', '[cannot judge]', 'gray'];
    const method = i.method ? METHOD[i.method] : null;
    const actual = (locale: 'vi' | 'en') =>
      i.actual === null || i.actual === undefined ? '—' : valueText(i.actual, i.unit, locale);
    const result = (locale: 'vi' | 'en') =>
      `${actual(locale)}${method ? ` (${method[locale === 'vi' ? 0 : 1]})` : ''} / ${targetPhrase(i.target, i.targetText, i.unit, locale)}`;
    return {
      cells: [
        { text: verdictVi, style },
        { text: i.key },
        { text: result('vi') },
        { text: shorten(i.name, 50) },
      ],
      en: `${paint(io, style, verdictEn)} ${result('en')}`,
    };
  });
  const aligned = columnLines(
    io,
    indent,
    null,
    rows.map((r) => r.cells),
  );
  return aligned.flatMap((line, n) => [line, `${indent}    ${paint(io, 'dim', rows[n]!.en)}`]);
}

/** Achievement of each indicator that has a reported value. */
function indicatorLines(io: CliIo, result: ScanResult): string[] {
  const items = result.tables.flatMap((t) => (t.kind === 'indicators' ? t.items : []));
  if (items.length === 0) return [];
  const achieved = items.filter((i) => i.achieved === true).length;
  const missed = items.filter((i) => i.achieved === false).length;
  const noData = items.filter((i) => i.actual === null || i.actual === undefined).length;
  const unjudged = items.length - achieved - missed - noData;
  return [
    '',
    paint(io, 'bold', `Chỉ tiêu / Indicators: ${vi(items.length)}`),
    `  ${paint(io, 'green', `Đạt / achieved: ${vi(achieved)}`)} · ${paint(io, 'red', `Không đạt / not achieved: ${vi(missed)}`)} · Chưa có số liệu / no data: ${vi(noData)}${unjudged ? ` · không đánh giá được / cannot judge: ${vi(unjudged)}` : ''}`,
    ...indicatorResultLines(
      io,
      '  ',
      items.filter((i) => i.actual !== null && i.actual !== undefined),
    ),
  ];
}

// ---------------------------------------------------------------- issues

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

// ---------------------------------------------------------------- the summary

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
  lines.push(paint(io, 'bold', `Bảng phụ lục / Appendix tables: ${vi(result.tables.length)}`));
  for (const t of result.tables) {
    lines.push(`• ${tableLine(t)}`);
    lines.push(...bySection(io, t));
  }
  lines.push(...deadlineLines(io, result, dueSoonDays));
  lines.push(...indicatorLines(io, result));
  const source = {
    sheet: 'trang "Danh mục đơn vị" / roster sheet',
    settings: 'cài đặt / settings',
    plan: 'tên trong kế hoạch / names in the plan',
  }[result.roster.source];
  lines.push('');
  lines.push(paint(io, 'bold', `Đơn vị / Units: ${vi(result.roster.units.length)} (${source})`));
  for (const u of result.roster.units)
    lines.push(
      `  - ${u.name}${u.aliases.length ? paint(io, 'dim', ` (${u.aliases.join('; ')})`) : ''}`,
    );

  lines.push('');
  lines.push(paint(io, 'bold', `Vấn đề / Issues: ${issueCounts(result.issues)}`));
  lines.push(...issueLines(io, '  ', [...result.issues].sort(byPlace(result.tables))));
  return `${lines.join('\n')}\n`;
}
