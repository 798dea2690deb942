/** The "Tình hình báo cáo" sheet: which units sent their report, with their counts. */
import { appendixText, type ReportContext } from './_lib/context';
import { SheetDraft } from './_lib/draft';
import { addAppendixTop, printSetup } from './_lib/frame';
import { emptyTableRow, headerRow, note, orNull } from './_lib/rows';
import { REPORT_SHEET_NAMES } from './labels';
import type { ReportSheet } from './types';

const TRACKER_HEADERS = [
  'STT',
  'Đơn vị',
  'Đã gửi báo cáo',
  'Tệp',
  'Số nhiệm vụ chủ trì',
  'Đã hoàn thành',
  'Quá hạn',
  'Số vấn đề trong tệp',
];
/**
 * Landscape like the other sheets: in portrait (about 83 width units) the agency name and the
 * national name cannot both stand on one line.
 */
const TRACKER_WIDTHS = [6, 34, 12, 30, 11, 11, 10, 14];

/**
 * The tracker sheet, appendix `appendix` of the report (not signed): one row per roster unit,
 * then who has not sent yet.
 * @example trackerSheet(reportContext(consolidation), 2).name // 'Tình hình báo cáo'
 */
export function trackerSheet(ctx: ReportContext, appendix: number): ReportSheet {
  const { c } = ctx;
  const d = new SheetDraft(TRACKER_WIDTHS);
  addAppendixTop(d, appendixText(ctx, appendix, 'TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ'));
  const header = headerRow(d, TRACKER_HEADERS);
  c.units.forEach((u, n) => {
    d.addCells([
      [n + 1, 'bodyCenter'],
      [u.name, 'body'],
      [u.submitted ? 'Đã gửi' : 'Chưa gửi', 'bodyCenter'],
      [orNull(u.files.join('\n')), 'body'],
      [u.tasksLed, 'bodyNumber'],
      [u.done, 'bodyNumber'],
      [u.overdue, 'bodyNumber'],
      [u.submitted ? u.issues : null, 'bodyNumber'],
    ]);
  });
  if (c.units.length === 0) emptyTableRow(d, 'Chưa có danh mục đơn vị.');
  const sent = c.units.filter((u) => u.submitted);
  const missing = c.units.filter((u) => !u.submitted).map((u) => u.name);
  d.keepWithNext('if-room');
  d.blank(8);
  d.keepWithNext();
  note(d, `Số đơn vị đã gửi báo cáo: ${sent.length}/${c.units.length} đơn vị.`);
  note(
    d,
    missing.length > 0
      ? `Đơn vị chưa gửi báo cáo (${missing.length}): ${missing.join(', ')}.`
      : 'Tất cả các đơn vị đã gửi báo cáo.',
  );
  return d.sheet(REPORT_SHEET_NAMES.tracker, 'tracker', [header, header], printSetup('landscape'));
}
