/**
 * Builds the four report sheets of DOMAIN.md §5 from a consolidation, ready to print on A4 in
 * the style of Nghị định 30/2020/NĐ-CP. The result is data (`ReportBook`); writers put it into
 * a workbook.
 */
import type {
  ConsolidatedIndicator,
  ConsolidatedTask,
  Consolidation,
  TaskStatus,
  UnitIndicatorReport,
} from '../consolidate/types';
import { formatIssue } from '../issues/messages';
import type { Issue, Severity } from '../issues/types';
import { periodHeading } from '../period/period';
import { displayText, SheetDraft, type Span } from './_lib/draft';
import { oneLineWidth } from './_lib/measure';
import {
  addSignerBlock,
  addTopBlock,
  placeFromAgency,
  PLACEHOLDER,
  printSetup,
} from './_lib/frame';
import { METHOD_LABEL_VI, SEVERITY_LABEL_VI, STATUS_LABEL_VI, verdictVi } from './labels';
import {
  BODY_SIZE,
  type ReportBook,
  type ReportSheet,
  type ReportValue,
  type StyleName,
} from './types';

export interface ReportOptions {
  /** Who signs for the agency; default "GIÁM ĐỐC". */
  readonly signer?: string;
  /** Who prepared the figures; default "NGƯỜI LẬP BIỂU". */
  readonly preparer?: string;
  /** Place in the date line; default: the province of the parent agency ("UBND TỈNH QUẢNG TRỊ" → "Quảng Trị"), else a dotted placeholder. */
  readonly place?: string;
}

/** Names of the report sheets, in order. */
export const REPORT_SHEET_NAMES = {
  tasks: 'Tổng hợp nhiệm vụ',
  indicators: 'Tổng hợp chỉ tiêu',
  tracker: 'Tình hình báo cáo',
  issues: 'Kết quả kiểm tra',
} as const;

interface Context {
  readonly c: Consolidation;
  readonly place: string;
  readonly signer: string;
  readonly preparer: string;
}

/**
 * The report workbook of a consolidation: "Tổng hợp nhiệm vụ", "Tổng hợp chỉ tiêu", "Tình hình
 * báo cáo" and "Kết quả kiểm tra".
 * @example buildReport(consolidation).sheets.map((s) => s.name) // ['Tổng hợp nhiệm vụ', 'Tổng hợp chỉ tiêu', 'Tình hình báo cáo', 'Kết quả kiểm tra']
 */
export function buildReport(c: Consolidation, options: ReportOptions = {}): ReportBook {
  const ctx: Context = {
    c,
    place: options.place ?? placeFromAgency(c.plan.parentAgency) ?? PLACEHOLDER,
    signer: options.signer ?? 'GIÁM ĐỐC',
    preparer: options.preparer ?? 'NGƯỜI LẬP BIỂU',
  };
  return {
    asOf: c.asOf,
    sheets: [tasksSheet(ctx), indicatorsSheet(ctx), trackerSheet(ctx), issuesSheet(ctx)],
  };
}

// ---------------------------------------------------------------------------------------------
// Tổng hợp nhiệm vụ

export interface TaskSummary {
  readonly total: number;
  readonly byStatus: Readonly<Record<TaskStatus, number>>;
  /** Done (on time or late) ÷ (total − not applicable) × 100, to 1 decimal; null when nothing counts. */
  readonly percentDone: number | null;
}

/**
 * Counts of the task summary block.
 * @example summarizeTasks([{ status: 'completed-on-time' }, { status: 'overdue' }, { status: 'not-applicable' }]).percentDone // 50
 */
