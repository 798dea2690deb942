import { useLocale, useT } from '../../i18n/locale';
import { formatCount, formatPercent, type Text } from '../../i18n/text';
import { STATUS_TEXT, type ConsolidationSummary } from './shape';
import { useConsolidateStyles } from './styles';

const T = {
  tasks: { vi: 'Nhiệm vụ', en: 'Tasks' },
  percentDone: { vi: 'Tỷ lệ hoàn thành', en: 'Done' },
  indicators: { vi: 'Chỉ tiêu', en: 'Indicators' },
  achieved: { vi: 'đạt', en: 'achieved' },
  missed: { vi: 'không đạt', en: 'not achieved' },
  noData: { vi: 'chưa có số liệu', en: 'no data' },
  notJudged: { vi: 'không đánh giá được', en: 'cannot judge' },
  issues: { vi: 'Vấn đề', en: 'Issues' },
  errors: { vi: 'lỗi', en: 'errors' },
  warnings: { vi: 'cảnh báo', en: 'warnings' },
} satisfies Record<string, Text>;

/** The consolidation in counts: tasks by status, indicators, issues (who sent is in the key figures). */
export function ResultSummary(props: { summary: ConsolidationSummary }) {
  const { summary } = props;
  const t = useT();
  const locale = useLocale();
  const styles = useConsolidateStyles();
  const n = (x: number) => formatCount(x, locale);
  const { indicators } = summary;
  return (
    <dl className={styles.counts} data-testid="summary">
      <dt>{t(T.tasks)}</dt>
      <dd className={styles.dd}>{n(summary.tasks)}</dd>
      {summary.byStatus.map((s) => (
        <StatusCount key={s.status} label={t(STATUS_TEXT[s.status])} count={n(s.count)} />
      ))}
      {summary.percentDone !== null && (
        <>
          <dt>{t(T.percentDone)}</dt>
          <dd className={styles.dd}>{formatPercent(summary.percentDone / 100, locale)}</dd>
        </>
      )}
      {indicators.total > 0 && (
        <>
          <dt>{t(T.indicators)}</dt>
          <dd className={styles.dd}>
            {n(indicators.total)}: {n(indicators.achieved)} {t(T.achieved)}, {n(indicators.missed)}{' '}
            {t(T.missed)}, {n(indicators.noData)} {t(T.noData)}
            {indicators.notJudged > 0 && `, ${n(indicators.notJudged)} ${t(T.notJudged)}`}
          </dd>
        </>
      )}
      <dt>{t(T.issues)}</dt>
      <dd className={styles.dd}>
        {n(summary.errors)} {t(T.errors)}, {n(summary.warnings)} {t(T.warnings)}
      </dd>
    </dl>
  );
}

function StatusCount(props: { label: string; count: string }) {
  const styles = useConsolidateStyles();
  return (
    <>
      <dt>{props.label}</dt>
      <dd className={styles.dd}>{props.count}</dd>
    </>
  );
}
