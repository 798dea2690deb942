/** What a unit's template holds, as the other-levels tests compare it with a hand oracle. */
import type { ScanResult } from '../../src/core/scan';
import { buildTemplates } from '../../src/core/templates/build';
import type { TemplateItemRow } from '../../src/core/templates/types';

/**
 * The item rows of `unit`'s template as `NV <key> <role>` (rows from the task sheet) or
 * `CT <key> <role>` (any other sheet: indicators).
 * @example templateRows(scan, 'Bộ Tài chính', 'Phụ lục II') // ['NV 1 support', 'NV 3 lead', …]
 */
export function templateRows(scan: ScanResult, unit: string, taskSheet: string): string[] {
  const template = buildTemplates(scan).find((t) => t.unit === unit);
  if (!template) throw new Error(`no template for ${unit}`);
  return template.sheets
    .flatMap((s) => s.tables)
    .flatMap((table) =>
      table.rows
        .filter((r): r is TemplateItemRow => r.kind === 'item')
        .map((r) => `${table.planSheet === taskSheet ? 'NV' : 'CT'} ${r.key} ${r.unitRole}`),
    );
}
