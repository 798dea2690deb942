/** The "Tổng hợp chỉ tiêu" sheet: every plan indicator, its consolidated result and each unit's figure. */
import type {
  ConsolidatedIndicator,
  Consolidation,
  UnitIndicatorReport,
} from '../consolidate/types';
import { appendixText, type ReportContext } from './_lib/context';
import { formatNumber } from '../text/number';
import { cellTexts, tableText } from './_lib/cell-text';
import { shareWidths } from './_lib/columns';
import { SheetDraft } from './_lib/draft';
import { addAppendixTop, printSetup } from './_lib/frame';
import { pageUnits } from './_lib/paginate';
import { emptyTableRow, headerRow, note, orNull } from './_lib/rows';
import { REPORT_SHEET_NAMES, verdictVi } from './labels';
import type { ReportSheet, ReportValue, StyleName } from './types';

export const INDICATORS_TITLE = 'TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU';

const INDICATOR_HEADERS = [
  'STT',
  'Chỉ tiêu',
  'Đơn vị tính',
  'Chỉ tiêu giao',
  'Kết quả',
  'Tỷ lệ đạt (%)',
  'Đánh giá',
];
/**
 * Narrowest each column starts at (a unit column: 8), before widening so no word or figure
 * breaks ("700/1000", "KH&CN"); the page's width left over goes where it saves most lines
 * (the indicator name, the unit names of the header, the target and the verdict).
 */
const INDICATOR_MIN_WIDTHS = [5, 20, 6, 9, 8, 8, 9];
const UNIT_MIN_WIDTH = 8;

/**
 * A unit's figures for an indicator: "85/100" when it gave numerator and denominator, else its
 * value.
 * @example unitFigure({ numerator: 85, denominator: 100, value: 85 }) // '85/100'
 * @example unitFigure({ numerator: null, denominator: null, value: 92.5 }) // '92,5'
 */
export function unitFigure(
  r: Pick<UnitIndicatorReport, 'numerator' | 'denominator' | 'value'> | undefined,
): string | null {
  if (!r) return null;
  if (r.numerator !== null && r.denominator !== null) return `${r.numerator}/${r.denominator}`;
  return r.value === null ? null : formatNumber(r.value, 'vi');
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
 * The indicator sheet, appendix `appendix` of the report (an appendix is not signed: the
 * report's signers sign it): the indicators under their group headings, one figure column per
 * unit, and the note on averaged rates.
 * @example indicatorsSheet(reportContext(consolidation), 1).name // 'Tổng hợp chỉ tiêu'
 */
export function indicatorsSheet(ctx: ReportContext, appendix: number): ReportSheet {
  const { c } = ctx;
  const units = indicatorUnits(c);
  const headers = [...INDICATOR_HEADERS, ...units];
  const cells = c.indicators.map((i) => indicatorCells(i, units));
  const print = printSetup('landscape');
  const widths = shareWidths(
    [headers.map((h) => tableText(h, 'header')), ...cells.map(cellTexts)],
    [...INDICATOR_MIN_WIDTHS, ...units.map(() => UNIT_MIN_WIDTH)],
    // The unit columns share the width too: five unit names in 8-unit columns made a 7-line
    // header, taller than two indicators' rows.
    [1, ...units.map((_, u) => INDICATOR_HEADERS.length + u), 3, 6],
    pageUnits(print),
  );
  const d = new SheetDraft(widths);
  addAppendixTop(d, appendixText(ctx, appendix, INDICATORS_TITLE));
  const header = headerRow(d, headers);
  let group: string | undefined;
  c.indicators.forEach((i, n) => {
    if (i.group !== undefined && i.group !== group) addGroupRow(d, i.group);
    group = i.group;
    d.addCells(cells[n]!);
  });
  if (c.indicators.length === 0) emptyTableRow(d, 'Không có chỉ tiêu nào trong kế hoạch.');
  const mean = c.indicators.filter((i) => i.method === 'mean');
  if (mean.length > 0) {
    d.keepWithNext('if-room');
    d.blank(8);
    d.keepWithNext();
    note(d, meanNote(mean));
  }
  return d.sheet(REPORT_SHEET_NAMES.indicators, 'indicators', [header, header], print);
}

function addGroupRow(d: SheetDraft, group: string): void {
  const [label, title] = splitGroup(group);
  // A heading never ends a page: it prints with the indicator under it.
  d.add(
    [
      { from: 0, value: label, style: 'sectionLabel' },
      { from: 1, to: d.last, value: title, style: 'section' },
    ],
    { keepWithNext: true },
  );
}

/** An indicator's row; figures in Vietnamese ("71,68", "200"), as text so every host prints them so. */
function indicatorCells(
  i: ConsolidatedIndicator,
  units: readonly string[],
): [ReportValue, StyleName][] {
  return [
    [i.stt, 'bodyCenter'],
    [i.name, 'body'],
    [orNull(i.unit), 'bodyCenter'],
    [orNull(i.targetText), 'bodyCenter'],
    [i.actual === null ? null : formatNumber(i.actual, 'vi'), 'bodyNumber'],
    [i.ratio === null ? null : formatNumber(i.ratio, 'vi', 1), 'bodyNumber'],
    [verdictVi(i), 'bodyCenter'],
    ...units.map((u): [ReportValue, StyleName] => [figureOf(i, u), 'bodyNumber']),
  ];
}
