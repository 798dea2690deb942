/**
 * Report templates (DOMAIN.md §4): one workbook per roster unit, holding the plan rows the unit
 * reports on. The columns are in `columns.ts`, the rows in `_lib/table.ts`, the title block in
 * `_lib/title.ts`; this file puts a unit's template together.
 */
import type { TableKind } from '../detect/header';
import type { AppendixTable } from '../parse/model';
import type { ScanResult } from '../scan';
import { buildTable } from './_lib/table';
import { emptyNote, titleLines } from './_lib/title';
import { uniqueFileName } from './file-name';
import type { TemplateSheet, TemplateTable, UnitTemplate } from './types';

export type { UnitTemplate } from './types';

/**
 * Builds one report template per roster unit (DOMAIN.md §4): for each plan table, the rows the
 * unit leads or supports (a generic group such as "Các phòng, đơn vị thuộc Sở" counts for every
 * unit; a unit named in a column takes that column's role), with the sections and group rows
 * above them kept for context, the plan's columns, the report columns and the hidden row key.
 * A unit with no row anywhere still gets a template: every plan table, empty, with a note.
 * @example buildTemplates(planScan).map((t) => [t.unit, t.fileName, t.tasks]) // [['Văn phòng Sở', 'van-phong-so.xlsx', 18], …]
 */
export function buildTemplates(plan: ScanResult): UnitTemplate[] {
  const years = plan.planYears ?? {
    from: Number(plan.asOf.slice(0, 4)),
    to: Number(plan.asOf.slice(0, 4)),
  };
  const taken = new Set<string>();
  return plan.roster.units.map((unit) => {
    const fileName = uniqueFileName(unit.name, taken);
    const tables = plan.tables.map((table) => ({
      table,
      template: buildTable(table, unit.name, plan.roster),
    }));
    const withRows = tables.filter((t) => t.template.rows.some((r) => r.kind === 'item'));
    const kept: { table: AppendixTable; template: TemplateTable }[] =
      withRows.length > 0
        ? withRows
        : tables.map((t) => ({
            table: t.table,
            template: { ...t.template, note: emptyNote(t.table.kind) },
          }));
    // One template sheet per plan sheet, in plan order, holding that sheet's tables.
    const bySheet = new Map<string, TemplateTable[]>();
    for (const { table, template } of kept)
      bySheet.set(table.sheet, [...(bySheet.get(table.sheet) ?? []), template]);
    const count = (kind: TableKind) =>
      kept
        .filter((k) => k.template.kind === kind)
        .reduce((n, k) => n + k.template.rows.filter((r) => r.kind === 'item').length, 0);
    return {
      unit: unit.name,
      fileName,
      years,
      sheets: [...bySheet].map(([name, sheetTables]): TemplateSheet => ({
        name,
        titleLines: titleLines(plan, unit.name, sheetTables),
        tables: sheetTables,
      })),
      tasks: count('tasks'),
      indicators: count('indicators'),
    };
  });
}
