import type { Target } from '../../core/indicator/target';
import type { ScanResult } from '../../core/scan';
import { foldVietnamese } from '../../core/text/fold';
import { formatNumber, formatPercentage } from '../../core/text/number';
import { paint, type CliIo } from '../io';
import { columnLines, shorten, vi, type Style } from './format';

const isPercent = (unit: string) =>
  ['%', '(%)', 'ty le', 'ty le %', 'ty le (%)', 'phan tram'].includes(foldVietnamese(unit));

/**
 * A value in its unit: "71,68 %" (vi) or "71.68%" (en); "12 văn bản" for other units.
 * @example valueText(71.68, '%', 'vi') // '71,68 %'
 */
export function valueText(value: number, unit: string, locale: 'vi' | 'en'): string {
  if (isPercent(unit)) return formatPercentage(value, locale);
  const u = unit.trim();
  return u ? `${formatNumber(value, locale)} ${u}` : formatNumber(value, locale);
}

/**
 * A target in words, "Tối thiểu 80 %" / "at least 80%"; the plan's own text when it cannot be read.
 * @example targetPhrase({ op: '>=', value: 80 }, 'Tối thiểu 80', '%', 'en') // 'at least 80%'
 */
export function targetPhrase(
  target: Target | null | undefined,
  targetText: string,
  unit: string,
  locale: 'vi' | 'en',
): string {
  if (!target) return shorten(targetText || '—', 30);
  const v = (n: number) => valueText(n, unit, locale);
  if (target.op === 'range')
    return locale === 'vi'
      ? `Từ ${v(target.min)} đến ${v(target.max)}`
      : `${v(target.min)} to ${v(target.max)}`;
  const words = {
    '>=': ['Tối thiểu', 'at least'],
    '>': ['Trên', 'more than'],
    '<=': ['Tối đa', 'at most'],
    '<': ['Dưới', 'less than'],
  }[target.op];
  return `${words[locale === 'vi' ? 0 : 1]} ${v(target.value)}`;
}

/** What the summaries need of an indicator, in a plan or in a consolidation. */
export interface IndicatorLine {
  readonly key: string;
  readonly name: string;
  readonly unit: string;
  readonly targetText: string;
  readonly target?: Target | null;
  readonly actual?: number | null;
  readonly achieved?: boolean | null;
  /** How units' figures were combined (consolidation only). */
  readonly method?: 'weighted' | 'mean' | 'single' | 'sum' | 'none';
}

const METHOD: Record<NonNullable<IndicatorLine['method']>, [string, string] | null> = {
  weighted: ['bình quân gia quyền', 'weighted'],
  mean: ['trung bình cộng', 'plain mean'],
  single: ['một đơn vị', 'one unit'],
  sum: ['tổng các đơn vị', 'sum of units'],
  none: null,
};

/**
 * Each indicator's result: a Vietnamese line in aligned columns (verdict, key, result against
 * target, name) and its English line beneath.
 */
export function indicatorResultLines(
  io: CliIo,
  indent: string,
  items: readonly IndicatorLine[],
): string[] {
  const rows = items.map((i) => {
    const [verdictVi, verdictEn, style]: [string, string, Style] =
      i.achieved === true
        ? ['[Đạt]', '[achieved]', 'green']
        : i.achieved === false
          ? ['[Không đạt]', '[not achieved]', 'red']
          : ['[Không đánh giá được]', '[cannot judge]', 'gray'];
    const method = i.method ? METHOD[i.method] : null;
    const actual = (locale: 'vi' | 'en') =>
      i.actual === null || i.actual === undefined ? '—' : valueText(i.actual, i.unit, locale);
    const result = (locale: 'vi' | 'en') =>
      `${actual(locale)}${method ? ` (${method[locale === 'vi' ? 0 : 1]})` : ''} / ${targetPhrase(i.target, i.targetText, i.unit, locale)}`;
    return {
      cells: [
        { text: verdictVi, style },
        { text: i.key },
        { text: result('vi') },
        { text: shorten(i.name, 50) },
      ],
      en: `${paint(io, style, verdictEn)} ${result('en')}`,
    };
  });
  const aligned = columnLines(
    io,
    indent,
    null,
    rows.map((r) => r.cells),
  );
  return aligned.flatMap((line, n) => [line, `${indent}    ${paint(io, 'dim', rows[n]!.en)}`]);
}

/**
 * Achievement of each indicator that has a reported value.
 * @example indicatorLines(io, scan)[1] // 'Chỉ tiêu / Indicators: 12'
 */
export function indicatorLines(io: CliIo, result: ScanResult): string[] {
  const items = result.tables.flatMap((t) => (t.kind === 'indicators' ? t.items : []));
  if (items.length === 0) return [];
  const achieved = items.filter((i) => i.achieved === true).length;
  const missed = items.filter((i) => i.achieved === false).length;
  const noData = items.filter((i) => i.actual === null || i.actual === undefined).length;
  const unjudged = items.length - achieved - missed - noData;
  return [
    '',
    paint(io, 'bold', `Chỉ tiêu / Indicators: ${vi(items.length)}`),
    `  ${paint(io, 'green', `Đạt / achieved: ${vi(achieved)}`)} · ${paint(io, 'red', `Không đạt / not achieved: ${vi(missed)}`)} · Chưa có số liệu / no data: ${vi(noData)}${unjudged ? ` · không đánh giá được / cannot judge: ${vi(unjudged)}` : ''}`,
    ...indicatorResultLines(
      io,
      '  ',
      items.filter((i) => i.actual !== null && i.actual !== undefined),
    ),
  ];
}
