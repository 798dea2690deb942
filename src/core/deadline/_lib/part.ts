import { dayBefore, daysInMonth, isoOfDay, type Ymd } from '../../_lib/calendar';
import type { PlanYears } from '../../plan/year';
import { CONTINUOUS, FROM_YEAR_ON, ON_DEMAND } from '../matchers/open-ended';
import {
  DAY_OF_PERIOD,
  findPeriods,
  periodMonths,
  quarterMonth,
  type Period,
  type QuarterMonth,
} from '../matchers/recurring';
import type { DeadlineProblem } from '../types';
import { foldWithMap, sourceText } from './fold';
import { findMentions, mentionDue, type Mention } from './mention';

/** A plan range longer than this is cut to its first years (recurring dates are per year). */
const MAX_PLAN_YEARS = 50;

/** The kinds a part may have, in the order a cell takes the first its parts have. */
export const KIND_ORDER = ['date', 'recurring', 'continuous', 'on-demand'] as const;
type PartKind = (typeof KIND_ORDER)[number];

/** What one part of a cell reads as; `kind` undefined when nothing in it reads. */
export interface PartResult {
  readonly kind: PartKind | undefined;
  readonly due: readonly string[];
  readonly problems: readonly DeadlineProblem[];
}

/** The plan's years, each one listed. */
export interface Plan {
  readonly years: readonly number[];
}

/**
 * The years of a plan, at most {@link MAX_PLAN_YEARS}.
 * @example planYears({ from: 2021, to: 2023 }).years // [2021, 2022, 2023]
 */
export function planYears(years: PlanYears): Plan {
  const from = Math.trunc(years.from);
  const to = Math.min(Math.max(Math.trunc(years.to), from), from + MAX_PLAN_YEARS - 1);
  const list: number[] = [];
  for (let y = from; y <= to; y++) list.push(y);
  return { years: list };
}

/**
 * Dates, sorted and each once.
 * @example sortedUnique(['2024-12-31', '2024-06-30', '2024-12-31']) // ['2024-06-30', '2024-12-31']
 */
export function sortedUnique(dates: readonly string[]): string[] {
  return [...new Set(dates)].sort();
}

/**
 * Whether a part reads as something (a kind, or at least an impossible date to report).
 * @example readable({ kind: undefined, due: [], problems: [] }) // false
 */
export function readable(result: PartResult): boolean {
  return result.kind !== undefined || result.problems.length > 0;
}

/** What "ngày N" / "trước ngày N" without a month says about each period's date. */
interface DayOfPeriod {
  readonly day: number;
  readonly before: boolean;
}

/**
 * One part of a deadline cell (DOMAIN.md §2): periodic words make it recurring; otherwise its
 * dates, expanded over the plan's years when they name none; else continuous or on demand.
 * @example parsePart('Quý III', planYears({ from: 2024, to: 2024 })) // { kind: 'date', due: ['2024-09-30'], problems: [] }
 */
export function parsePart(text: string, plan: Plan): PartResult {
  const folded = foldWithMap(text);
  const periodic = findPeriods(folded.text);
  const { mentions, work } = findMentions(folded, periodic.work);
  const periods = periodic.periods;
  const problems: DeadlineProblem[] = [];
  const impossible = (m: Mention) =>
    problems.push({ kind: 'impossible-date', text: sourceText(folded, m.start, m.end) });

  const dayMatch = DAY_OF_PERIOD.exec(work);
  const dayOfPeriod = dayMatch
    ? { day: Number(dayMatch[2]), before: dayMatch[1] !== undefined }
    : undefined;
  if (dayOfPeriod && periods.size === 0 && /\b(?:cuoi|dau) quy\b/.test(folded.text)) {
    periods.add('quarter');
  }
  const from = FROM_YEAR_ON.exec(folded.text);
  if (from) {
    // Work going on from a year: each period from that year to the plan's end, never one date.
    const year = Number(from[1] ?? from[2]);
    if (periods.size === 0) return { kind: 'continuous', due: [], problems };
    const last = Math.max(year, plan.years[plan.years.length - 1] ?? year);
    const onward = { years: planYears({ from: year, to: last }).years };
    const others = mentions.filter((m) => !(m.level === 'year' && m.year === year));
    const quarterOf = dayOfPeriod ? quarterMonth(folded.text) : 'last';
    return recurringPart(others, periods, dayOfPeriod, quarterOf, onward, impossible, problems);
  }
  if (periods.size > 0) {
    const quarterOf = dayOfPeriod ? quarterMonth(folded.text) : 'last';
    return recurringPart(mentions, periods, dayOfPeriod, quarterOf, plan, impossible, problems);
  }

  const openEnded = CONTINUOUS.test(folded.text) || ON_DEMAND.test(folded.text);
  const due: string[] = [];
  let expanded = false;
  for (const m of mentions) {
    if (m.lent) continue;
    if (openEnded && (m.level === 'year' || m.level === 'year-end')) continue;
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
  const kind = CONTINUOUS.test(folded.text)
    ? 'continuous'
    : ON_DEMAND.test(folded.text)
      ? 'on-demand'
      : undefined;
  return { kind, due: [], problems };
}

function recurringPart(
  mentions: readonly Mention[],
  periods: ReadonlySet<Period>,
  dayOfPeriod: DayOfPeriod | undefined,
  quarterOf: QuarterMonth,
  plan: Plan,
  impossible: (m: Mention) => void,
  problems: DeadlineProblem[],
): PartResult {
  const named = namedYears(mentions);
  const years = named.length > 0 ? named : plan.years;
  const others = mentions.filter((m) => !(m.level === 'year' && m.explicitYear));
  const due: string[] = [];
  for (const m of others.filter((o) => o.year !== undefined)) {
    const dates = mentionDue(m, m.year ?? NaN);
    if (!dates) impossible(m);
    else if (!m.rangeStart) due.push(...dates);
  }
  for (const m of others.filter((o) => o.year === undefined)) {
    const dates = years.map((y) => mentionDue(m, y));
    if (dates.every((d) => d === undefined)) impossible(m);
    else if (!m.rangeStart) for (const d of dates) if (d) due.push(...d);
  }
  for (const y of years) {
    for (const period of periods) {
      // A day or month named with "hằng năm" says when in the year; it replaces 31/12.
      if (period === 'year' && others.length > 0) continue;
      for (const month of periodMonths(period, quarterOf)) {
        const iso = isoOfDay(periodDay(y, month, dayOfPeriod));
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

/** Years the part names ("hàng quý năm 2024", "hàng năm giai đoạn 2022-2025") replace the plan's. */
function namedYears(mentions: readonly Mention[]): number[] {
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
  return [...new Set(named)].sort((a, b) => a - b);
}

/** A period's date in a month of year `y` (13 = January next year): its end, or day N. */
function periodDay(y: number, month: number, dayOfPeriod: DayOfPeriod | undefined): Ymd {
  const [yy, mm] = month > 12 ? [y + 1, month - 12] : [y, month];
  if (!dayOfPeriod) return { y: yy, m: mm, d: daysInMonth(yy, mm) };
  const day = { y: yy, m: mm, d: Math.min(Math.max(dayOfPeriod.day, 1), daysInMonth(yy, mm)) };
  return dayOfPeriod.before ? dayBefore(day) : day;
}
