import ExcelJS from 'exceljs';

/**
 * The recurring case of issue 14 as two small workbooks: a 2025 plan whose first task is due
 * every quarter end ("Hằng quý"), and Văn phòng Sở's copy reporting it "Đang thực hiện". At
 * 2025-08-01 the occurrence due by then (30/06/2025) was not reported done: overdue everywhere.
 */
export const RECURRING_AS_OF = '2025-08-01';
export const RECURRING_PLAN = 'ke-hoach-2025.xlsx';
export const RECURRING_UNIT = 'van-phong-so.xlsx';

const HEADER = [
  'STT',
  'Nội dung công việc',
  'Đơn vị chủ trì',
  'Đơn vị phối hợp',
  'Thời gian thực hiện',
  'Tình trạng',
  'Ngày hoàn thành',
];
const TASKS = [
  [
    '1',
    'Báo cáo tình hình thực hiện cải cách hành chính',
    'Văn phòng Sở',
    'Thanh tra Sở',
    'Hằng quý',
  ],
  ['2', 'Rà soát, đơn giản hóa thủ tục hành chính', 'Thanh tra Sở', 'Văn phòng Sở', 'Quý IV'],
];

async function workbook(reportingUnit: string | null, status: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('PL1');
  ws.addRow(['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025']);
  ws.addRow([reportingUnit ? `Đơn vị báo cáo: ${reportingUnit}` : '']);
  ws.addRow(HEADER);
  ws.addRow([...TASKS[0]!, status, '']);
  ws.addRow([...TASKS[1]!, '', '']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * The plan (no report filled in) and the unit's copy, as .xlsx bytes.
 * @example (await recurringBooks()).unit.length > 0 // true
 */
export async function recurringBooks(): Promise<{ plan: Uint8Array; unit: Uint8Array }> {
  return {
    plan: await workbook(null, ''),
    unit: await workbook('Văn phòng Sở', 'Đang thực hiện'),
  };
}
