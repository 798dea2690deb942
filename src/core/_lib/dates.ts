/**
 * An ISO date from day, month and year, or undefined when no such day exists (31/6, 29/2/2023).
 * @example isoFromParts(5, 9, 2024) // '2024-09-05'
 */
export function isoFromParts(day: number, month: number, year: number): string | undefined {
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year))
    return undefined;
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return undefined;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
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
