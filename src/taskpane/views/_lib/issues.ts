import { byPlace } from '../../../core/issues/order';
import { formatIssue, issuePlace, type Locale } from '../../../core/issues/messages';
import type { Issue, Severity } from '../../../core/issues/types';
import type { AppendixTable } from '../../../core/parse/model';
import { foldVietnamese as fold } from '../../../core/text/fold';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** One appendix table as the Check view lists it. */
export interface TableRow {
  readonly sheet: string;
  readonly kind: AppendixTable['kind'];
  readonly headerRange: string;
  readonly items: number;
  readonly sections: number;
}

/**
 * The tables found, one row each, in the order the workbook holds them.
 * @example tableRows(scan.tables)[0] // { sheet: 'PL1 Nhiệm vụ', kind: 'tasks', headerRange: 'A7:G7', items: 14, sections: 3 }
 */
export function tableRows(tables: readonly AppendixTable[]): TableRow[] {
  return tables.map((t) => ({
    sheet: t.sheet,
    kind: t.kind,
    headerRange: t.headerRange,
    items: t.items.length,
    sections: t.sections.length,
  }));
}

/** What the user narrows the issue list to. */
export interface IssueFilter {
  readonly severities: ReadonlySet<Severity>;
  /** Only this sheet; null for every sheet. */
  readonly sheet: string | null;
  /** Only this file (Tổng hợp lists the issues of several); null or absent for every file. */
  readonly file?: string | null;
  /** Words the message or the place must contain (any case, with or without diacritics). */
  readonly text: string;
}

/** The sheets the issues are on, in the order of the tables, then the others by name. */
export function issueSheets(issues: readonly Issue[], tables: readonly AppendixTable[]): string[] {
  const order = tables.map((t) => t.sheet);
  const sheets = new Set(issues.map((i) => i.sheet).filter((s): s is string => !!s));
  const known = order.filter((s, i) => sheets.has(s) && order.indexOf(s) === i);
  const other = [...sheets].filter((s) => !order.includes(s)).sort();
  return [...known, ...other];
}

/**
 * The files the issues are in, the plan's (the first issue's file) first, then by name.
 * @example issueFiles(c.issues) // ['ke-hoach.xlsx', 'phong-qlkh.xlsx', 'thanh-tra.xlsx']
 */
export function issueFiles(issues: readonly Issue[]): string[] {
  const files = [...new Set(issues.map((i) => i.file).filter((f): f is string => !!f))];
  const first = issues.find((i) => i.file)?.file;
  return files.sort((a, b) => Number(b === first) - Number(a === first) || a.localeCompare(b));
}

/**
 * How many of the issues each file has ('' for issues of no file): the counts beside each file's
 * name where a list of several files' issues starts that file.
 * @example countByFile(groups.warning).get('thanh-tra.xlsx') // 13
 */
export function countByFile(issues: readonly Issue[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const i of issues) counts.set(i.file ?? '', (counts.get(i.file ?? '') ?? 0) + 1);
  return counts;
}

export type IssueGroups = Record<Severity, Issue[]>;

/**
 * The issues by severity, sorted by file (as {@link issueFiles} orders them) then place,
 * narrowed by the filter. The text is matched against
 * the message in the pane's language and the place.
 * @example groupIssues(scan.issues, scan.tables, { severities: new Set(['error']), sheet: null, text: '' }, 'vi').error.length // 4
 */
export function groupIssues(
  issues: readonly Issue[],
  tables: readonly AppendixTable[],
  filter: IssueFilter,
  locale: Locale,
): IssueGroups {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  const groups: IssueGroups = { error: [], warning: [], info: [] };
  for (const i of issues) {
    if (!filter.severities.has(i.severity)) continue;
    if (filter.sheet !== null && i.sheet !== filter.sheet) continue;
    if (filter.file != null && i.file !== filter.file) continue;
    if (words.length) {
      const hay = fold(`${formatIssue(i, locale)} ${issuePlace(i, locale)}`);
      if (!words.every((w) => hay.includes(w))) continue;
    }
    groups[i.severity].push(i);
  }
  const files = new Map(issueFiles(issues).map((f, n) => [f, n]));
  const rank = (i: Issue) => (i.file === undefined ? -1 : (files.get(i.file) ?? 0));
  const place = byPlace(tables);
  const sort = (a: Issue, b: Issue) => rank(a) - rank(b) || place(a, b);
  for (const s of SEVERITIES) groups[s].sort(sort);
  return groups;
}

/**
 * How many issues of each severity there are in all.
 * @example severityCounts(scan.issues) // { error: 4, warning: 17, info: 1 }
 */
export function severityCounts(issues: readonly Issue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity]++;
  return counts;
}
