import { readReportedValue } from '../indicator/value';
import type { IndicatorItem, TaskItem } from '../parse/model';
import type { UnitIndicatorReport, UnitTaskReport } from './types';

/**
 * Whether a unit filled in any report column of a task row.
 * @example hasTaskReport({ report: { status: 'Đang thực hiện' } }) // true
 */
export function hasTaskReport(item: Pick<TaskItem, 'report'>): boolean {
  return !!(
    item.report?.status ||
    item.report?.completionDate ||
    item.report?.actual ||
    item.report?.evidence
  );
}

/**
 * Whether a unit filled in a figure of an indicator row.
 * @example hasIndicatorReport({ actualText: '95' }) // true
 */
export function hasIndicatorReport(
  item: Pick<IndicatorItem, 'actualText' | 'numeratorText' | 'denominatorText'>,
): boolean {
  return !!(item.actualText || item.numeratorText || item.denominatorText);
}

/**
 * A unit's report on a task, as read from its row.
 * @example taskReport('Văn phòng Sở', 'vp.xlsx', 'PL1', item).statusText // 'Đã hoàn thành'
 */
export function taskReport(
  unit: string,
  file: string,
  sheet: string,
  item: TaskItem,
): UnitTaskReport {
  return {
    unit,
    file,
    sheet,
    row: item.row,
    statusText: item.report?.status ?? '',
    ...(item.statusWord ? { statusWord: item.statusWord } : {}),
    ...(item.completedOn ? { completedOn: item.completedOn } : {}),
    ...(item.report?.actual ? { result: item.report.actual } : {}),
    ...(item.report?.evidence ? { evidence: item.report.evidence } : {}),
    ...(item.note ? { note: item.note } : {}),
  };
}

/**
 * A unit's figures for an indicator, as read from its row.
 * @example indicatorReport('Thanh tra Sở', 'tt.xlsx', 'PL2', item).value // 95
 */
export function indicatorReport(
  unit: string,
  file: string,
  sheet: string,
  item: IndicatorItem,
): UnitIndicatorReport {
  const value = item.actual ?? (item.actualText ? numberOf(item.actualText) : null);
  return {
    unit,
    file,
    sheet,
    row: item.row,
    numerator: item.numerator ?? null,
    denominator: item.denominator ?? null,
    value,
  };
}

function numberOf(text: string): number | null {
  const v = readReportedValue({ value: text });
  return v.kind === 'number' ? v.value : null;
}
