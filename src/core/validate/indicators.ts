import { isRateUnit } from '../indicator/unit';
import { issue, type Issue } from '../issues/types';
import type { ReadIndicator } from '../read/indicator';
import { cellOf, type CheckContext } from './context';

/**
 * Judges an indicator as read: a missing name or target, a target that does not read, a result
 * that is not a number, a rate outside 0–100.
 * @example checkIndicator(ctx, readIndicator(row, units, ctx, true), true).map((i) => i.code) // ['target-unparsed']
 */
export function checkIndicator(
  ctx: CheckContext,
  read: ReadIndicator,
  hasTargetColumn: boolean,
): Issue[] {
  const { item, reported, exactActual } = read;
  const issues: Issue[] = [];
  const at = (cell: string | undefined) => cellOf(ctx, cell, item.row);
  if (!item.name)
    issues.push(
      issue({ code: 'missing-value', field: 'indicatorName', ...at(item.cells.indicatorName) }),
    );
  const rate = isRateUnit(item.unit);
  if (hasTargetColumn) {
    const where = at(item.cells.target);
    const { target } = item;
    if (!item.targetText) issues.push(issue({ code: 'missing-value', field: 'target', ...where }));
    else {
      if (!target) issues.push(issue({ code: 'target-unparsed', text: item.targetText, ...where }));
      const limit = target ? (target.op === 'range' ? target.max : target.value) : null;
      if (rate && limit !== null && (limit > 100 || limit < 0))
        issues.push(issue({ code: 'unit-mismatch', value: limit, unit: item.unit, ...where }));
    }
  }
  if (reported.kind === 'text') {
    const where = at(item.cells.actual);
    issues.push(issue({ code: 'actual-not-number', text: reported.text, ...where }));
  }
  if (exactActual !== null && rate && (exactActual > 100 || exactActual < 0)) {
    const where = at(item.cells.actual ?? item.cells.numerator);
    issues.push(issue({ code: 'unit-mismatch', value: exactActual, unit: item.unit, ...where }));
  }
  return issues;
}