export function summarizeTasks(tasks: readonly Pick<ConsolidatedTask, 'status'>[]): TaskSummary {
  const byStatus: Record<TaskStatus, number> = {
    'completed-on-time': 0,
    'completed-late': 0,
    'in-progress': 0,
    overdue: 0,
    'not-started': 0,
    'not-applicable': 0,
    'not-reported': 0,
  };
  for (const t of tasks) byStatus[t.status] += 1;
  const counted = tasks.length - byStatus['not-applicable'];
  const done = byStatus['completed-on-time'] + byStatus['completed-late'];
  return {
    total: tasks.length,
    byStatus,
    percentDone: counted > 0 ? Math.round((done / counted) * 1000) / 10 : null,
  };
}

/**
 * The status cell of a task: its label, or every lead's own words when the leads disagree.
 * @example taskStatusText({ status: 'overdue', conflict: false, lead: [], reports: [] }) // 'Quá hạn'
 */
export function taskStatusText(
  t: Pick<ConsolidatedTask, 'status' | 'conflict' | 'lead' | 'reports'>,
): string {
  if (!t.conflict) return STATUS_LABEL_VI[t.status];
  const leads = t.reports.filter((r) => t.lead.includes(r.unit));
  const shown = leads.length >= 2 ? leads : t.reports;
  return shown.map((r) => `${r.unit}: ${r.statusText}`).join('; ');
}

/** The latest completion date the task's lead units give, for done tasks. */
function completionDate(t: ConsolidatedTask): string | null {
  if (t.status !== 'completed-on-time' && t.status !== 'completed-late') return null;
  const leadDates = t.reports
    .filter((r) => t.lead.includes(r.unit) && r.completedOn)
    .map((r) => r.completedOn!);
  const dates = leadDates.length > 0 ? leadDates : t.reports.flatMap((r) => r.completedOn ?? []);
  return dates.length > 0 ? dates.reduce((a, b) => (b > a ? b : a)) : null;
}

/** "Kết quả, minh chứng": what each unit did and its evidence, prefixed by the unit when several. */
function resultText(t: ConsolidatedTask): string {
  const parts = t.reports
    .map((r) => ({ unit: r.unit, text: [r.result, r.evidence].filter(nonEmpty).join('\n') }))
    .filter((p) => p.text !== '');
  if (parts.length === 1) return parts[0]!.text;
  return parts.map((p) => `${p.unit}: ${p.text}`).join('\n');
}

function notesText(t: ConsolidatedTask): string {
  return t.reports
    .filter((r) => nonEmpty(r.note))
    .map((r) => `${r.unit}: ${r.note!.trim()}`)
    .join('\n');
}

function nonEmpty(s: string | undefined): s is string {
  return s !== undefined && s.trim() !== '';
}

function orNull(s: string): string | null {
  return s.trim() === '' ? null : s;
}

const TASK_HEADERS = [
  'STT',
  'Nội dung nhiệm vụ',
  'Đơn vị chủ trì',
  'Thời hạn',
  'Tình trạng',
  'Ngày hoàn thành',
  'Kết quả, minh chứng',
  'Ý kiến của đơn vị',
];
// "Kết quả, minh chứng" gathers every unit's results and evidence: it gets the room, so rows stay short.
const TASK_WIDTHS = [5, 34, 14, 11, 12, 11, 28, 19];

