/**
 * Deterministic plan and unit workbooks for the adversarial tests and the benchmarks: a title, a
 * header row "STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện",
 * sections and tasks with varied wording, and a roster sheet.
 */
import ExcelJS from 'exceljs';
import { withFixedZipDates } from '../../src/io/xlsx/template';

export const FIXED_DATE = new Date(Date.UTC(2025, 0, 1));

export const UNITS = [
  'Văn phòng Sở',
  'Phòng Kế hoạch Tài chính',
  'Thanh tra Sở',
  'Phòng Quản lý Khoa học',
] as const;

export const TASK_HEADER = [
  'STT',
  'Nội dung công việc',
  'Đơn vị chủ trì',
  'Đơn vị phối hợp',
  'Thời gian thực hiện',
] as const;

/** A small deterministic PRNG (mulberry32), so generated files are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERBS = [
  'Rà soát',
  'Triển khai',
  'Tổ chức',
  'Xây dựng',
  'Kiểm tra',
  'Tổng hợp',
  'Cập nhật',
  'Đánh giá',
  'Hướng dẫn',
  'Công khai',
  'Số hóa',
  'Tuyên truyền',
];
const OBJECTS = [
  'thủ tục hành chính',
  'hồ sơ trực tuyến',
  'quy định kinh doanh',
  'dịch vụ công',
  'kết quả giải quyết',
  'văn bản quy phạm pháp luật',
  'quy trình nội bộ',
  'cơ sở dữ liệu',
  'chỉ số hài lòng',
  'bộ phận một cửa',
  'kho dữ liệu điện tử',
  'phần mềm quản lý',
];
const FIELDS = [
  'khoa học',
  'công nghệ',
  'đo lường',
  'chất lượng',
  'an toàn bức xạ',
  'sở hữu trí tuệ',
  'năng lượng nguyên tử',
  'thông tin',
  'tiêu chuẩn',
  'thanh tra',
  'tài chính',
  'tổ chức cán bộ',
  'văn thư lưu trữ',
  'chuyển đổi số',
];
const DEADLINES = [
  'Quý I/2025',
  'Quý II/2025',
  'Quý III/2025',
  'Tháng 6/2025',
  'Trước ngày 20/6/2025',
  'Thường xuyên',
  '15/12/2025',
  'Hằng quý',
];

export interface PlanTask {
  readonly stt: string;
  readonly content: string;
  readonly lead: string;
  readonly support: string;
  readonly deadline: string;
}

/** Task texts that differ from each other as real ones do (shared vocabulary, different mixes). */
export function planTasks(count: number, seed: number, units: readonly string[] = UNITS) {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const tasks: PlanTask[] = [];
  for (let i = 0; i < count; i++) {
    const words = [
      pick(VERBS),
      pick(OBJECTS),
      'lĩnh vực',
      pick(FIELDS),
      'và',
      pick(OBJECTS),
      pick(FIELDS),
      `đợt ${i + 1}`,
    ];
    tasks.push({
      stt: String(i + 1),
      content: words.join(' '),
      lead: units[i % units.length]!,
      support: units[(i + 1) % units.length]!,
      deadline: pick(DEADLINES),
    });
  }
  return tasks;
}

export interface PlanSheetOptions {
  readonly title?: string;
  /** "Đơn vị báo cáo: …" above the header (a unit's copy). */
  readonly reportingUnit?: string;
  /** Report columns added after the plan's (a unit's copy): status per task. */
  readonly status?: (task: PlanTask, index: number) => string | undefined;
  /** Tasks per section ("I", "II", …); 0 for none. */
  readonly sectionEvery?: number;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** Writes a plan table into a worksheet; returns the 1-based header row. */
export function writePlanSheet(
  ws: ExcelJS.Worksheet,
  tasks: readonly PlanTask[],
  options: PlanSheetOptions = {},
): number {
  ws.addRow(['SỞ KHOA HỌC VÀ CÔNG NGHỆ']);
  ws.addRow([options.title ?? 'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025']);
  if (options.reportingUnit) ws.addRow([`Đơn vị báo cáo: ${options.reportingUnit}`]);
  ws.addRow([]);
  const header = [...TASK_HEADER, ...(options.status ? ['Tình trạng'] : [])];
  const headerRow = ws.addRow(header).number;
  tasks.forEach((t, i) => {
    if (options.sectionEvery && i % options.sectionEvery === 0) {
      const s = Math.floor(i / options.sectionEvery);
      ws.addRow([ROMAN[s % ROMAN.length]! + (s >= ROMAN.length ? `.${s}` : ''), `Phần ${s + 1}`]);
    }
    const status = options.status?.(t, i);
    ws.addRow([t.stt, t.content, t.lead, t.support, t.deadline, ...(status ? [status] : [])]);
  });
  ws.getColumn(2).width = 60;
  return headerRow;
}

/** The roster sheet "Danh mục đơn vị". */
export function writeRoster(wb: ExcelJS.Workbook, units: readonly string[] = UNITS): void {
  const ws = wb.addWorksheet('Danh mục đơn vị');
  ws.addRow(['Tên đơn vị', 'Tên khác']);
  for (const u of units) ws.addRow([u]);
}

export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'PhuLuc tests';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

/** The workbook's bytes, the same on every run. */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return withFixedZipDates(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

/** A plan workbook: one sheet of tasks and the roster. */
export async function planWorkbook(
  tasks: readonly PlanTask[],
  options: PlanSheetOptions & { sheet?: string; units?: readonly string[] } = {},
): Promise<Uint8Array> {
  const wb = newWorkbook();
  writePlanSheet(wb.addWorksheet(options.sheet ?? 'PL1 Nhiệm vụ'), tasks, options);
  writeRoster(wb, options.units);
  return workbookBytes(wb);
}
