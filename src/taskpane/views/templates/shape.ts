import type { UnitTemplate } from '../../../core/templates/build';
import type { Delivery } from '../../host/types';
import type { Text } from '../../i18n/text';

export interface TemplateRowView {
  readonly unit: string;
  readonly fileName: string;
  readonly tasks: number;
  readonly indicators: number;
}

/**
 * What the list shows of each template (the template itself stays data for the writer).
 * @example templateRows([{ unit: 'Văn phòng Sở', fileName: 'van-phong-so.xlsx', tasks: 14, indicators: 12, … }])
 */
export function templateRows(templates: readonly UnitTemplate[]): TemplateRowView[] {
  return templates.map((t) => ({
    unit: t.unit,
    fileName: t.fileName,
    tasks: t.tasks,
    indicators: t.indicators,
  }));
}

/**
 * Where a made template went.
 * @example deliveryText('downloaded').vi // 'Đã tải về máy'
 */
export function deliveryText(d: Delivery): Text {
  return d === 'opened'
    ? { vi: 'Đã mở trong Excel (cửa sổ mới)', en: 'Opened in Excel (new window)' }
    : { vi: 'Đã tải về máy', en: 'Downloaded' };
}
