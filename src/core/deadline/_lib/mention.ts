import { isoOfDay } from '../../_lib/calendar';
import { DATE_MATCHERS } from '../matchers';
import { blankOut, type Folded } from './fold';
import { spanDue, type Level, type Span } from './span';

/** Years accepted in a written date; others make the date impossible. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/** A date named inside a part: where, how fine, which year. */
export interface Mention {
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

/**
 * The ISO due dates of a mention in year `y`; undefined when the date is impossible.
 * @example mentionDue(quyIII, 2024) // ['2024-09-30']
 */
export function mentionDue(mention: Mention, y: number): string[] | undefined {
  if (mention.explicitYear && (y < MIN_YEAR || y > MAX_YEAR)) return undefined;
  const out: string[] = [];
  for (const span of mention.spans) {
    const day = spanDue(span, y, mention.before);
    const iso = day && isoOfDay(day);
    if (!iso) return undefined;
    out.push(iso);
  }
  return out;
}

/** Between two mentions: they form a range and only the second is due. */
const RANGE_JOIN = /^(?:-|~|den|toi)(?: (?:het |hết )?(?:ngay|thang|nam|quy))?$/;
const BEFORE = /(?<![\p{L}\d])truoc (?:ngay )?$/u;

/**
 * Every date named in a part, in order, each with its year (a mention without one takes the
 * next mention's, else the last before's), ranges and "trước" marked; the work text comes back
 * with the mentions blanked out.
 * @example findMentions(foldWithMap('15/3 và 15/6/2024'), '15/3 va 15/6/2024').mentions.map((m) => m.year) // [2024, 2024]
 */
export function findMentions(folded: Folded, work: string): { mentions: Mention[]; work: string } {
  const mentions: Mention[] = [];
  for (const { re, read } of DATE_MATCHERS) {
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
      work = blankOut(work, start, end);
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  markRanges(folded, mentions);
  markListedBefore(folded, mentions);
  lendYears(mentions);
  return { mentions, work };
}

function markRanges(folded: Folded, mentions: Mention[]): void {
  mentions.forEach((mention, i) => {
    const next = mentions[i + 1];
    if (next && RANGE_JOIN.test(folded.text.slice(mention.end, next.start).trim())) {
      mention.rangeStart = true;
    }
  });
}

/** Between two dates of one list: "… và …", "…, …". */
const LIST_JOIN = /^(?:va|,|;)(?: ngay)?$/;

/**
 * "Trước ngày 20/6 và 20/12": "trước" governs every date of its list, not only the first.
 */
function markListedBefore(folded: Folded, mentions: Mention[]): void {
  mentions.forEach((mention, i) => {
    const prev = mentions[i - 1];
    if (!prev?.before || mention.before || prev.level !== mention.level) return;
    if (LIST_JOIN.test(folded.text.slice(prev.end, mention.start).trim())) mention.before = true;
  });
}

/** A mention without a year takes the year of the next mention that has one, else the last before. */
function lendYears(mentions: Mention[]): void {
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
}
