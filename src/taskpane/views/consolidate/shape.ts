import type {
  Consolidation,
  TaskStatus,
  UnitSubmission,
  UnmatchedRow,
} from '../../../core/consolidate/types';
import { TASK_STATUSES } from '../../../core/consolidate/types';
import {
  periodContaining,
  periodHeading,
  periodHeadingEn,
  type PeriodKind,
} from '../../../core/period/period';
import { consolidatedDue } from '../../../core/consolidate/task-status';
import { summarizeTasks } from '../../../core/report-model/build';
import { STATUS_LABEL_VI } from '../../../core/report-model/labels';
import type { UnitFile } from '../../engine/workbooks';
import type { ReportOutcome } from '../../host/types';
import type { Text } from '../../i18n/text';

/** Task statuses as the report sheets write them (Vietnamese) and in English. */
export const STATUS_TEXT: Readonly<Record<TaskStatus, Text>> = {
  'completed-on-time': { vi: STATUS_LABEL_VI['completed-on-time'], en: 'Done on time' },
  'completed-late': { vi: STATUS_LABEL_VI['completed-late'], en: 'Done late' },
  'in-progress': { vi: STATUS_LABEL_VI['in-progress'], en: 'In progress' },
  overdue: { vi: STATUS_LABEL_VI.overdue, en: 'Overdue' },
  'not-started': { vi: STATUS_LABEL_VI['not-started'], en: 'Not started' },
  'not-applicable': { vi: STATUS_LABEL_VI['not-applicable'], en: 'Not applicable' },
  'not-reported': { vi: STATUS_LABEL_VI['not-reported'], en: 'Not reported' },
};

/** Why a unit's row was not merged. */
export const UNMATCHED_REASON: Readonly<Record<UnmatchedRow['reason'], Text>> = {
  'no-match': { vi: 'Không có dòng nào của kế hoạch đủ giống', en: 'No plan row is close enough' },
  ambiguous: {
    vi: 'Giống nhiều dòng của kế hoạch như nhau',
    en: 'Equally close to several plan rows',
  },
  'unknown-unit': { vi: 'Đơn vị không có trong danh mục', en: 'The unit is not in the roster' },
};

/**
 * The period heading (both languages) of the period of `kind` containing the as-of date.
 * @example periodLine('2024-10-20', 'quarter').vi // 'Kỳ báo cáo: Quý IV năm 2024 (từ ngày 15/09/2024 đến ngày 14/12/2024)'
 */
export function periodLine(asOf: string, kind: PeriodKind): Text {
  const p = periodContaining(asOf, kind);
  return { vi: periodHeading(p), en: periodHeadingEn(p) };
}

/**
 * The report workbook's name: the plan's name without .xlsx and "-tong-hop.xlsx", never the name
 * of an input (a number is added if it would be).
 * @example reportFileName('ke-hoach.xlsx', ['a.xlsx']) // 'ke-hoach-tong-hop.xlsx'
 * @example reportFileName('ke-hoach.xlsx', ['ke-hoach-tong-hop.xlsx']) // 'ke-hoach-tong-hop-2.xlsx'
 */
