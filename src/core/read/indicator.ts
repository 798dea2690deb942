import { judgeIndicator } from '../indicator/achievement';
import { toA1 } from '../grid/a1';
import { parseTarget, type Target } from '../indicator/target';
import { isRateUnit } from '../indicator/unit';
import { readReportedValue, type ReportedValue } from '../indicator/value';
import type { IndicatorItem, ParsedRow } from '../parse/model';
import { cellAt, type ReadContext } from './context';

/** An indicator as read (second stage), with what its checks need of the reading. */
export interface ReadIndicator {
  readonly item: IndicatorItem;
  /** The result cell as reported (a number, a text, nothing). */
  readonly reported: ReportedValue;
  /** The result before rounding (computed from tử số/mẫu số when only they are given). */
  readonly exactActual: number | null;
}

/**
 * Reads a parsed indicator row's values: its target, the result its unit reported (or tử số ÷
 * mẫu số), and whether the target is achieved.
 * @example readIndicator(row, units, ctx, true).item.achieved // true
 */
export function readIndicator(
  row: ParsedRow,
  units: { readonly lead: readonly string[]; readonly support: readonly string[] },
  ctx: ReadContext,
  hasTargetColumn: boolean,
): ReadIndicator {
  const text = (role: keyof ParsedRow['texts']): string | undefined => row.texts[role] || undefined;
  const optional = (role: keyof ParsedRow['texts'], key: string): Record<string, string> => {
    const t = text(role);
    return t ? { [key]: t } : {};
  };
  const unit = text('measureUnit') ?? '';
  const byYear = targetsByYear(row, ctx);
  const headingYear = byYear ? undefined : sectionYearOf(row, ctx);
  const first = byYear?.find((t) => t.text);
  const targetCell = first ? first.cell : row.cells.target;
  const targetText = first ? first.text : (text('target') ?? '');
  const target =
    hasTargetColumn && targetText
      ? (parseTarget(cellAt(ctx, targetCell) ?? { value: targetText }) ?? null)
      : null;
  const numerator = numberIn(ctx, row.cells.numerator);
  const denominator = numberIn(ctx, row.cells.denominator);
  const reported = readReportedValue(cellAt(ctx, row.cells.actual), { count: !isRateUnit(unit) });
  let exactActual = reported.kind === 'number' ? reported.value : null;
  if (reported.kind === 'empty' && numerator !== null && denominator !== null && denominator > 0)
    exactActual = (numerator / denominator) * 100;
  const actual = exactActual === null ? null : Math.round(exactActual * 100) / 100;
  const { achieved, ratio } = judgeIndicator(target ?? undefined, actual);
  const group = row.group ? { group: row.group } : {};
  // Keys in the order of the published JSON (a group from above the header has always come last).
  const item: IndicatorItem = {
    key: row.key,
    stt: row.stt,
    sectionPath: row.sectionPath,
    ...optional('rowKey', 'rowKey'),
    ...(row.groupAbove ? {} : group),
    row: row.row,
    name: text('indicatorName') ?? text('content') ?? '',
    unit,
    targetText,
    ...(byYear
      ? { targets: byYear.map((t) => ({ year: t.year, text: t.text, target: t.target })) }
      : {}),
    ...(headingYear !== undefined && targetText
      ? { targets: [{ year: headingYear, text: targetText, target }] }
      : {}),
    ...optional('actual', 'actualText'),
    ...optional('numerator', 'numeratorText'),
    ...optional('denominator', 'denominatorText'),
    lead: units.lead,
    support: units.support,
    cells: targetCell === row.cells.target ? row.cells : { ...row.cells, target: targetCell },
    ...(row.groupAbove ? group : {}),
    target,
    actual,
    numerator,
    denominator,
    achieved,
    ratio,
  };
  return { item, reported, exactActual };
}

/** The row's target under each year column, when the table has two or more of them. */
function targetsByYear(
  row: ParsedRow,
  ctx: ReadContext,
): { year: number; text: string; target: Target | null; cell: string }[] | undefined {
  const columns = ctx.yearTargets;
  if (!columns || columns.length < 2) return undefined;
  return columns.map(({ col, year }) => {
    const cell = ctx.view.at(row.row - 1, col);
    const address = toA1(cell.row, cell.col);
    const raw = cellAt(ctx, address);
    const target = cell.text && raw ? (parseTarget(raw) ?? null) : null;
    return { year, text: cell.text, target, cell: address };
  });
}

/**
 * The year the innermost section heading above the row sets targets for ("I. Đến năm 2030"), when
 * the table has no year columns of its own.
 */
function sectionYearOf(row: ParsedRow, ctx: ReadContext): number | undefined {
  if (!ctx.sectionYears) return undefined;
  for (let depth = row.sectionPath.length; depth > 0; depth--) {
    const year = ctx.sectionYears.get(row.sectionPath.slice(0, depth).join('/'));
    if (year !== undefined) return year;
  }
  return undefined;
}

function numberIn(ctx: ReadContext, address: string | undefined): number | null {
  const v = readReportedValue(cellAt(ctx, address), { count: true });
  return v.kind === 'number' ? v.value : null;
}
