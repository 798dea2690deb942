import { z } from 'zod';
import { columnLetters } from '../grid/a1';
import { formatIssue } from '../issues/messages';
import type { Issue } from '../issues/types';
import type { ScanResult } from '../scan';
import { taskDue } from '../deadline/due-state';
import { COLUMN_ROLES } from '../detect/roles';

/** The public JSON of `phuluc scan --json` (CLI.md). Types flow from these schemas. */

export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const a1Schema = z.string().regex(/^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/);

export const deadlineSchema = z.object({
  kind: z.enum(['date', 'recurring', 'continuous', 'on-demand', 'missing', 'unparsed']),
  due: z.array(isoDateSchema),
});

export const targetSchema = z.union([
  z.object({ op: z.enum(['>=', '>', '<=', '<']), value: z.number() }),
  z.object({ op: z.literal('range'), min: z.number(), max: z.number() }),
]);

export const issueSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  file: z.string().optional(),
  sheet: z.string().optional(),
  cell: a1Schema.optional(),
  message: z.string(),
  messageEn: z.string(),
});

export const dueStateSchema = z.object({
  status: z.enum(['done', 'overdue', 'due-soon', 'not-yet-due', 'no-date']),
  date: isoDateSchema.nullable(),
  days: z.number().int().nullable(),
});

export const taskItemSchema = z.object({
  key: z.string().min(1),
  stt: z.string(),
  sectionPath: z.array(z.string()),
  content: z.string(),
  objective: z.string().optional(),
  activity: z.string().optional(),
  deliverable: z.string().optional(),
  row: z.number().int().positive(),
  lead: z.array(z.string()),
  support: z.array(z.string()),
  deadlineText: z.string(),
  deadline: deadlineSchema,
  /** Where the task stands at the as-of date (deadline/due-state.ts `taskDue`). */
  due: dueStateSchema,
  budget: z.string().optional(),
  note: z.string().optional(),
  report: z.record(z.string(), z.string()).optional(),
});

export const indicatorItemSchema = z.object({
  key: z.string().min(1),
  stt: z.string(),
  sectionPath: z.array(z.string()),
  group: z.string().optional(),
  name: z.string(),
  unit: z.string(),
  row: z.number().int().positive(),
  lead: z.array(z.string()),
  support: z.array(z.string()),
  targetText: z.string(),
  targets: z
    .array(z.object({ year: z.number().int(), text: z.string(), target: targetSchema.nullable() }))
    .optional(),
  target: targetSchema.nullable(),
  actual: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  achieved: z.boolean().nullable(),
  ratio: z.number().nullable(),
});

const tableBase = {
  sheet: z.string(),
  headerRange: a1Schema,
  columns: z.array(
    z.object({ column: z.string(), role: z.enum(COLUMN_ROLES).nullable(), label: z.string() }),
  ),
  sections: z.array(
    z.object({
      label: z.string(),
      title: z.string(),
      row: z.number().int(),
      path: z.array(z.string()),
    }),
  ),
  groups: z.array(
    z.object({ stt: z.string(), row: z.number().int().positive(), content: z.string() }),
  ),
};

export const scanTableSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tasks'), ...tableBase, items: z.array(taskItemSchema) }),
  z.object({ kind: z.literal('indicators'), ...tableBase, items: z.array(indicatorItemSchema) }),
]);

export const scanJsonSchema = z.object({
  file: z.string(),
  asOf: isoDateSchema,
  dueSoonDays: z.number().int().nonnegative(),
  planYear: z.number().int().nullable(),
  planYears: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
  units: z.array(z.object({ name: z.string(), aliases: z.array(z.string()) })),
  rosterSource: z.enum(['sheet', 'settings', 'plan']),
  tables: z.array(scanTableSchema),
  issues: z.array(issueSchema),
});

export type ScanJson = z.infer<typeof scanJsonSchema>;
export type IssueJson = z.infer<typeof issueSchema>;

/**
 * An issue as the CLI prints it: its data plus its message in Vietnamese and English.
 * @example issueToJson(issue({ code: 'blank-row', sheet: 'PL1', cell: 'A12' })).message // 'Dòng trống trong bảng.'
 */
export function issueToJson(issue: Issue): IssueJson & Record<string, unknown> {
  return { ...issue, message: formatIssue(issue, 'vi'), messageEn: formatIssue(issue, 'en') };
}

/**
 * The scan result as the public JSON of CLI.md.
 * @example scanJsonSchema.parse(toScanJson(scanBook(book, { asOf: '2025-10-20' }))) // validates
 */
export function toScanJson(result: ScanResult, dueSoonDays = 7): ScanJson {
  return {
    file: result.file,
    asOf: result.asOf,
    dueSoonDays,
    planYear: result.planYear,
    planYears: result.planYears,
    units: result.roster.units.map((u) => ({ name: u.name, aliases: [...u.aliases] })),
    rosterSource: result.roster.source,
    tables: result.tables.map((t) => {
      const base = {
        sheet: t.sheet,
        headerRange: t.headerRange,
        columns: t.header.columns.map((c) => ({
          column: columnLetters(c.col),
          role: c.role ?? null,
          label: c.label,
        })),
        sections: t.sections.map((s) => ({ ...s, path: [...s.path] })),
        groups: t.groups.map((g) => ({ stt: g.stt, row: g.row, content: g.content })),
      };
      if (t.kind === 'tasks') {
        return {
          kind: 'tasks' as const,
          ...base,
          items: t.items.map(({ cells: _cells, ...item }) => ({
            ...item,
            sectionPath: [...item.sectionPath],
            lead: [...item.lead],
            support: [...item.support],
            deadline: { kind: item.deadline.kind, due: [...item.deadline.due] },
            due: taskDue(item, result.asOf, dueSoonDays),
            ...(item.report ? { report: { ...item.report } } : {}),
          })),
        };
      }
      return {
        kind: 'indicators' as const,
        ...base,
        items: t.items.map(
          ({
            cells: _cells,
            actualText: _a,
            numeratorText: _n,
            denominatorText: _d,
            targets,
            ...item
          }) => ({
            ...item,
            sectionPath: [...item.sectionPath],
            lead: [...item.lead],
            support: [...item.support],
            ...(targets ? { targets: targets.map((t) => ({ ...t })) } : {}),
          }),
        ),
      };
    }),
    issues: result.issues.map(issueToJson),
  };
}