function tasksSheet(ctx: Context): ReportSheet {
  const { c } = ctx;
  const d = new SheetDraft(TASK_WIDTHS);
  addTopBlock(d, frameText(ctx, 'BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ'));
  const header = headerRow(d, TASK_HEADERS);
  let path: readonly string[] = [];
  for (const t of c.tasks) {
    const changed = t.sectionPath.findIndex((label, i) => label !== path[i]);
    if (changed >= 0) {
      for (let i = changed; i < t.sectionPath.length; i++) {
        d.add([
          { from: 0, value: t.sectionPath[i]!, style: 'sectionLabel' },
          { from: 1, to: d.last, value: t.sectionTitles[i] ?? '', style: 'section' },
        ]);
      }
    }
    path = t.sectionPath;
    const done = completionDate(t);
    d.addCells([
      [t.stt, 'bodyCenter'],
      [t.content, 'body'],
      [orNull(t.leadText) ?? orNull(t.lead.join(', ')), 'body'],
      [orNull(t.deadlineText), 'bodyCenter'],
      [taskStatusText(t), 'bodyCenter'],
      [done ? { date: done } : null, 'bodyDate'],
      [orNull(resultText(t)), 'body'],
      [orNull(notesText(t)), 'body'],
    ]);
  }
  if (c.tasks.length === 0) emptyTableRow(d, 'Không có nhiệm vụ nào trong kế hoạch.');
  const lastBodyRow = d.next - 1;

  const s = summarizeTasks(c.tasks);
  d.blank();
  const label = { from: 0, to: 1 };
  const value = { from: 2, to: 2 };
  const counted = [
    'completed-on-time',
    'completed-late',
    'in-progress',
    'overdue',
    'not-reported',
    'not-applicable',
    'not-started',
  ] as const;
  const lines: [string, ReportValue, StyleName, StyleName][] = [
    ['Tổng số nhiệm vụ', s.total, 'summaryTotal', 'summaryNumber'],
    ...counted.map((k): [string, ReportValue, StyleName, StyleName] => [
      STATUS_LABEL_VI[k],
      s.byStatus[k],
      'summaryLabel',
      'summaryNumber',
    ]),
    ['Tỷ lệ hoàn thành (%)', s.percentDone ?? '—', 'summaryTotal', 'summaryPercent'],
  ];
  for (const [text, v, labelStyle, valueStyle] of lines) {
    d.add([
      { ...label, value: text, style: labelStyle },
      { ...value, value: v, style: valueStyle },
    ]);
  }
  note(
    d,
    'Tỷ lệ hoàn thành = (Hoàn thành đúng hạn + Hoàn thành quá hạn) ÷ (Tổng số nhiệm vụ − Không phát sinh) × 100.',
  );
  addSignerBlock(d, ctx.preparer, ctx.signer);
  return d.sheet(
    REPORT_SHEET_NAMES.tasks,
    'tasks',
    [header, header],
    printSetup('landscape'),
    lastBodyRow,
  );
}

// ---------------------------------------------------------------------------------------------
// Tổng hợp chỉ tiêu

const INDICATOR_HEADERS = [
  'STT',
  'Chỉ tiêu',
  'Đơn vị tính',
  'Chỉ tiêu giao',
  'Kết quả',
  'Cách tính',
  'Tỷ lệ đạt so với chỉ tiêu (%)',
  'Đánh giá',
];
/** Widths without the indicator name (index 1), which takes what the unit columns leave. */
const INDICATOR_WIDTHS = [5, 0, 8, 12, 10, 16, 10, 11];
const INDICATOR_NAME_MIN = 24;
/**
 * Unit columns are 10 wide, narrowed down to 8 when there are many units; wider (up to 14) when
 * a figure ("700/1000") or a word of the unit's name ("KH&CN") needs it, so neither breaks.
 */
const UNIT_WIDTH = { max: 10, min: 8, widest: 14 } as const;
/** Width a landscape sheet fills at 100 % (A4, 30 + 15 mm margins). */
const LANDSCAPE_WIDTH = 130;

/**
 * Column widths of the indicator sheet for `units` unit columns: the unit columns share what the
 * fixed ones leave (8–10 each), the indicator name takes the rest (at least 24). `needs` gives
 * each unit column the width its figures and header words need on one line (see
 * {@link unitColumnNeed}); a column is widened to it, up to 14. Past the page's width the sheet
 * is scaled to fit when printed.
 * @example indicatorWidths(2) // [5, 38, 8, 12, 10, 16, 10, 11, 10, 10]
 * @example indicatorWidths(4).slice(8) // [8.5, 8.5, 8.5, 8.5]
 * @example indicatorWidths(12, [10.5]).slice(8, 10) // [10.5, 8]
 */
