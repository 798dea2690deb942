import { boundedMemo } from '../_lib/memo';
import type { GridDate } from '../grid/types';
import type { Deadline } from '../parse/model';
import type { PlanYears } from '../plan/year';

export type { PlanYears };

/** Something in a deadline cell the caller should warn about. */
export type DeadlineProblem =
  /** A date that does not exist: "31/6/2024", "30/02/2025", "Tháng 13/2024", "Quý V". */
  | { readonly kind: 'impossible-date'; readonly text: string }
  /** A part of the cell (a line, a bullet, a ";" piece) that none of the grammar reads. */
  | { readonly kind: 'unparsed'; readonly text: string };

export interface ParsedDeadline extends Deadline {
  readonly problems: readonly DeadlineProblem[];
}

/** Only this much of a cell is read; the rest is ignored (keeps the work bounded). */
const MAX_CHARS = 2000;
/** At most this many parts (lines, bullets, ";" pieces) are read. */
const MAX_PARTS = 100;
/** A plan range longer than this is cut to its first years (recurring dates are per year). */
const MAX_PLAN_YEARS = 50;
/** Years accepted in a written date; others make the date impossible. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/**
 * Parses a deadline cell (cột "Thời gian") into `{ kind, due, problems }` (DOMAIN.md §2).
 *
 * A text cell may hold several parts — lines, "-" bullets, ";" pieces — each parsed on its own
 * (case- and diacritic-insensitive, "hàng"/"hằng" alike). `due` is the sorted, unique union of
 * the parts' ISO dates; `kind` is the first of date > recurring > continuous > on-demand that a
 * part has (a fixed date that a recurring part of the same cell already lists does not count as
 * `date`). An empty cell (or only bullets/";") is `missing`; a cell none of whose parts reads is
 * `unparsed`. Each part that does not read, and each impossible date, is a `problems` entry.
 *
 * - `date`: "Quý III[/2024]", "Tháng 6[/2024]", "6 tháng đầu/cuối năm", "cuối năm", "Năm 2024",
 *   "Trong năm 2024", a bare year, "15/11[/2024]" ("/", "-" or "." between parts, day first,
 *   years of four digits only), "ngày 15 tháng 11 năm 2024", a real date cell.
 *   "trước D" / "trước ngày D" → the day before D (also before a month, quarter or year: the day
 *   before it starts). A range ("2022-2023", "từ D1 đến D2", "Quý I - Quý II") → its end.
 * - `recurring`: "hàng/hằng tháng" → every month end; "hàng quý", "định kỳ 3 tháng/lần", bare
 *   "Định kỳ" → quarter ends; "định kỳ 6 tháng", "6 tháng một lần", "6 tháng và cuối năm" →
 *   30/06 and 31/12; "hàng năm" → 31/12 — each year of the plan (or of the years the part
 *   names). "trước ngày N" / "ngày N" without a month moves each date to day N (the day before
 *   with "trước"; past the month's end → its last day) of the period's month: every month, the
 *   last month of each quarter (the first with "tháng đầu quý", the next quarter's first with
 *   "quý sau"), June and December, December. A day or month named with "hằng năm" ("trước ngày
 *   15/12", "quý I") replaces the 31/12 of each year.
 * - Multi-year plans: a part that names no year repeats for every year `years.from..years.to`,
 *   and is then `recurring` ("Quý III" in 2021-2025 → 30/09 of each year). In a one-year plan it
 *   takes that year. A part that names a year lends it to the mentions before it
 *   ("15/3 và 15/6/2024" → both in 2024).
 * - `continuous`: "thường xuyên", "liên tục", "cả năm", "suốt năm", "quanh năm", "hàng ngày",
 *   "hàng tuần", and "hàng năm" alone in a one-year plan. A year named in the same part is the
 *   period, not a due date ("thường xuyên trong năm 2023"); a day, month or quarter is a date.
 * - `on-demand`: "theo kế hoạch/KH/lộ trình/yêu cầu/chỉ đạo/thông báo/văn bản/đề nghị …",
 *   "khi có/được/phát sinh …", "nếu …", "đột xuất", "phát sinh". As with continuous, a named
 *   year alone stays on-demand; a day, month or quarter makes it a date.
 * - A line that does not start a part (no bullet, the line before does not end in ";" or ".")
 *   continues the line before when it starts in lower case, when either line reads as nothing on
 *   its own, or when the line before ends in a word such as "trong", "của", "trước" (wrapped
 *   text pasted from a printed plan: "Khi có sự đề nghị của Văn\nphòng UBND tỉnh").
 *
 * Never throws; only the first 2,000 characters and 100 parts are read.
 * @example parseDeadline('Quý III', { from: 2024, to: 2024 }) // { kind: 'date', due: ['2024-09-30'], problems: [] }
 * @example parseDeadline('Trước ngày 01/9/2023', { from: 2023, to: 2023 }).due // ['2023-08-31']
 * @example parseDeadline('Hàng năm', { from: 2021, to: 2022 }) // { kind: 'recurring', due: ['2021-12-31', '2022-12-31'], problems: [] }
 * @example parseDeadline('Thường xuyên', { from: 2024, to: 2024 }).kind // 'continuous'
 * @example parseDeadline('31/6/2024', { from: 2024, to: 2024 }) // { kind: 'unparsed', due: [], problems: [{ kind: 'impossible-date', text: '31/6/2024' }] }
 */
