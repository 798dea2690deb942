import { readWrittenDate } from '../_lib/dates';
import { parseDeadline, type ParsedDeadline } from '../deadline/parse';
import { rolesWhere } from '../detect/roles';
import { isGridDate } from '../grid/types';
import type { Deadline, ParsedRow, TaskItem } from '../parse/model';
import { readStatusWord } from '../reported/status-word';
import { cellAt, type ReadContext } from './context';

/** A task as read (second stage), with what its checks need of the reading. */
export interface ReadTask {
  readonly item: TaskItem;
  /** The deadline with the parts that did not read; undefined without a deadline column. */
  readonly deadline: ParsedDeadline | undefined;
}

type Report = { -readonly [K in keyof NonNullable<TaskItem['report']>]: string };

const REPORT_ROLES = rolesWhere(
  (d) => d.part === 'report' && d.kinds.includes('tasks'),
) as readonly (keyof Report)[];
const NO_DEADLINE: Deadline = { kind: 'missing', due: [] };

/**
 * Reads a parsed task row's values: its deadline, the status word and completion date its unit
 * reported, its units as given.
 * @example readTask(row, { lead: ['Văn phòng Sở'], support: [] }, ctx, true).item.deadline // { kind: 'date', due: ['2025-03-31'] }
 */
export function readTask(
  row: ParsedRow,
  units: { readonly lead: readonly string[]; readonly support: readonly string[] },
  ctx: ReadContext,
  hasDeadlineColumn: boolean,
): ReadTask {
  const text = (role: keyof ParsedRow['texts']): string | undefined => row.texts[role] || undefined;
  const deadlineText = text('deadline') ?? '';
  const content = text('content') ?? text('activity') ?? text('objective') ?? '';
  let report: Report | undefined;
  for (const role of REPORT_ROLES) {
    const t = text(role);
    if (t) (report ??= {})[role] = t;
  }
  const activity = text('activity');
  const deadline = hasDeadlineColumn ? readDeadline(row, deadlineText, ctx) : undefined;
  // One shape for every task (absent fields are undefined, which JSON leaves out), keys in the
  // order of the published JSON.
  const item: { -readonly [K in keyof TaskItem]: TaskItem[K] } = {
    key: row.key,
    stt: row.stt,
    sectionPath: row.sectionPath,
    row: row.row,
    rowKey: text('rowKey'),
    content,
    objective: text('objective'),
    activity: activity === content ? undefined : activity,
    deliverable: text('deliverable'),
    lead: units.lead,
    support: units.support,
    deadlineText,
    deadline: deadline ? { kind: deadline.kind, due: deadline.due } : NO_DEADLINE,
    budget: text('budget'),
    note: text('note'),
    report,
    cells: row.cells,
  };
  const statusWord = report?.status ? readStatusWord(report.status) : undefined;
  if (statusWord) item.statusWord = statusWord;
  const completedOn = report?.completionDate
    ? readCompletionDate(row, report.completionDate, ctx)
    : undefined;
  if (completedOn) item.completedOn = completedOn;
  return { item, deadline };
}

function readDeadline(row: ParsedRow, text: string, ctx: ReadContext): ParsedDeadline {
  // A date typed as a date reads as that date, whatever the cell's format shows.
  const raw = cellAt(ctx, row.cells.deadline);
  return parseDeadline(raw && isGridDate(raw.value) ? raw.value : text, ctx.years);
}

function readCompletionDate(row: ParsedRow, text: string, ctx: ReadContext): string | undefined {
  const cell = cellAt(ctx, row.cells.completionDate);
  return cell && isGridDate(cell.value) ? cell.value.iso : readWrittenDate(text);
}