export function indicatorWidths(units: number, needs: readonly number[] = []): number[] {
  const fixed = INDICATOR_WIDTHS.reduce((s, w) => s + w, 0) + INDICATOR_NAME_MIN;
  const share = units > 0 ? (LANDSCAPE_WIDTH - fixed) / units : UNIT_WIDTH.max;
  const unit = Math.min(UNIT_WIDTH.max, Math.max(UNIT_WIDTH.min, Math.floor(share * 2) / 2));
  const unitWidths = Array.from({ length: units }, (_, i) =>
    Math.max(unit, Math.min(UNIT_WIDTH.widest, needs[i] ?? 0)),
  );
  const widths = [...INDICATOR_WIDTHS, ...unitWidths];
  const unitsWidth = unitWidths.reduce((s, w) => s + w, 0);
  widths[1] = Math.max(
    INDICATOR_NAME_MIN,
    LANDSCAPE_WIDTH - (fixed - INDICATOR_NAME_MIN) - unitsWidth,
  );
  return widths;
}

/**
 * The width a unit column needs so that none of its figures wraps ("700/1000" broken after
 * "700/100") and no word of its header is broken ("KH&C" over "N"): the widest figure (regular)
 * or header word (bold), on one line.
 * @example unitColumnNeed('Trung tâm Thông tin và Ứng dụng tiến bộ KH&CN', ['700/1000']) // 10.5
 */
export function unitColumnNeed(name: string, figures: readonly string[]): number {
  let need = 0;
  for (const word of name.split(/\s+/)) need = Math.max(need, oneLineWidth(word, BODY_SIZE, true));
  for (const f of figures) need = Math.max(need, oneLineWidth(f, BODY_SIZE, false));
  return need;
}

/**
 * A unit's figures for an indicator: "85/100" when it gave numerator and denominator, else its
 * value.
 * @example unitFigure({ numerator: 85, denominator: 100, value: 85 }) // '85/100'
 * @example unitFigure({ numerator: null, denominator: null, value: 92.5 }) // 92.5
 */
export function unitFigure(
  r: Pick<UnitIndicatorReport, 'numerator' | 'denominator' | 'value'> | undefined,
): string | number | null {
  if (!r) return null;
  if (r.numerator !== null && r.denominator !== null) return `${r.numerator}/${r.denominator}`;
  return r.value;
}

/** Units with a column: the roster's, then any other unit that reported a figure. */
function indicatorUnits(c: Consolidation): string[] {
  const units = c.units.map((u) => u.name);
  for (const i of c.indicators)
    for (const r of i.reports) if (!units.includes(r.unit)) units.push(r.unit);
  return units;
}

function splitGroup(group: string): [string | null, string] {
  const m = /^\s*([IVXLC]+|[A-ZĐ]|\d+(?:\.\d+)*)[.)]\s+(.+)$/su.exec(group);
  return m ? [m[1]!, m[2]!] : [null, group];
}