export function parseDeadline(
  input: string | GridDate | null | undefined,
  years: PlanYears,
): ParsedDeadline {
  if (input === null || input === undefined) return { kind: 'missing', due: [], problems: [] };
  if (typeof input !== 'string') return parseGridDate(input);
  // The same deadline texts ("Quý III/2025", "Thường xuyên") recur down a plan: parse each once.
  if (input.length > 200) return parseText(input, years);
  return parsedIn(years)(input);
}

/**
 * One memo per plan years, keyed by the text alone: nothing else decides the result, and the
 * cell's own string is the key (no joined key built and hashed for every row).
 */
const memoForYears = boundedMemo(
  (_key: string, { from, to }: PlanYears) =>
    boundedMemo((input: string) => parseText(input, { from, to }), { limit: 5_000 }),
  { limit: 16 },
);
let lastYears: PlanYears | undefined;
let lastMemo: ((input: string) => ParsedDeadline) | undefined;

function parsedIn(years: PlanYears): (input: string) => ParsedDeadline {
  // A scan asks with the same years object for every row: no key built then.
  if (years !== lastYears || !lastMemo) {
    lastMemo = memoForYears(`${years.from}-${years.to}`, years);
    lastYears = years;
  }
  return lastMemo;
}

function parseText(input: string, years: PlanYears): ParsedDeadline {
  const plan = planYears(years);
  const parts: { text: string; result: PartResult }[] = [];
  for (const segment of splitSegments(input.slice(0, MAX_CHARS)).slice(0, MAX_PARTS)) {
    const last = parts[parts.length - 1];
    const result = parsePart(segment.text, plan);
    if (
      segment.continues &&
      last &&
      (startsLower(segment.text) ||
        endsDangling(last.text) ||
        !readable(last.result) ||
        !readable(result))
    ) {
      const text = `${last.text} ${segment.text}`;
      parts[parts.length - 1] = { text, result: parsePart(text, plan) };
    } else {
      parts.push({ text: segment.text, result });
    }
  }
  if (parts.length === 0) return { kind: 'missing', due: [], problems: [] };

  const recurringDue = new Set(
    parts.filter((p) => p.result.kind === 'recurring').flatMap((p) => p.result.due),
  );
  const kinds = new Set(
    parts.map(({ result }) =>
      result.kind === 'date' && result.due.every((d) => recurringDue.has(d))
        ? 'recurring'
        : result.kind,
    ),
  );
  const problems: DeadlineProblem[] = [];
  for (const { text, result } of parts) {
    problems.push(...result.problems);
    if (!readable(result)) problems.push({ kind: 'unparsed', text });
  }
  const kind = KIND_ORDER.find((k) => kinds.has(k)) ?? 'unparsed';
  return { kind, due: sortedUnique(parts.flatMap((p) => p.result.due)), problems };
}

