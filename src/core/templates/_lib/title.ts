import type { TableKind } from '../../detect/header';
import { detectPlanYears } from '../../plan/year';
import type { ScanResult } from '../../scan';
import type { TemplateTable, TemplateTitleLine } from '../types';

/**
 * The note of a template table with no row for the unit.
 * @example emptyNote('tasks') // 'Ghi chú: Đơn vị không chủ trì, không phối hợp nhiệm vụ nào trong bảng này.'
 */
export function emptyNote(kind: TableKind): string {
  return kind === 'tasks'
    ? 'Ghi chú: Đơn vị không chủ trì, không phối hợp nhiệm vụ nào trong bảng này.'
    : 'Ghi chú: Đơn vị không chủ trì, không phối hợp chỉ tiêu nào trong bảng này.';
}

/**
 * The lines above a template sheet's tables: the plan's agency block and title, its years when
 * the title does not give them, the reporting unit and what to fill in.
 * @example titleLines(plan, 'Văn phòng Sở', tables).at(-2) // { kind: 'reporting-unit', text: 'Đơn vị báo cáo: Văn phòng Sở' }
 */
export function titleLines(
  plan: ScanResult,
  unit: string,
  tables: readonly TemplateTable[],
): TemplateTitleLine[] {
  const lines: TemplateTitleLine[] = [];
  const { parentAgency, agency, title } = plan.heading;
  if (parentAgency) lines.push({ kind: 'parent-agency', text: parentAgency });
  if (agency) lines.push({ kind: 'agency', text: agency });
  if (title) lines.push({ kind: 'title', text: title });
  // The plan's year must read back from the template as it did from the plan.
  const years = plan.planYears;
  const fromTitle = title ? detectPlanYears([title]) : undefined;
  if (years && (fromTitle?.from !== years.from || fromTitle.to !== years.to)) {
    lines.push({
      kind: 'plan-years',
      text:
        years.from === years.to
          ? `(Kế hoạch năm ${years.from})`
          : `(Kế hoạch giai đoạn ${years.from}-${years.to})`,
    });
  }
  lines.push({ kind: 'reporting-unit', text: `Đơn vị báo cáo: ${unit}` });
  const parts: string[] = [];
  if (tables.some((t) => t.kind === 'tasks'))
    parts.push(
      'chọn Tình trạng trong danh sách, ghi Ngày hoàn thành dạng dd/mm/yyyy, ghi Kết quả thực hiện và Minh chứng (số, ký hiệu văn bản)',
    );
  if (tables.some((t) => t.kind === 'indicators'))
    parts.push(
      'với chỉ tiêu, ghi số vào Kết quả thực hiện; chỉ tiêu tỷ lệ (%) ghi thêm Tử số và Mẫu số',
    );
  lines.push({
    kind: 'instructions',
    text: `Hướng dẫn: ${parts.join('; ')}. Chỉ điền vào các ô được tô màu; không sửa các cột của kế hoạch và cột ẩn "Mã dòng (PhuLuc)".`,
  });
  return lines;
}
