/**
 * Vietnamese words of the report sheets (DOMAIN.md §5): status labels, how a rate was
 * consolidated, the verdict on an indicator, issue severities. One place, so the task pane and
 * the printed report say the same thing.
 */
import type { ConsolidatedIndicator, TaskStatus } from '../consolidate/types';
import type { Severity } from '../issues/types';

/**
 * Names of the report sheets, in order.
 * @example REPORT_SHEET_NAMES.tracker // 'Tình hình báo cáo'
 */
export const REPORT_SHEET_NAMES = {
  tasks: 'Tổng hợp nhiệm vụ',
  indicators: 'Tổng hợp chỉ tiêu',
  tracker: 'Tình hình báo cáo',
  issues: 'Kết quả kiểm tra',
} as const;

/** @example STATUS_LABEL_VI['completed-late'] // 'Hoàn thành quá hạn' */
export const STATUS_LABEL_VI: Readonly<Record<TaskStatus, string>> = {
  'completed-on-time': 'Hoàn thành đúng hạn',
  'completed-late': 'Hoàn thành quá hạn',
  'in-progress': 'Đang thực hiện',
  overdue: 'Quá hạn',
  'not-started': 'Chưa thực hiện',
  'not-applicable': 'Không phát sinh',
  'not-reported': 'Chưa báo cáo',
};

/** @example METHOD_LABEL_VI.single // 'Một đơn vị' */
export const METHOD_LABEL_VI: Readonly<Record<ConsolidatedIndicator['method'], string>> = {
  weighted: 'Bình quân gia quyền (Σ tử số ÷ Σ mẫu số)',
  mean: 'Trung bình cộng tỷ lệ các đơn vị (không có mẫu số)',
  single: 'Một đơn vị',
  sum: 'Tổng cộng số liệu các đơn vị',
  none: '—',
};

/** @example SEVERITY_LABEL_VI.warning // 'Cảnh báo' */
export const SEVERITY_LABEL_VI: Readonly<Record<Severity, string>> = {
  error: 'Lỗi',
  warning: 'Cảnh báo',
  info: 'Thông tin',
};

/** @example SEVERITY_LABEL_EN.warning // 'Warning' */
export const SEVERITY_LABEL_EN: Readonly<Record<Severity, string>> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Information',
};

/**
 * The verdict on an indicator: "Đạt", "Không đạt", "Chưa có số liệu" (no actual), or
 * "Không đánh giá được" when there is an actual but the target could not be read.
 * @example verdictVi({ actual: 92, achieved: true }) // 'Đạt'
 * @example verdictVi({ actual: null, achieved: null }) // 'Chưa có số liệu'
 */
export function verdictVi(i: Pick<ConsolidatedIndicator, 'actual' | 'achieved'>): string {
  if (i.actual === null) return 'Chưa có số liệu';
  if (i.achieved === null) return 'Không đánh giá được';
  return i.achieved ? 'Đạt' : 'Không đạt';
}