const KIND_ORDER = ['date', 'recurring', 'continuous', 'on-demand'] as const;
type PartKind = (typeof KIND_ORDER)[number];

interface PartResult {
  readonly kind: PartKind | undefined;
  readonly due: readonly string[];
  readonly problems: readonly DeadlineProblem[];
}

function readable(result: PartResult): boolean {
  return result.kind !== undefined || result.problems.length > 0;
}

function parseGridDate(input: GridDate): ParsedDeadline {
  const iso = typeof input.iso === 'string' ? input.iso : '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const ymd = m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : undefined;
  if (ymd && isValidDay(ymd)) return { kind: 'date', due: [iso], problems: [] };
  return { kind: 'unparsed', due: [], problems: [{ kind: 'impossible-date', text: iso }] };
}

interface Plan {
  readonly years: readonly number[];
}

function planYears(years: PlanYears): Plan {
  const from = Math.trunc(years.from);
  const to = Math.min(Math.max(Math.trunc(years.to), from), from + MAX_PLAN_YEARS - 1);
  const list: number[] = [];
  for (let y = from; y <= to; y++) list.push(y);
  return { years: list };
}

// ---------------------------------------------------------------------------------------------
// Splitting a cell into parts

interface Segment {
  readonly text: string;
  /** The segment starts a new line that is neither a bullet nor after ";" or "." — it may be
   * the wrapped tail of the line before ("Khi có sự đề nghị của Văn\nphòng UBND tỉnh"). */
  readonly continues: boolean;
}

const LINE_BREAK = /\r\n|[\n\r\v\f\u2028\u2029]/;
const BULLET = /^\s*(?:[-–—•+*·]\s*)+/;
const PIECE_BREAK = /;|(?<=[.:])\s+(?=[-–—•]\s)/;

function splitSegments(text: string): Segment[] {
  const out: Segment[] = [];
  let fresh = true;
  for (const line of text.split(LINE_BREAK)) {
    let hadContent = false;
    for (const [j, piece] of line.split(PIECE_BREAK).entries()) {
      const bulleted = BULLET.test(piece);
      const clean = piece.replace(BULLET, '').trim();
      if (!clean) continue;
      out.push({ text: clean, continues: j === 0 && !fresh && !bulleted });
      hadContent = true;
    }
    fresh = !hadContent || /[;.]\s*$/.test(line);
  }
  return out;
}

/** A line that starts in lower case goes on from the line before ("…trong\nnăm 2023"). */
function startsLower(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

/** The part ends in a word that needs more ("… trong", "… của", "… trước ngày", "… quý"). */
function endsDangling(text: string): boolean {
  return /(?:^| )(?:trong|cua|truoc|ngay|den|va|tu|vao|theo|khi|neu|voi|cho|tai|sau|ke|hoac|nhat|cac|(?<!(?:hang|moi) )(?:quy|thang))$/.test(
    foldWithMap(text.slice(-40)).text,
  );
}

// ---------------------------------------------------------------------------------------------
// Folding with a map back to the original text

interface Folded {
  readonly text: string;
  /** For each UTF-16 unit of `text`, the index of the source character it came from. */
  readonly map: readonly number[];
  readonly source: string;
}

/** Like `foldVietnamese` (no marks, đ → d, lower case, single spaces) and dashes → "-". */
function foldWithMap(source: string): Folded {
  let text = '';
  const map: number[] = [];
  let at = 0;
  for (const ch of source) {
    const index = at;
    at += ch.length;
    if (/[\s\u00a0\u200b]/.test(ch)) {
      if (text.length > 0 && !text.endsWith(' ')) {
        text += ' ';
        map.push(index);
      }
      continue;
    }
    const folded = /[–—‒−]/.test(ch)
      ? '-'
      : ch
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/đ/g, 'd')
          .replace(/Đ/g, 'D')
          .toLowerCase();
    text += folded;
    for (let k = 0; k < folded.length; k++) map.push(index);
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    map.pop();
  }
  return { text, map, source };
}

