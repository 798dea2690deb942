/**
 * Every way PhuLuc's reader and exceljs (the reader it replaced) read the same workbook
 * differently where exceljs was wrong, each with its reason. One table for the two tests that
 * compare them: the corpus test (test/corpus.test.ts) and the differential test
 * (../read.differential.test.ts).
 */
import type { Cell } from '../../../core/grid/types';
import { formatKind, serialToIso } from '../reader/dates';

/** What the sheet-level differences look at. */
export interface SheetEntry {
  readonly name: string;
  readonly hidden: boolean;
}

const isDate = (v: unknown): v is { kind: 'date'; iso: string } =>
  typeof v === 'object' && v !== null && (v as { kind?: string }).kind === 'date';
const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
/** A format showing hours, minutes, seconds or AM/PM and no day, month or year. */
const timeOnly = (format: string | undefined) => {
  const plain = (format ?? '').replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  const rest = plain.replace(/AM\/PM|A\/P/gi, '');
  return (rest !== plain || /[hs]/i.test(rest)) && !/[dy]/i.test(rest);
};

export interface Difference {
  readonly why: string;
  /** A cell's value differs (`now` is the new reader's cell, `old` exceljs's; either may be absent). */
  readonly value?: (now: Cell | undefined, old: Cell | undefined) => boolean;
  /** The values agree and the format codes differ. */
  readonly format?: (now: string | undefined, old: string | undefined) => boolean;
  /** The sheets differ (their list, or a sheet's visibility). */
  readonly sheets?: (now: readonly SheetEntry[], old: readonly SheetEntry[]) => boolean;
}

/** Every way the grids of the two readers differ on the corpus, and why the new reader is right. */
export const DIFFERENCES = {
  'formula-result-falsy': {
    why: 'a formula whose cached result is 0, FALSE or "" (<v>0</v>, t="b" <v>0</v>, t="str" <v></v>): exceljs drops falsy results, so a unit that reported 0 looked as if it had not reported',
    value: (now, old) => old === undefined && [0, false, ''].includes(now?.value as never),
  },
  'x-escapes': {
    why: "Excel's _xHHHH_ escapes (_x000D_ for a carriage return) in shared strings: exceljs leaves them in the text",
    value: (now, old) =>
      typeof old?.value === 'string' &&
      old.value.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) =>
        String.fromCharCode(parseInt(h, 16)),
      ) === now?.value,
  },
  'before-1900-03-01': {
    why: "a date before 1 March 1900: exceljs does not count Excel's fictitious 29/02/1900 and puts it one day early (Excel's own TEXT() results in 1904/1900.xlsx show the new reader's day)",
    value: (now, old) =>
      isDate(now?.value) &&
      isDate(old?.value) &&
      now.value.iso < '1900-03-01' &&
      days(now.value.iso) - days(old.value.iso) === 1,
  },
  'time-format': {
    why: 'a number under a time-only format (h:mm, [h]:mm:ss, h:mm AM/PM): a time or a duration, not a day; exceljs turns it into a date (30/12/1899 and the like)',
    value: (now, old) =>
      typeof now?.value === 'number' &&
      now.value >= 0 &&
      isDate(old?.value) &&
      timeOnly(now.format),
  },
  'no-such-day': {
    why: 'a serial no day shows under a date format (0, negative, 60 = the 29/02/1900 Excel invents, past 9999): Excel shows ##### or 0/1/1900, so the number stays a number (the checks report it); exceljs invents a day or drops the cell',
    value: (now, old) =>
      typeof now?.value === 'number' &&
      (old === undefined || isDate(old.value)) &&
      (now.value < 1 ||
        (formatKind(now.format) === 'date' && serialToIso(now.value, false) === null)),
  },
  'date-format-in-capitals': {
    why: 'a date format written in capitals (YY, DDDD: LibreOffice): format codes are case-insensitive, Excel shows a date; exceljs sees a plain number',
    value: (now, old) =>
      isDate(now?.value) &&
      typeof old?.value === 'number' &&
      now.format === old.format &&
      /[DY]/.test(now.format ?? '') &&
      !/[dy]/.test(now.format ?? ''),
  },
  'iso-date-cell': {
    why: 'a date cell of type t="d" holding an ISO date (2014-02-14T08:27:48Z): exceljs takes its text for a serial number',
    value: (now, old) =>
      isDate(now?.value) &&
      isDate(old?.value) &&
      Math.abs(days(now.value.iso) - days(old.value.iso)) > 1,
  },
  'inline-string-formula': {
    why: 'a formula whose result is an inline string (t="inlineStr" with <f> and <is>): exceljs drops the result',
    value: (now, old) => old === undefined && typeof now?.value === 'string' && now.value !== '',
  },
  'hyperlink-on-empty-cell': {
    why: 'a hyperlink on a cell with no value: Excel shows nothing; exceljs gives the empty text',
    value: (now, old) => now === undefined && old?.value === '',
  },
  'format-escapes': {
    why: 'a number format with backslash escapes (#,##0\\ "р.", \\(#,##0\\)): exceljs removes the backslashes, the new reader keeps the code as styles.xml has it',
    format: (now, old) => now !== undefined && old === now.replace(/\\(.)/g, '$1'),
  },
  'general-in-capitals': {
    why: 'a custom number format "GENERAL" (LibreOffice): it is General, so no format; exceljs keeps the code',
    format: (now, old) => now === undefined && /^general$/i.test(old ?? ''),
  },
  'workbook-outside-xl': {
    why: 'a workbook stored in wtf/ instead of xl/, named by _rels/.rels: exceljs looks only in xl/ and finds no sheet',
    sheets: (now, old) => old.length === 0 && now.length > 0,
  },
  'sheet-state-show': {
    why: 'a sheet with state="show" (no such state; visible, hidden and veryHidden are): the new reader shows it, exceljs hides it',
    sheets: (now, old) =>
      now.length === old.length &&
      now.every((s, i) => s.name === old[i]!.name && (s.hidden === old[i]!.hidden || !s.hidden)),
  },
} satisfies Record<string, Difference>;
export type DifferenceId = keyof typeof DIFFERENCES;

/**
 * The difference that explains why two readings of a cell disagree, or undefined.
 * @example explainCell({ value: 0 }, undefined) // 'formula-result-falsy'
 */
export function explainCell(
  now: Cell | undefined,
  old: Cell | undefined,
): DifferenceId | undefined {
  const sameValue = JSON.stringify(now?.value) === JSON.stringify(old?.value);
  const entries = Object.entries(DIFFERENCES) as [DifferenceId, Difference][];
  const hit = entries.find(([, d]) =>
    sameValue ? d.format?.(now?.format, old?.format) : d.value?.(now, old),
  );
  return hit?.[0];
}

/**
 * The difference that explains why two readings list a workbook's sheets differently, or undefined.
 * @example explainSheets([{ name: 'A', hidden: false }], []) // 'workbook-outside-xl'
 */
export function explainSheets(
  now: readonly SheetEntry[],
  old: readonly SheetEntry[],
): DifferenceId | undefined {
  const entries = Object.entries(DIFFERENCES) as [DifferenceId, Difference][];
  return entries.find(([, d]) => d.sheets?.(now, old))?.[0];
}