function indicatorsSheet(ctx: Context): ReportSheet {
  const { c } = ctx;
  const units = indicatorUnits(c);
  const figure = (i: ConsolidatedIndicator, u: string) =>
    unitFigure(i.reports.find((r) => r.unit === u));
  const needs = units.map((u) =>
    unitColumnNeed(
      u,
      c.indicators.map((i) => displayText(figure(i, u))),
    ),
  );
  const widths = indicatorWidths(units.length, needs);
  const d = new SheetDraft(widths);
  addTopBlock(d, frameText(ctx, 'BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU'));
  const header = headerRow(d, [...INDICATOR_HEADERS, ...units]);
  let group: string | undefined;
  for (const i of c.indicators) {
    if (i.group !== undefined && i.group !== group) {
      const [label, title] = splitGroup(i.group);
      d.add([
        { from: 0, value: label, style: 'sectionLabel' },
        { from: 1, to: d.last, value: title, style: 'section' },
      ]);
    }
    group = i.group;
    d.addCells([
      [i.stt, 'bodyCenter'],
      [i.name, 'body'],
      [orNull(i.unit), 'bodyCenter'],
      [orNull(i.targetText), 'bodyCenter'],
      [i.actual, 'bodyNumber'],
      [METHOD_LABEL_VI[i.method], 'bodyCenter'],
      [i.ratio === null ? null : Math.round(i.ratio * 100) / 100, 'bodyPercent'],
      [verdictVi(i), 'bodyCenter'],
      ...units.map((u): [ReportValue, StyleName] => [figure(i, u), 'bodyNumber']),
    ]);
  }
  if (c.indicators.length === 0) emptyTableRow(d, 'Không có chỉ tiêu nào trong kế hoạch.');
  const lastBodyRow = d.next - 1;
  const mean = c.indicators.filter((i) => i.method === 'mean');
  if (mean.length > 0) {
    d.blank(8);
    note(d, meanNote(mean));
  }
  addSignerBlock(d, ctx.preparer, ctx.signer);
  return d.sheet(
    REPORT_SHEET_NAMES.indicators,
    'indicators',
    [header, header],
    printSetup('landscape'),
    lastBodyRow,
  );
}

/**
 * The note under the indicator table when some rates are the mean of the units' rates.
 * @example meanNote([{ stt: '2' }]).startsWith('Ghi chú: Chỉ tiêu 2') // true
 */
export function meanNote(indicators: readonly Pick<ConsolidatedIndicator, 'stt'>[]): string {
  const list = indicators.map((i) => i.stt).join(', ');
  return (
    `Ghi chú: Chỉ tiêu ${list} được tổng hợp bằng trung bình cộng tỷ lệ của các đơn vị vì không ` +
    'đơn vị nào báo cáo tử số và mẫu số; khi quy mô các đơn vị khác nhau, kết quả này chỉ mang ' +
    'tính tham khảo (cách đúng là Σ tử số ÷ Σ mẫu số).'
  );
}

// ---------------------------------------------------------------------------------------------
// Tình hình báo cáo

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
const TRACKER_WIDTHS = [6, 34, 12, 30, 12, 12, 10, 14];

function trackerSheet(ctx: Context): ReportSheet {
  const { c } = ctx;
  const d = new SheetDraft(TRACKER_WIDTHS);
  addTopBlock(d, frameText(ctx, 'TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ'));
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
  const lastBodyRow = d.next - 1;
  const sent = c.units.filter((u) => u.submitted);
  const missing = c.units.filter((u) => !u.submitted).map((u) => u.name);
  d.blank(8);
  note(d, `Số đơn vị đã gửi báo cáo: ${sent.length}/${c.units.length} đơn vị.`);
  note(
    d,
    missing.length > 0
      ? `Đơn vị chưa gửi báo cáo (${missing.length}): ${missing.join(', ')}.`
      : 'Tất cả các đơn vị đã gửi báo cáo.',
  );
  addSignerBlock(d, ctx.preparer, ctx.signer);
  return d.sheet(
    REPORT_SHEET_NAMES.tracker,
    'tracker',
    [header, header],
    printSetup('landscape'),
    lastBodyRow,
  );
}

// ---------------------------------------------------------------------------------------------
// Kết quả kiểm tra

const ISSUE_HEADERS = ['STT', 'Mức độ', 'Tệp', 'Trang', 'Ô', 'Nội dung', 'Message'];
const ISSUE_WIDTHS = [5, 10, 18, 12, 14, 40, 31];

