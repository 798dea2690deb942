import type { ColumnRole } from '../detect/roles';
import type { TableHeader, TableKind } from '../detect/header';
import type { Target } from '../indicator/target';
import type { StatusWord } from '../report/status';

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

interface ItemBase {
  /** The hidden row key of a PhuLuc template, when the row carries one. */
  readonly rowKey?: string;
  /** Stable key: STT, sub-row letter, section prefix when numbering restarts ("II/3", "1.a"). */
  readonly key: string;
  readonly stt: string;
  readonly sectionPath: readonly string[];
  /** 1-based sheet row of the item's first row. */
  readonly row: number;
  /** Units as written, split into names (canonical roster names once units are resolved). */
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
  /** Filled by the checks: the status word and completion date read from the report columns. */
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
  readonly actualText?: string;
  readonly numeratorText?: string;
  readonly denominatorText?: string;
  /** Filled by the checks: the target read from its text, null when it cannot be read. */
  readonly target?: Target | null;
  /** The reported value (a rate in %, computed from tử số/mẫu số when only they are given). */
  readonly actual?: number | null;
  readonly numerator?: number | null;
  readonly denominator?: number | null;
  readonly achieved?: boolean | null;
  /** actual ÷ target × 100 for ">=" targets. */
  readonly ratio?: number | null;
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

export type AppendixTable = TaskTable | IndicatorTable;
