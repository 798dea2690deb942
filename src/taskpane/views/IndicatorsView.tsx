import { METHOD_LABEL_VI } from '../../core/report-model/labels';
import { Badge, Caption1, Card, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { usePane } from '../app/store';
import { useLocale, useT } from '../i18n/locale';
import { formatDate, formatPercent, type Locale, type Text } from '../i18n/text';
import { KeyFigures } from './_lib/KeyFigures';
import { NoPlan } from './_lib/NoPlan';
import { useViewStyles, WIDE } from './_lib/styles';
import {
  indicatorRows,
  verdictCounts,
  type IndicatorRow,
  type ValueMethod,
  type Verdict,
} from './indicators/rows';

const T = {
  empty: {
    vi: 'Tại đây: các chỉ tiêu của kế hoạch, đạt hay không đạt.',
    en: 'Here: the plan’s indicators, achieved or not.',
  },
  noIndicators: {
    vi: 'Kế hoạch không có bảng chỉ tiêu nào.',
    en: 'The plan has no indicator table.',
  },
  fromPlan: {
    vi: 'Số liệu lấy từ cột kết quả thực hiện của kế hoạch.',
    en: 'Figures from the plan’s own result columns.',
  },
  fromConsolidation: {
    vi: 'Số liệu tổng hợp từ các đơn vị, tính đến ngày ',
    en: 'Figures consolidated from the units, as of ',
  },
  summary: { vi: 'Tóm tắt chỉ tiêu', en: 'Indicator summary' },
  notJudged: { vi: 'Chưa đánh giá', en: 'Not judged' },
  target: { vi: 'Chỉ tiêu', en: 'Target' },
  actual: { vi: 'Thực hiện', en: 'Actual' },
  ratio: { vi: 'Tỷ lệ so với chỉ tiêu', en: 'Ratio to target' },
  method: { vi: 'Cách tính', en: 'Method' },
  noName: { vi: '(không có tên chỉ tiêu)', en: '(no indicator name)' },
} satisfies Record<string, Text>;

const VERDICT_TEXT: Record<Verdict, Text> = {
  achieved: { vi: 'Đạt', en: 'Achieved' },
  missed: { vi: 'Không đạt', en: 'Not achieved' },
  'no-data': { vi: 'Chưa có số liệu', en: 'No data' },
  'not-judged': { vi: 'Không đánh giá được', en: 'Cannot judge' },
};

const VERDICT_COLOR = {
  achieved: 'success',
  missed: 'danger',
  'no-data': 'informative',
  'not-judged': 'warning',
} as const satisfies Record<Verdict, string>;

const METHOD_TEXT: Record<ValueMethod, Text> = {
  reported: { vi: 'Số báo cáo', en: 'Reported value' },
  counts: { vi: 'Tử số ÷ mẫu số', en: 'Numerator ÷ denominator' },
  // How units' figures were combined: worded as the printed report words it.
  weighted: { vi: METHOD_LABEL_VI.weighted, en: 'Weighted: Σ numerators ÷ Σ denominators' },
  mean: { vi: METHOD_LABEL_VI.mean, en: 'Mean of the units (no unit gave a denominator)' },
  single: { vi: METHOD_LABEL_VI.single, en: 'One unit’s figure' },
  sum: { vi: METHOD_LABEL_VI.sum, en: 'Sum of the units' },
  none: { vi: METHOD_LABEL_VI.none, en: '—' },
};

const useStyles = makeStyles({
  // At page size the groups side by side, each a readable width; one column in a pane.
  cards: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    [WIDE]: {
      display: 'grid',
      gridTemplateColumns: 'repeat(auto-fill, minmax(24rem, 1fr))',
      alignItems: 'start',
    },
  },
  group: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  head: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  name: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(auto, 9.5em) 1fr',
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    '& dt': { color: tokens.colorNeutralForeground3 },
    '& dd': { margin: 0, overflowWrap: 'anywhere' },
  },
});

/** A value in its unit: "85,5%" or "12 hồ sơ". */
function formatValue(value: number, unit: string, locale: Locale): string {
  const n = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    maximumFractionDigits: 2,
  }).format(value);
  if (unit.trim() === '%') return `${n}%`;
  return unit.trim() ? `${n} ${unit.trim()}` : n;
}