/** One row of the issue table (unmerged rows and conflicts come as issues too). */
interface IssueLine {
  readonly severity: Severity;
  readonly file: string;
  readonly sheet: string;
  readonly cell: string;
  readonly vi: string;
  readonly en: string;
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** 1-based row and 0-based column of "E35" or "A12:E12" (its first cell), for sorting. */
function cellOrder(cell: string): [number, number] {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(cell);
  if (!m) return [Number.MAX_SAFE_INTEGER, 0];
  const col = [...m[1]!.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(m[2]), col];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Sorts issue lines: errors, warnings, information; then the plan's file before the units'
 * files, by file name, sheet, row and column.
 */
export function sortIssueLines<T extends Omit<IssueLine, 'vi' | 'en'>>(
  lines: readonly T[],
  planFile: string,
): T[] {
  return [...lines].sort((a, b) => {
    const [ar, ac] = cellOrder(a.cell);
    const [br, bc] = cellOrder(b.cell);
    return (
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      Number(a.file !== planFile) - Number(b.file !== planFile) ||
      compareText(a.file, b.file) ||
      compareText(a.sheet, b.sheet) ||
      ar - br ||
      ac - bc
    );
  });
}

function issueLine(i: Issue, planFile: string): IssueLine {
  return {
    severity: i.severity,
    file: i.file ?? planFile,
    sheet: i.sheet ?? '',
    cell: i.cell ?? '',
    vi: formatIssue(i, 'vi'),
    en: formatIssue(i, 'en'),
  };
}

function issuesSheet(ctx: Context): ReportSheet {
  const { c } = ctx;
  const d = new SheetDraft(ISSUE_WIDTHS);
  addTopBlock(d, frameText(ctx, 'KẾT QUẢ KIỂM TRA CÁC TỆP BÁO CÁO'));
  const header = headerRow(d, ISSUE_HEADERS);
  const lines = sortIssueLines(
    c.issues.map((i) => issueLine(i, c.plan.file)),
    c.plan.file,
  );
  lines.forEach((l, n) => {
    const where = l.sheet && l.cell ? `${l.sheet}!${l.cell}` : l.cell;
    const linkable = l.file === c.plan.file && l.sheet !== '' && l.cell !== '';
    const firstCell = l.cell.split(':')[0]!.replace(/\$/g, '');
    d.addCells([
      [n + 1, 'bodyCenter'],
      [SEVERITY_LABEL_VI[l.severity], 'bodyCenter'],
      [l.file, 'body'],
      [orNull(l.sheet), 'body'],
      [
        linkable ? { link: { sheet: l.sheet, cell: firstCell }, text: where } : orNull(where),
        linkable ? 'bodyLink' : 'body',
      ],
      [l.vi, 'body'],
      [l.en, 'body'],
    ]);
  });
  if (lines.length === 0) emptyTableRow(d, 'Không phát hiện vấn đề nào.');
  const lastBodyRow = d.next - 1;
  const count = (s: Severity) => lines.filter((l) => l.severity === s).length;
  d.blank(8);
  note(
    d,
    `Tổng số: ${count('error')} lỗi, ${count('warning')} cảnh báo, ${count('info')} thông tin.`,
  );
  addSignerBlock(d, ctx.preparer, ctx.signer);
  return d.sheet(
    REPORT_SHEET_NAMES.issues,
    'issues',
    [header, header],
    printSetup('landscape'),
    lastBodyRow,
  );
}

// ---------------------------------------------------------------------------------------------
// Shared pieces

function frameText(ctx: Context, title: string) {
  const planTitle = ctx.c.plan.title?.trim();
  return {
    plan: ctx.c.plan,
    place: ctx.place,
    asOf: ctx.c.asOf,
    title: planTitle ? [title, planTitle.toLocaleUpperCase('vi')] : [title],
    period: periodHeading(ctx.c.period),
  };
}

function headerRow(d: SheetDraft, labels: readonly string[]): number {
  return d.add(labels.map((value, from): Span => ({ value, style: 'header', from })));
}

function emptyTableRow(d: SheetDraft, text: string): void {
  d.add([{ from: 0, to: d.last, value: text, style: 'body' }]);
}

function note(d: SheetDraft, text: string): void {
  d.add([{ from: 0, to: d.last, value: text, style: 'note' }]);
}
