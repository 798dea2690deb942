import type { Target } from '../indicator/target';
import type { RateMethod } from '../indicator/achievement';
import type { Issue } from '../issues/types';
import type { Deadline } from '../parse/model';
import type { ReportingPeriod } from '../period/period';
import type { PlanYears } from '../plan/year';
import type { StatusWord } from '../reported/status-word';

/** Status of a task at the as-of date, from its lead units' reports (DOMAIN.md §4). */
export type TaskStatus =
  | 'completed-on-time'
  | 'completed-late'
  | 'in-progress'
  | 'overdue'
  | 'not-started'
  | 'not-applicable'
  | 'not-reported';

export const TASK_STATUSES: readonly TaskStatus[] = [
  'completed-on-time',
  'completed-late',
  'in-progress',
  'overdue',
  'not-started',
  'not-applicable',
  'not-reported',
];

/** Where a unit's row was read, for links and messages. */
export interface SourceRef {
  readonly file: string;
  readonly sheet: string;
  /** 1-based row. */
  readonly row: number;
}

export interface UnitTaskReport extends SourceRef {
  readonly unit: string;
  /** The status as the unit wrote it ("Đã hoàn thành"). */
  readonly statusText: string;
  readonly statusWord?: StatusWord;
  /** ISO date. */
  readonly completedOn?: string;
  /** "Kết quả thực hiện": what the unit did. */
  readonly result?: string;
  readonly evidence?: string;
  readonly note?: string;
}

export interface ConsolidatedTask {
  readonly key: string;
  /** The plan sheet and 1-based row of the task. */
  readonly sheet: string;
  readonly row: number;
  readonly stt: string;
  /** Section labels from the top ("A", "I") and their titles. */
  readonly sectionPath: readonly string[];
  readonly sectionTitles: readonly string[];
  readonly content: string;
  /** Canonical roster names; a generic group ("Các phòng, đơn vị thuộc Sở") is expanded to the roster. */
  readonly lead: readonly string[];
  readonly support: readonly string[];
  /** The lead text as the plan writes it, for the report ("Các phòng, đơn vị thuộc Sở"). */
  readonly leadText: string;
  readonly deadlineText: string;
  readonly deadline: Deadline;
  /** The due date the status was judged against (the latest on or before the as-of date for recurring tasks). */
  readonly judgedDue: string | null;
  readonly status: TaskStatus;
  /** Reports of lead units first, then of support units. */
  readonly reports: readonly UnitTaskReport[];
  /** Lead units that disagree (one done, another not): both reports are kept. */
  readonly conflict: boolean;
}

export interface UnitIndicatorReport extends SourceRef {
  readonly unit: string;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** The unit's own value (a rate in %, or a count). */
  readonly value: number | null;
}

export interface ConsolidatedIndicator {
  readonly key: string;
  readonly sheet: string;
  readonly row: number;
  readonly stt: string;
  readonly group?: string;
  readonly name: string;
  /** Unit of measure ("%"). */
  readonly unit: string;
  readonly targetText: string;
  readonly target: Target | null;
  /** Rounded to 2 decimals. */
  readonly actual: number | null;
  /** How units' figures were combined: rates by {@link RateMethod}; counts (not %) are summed. */
  readonly method: RateMethod | 'sum';
  readonly achieved: boolean | null;
  readonly ratio: number | null;
  readonly reports: readonly UnitIndicatorReport[];
}

export interface UnitSubmission {
  readonly name: string;
  readonly submitted: boolean;
  /** File names the unit's reports came from (more than one is an issue). */
  readonly files: readonly string[];
  readonly tasksLed: number;
  readonly done: number;
  readonly overdue: number;
  /** Warnings and errors found in the unit's files. */
  readonly issues: number;
}

export interface Conflict {
  readonly kind: 'task' | 'indicator';
  readonly key: string;
  readonly content: string;
  readonly reports: readonly {
    readonly unit: string;
    readonly file: string;
    readonly statusText: string;
  }[];
}

export interface UnmatchedRow extends SourceRef {
  readonly unit: string;
  readonly stt: string;
  readonly content: string;
  /** Why it was not merged: no plan row is close enough, or the unit is not named in the roster. */
  readonly reason: 'no-match' | 'ambiguous' | 'unknown-unit';
}

export interface PlanInfo {
  readonly file: string;
  readonly years: PlanYears | null;
  /** The issuing body as the plan's top-left block writes it ("UBND TỈNH QUẢNG TRỊ", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"). */
  readonly parentAgency: string | null;
  readonly agency: string | null;
  /** The plan's title line ("KẾ HOẠCH CẢI CÁCH THỦ TỤC HÀNH CHÍNH …"). */
  readonly title: string | null;
}

export interface Consolidation {
  readonly asOf: string;
  readonly period: ReportingPeriod;
  readonly plan: PlanInfo;
  readonly units: readonly UnitSubmission[];
  readonly tasks: readonly ConsolidatedTask[];
  readonly indicators: readonly ConsolidatedIndicator[];
  readonly conflicts: readonly Conflict[];
  readonly unmatched: readonly UnmatchedRow[];
  /** Every issue, of the plan and of the unit files, each naming its file, sheet and cell. */
  readonly issues: readonly Issue[];
}
