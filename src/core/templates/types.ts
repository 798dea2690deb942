/**
 * A unit's report template as data (DOMAIN.md §4): sheets named as the plan's, each with the
 * plan's title lines and tables of plan columns (locked), report columns (for the unit) and a
 * hidden row key. The xlsx adapter (`io/xlsx/template.ts`) writes it.
 */
import type { TableKind } from '../detect/header';
import type { ColumnRole } from '../detect/roles';
import type { PlanYears } from '../plan/year';

/** Which part of a template a column belongs to: the plan's (locked), the unit's (to fill), the hidden key. */
export type TemplatePart = 'plan' | 'report' | 'key';

export interface TemplateColumn {
  readonly role: ColumnRole;
  /** The header label: the plan's own label for plan columns. */
  readonly label: string;
  readonly part: TemplatePart;
}

/** A section heading kept for context ("I. CẢI CÁCH THỂ CHẾ"): written across the plan columns. */
export interface TemplateSectionRow {
  readonly kind: 'section';
  readonly label: string;
  readonly title: string;
  /** What the row shows: "I. CẢI CÁCH THỂ CHẾ" (the label alone when there is no title). */
  readonly text: string;
}

/** A numbered row that only heads sub-rows (1 → 1.1, 1.2, or a), b) rows), kept for context. */
export interface TemplateGroupRow {
  readonly kind: 'group';
  readonly stt: string;
  /** Plan texts by column role (the STT and the group's title). */
  readonly values: Readonly<Partial<Record<ColumnRole, string>>>;
}

/** A task or indicator the unit reports on. */
export interface TemplateItemRow {
  readonly kind: 'item';
  /** The plan item's key ("II/3", "1.a"). */
  readonly key: string;
  /** The hidden row key: `rowKeyOf(planSheet, key)`. */
  readonly rowKey: string;
  /** What the unit does for this row. */
  readonly unitRole: 'lead' | 'support';
  /** Plan texts by column role, as the template shows them (STT empty on a task's second a), b) row). */
  readonly values: Readonly<Partial<Record<ColumnRole, string>>>;
}

export type TemplateRow = TemplateSectionRow | TemplateGroupRow | TemplateItemRow;

export interface TemplateTable {
  readonly kind: TableKind;
  /** The plan sheet the table comes from (the template sheet has the same name). */
  readonly planSheet: string;
  /** Plan columns, then report columns, then the hidden key column. */
  readonly columns: readonly TemplateColumn[];
  readonly rows: readonly TemplateRow[];
  /** Shown under the header when the table has no rows for the unit. */
  readonly note?: string;
}

export type TemplateLineKind =
  'parent-agency' | 'agency' | 'title' | 'plan-years' | 'reporting-unit' | 'instructions';

export interface TemplateTitleLine {
  readonly kind: TemplateLineKind;
  readonly text: string;
}

export interface TemplateSheet {
  /** The plan's sheet name, so that the unit's report maps back by name. */
  readonly name: string;
  /** The lines above the first table. */
  readonly titleLines: readonly TemplateTitleLine[];
  readonly tables: readonly TemplateTable[];
}

/** One unit's report template: data only, written to a workbook by the xlsx adapter. */
export interface UnitTemplate {
  /** The roster's canonical name. */
  readonly unit: string;
  /** ASCII slug of the unit's name, unique among the templates ("van-phong-so.xlsx"). */
  readonly fileName: string;
  /** The plan's years (the as-of year when the plan names none): the range completion dates may take. */
  readonly years: PlanYears;
  readonly sheets: readonly TemplateSheet[];
  /** How many task and indicator rows the unit reports on. */
  readonly tasks: number;
  readonly indicators: number;
}