export function reportFileName(planName: string, inputNames: readonly string[]): string {
  const base = planName.replace(/\.xlsx$/i, '').trim() || 'phuluc';
  const taken = new Set([planName, ...inputNames].map((n) => n.toLowerCase()));
  let name = `${base}-tong-hop.xlsx`;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}-tong-hop-${i}.xlsx`;
  return name;
}

export interface StatusCount {
  readonly status: TaskStatus;
  readonly count: number;
}

export interface ConsolidationSummary {
  readonly tasks: number;
  /** Statuses with at least one task, in report order. */
  readonly byStatus: readonly StatusCount[];
  readonly percentDone: number | null;
  readonly submitted: number;
  readonly units: number;
  readonly indicators: {
    total: number;
    achieved: number;
    missed: number;
    noData: number;
    /** A figure was given but the target cannot be read: "Không đánh giá được", as in the report. */
    notJudged: number;
  };
  readonly errors: number;
  readonly warnings: number;
}

/**
 * The figures shown above the lists: task statuses (as the report counts them), units
 * submitted, indicators achieved, issues.
 */
export function summarize(c: Consolidation): ConsolidationSummary {
  const s = summarizeTasks(c.tasks);
  const achieved = c.indicators.filter((i) => i.achieved === true).length;
  const missed = c.indicators.filter((i) => i.achieved === false).length;
  const notJudged = c.indicators.filter(
    (i) => i.achieved === null && typeof i.actual === 'number',
  ).length;
  return {
    tasks: s.total,
    byStatus: TASK_STATUSES.filter((st) => s.byStatus[st] > 0).map((status) => ({
      status,
      count: s.byStatus[status],
    })),
    percentDone: s.percentDone,
    submitted: c.units.filter((u) => u.submitted).length,
    units: c.units.length,
    indicators: {
      total: c.indicators.length,
      achieved,
      missed,
      noData: c.indicators.length - achieved - missed - notJudged,
      notJudged,
    },
    errors: c.issues.filter((i) => i.severity === 'error').length,
    warnings: c.issues.filter((i) => i.severity === 'warning').length,
  };
}

/** The four figures Tổng hợp shows first: who sent, what is late, what is near, what failed. */
export interface KeyFigures {
  readonly submitted: number;
  readonly units: number;
  /** Tasks the report counts as "Quá hạn". */
  readonly overdue: number;
  /** Tasks not settled whose next date is within the due-soon window (as Thời hạn says). */
  readonly dueSoon: number;
  readonly indicatorsMissed: number;
  readonly indicators: number;
}

/**
 * The key figures of a consolidation, with the due-soon window of the settings.
 * @example keyFigures(c, 7) // { submitted: 4, units: 5, overdue: 2, dueSoon: 1, indicatorsMissed: 3, indicators: 12 }
 */
export function keyFigures(c: Consolidation, dueSoonDays: number): KeyFigures {
  return {
    submitted: c.units.filter((u) => u.submitted).length,
    units: c.units.length,
    overdue: c.tasks.filter((t) => t.status === 'overdue').length,
    dueSoon: c.tasks.filter(
      (t) =>
        t.status !== 'overdue' && consolidatedDue(t, c.asOf, dueSoonDays).status === 'due-soon',
    ).length,
    indicatorsMissed: c.indicators.filter((i) => i.achieved === false).length,
    indicators: c.indicators.length,
  };
}

/**
 * The unit files in counts, for the one line a long list folds into ("60 tệp · 58 đã đọc · 2 lỗi").
 * @example fileCounts(units) // { total: 60, read: 58, failed: 2 }
 */
export function fileCounts(units: readonly UnitFile[]): {
  total: number;
  read: number;
  failed: number;
} {
  const failed = units.filter((u) => u.error).length;
  return { total: units.length, read: units.length - failed, failed };
}

/**
 * A conflict's reports, each unit's each answer once (the first file that gave it): copies of a
 * unit's file repeat the same report.
 * @example distinctReports([{ unit: 'VP', statusText: 'Xong', file: 'a' }, { unit: 'VP', statusText: 'Xong', file: 'b' }]).length // 1
 */
export function distinctReports<R extends { unit: string; statusText: string }>(
  reports: readonly R[],
): R[] {
  const seen = new Set<string>();
  return reports.filter((r) => {
    const key = `${r.unit}\u0000${r.statusText}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A unit's files sent shown by name before "+ n": a unit that sent 15 copies keeps one line. */
const FILES_NAMED = 3;

/**
 * A unit's files as the tracker names them: the first few, then how many more.
 * @example fileNames(['a.xlsx', 'b.xlsx', 'c.xlsx', 'd.xlsx', 'e.xlsx'], String) // 'a.xlsx, b.xlsx, c.xlsx (+2)'
 */
export function fileNames(files: readonly string[], n: (x: number) => string): string {
  const named = files.slice(0, FILES_NAMED).join(', ');
  return files.length > FILES_NAMED ? `${named} (+${n(files.length - FILES_NAMED)})` : named;
}

/** Units that have not submitted first, so the office sees whom to remind. */
export function trackerRows(c: Consolidation): readonly UnitSubmission[] {
  return [...c.units.filter((u) => !u.submitted), ...c.units.filter((u) => u.submitted)];
}

/**
 * What to tell the officer after the report was made: where it is.
 * @example outcomeLines({ kind: 'download', fileName: 'x-tong-hop.xlsx' })[0].vi // 'Đã tải về tệp x-tong-hop.xlsx (các trang của kế hoạch và bốn trang báo cáo).'
 */
export function outcomeLines(outcome: ReportOutcome): Text[] {
  if (outcome.kind === 'download') {
    return [
      {
        vi: `Đã tải về tệp ${outcome.fileName} (các trang của kế hoạch và bốn trang báo cáo).`,
        en: `Downloaded ${outcome.fileName} (the plan's sheets and the four report sheets).`,
      },
      {
        vi: 'Để in: mở tệp trong Excel, chọn trang báo cáo, Tệp → In. Khổ A4, lề, dòng tiêu đề lặp lại, số trang và phần ký đã được đặt sẵn.',
        en: 'To print: open the file in Excel, pick a report sheet, File → Print. A4, margins, repeated header rows, page numbers and the signature block are already set.',
      },
    ];
  }
  const lines: Text[] = [
    {
      vi: `Đã ghi vào sổ tính các trang: ${outcome.sheets.join(', ')}.`,
      en: `Sheets written into the workbook: ${outcome.sheets.join(', ')}.`,
    },
  ];
  if (outcome.replaced.length > 0) {
    lines.push({
      vi: `Đã thay các trang PhuLuc tạo lần trước: ${outcome.replaced.join(', ')}.`,
      en: `Replaced the sheets PhuLuc made before: ${outcome.replaced.join(', ')}.`,
    });
  }
  for (const note of outcome.notes) lines.push({ vi: note.vi, en: note.en });
  // Without ExcelApi 1.9 the print setup was not written: the note above says what to do.
  if (outcome.notes.some((n) => n.id === 'page-layout')) return lines;
  lines.push({
    vi: 'Để in: chọn trang báo cáo, Tệp → In; khổ giấy, lề, dòng tiêu đề lặp lại và số trang đã được đặt sẵn.',
    en: 'To print: pick a report sheet, File → Print; paper, margins, repeated header rows and page numbers are already set.',
  });
  return lines;
}
