import { isRealDay } from '../_lib/calendar';
import { boundedMemo } from '../_lib/memo';
import type { GridDate } from '../grid/types';
import type { PlanYears } from '../plan/year';
import {
  KIND_ORDER,
  parsePart,
  planYears,
  readable,
  sortedUnique,
  type PartResult,
} from './_lib/part';
import { endsDangling, splitSegments, startsLower } from './_lib/segments';
import type { DeadlineProblem, ParsedDeadline } from './types';

export type { DeadlineProblem, ParsedDeadline, PlanYears };

/** Only this much of a cell is read; the rest is ignored (keeps the work bounded). */
const MAX_CHARS = 2000;
/** At most this many parts (lines, bullets, ";" pieces) are read. */
const MAX_PARTS = 100;

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
 * cell's own string is the key (no joined key built and hashed for every row). Removing the memo:
 * scan (a) 2.08×, scan (b) 2.27×, scan+consolidate (b) 2.30×, A/B 2026-12-04. It is module-level,
 * not per scan, because units' copies and re-scans parse the plan's own texts again: one memo per
 * scan measured scan (a) 1.15×, scan+consolidate (b) 1.11–1.18× (2 of 3 runs), A/B 2026-12-04.
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

function parseGridDate(input: GridDate): ParsedDeadline {
  const iso = typeof input.iso === 'string' ? input.iso : '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const ymd = m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : undefined;
  if (ymd && isRealDay(ymd)) return { kind: 'date', due: [iso], problems: [] };
  return { kind: 'unparsed', due: [], problems: [{ kind: 'impossible-date', text: iso }] };
}
