import { dayBefore, daysInMonth, isRealDay, type Ymd } from '../../_lib/calendar';

/** What a mention spans within a year: one day, or whole months `from..to`. */
export type Span =
  | { readonly kind: 'day'; readonly day: number; readonly month: number }
  | { readonly kind: 'months'; readonly from: number; readonly to: number };

/** How fine a mention is: a year alone names a period in continuous/on-demand parts. */
export type Level = 'day' | 'month' | 'quarter' | 'half' | 'year-end' | 'year';

/**
 * The due day of a span in a year: its last day, or with "trước" the day before its first;
 * undefined when the day does not exist.
 * @example spanDue({ kind: 'months', from: 7, to: 9 }, 2024, false) // { y: 2024, m: 9, d: 30 }
 * @example spanDue({ kind: 'day', day: 1, month: 9 }, 2023, true) // { y: 2023, m: 8, d: 31 }
 */
export function spanDue(span: Span, y: number, before: boolean): Ymd | undefined {
  let first: Ymd;
  let last: Ymd;
  if (span.kind === 'day') {
    first = last = { y, m: span.month, d: span.day };
    if (!isRealDay(first)) return undefined;
  } else {
    if (!(span.from >= 1 && span.from <= span.to && span.to <= 12)) return undefined;
    first = { y, m: span.from, d: 1 };
    last = { y, m: span.to, d: daysInMonth(y, span.to) };
  }
  return before ? dayBefore(first) : last;
}
