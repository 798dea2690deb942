/** The "Tổng hợp chỉ tiêu" sheet: every plan indicator, its consolidated result and each unit's figure. */
import type {
  ConsolidatedIndicator,
  Consolidation,
  UnitIndicatorReport,
} from '../consolidate/types';
import { frameText, type ReportContext } from './_lib/context';
import { displayText, SheetDraft } from './_lib/draft';
import { addSignerBlock, addTopBlock, printSetup } from './_lib/frame';
import { oneLineWidth } from './_lib/measure';
import { emptyTableRow, headerRow, note, orNull } from './_lib/rows';
import { METHOD_LABEL_VI, REPORT_SHEET_NAMES, verdictVi } from './labels';
import { BODY_SIZE, type ReportSheet, type ReportValue, type StyleName } from './types';

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

const figureOf = (i: ConsolidatedIndicator, u: string) =>
  unitFigure(i.reports.find((r) => r.unit === u));

/**
 * The indicator sheet: the indicators under their group headings, one figure column per unit,
 * the note on averaged rates and the signers.
 * @example indicatorsSheet(reportContext(consolidation)).name // 'Tổng hợp chỉ tiêu'
 */
export function indicatorsSheet(ctx: ReportContext): ReportSheet {
  const { c } = ctx;
  const units = indicatorUnits(c);
  const needs = units.map((u) =>
    unitColumnNeed(
      u,
      c.indicators.map((i) => displayText(figureOf(i, u))),
    ),
  );
  const d = new SheetDraft(indicatorWidths(units.length, needs));
  addTopBlock(d, frameText(ctx, 'BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU'));
  const header = headerRow(d, [...INDICATOR_HEADERS, ...units]);
  let group: string | undefined;
  for (const i of c.indicators) {
    if (i.group !== undefined && i.group !== group) addGroupRow(d, i.group);
    group = i.group;
    addIndicatorRow(d, i, units);
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

function addGroupRow(d: SheetDraft, group: string): void {
  const [label, title] = splitGroup(group);
  d.add([
    { from: 0, value: label, style: 'sectionLabel' },
    { from: 1, to: d.last, value: title, style: 'section' },
  ]);
}

function addIndicatorRow(d: SheetDraft, i: ConsolidatedIndicator, units: readonly string[]): void {
  d.addCells([
    [i.stt, 'bodyCenter'],
    [i.name, 'body'],
    [orNull(i.unit), 'bodyCenter'],
    [orNull(i.targetText), 'bodyCenter'],
    [i.actual, 'bodyNumber'],
    [METHOD_LABEL_VI[i.method], 'bodyCenter'],
    [i.ratio === null ? null : Math.round(i.ratio * 100) / 100, 'bodyPercent'],
    [verdictVi(i), 'bodyCenter'],
    ...units.map((u): [ReportValue, StyleName] => [figureOf(i, u), 'bodyNumber']),
  ]);
}