/** The target as written, with its unit when the text ends in a bare number ("Tối thiểu 80%"). */
function targetWithUnit(text: string, unit: string): string {
  const target = text.trim();
  const u = unit.trim();
  if (!target) return '—';
  if (!u || !/\d$/.test(target)) return target;
  return u === '%' ? `${target}%` : `${target} ${u}`;
}

/** Chỉ tiêu: every indicator with its target, actual, ratio, method and Đạt / Không đạt badge. */
export function IndicatorsView() {
  const pane = usePane();
  const t = useT();
  const styles = useStyles();
  const v = useViewStyles();
  const { scan, consolidation } = pane;
  const rows = useMemo(
    () => (scan ? indicatorRows(scan, consolidation) : []),
    [scan, consolidation],
  );
  const counts = useMemo(() => verdictCounts(rows), [rows]);

  if (!scan) return <NoPlan view="indicators" text={T.empty} />;
  if (rows.length === 0) {
    return (
      <div className={v.root} data-testid="indicators-view">
        <Caption1>{t(T.noIndicators)}</Caption1>
      </div>
    );
  }
  // Consecutive rows under the same heading ("1. Chỉ tiêu giao tại Nghị quyết số 01/NQ-CP").
  const groups: { title: string | undefined; rows: IndicatorRow[] }[] = [];
  for (const r of rows) {
    const last = groups[groups.length - 1];
    if (last && last.title === r.group) last.rows.push(r);
    else groups.push({ title: r.group, rows: [r] });
  }
  const named = new Set(rows.map((r) => r.sheet)).size > 1;
  return (
    <div className={v.root} data-testid="indicators-view">
      <KeyFigures
        label={t(T.summary)}
        testId="indicator-figures"
        figures={[
          { id: 'achieved', text: VERDICT_TEXT.achieved, count: counts.achieved, tone: 'success' },
          { id: 'missed', text: VERDICT_TEXT.missed, count: counts.missed, tone: 'danger' },
          {
            // Without figures or without a target that can be judged: not judged either way.
            id: 'not-judged',
            text: T.notJudged,
            count: counts['no-data'] + counts['not-judged'],
            tone: 'neutral',
          },
        ]}
      />
      <Caption1>
        {consolidation
          ? `${t(T.fromConsolidation)}${formatDate(consolidation.asOf)}.`
          : t(T.fromPlan)}
      </Caption1>
      <div className={styles.cards}>
        {groups.map((g, gi) => (
          <Card size="small" key={`${gi}|${g.title ?? ''}`}>
            {g.title && <h2 className={styles.group}>{g.title}</h2>}
            <ul className={v.list}>
              {g.rows.map((r) => (
                <li key={`${r.sheet}|${r.key}`}>
                  <IndicatorEntry row={r} named={named} />
                </li>
              ))}
            </ul>
          </Card>
        ))}
      </div>
    </div>
  );
}

function IndicatorEntry(props: { row: IndicatorRow; named: boolean }) {
  const { row: r, named } = props;
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const v = useViewStyles();
  return (
    <div className={v.entry} data-testid="indicator">
      <div className={styles.head}>
        <span className={styles.name}>
          <span className={v.strong}>{named ? `${r.sheet} · ${r.key}` : r.key}.</span>{' '}
          {r.name || t(T.noName)}
        </span>
        <Badge
          appearance="filled"
          color={VERDICT_COLOR[r.verdict]}
          shape="rounded"
          className={styles.badge}
          data-testid="verdict"
        >
          {t(VERDICT_TEXT[r.verdict])}
        </Badge>
      </div>
      <dl className={styles.facts}>
        <dt>{t(T.target)}</dt>
        <dd>{targetWithUnit(r.targetText, r.unit)}</dd>
        <dt>{t(T.actual)}</dt>
        <dd>{r.actual === null ? '—' : formatValue(r.actual, r.unit, locale)}</dd>
        {r.ratio !== null && (
          <>
            <dt>{t(T.ratio)}</dt>
            <dd>{formatPercent(r.ratio / 100, locale)}</dd>
          </>
        )}
        {r.method !== 'none' && (
          <>
            <dt>{t(T.method)}</dt>
            <dd>{t(METHOD_TEXT[r.method])}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
