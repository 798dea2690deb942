import { z } from 'zod';
import type { Consolidation } from '../consolidate/types';
import { TASK_STATUSES } from '../consolidate/types';
import { deadlineSchema, isoDateSchema, issueSchema, issueToJson, targetSchema } from './scan';

/** The public JSON of `phuluc consolidate --json` (CLI.md). */
export const consolidateJsonSchema = z.object({
  asOf: isoDateSchema,
  period: z.object({
    kind: z.enum(['month', 'quarter', 'half', 'nine-months', 'year']),
    label: z.string(),
    from: isoDateSchema,
    to: isoDateSchema,
  }),
  output: z.string().nullable(),
  plan: z.object({ file: z.string(), title: z.string().nullable(), agency: z.string().nullable() }),
  units: z.array(
    z.object({
      name: z.string(),
      submitted: z.boolean(),
      file: z.string().nullable(),
      files: z.array(z.string()),
      tasksLed: z.number().int(),
      done: z.number().int(),
      overdue: z.number().int(),
      issues: z.number().int(),
    }),
  ),
  tasks: z.array(
    z.object({
      key: z.string(),
      sheet: z.string(),
      sectionPath: z.array(z.string()),
      content: z.string(),
      lead: z.array(z.string()),
      support: z.array(z.string()),
      deadlineText: z.string(),
      deadline: deadlineSchema,
      judgedDue: isoDateSchema.nullable(),
      status: z.enum(TASK_STATUSES as [string, ...string[]]),
      conflict: z.boolean(),
      reports: z.array(
        z.object({
          unit: z.string(),
          file: z.string(),
          statusText: z.string(),
          completedOn: isoDateSchema.nullable(),
          result: z.string().nullable(),
          evidence: z.string().nullable(),
        }),
      ),
    }),
  ),
  indicators: z.array(
    z.object({
      key: z.string(),
      sheet: z.string(),
      group: z.string().nullable(),
      name: z.string(),
      unit: z.string(),
      targetText: z.string(),
      target: targetSchema.nullable(),
      actual: z.number().nullable(),
      method: z.enum(['weighted', 'mean', 'single', 'none', 'sum']),
      achieved: z.boolean().nullable(),
      ratio: z.number().nullable(),
      reports: z.array(
        z.object({
          unit: z.string(),
          file: z.string(),
          numerator: z.number().nullable(),
          denominator: z.number().nullable(),
          value: z.number().nullable(),
        }),
      ),
    }),
  ),
  conflicts: z.array(
    z.object({
      kind: z.enum(['task', 'indicator']),
      key: z.string(),
      content: z.string(),
      reports: z.array(z.object({ unit: z.string(), file: z.string(), statusText: z.string() })),
    }),
  ),
  unmatched: z.array(
    z.object({
      file: z.string(),
      sheet: z.string(),
      row: z.number().int(),
      unit: z.string(),
      stt: z.string(),
      content: z.string(),
      reason: z.enum(['no-match', 'ambiguous', 'unknown-unit']),
    }),
  ),
  issues: z.array(issueSchema),
});

export type ConsolidateJson = z.infer<typeof consolidateJsonSchema>;

/**
 * The consolidation as the public JSON of CLI.md (`actual` rounded to 2 decimals).
 * @example consolidateJsonSchema.parse(toConsolidateJson(c, 'plan-tong-hop.xlsx'))
 */
export function toConsolidateJson(c: Consolidation, output: string | null): ConsolidateJson {
  return {
    asOf: c.asOf,
    period: { kind: c.period.kind, label: c.period.label, from: c.period.from, to: c.period.to },
    output,
    plan: { file: c.plan.file, title: c.plan.title, agency: c.plan.agency },
    units: c.units.map((u) => ({ ...u, file: u.files[0] ?? null, files: [...u.files] })),
    tasks: c.tasks.map((t) => ({
      key: t.key,
      sheet: t.sheet,
      sectionPath: [...t.sectionPath],
      content: t.content,
      lead: [...t.lead],
      support: [...t.support],
      deadlineText: t.deadlineText,
      deadline: { kind: t.deadline.kind, due: [...t.deadline.due] },
      judgedDue: t.judgedDue,
      status: t.status,
      conflict: t.conflict,
      reports: t.reports.map((r) => ({
        unit: r.unit,
        file: r.file,
        statusText: r.statusText,
        completedOn: r.completedOn ?? null,
        result: r.result ?? null,
        evidence: r.evidence ?? null,
      })),
    })),
    indicators: c.indicators.map((i) => ({
      key: i.key,
      sheet: i.sheet,
      group: i.group ?? null,
      name: i.name,
      unit: i.unit,
      targetText: i.targetText,
      target: i.target,
      actual: i.actual === null ? null : Math.round(i.actual * 100) / 100,
      method: i.method,
      achieved: i.achieved,
      ratio: i.ratio,
      reports: i.reports.map((r) => ({
        unit: r.unit,
        file: r.file,
        numerator: r.numerator,
        denominator: r.denominator,
        value: r.value,
      })),
    })),
    conflicts: c.conflicts.map((x) => ({ ...x, reports: x.reports.map((r) => ({ ...r })) })),
    unmatched: c.unmatched.map((u) => ({ ...u })),
    issues: c.issues.map(issueToJson),
  };
}
