/**
 * What the browser tests load into the pane: the bundled demo set (samples/tong-hop), its as-of
 * date, and the pane's tab names in each language.
 */
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SAMPLES = path.join(ROOT, 'samples', 'tong-hop');
export const PLAN = path.join(SAMPLES, 'ke-hoach-cai-cach-tthc-2024.xlsx');
export const UNITS = [
  'phong-qlkh.xlsx',
  'thanh-tra.xlsx',
  'van-phong-so.xlsx',
  'QLCN_bao cao quy 3.xlsx',
] as const;
export const AS_OF = '2024-10-20';

export const TABS = {
  vi: ['Kiểm tra', 'Thời hạn', 'Chỉ tiêu', 'Tổng hợp', 'Biểu mẫu', 'Cài đặt'],
  en: ['Check', 'Deadlines', 'Indicators', 'Consolidate', 'Templates', 'Settings'],
} as const;
export type Locale = keyof typeof TABS;