/** The source text behind folded positions `start..end`. */
function sourceText(folded: Folded, start: number, end: number): string {
  const from = folded.map[start];
  const last = folded.map[end - 1];
  if (from === undefined || last === undefined) return '';
  const width = (folded.source.codePointAt(last) ?? 0) > 0xffff ? 2 : 1;
  return folded.source.slice(from, last + width).trim();
}

// ---------------------------------------------------------------------------------------------
// Calendar

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function isValidDay({ y, m, d }: Ymd): boolean {
  return (
    Number.isInteger(y) &&
    y >= 1 &&
    y <= 9999 &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  );
}

function dayBefore({ y, m, d }: Ymd): Ymd {
  if (d > 1) return { y, m, d: d - 1 };
  if (m > 1) return { y, m: m - 1, d: daysInMonth(y, m - 1) };
  return { y: y - 1, m: 12, d: 31 };
}

function toIso(day: Ymd): string | undefined {
  if (!isValidDay(day)) return undefined;
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(day.y, 4)}-${pad(day.m, 2)}-${pad(day.d, 2)}`;
}

function sortedUnique(dates: readonly string[]): string[] {
  return [...new Set(dates)].sort();
}

// ---------------------------------------------------------------------------------------------
// Date mentions inside a part

/** What a mention spans within a year: one day, or whole months `from..to`. */
type Span =
  | { readonly kind: 'day'; readonly day: number; readonly month: number }
  | { readonly kind: 'months'; readonly from: number; readonly to: number };

/** How fine a mention is: a year alone names a period in continuous/on-demand parts. */
type Level = 'day' | 'month' | 'quarter' | 'half' | 'year-end' | 'year';

interface Mention {
  readonly start: number;
  readonly end: number;
  readonly level: Level;
  readonly spans: readonly Span[];
  readonly explicitYear: boolean;
  year: number | undefined;
  /** "trước …": the day before the mention starts. */
  before: boolean;
  /** The first end of a range ("2022-2023", "từ D1 đến D2"): only the end is due. */
  rangeStart: boolean;
  /** A bare year whose only role was to give its year to the mentions before it. */
  lent: boolean;
}

/** The due day of a span in a year (its last day, or the day before its first with "trước"). */
function spanDue(span: Span, y: number, before: boolean): Ymd | undefined {
  let first: Ymd;
  let last: Ymd;
  if (span.kind === 'day') {
    first = last = { y, m: span.month, d: span.day };
    if (!isValidDay(first)) return undefined;
  } else {
    if (!(span.from >= 1 && span.from <= span.to && span.to <= 12)) return undefined;
    first = { y, m: span.from, d: 1 };
    last = { y, m: span.to, d: daysInMonth(y, span.to) };
  }
  return before ? dayBefore(first) : last;
}

/** The ISO due dates of a mention in year `y`; undefined when the date is impossible. */
function mentionDue(mention: Mention, y: number): string[] | undefined {
  if (mention.explicitYear && (y < MIN_YEAR || y > MAX_YEAR)) return undefined;
  const out: string[] = [];
  for (const span of mention.spans) {
    const day = spanDue(span, y, mention.before);
    const iso = day && toIso(day);
    if (!iso) return undefined;
    out.push(iso);
  }
  return out;
}

const Y4 = '(\\d{4})(?!\\d)';
/** "/2024", " năm 2024", ", 2024", " - 2024" after a month, quarter or day. */
const YEAR_TAIL = `(?: ?[/,-]? ?(?:nam ?)?${Y4})?`;
const ROMAN_OR_NUMBER = '(?:\\d{1,2}|[ivxl]+)(?![\\p{L}\\d])';

interface Matcher {
  readonly re: RegExp;
  readonly read: (m: RegExpMatchArray) => {
    level: Level;
    spans: Span[];
    year: number | undefined;
  };
}

const num = (s: string | undefined): number => (s === undefined ? NaN : Number(s));
const yearOf = (s: string | undefined): number | undefined =>
  s === undefined ? undefined : Number(s);

function romanOrNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const value: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };
  let total = 0;
  for (let k = 0; k < text.length; k++) {
    const a = value[text[k] ?? ''] ?? 0;
    const b = value[text[k + 1] ?? ''] ?? 0;
    total += a < b ? -a : a;
  }
  return total;
}

const quarterSpan = (q: number): Span => ({ kind: 'months', from: 3 * q - 2, to: 3 * q });

/** In the order they are tried; each match is blanked out before the next pattern runs. */
const MATCHERS: readonly Matcher[] = [
  {
    // ngày 15 tháng 11 năm 2024
    re: new RegExp(`\\bngay ?(\\d{1,2}) ?thang ?(\\d{1,2})(?!\\d)${YEAR_TAIL}`, 'gu'),
    read: (m) => ({
      level: 'day',
      spans: [{ kind: 'day', day: num(m[1]), month: num(m[2]) }],
      year: yearOf(m[3]),
    }),
  },
  {
    // 15/11/2024, 05-09-2024, 15.11.2024
    re: new RegExp(`(?<![\\d/.])(\\d{1,2}) ?([/.-]) ?(\\d{1,2}) ?\\2 ?${Y4}`, 'gu'),
    read: (m) => ({
      level: 'day',
      spans: [{ kind: 'day', day: num(m[1]), month: num(m[3]) }],
      year: yearOf(m[4]),
    }),
  },
  {
    // Quý III, quý 3/2024, quý II và III năm 2024, Quý I - II/2024
    re: new RegExp(
      `\\bquy ?(${ROMAN_OR_NUMBER})((?: ?(?:,|va|&|-) ?(?:quy ?${ROMAN_OR_NUMBER}|[ivxl]+(?![\\p{L}\\d])))*)${YEAR_TAIL}`,
      'gu',
    ),
    read: (m) => {
      const quarters = [romanOrNumber(m[1] ?? '')];
      for (const more of (m[2] ?? '').matchAll(/(,|va|&|-) ?(?:quy ?)?(\d{1,2}|[ivxl]+)/g)) {
        if (more[1] === '-') quarters.pop();
        quarters.push(romanOrNumber(more[2] ?? ''));
      }
      return { level: 'quarter', spans: quarters.map(quarterSpan), year: yearOf(m[3]) };
    },
  },
  {
    // 6 tháng đầu năm, 6 tháng cuối năm 2024, nửa đầu năm, 9 tháng đầu năm
    re: new RegExp(`\\b(?:(6|sau|9|chin) thang|nua) (dau|cuoi) nam(?: ?[/,-]? ?${Y4})?`, 'gu'),
    read: (m) => {
      const months = m[1] === '9' || m[1] === 'chin' ? 9 : 6;
      const span: Span =
        m[2] === 'dau'
          ? { kind: 'months', from: 1, to: months }
          : { kind: 'months', from: 13 - months, to: 12 };
      return { level: 'half', spans: [span], year: yearOf(m[3]) };
    },
  },
  {
    // cuối năm, cuối năm 2024
    re: new RegExp(`\\bcuoi nam(?: ?[/,-]? ?${Y4})?`, 'gu'),
    read: (m) => ({
      level: 'year-end',
      spans: [{ kind: 'day', day: 31, month: 12 }],
      year: yearOf(m[1]),
    }),
  },
  {
    // trong năm (no year written)
    re: /\btrong nam\b(?! ?\d)/gu,
    read: () => ({ level: 'year', spans: [{ kind: 'months', from: 1, to: 12 }], year: undefined }),
  },
  {
    // Tháng 6, tháng 6/2024, tháng 01 năm 2023, tháng 6 và 12 năm 2024
    re: new RegExp(
      `\\bthang ?(\\d{1,2})(?!\\d)((?: ?(?:,|va|&) ?(?:thang ?)?\\d{1,2}(?![\\d/.]))*)${YEAR_TAIL}`,
      'gu',
    ),
    read: (m) => {
      const months = [num(m[1])];
      for (const more of (m[2] ?? '').matchAll(/\d{1,2}/g)) months.push(Number(more[0]));
      return {
        level: 'month',
        spans: months.map((mo): Span => ({ kind: 'months', from: mo, to: mo })),
        year: yearOf(m[3]),
      };
    },
  },
  {
    // 6/2024, 06-2024
    re: new RegExp(`(?<![\\d/.])(\\d{1,2}) ?[/.-] ?${Y4}(?!/)`, 'gu'),
    read: (m) => ({
      level: 'month',
      spans: [{ kind: 'months', from: num(m[1]), to: num(m[1]) }],
      year: yearOf(m[2]),
    }),
  },
  {
    // 15/11 (no year; a two-digit year "15/11/24" is not read)
    re: /(?<![\d/.])(\d{1,2}) ?\/ ?(\d{1,2})(?!\d| ?\/ ?\d|\.\d)/gu,
    read: (m) => ({
      level: 'day',
      spans: [{ kind: 'day', day: num(m[1]), month: num(m[2]) }],
      year: undefined,
    }),
  },
  {
    // năm 2024, 2024
    re: /(?<![\d/.])(?:\bnam ?)?((?:19|20)\d{2})(?![\d/])/gu,
    read: (m) => ({
      level: 'year',
      spans: [{ kind: 'months', from: 1, to: 12 }],
      year: yearOf(m[1]),
    }),
  },
];

/** Between two mentions: they form a range and only the second is due. */
const RANGE_JOIN = /^(?:-|~|den|toi)(?: (?:het |hết )?(?:ngay|thang|nam|quy))?$/;
const BEFORE = /(?<![\p{L}\d])truoc (?:ngay )?$/u;

function blank(work: string, start: number, end: number): string {
  return work.slice(0, start) + '\u0001'.repeat(end - start) + work.slice(end);
}

function findMentions(folded: Folded, work: string): { mentions: Mention[]; work: string } {
  const mentions: Mention[] = [];
  for (const { re, read } of MATCHERS) {
    for (const m of [...work.matchAll(re)]) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const { level, spans, year } = read(m);
      mentions.push({
        start,
        end,
        level,
        spans,
        explicitYear: year !== undefined,
        year,
        before: BEFORE.test(folded.text.slice(Math.max(0, start - 20), start)),
        rangeStart: false,
        lent: false,
      });
      work = blank(work, start, end);
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  mentions.forEach((mention, i) => {
    const next = mentions[i + 1];
    if (next && RANGE_JOIN.test(folded.text.slice(mention.end, next.start).trim())) {
      mention.rangeStart = true;
    }
  });
  // A mention without a year takes the year of the next mention that has one, else the last before.
  mentions.forEach((mention, i) => {
    if (mention.explicitYear) return;
    const lender =
      mentions.slice(i + 1).find((o) => o.explicitYear) ??
      [...mentions.slice(0, i)].reverse().find((o) => o.explicitYear);
    if (lender) {
      mention.year = lender.year;
      if (lender.level === 'year' && !lender.rangeStart) lender.lent = true;
    }
  });
  return { mentions, work };
}

// ---------------------------------------------------------------------------------------------
// Periodic, continuous and on-demand words

type Period = 'month' | 'quarter' | 'half' | 'year';

const LAN = '(?: ?(?:/|mot|1) ?lan)';
/** Longest periods first, so "6 tháng một lần" is not read as "tháng một lần". */
const PERIOD_PATTERNS: readonly (readonly [RegExp, Period])[] = [
  [
    new RegExp(
      `\\b(?:dinh ky )?(?:hang|moi) quy\\b|\\bdinh ky quy\\b|\\bdinh ky (?:3|ba) thang${LAN}?|\\b(?:3|ba) thang${LAN}\\b`,
      'g',
    ),
    'quarter',
  ],
  [
    new RegExp(
      `\\bdinh ky (?:6|sau) thang${LAN}?(?: va (?:ca |cuoi )?nam\\b)?|\\b(?:hang|moi) (?:6|sau) thang\\b|\\b(?:6|sau) thang${LAN}\\b|\\b(?:6|sau) thang va (?:ca |cuoi )?nam\\b`,
      'g',
    ),
    'half',
  ],
  [
    new RegExp(
      `\\b(?:dinh ky )?(?:hang|moi) nam\\b|\\bdinh ky nam\\b|\\b(?:1|mot) nam${LAN}\\b`,
      'g',
    ),
    'year',
  ],
  [
    new RegExp(
      `\\b(?:dinh ky )?(?:hang|moi) thang\\b|\\bdinh ky thang\\b|\\b(?:1|mot) thang${LAN}\\b|\\bthang (?:1|mot) lan\\b`,
      'g',
    ),
    'month',
  ],
];
/** "6 tháng" listed next to another period ("Định kỳ hàng quý, 6 tháng, hàng năm"). */
const LISTED_HALF = /\b6 thang\b(?! (?:dau|cuoi) nam)/g;
const BARE_PERIODIC = /\bdinh ky\b/g;
const DAY_OF_PERIOD = /(?<![\p{L}\d])(?:(truoc) )?ngay ?(\d{1,2})(?![\d/.])/u;

const CONTINUOUS =
  /\b(?:thuong xuyen|lien tuc|ca nam|suot (?:ca )?nam|quanh nam|trong suot|hang ngay|moi ngay|hang tuan|moi tuan)\b/;
const ON_DEMAND =
  /\b(?:theo (?:ke hoach|kh|lo trinh|yeu cau|chi dao|su chi dao|thong bao|van ban|de nghi|huong dan|chuong trinh|tien do|nhu cau)|khi (?:co|duoc|phat sinh|can)|neu|dot xuat|phat sinh|tuy (?:theo|tinh hinh)|trong truong hop)\b|^(?:sau )?khi\b/;

function findPeriods(work: string): { periods: Set<Period>; work: string } {
  const periods = new Set<Period>();
  const consume = (re: RegExp, period: Period) => {
    for (const m of [...work.matchAll(re)]) {
      const start = m.index ?? 0;
      periods.add(period);
      work = blank(work, start, start + m[0].length);
    }
  };
  for (const [re, period] of PERIOD_PATTERNS) consume(re, period);
  if (periods.size > 0) consume(LISTED_HALF, 'half');
  let bare = false;
  for (const m of [...work.matchAll(BARE_PERIODIC)]) {
    const start = m.index ?? 0;
    bare = true;
    work = blank(work, start, start + m[0].length);
  }
  if (bare && periods.size === 0) periods.add('quarter');
  return { periods, work };
}

/** Which month of a quarter "ngày N" falls in: its last (default), its first, or the next
 * quarter's first ("tháng đầu quý sau"). */
type QuarterMonth = 'last' | 'first' | 'next';

/** The months of a year a period's dates fall in (13 = January of the next year). */
function periodMonths(period: Period, quarterMonth: QuarterMonth): number[] {
  switch (period) {
    case 'month':
      return [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    case 'quarter':
      return quarterMonth === 'first'
        ? [1, 4, 7, 10]
        : quarterMonth === 'next'
          ? [4, 7, 10, 13]
          : [3, 6, 9, 12];
    case 'half':
      return [6, 12];
    case 'year':
      return [12];
  }
}

// ---------------------------------------------------------------------------------------------
// One part

function parsePart(text: string, plan: Plan): PartResult {
  const folded = foldWithMap(text);
  const periodic = findPeriods(folded.text);
  const { mentions, work } = findMentions(folded, periodic.work);
  const periods = periodic.periods;
  const problems: DeadlineProblem[] = [];
  const impossible = (m: Mention) =>
    problems.push({ kind: 'impossible-date', text: sourceText(folded, m.start, m.end) });

  const dayMatch = DAY_OF_PERIOD.exec(work);
  const dayOfPeriod = dayMatch
    ? { day: num(dayMatch[2]), before: dayMatch[1] !== undefined }
    : undefined;
  if (dayOfPeriod && periods.size === 0 && /\b(?:cuoi|dau) quy\b/.test(folded.text)) {
    periods.add('quarter');
  }

  if (periods.size > 0) {
    return recurringPart(
      mentions,
      periods,
      dayOfPeriod,
      quarterMonth(folded.text),
      plan,
      impossible,
      problems,
    );
  }

  const continuous = CONTINUOUS.test(folded.text);
  const onDemand = ON_DEMAND.test(folded.text);
  const due: string[] = [];
  let expanded = false;
  for (const m of mentions) {
    if (m.lent) continue;
    if ((continuous || onDemand) && (m.level === 'year' || m.level === 'year-end')) continue;
    if (m.year !== undefined) {
      const dates = mentionDue(m, m.year);
      if (!dates) impossible(m);
      else if (!m.rangeStart) due.push(...dates);
      continue;
    }
    const dates = plan.years.map((y) => mentionDue(m, y));
    if (dates.every((d) => d === undefined)) {
      impossible(m);
      continue;
    }
    if (m.rangeStart) continue;
    for (const d of dates) if (d) due.push(...d);
    if (plan.years.length > 1) expanded = true;
  }
  if (due.length > 0) {
    return { kind: expanded ? 'recurring' : 'date', due: sortedUnique(due), problems };
  }
  const kind = continuous ? 'continuous' : onDemand ? 'on-demand' : undefined;
  return { kind, due: [], problems };
}

function quarterMonth(text: string): QuarterMonth {
  if (/\b(?:dau )?(?:cua )?quy (?:sau|tiep theo|ke tiep)\b/.test(text)) return 'next';
  return /\bdau (?:cua )?quy\b/.test(text) ? 'first' : 'last';
}

function recurringPart(
  mentions: readonly Mention[],
  periods: ReadonlySet<Period>,
  dayOfPeriod: { day: number; before: boolean } | undefined,
  quarterOf: QuarterMonth,
  plan: Plan,
  impossible: (m: Mention) => void,
  problems: DeadlineProblem[],
): PartResult {
  // Years the part names ("hàng quý năm 2024", "hàng năm giai đoạn 2022-2025") replace the plan's.
  const named: number[] = [];
  mentions.forEach((m, i) => {
    if (m.level !== 'year' || !m.explicitYear || m.year === undefined) return;
    const next = mentions[i + 1];
    if (m.rangeStart && next?.level === 'year' && next.year !== undefined && next.year >= m.year) {
      for (let y = m.year; y < next.year && y < m.year + MAX_PLAN_YEARS; y++) named.push(y);
    } else {
      named.push(m.year);
    }
  });
  const years = named.length > 0 ? sortedUniqueNumbers(named) : plan.years;
  const others = mentions.filter((m) => !(m.level === 'year' && m.explicitYear));
  const yearless = others.filter((m) => m.year === undefined);

  const due: string[] = [];
  for (const m of others.filter((o) => o.year !== undefined)) {
    const dates = mentionDue(m, m.year ?? NaN);
    if (!dates) impossible(m);
    else if (!m.rangeStart) due.push(...dates);
  }
  for (const m of yearless) {
    const dates = years.map((y) => mentionDue(m, y));
    if (dates.every((d) => d === undefined)) impossible(m);
    else if (!m.rangeStart) for (const d of dates) if (d) due.push(...d);
  }
  for (const y of years) {
    for (const period of periods) {
      // A day or month named with "hằng năm" says when in the year; it replaces 31/12.
      if (period === 'year' && others.length > 0) continue;
      for (const month of periodMonths(period, dayOfPeriod ? quarterOf : 'last')) {
        const [yy, mm] = month > 12 ? [y + 1, month - 12] : [y, month];
        let day: Ymd;
        if (dayOfPeriod) {
          day = { y: yy, m: mm, d: Math.min(Math.max(dayOfPeriod.day, 1), daysInMonth(yy, mm)) };
          if (dayOfPeriod.before) day = dayBefore(day);
        } else {
          day = { y: yy, m: mm, d: daysInMonth(yy, mm) };
        }
        const iso = toIso(day);
        if (iso) due.push(iso);
      }
    }
  }
  // "Hàng năm" over a single year is the whole year: continuous, unless a day is named.
  if (periods.size === 1 && periods.has('year') && years.length === 1) {
    if (!dayOfPeriod && others.length === 0) return { kind: 'continuous', due: [], problems };
    return { kind: due.length > 0 ? 'date' : undefined, due: sortedUnique(due), problems };
  }
  return { kind: 'recurring', due: sortedUnique(due), problems };
}

function sortedUniqueNumbers(values: readonly number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}
