import { isoOfDay } from './calendar';

/**
 * An ISO date from day, month and year, or undefined when no such day exists (31/6, 29/2/2023).
 * @example isoFromParts(5, 9, 2024) // '2024-09-05'
 */
export function isoFromParts(day: number, month: number, year: number): string | undefined {
  if (year < 1900 || year > 2200) return undefined;
  return isoOfDay({ y: year, m: month, d: day });
}

/**
 * Reads a written date "dd/mm/yyyy" (also with "-" or "."); day first, never month first.
 * @example readWrittenDate('5/9/2024') // '2024-09-05'
 * @example readWrittenDate('31/6/2024') // undefined
 */
export function readWrittenDate(text: string): string | undefined {
  const m = /^\s*(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/i.exec(text);
  return m ? isoFromParts(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}
