import type { TableHeader } from '../detect/header';
import type { ColumnRole, TableKind } from '../detect/roles';
import type { Target } from '../indicator/target';
import type { StatusWord } from '../reported/status-word';

/** How a deadline cell reads (DOMAIN.md §2). */
export type DeadlineKind =
  'date' | 'recurring' | 'continuous' | 'on-demand' | 'missing' | 'unparsed';

export interface Deadline {
  readonly kind: DeadlineKind;
  /** ISO dates, sorted. */
  readonly due: readonly string[];
}

/** A1 addresses of the cells an item was read from, by column role. */
export type ItemCells = Partial<Record<ColumnRole, string>>;

/** A row's text per column role, as the sheet gives it. */
export type RoleTexts = Partial<Record<ColumnRole, string>>;

/**
 * A table row as parsed (first stage): where it stands in the table and its cells' texts by
 * role, after continuation rows are joined and sub-rows take what they share. Nothing is read
 * from the texts yet: the second stage reads them into a {@link TaskItem} or {@link IndicatorItem}.
 */
export interface ParsedRow {
  /** Stable key: STT, sub-row letter, section prefix when numbering restarts ("II/3", "1.a"). */
  readonly key: string;
  readonly stt: string;
  readonly sectionPath: readonly string[];
  /** The heading the row stands under ("1. Chỉ tiêu giao…"); indicators show it. */
  readonly group?: string;
  /** The group is the heading above the table's header (its JSON field comes after the units). */
  readonly groupAbove?: true;
  /** 1-based sheet row of the row's first printed row. */
  readonly row: number;
  readonly texts: RoleTexts;
  readonly cells: ItemCells;
}

interface ItemBase {
  /** The hidden row key of a PhuLuc template, when the row carries one. */
  readonly rowKey?: string;
  /** Stable key: STT, sub-row letter, section prefix when numbering restarts ("II/3", "1.a"). */
  readonly key: string;
  readonly stt: string;
  readonly sectionPath: readonly string[];
  /** 1-based sheet row of the item's first row. */
  readonly row: number;
  /** Unit names, matched to the roster (as written when the roster does not know them). */
  readonly lead: readonly string[];
  readonly support: readonly string[];
  readonly cells: ItemCells;
}

export interface TaskItem extends ItemBase {
  readonly content: string;
  readonly objective?: string;
  readonly activity?: string;
  readonly deliverable?: string;
  readonly deadlineText: string;
  readonly deadline: Deadline;
  readonly budget?: string;
  readonly note?: string;
  /** Report columns a unit filled in (status, completion date, what was done, evidence). */
  readonly report?: Readonly<
    Partial<Record<'status' | 'completionDate' | 'actual' | 'evidence', string>>
  >;
  /** The status word and completion date read from the report columns, when they read. */
  readonly statusWord?: StatusWord;
  readonly completedOn?: string;
}

export interface IndicatorItem extends ItemBase {
  /** The heading the indicator stands under ("1. Chỉ tiêu giao tại Nghị quyết số 01/NQ-CP"). */
  readonly group?: string;
  readonly name: string;
  /** Unit of measure ("%"). */
  readonly unit: string;
  readonly targetText: string;
  /**
   * Targets by year, when the table gives one column per year ("Năm 2025", "Đến năm 2030"): each
   * kept with its year. `targetText` and `target` are the earliest year's that is written.
   */
  readonly targets?: readonly YearTarget[];
  readonly actualText?: string;
  readonly numeratorText?: string;
  readonly denominatorText?: string;
  /** The target read from its text; null when there is none or it cannot be read. */
  readonly target: Target | null;
  /** The reported value (a rate in %, computed from tử số/mẫu số when only they are given). */
  readonly actual: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly achieved: boolean | null;
  /** actual ÷ target × 100 for ">=" targets. */
  readonly ratio: number | null;
}

export interface YearTarget {
  readonly year: number;
  readonly text: string;
  readonly target: Target | null;
}

export interface SectionRow {
  readonly label: string;
  readonly title: string;
  readonly row: number;
  readonly path: readonly string[];
}

/** A numbered row that only heads numbered sub-rows (1 → 1.1, 1.2), or a)/b) rows. */
export interface GroupRow {
  readonly stt: string;
  readonly row: number;
  readonly content: string;
  readonly sectionPath: readonly string[];
}

interface TableBase {
  readonly sheet: string;
  readonly header: TableHeader;
  /** A1 range of the header row(s). */
  readonly headerRange: string;
  /** 1-based last sheet row the table covers. */
  readonly lastRow: number;
  readonly sections: readonly SectionRow[];
  readonly groups: readonly GroupRow[];
}

export interface TaskTable extends TableBase {
  readonly kind: Extract<TableKind, 'tasks'>;
  readonly items: readonly TaskItem[];
}

export interface IndicatorTable extends TableBase {
  readonly kind: Extract<TableKind, 'indicators'>;
  readonly items: readonly IndicatorItem[];
}

/** A table as read: every row's values (second stage, what a scan returns). */
export type AppendixTable = TaskTable | IndicatorTable;

/** A table as parsed (first stage): its rows' texts, nothing read from them yet. */
export interface ParsedTable extends TableBase {
  readonly kind: TableKind;
  readonly rows: readonly ParsedRow[];
}
