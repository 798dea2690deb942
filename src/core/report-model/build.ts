/**
 * Builds the four report sheets of DOMAIN.md §5 from a consolidation, ready to print on A4 in
 * the style of Nghị định 30/2020/NĐ-CP. The result is data (`ReportBook`); writers put it into
 * a workbook. Each sheet has its own file; this one puts them together.
 */
import type { Consolidation } from '../consolidate/types';
import { reportContext, type ReportOptions } from './_lib/context';
export type { ReportOptions } from './_lib/context';
import { indicatorsSheet } from './indicators-sheet';
import { issuesSheet } from './issues-sheet';
import { tasksSheet } from './tasks-sheet';
import { trackerSheet } from './tracker-sheet';
import type { ReportBook } from './types';

export { REPORT_SHEET_NAMES } from './labels';
export { summarizeTasks } from './tasks-sheet';

/**
 * The report workbook of a consolidation: "Tổng hợp nhiệm vụ", "Tổng hợp chỉ tiêu", "Tình hình
 * báo cáo" and "Kết quả kiểm tra".
 * @example buildReport(consolidation).sheets.map((s) => s.name) // ['Tổng hợp nhiệm vụ', 'Tổng hợp chỉ tiêu', 'Tình hình báo cáo', 'Kết quả kiểm tra']
 */
export function buildReport(c: Consolidation, options: ReportOptions = {}): ReportBook {
  const ctx = reportContext(c, options);
  return {
    asOf: c.asOf,
    // The report is the tasks sheet; the indicators and the tracker are its appendices I and II;
    // the check log is an internal sheet.
    sheets: [tasksSheet(ctx), indicatorsSheet(ctx, 1), trackerSheet(ctx, 2), issuesSheet(ctx)],
  };
}
