import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useLocale, useT } from '../../i18n/locale';
import { formatCount, type Text } from '../../i18n/text';
import type { KeyFigures as Figures } from './shape';

const T = {
  label: { vi: 'Số liệu chính', en: 'Key figures' },
  submitted: { vi: 'Đơn vị đã gửi', en: 'Units submitted' },
  overdue: { vi: 'Nhiệm vụ quá hạn', en: 'Tasks overdue' },
  dueSoon: { vi: 'Sắp đến hạn', en: 'Due soon' },
  missed: { vi: 'Chỉ tiêu không đạt', en: 'Indicators not achieved' },
} satisfies Record<string, Text>;

const useStyles = makeStyles({
  // Two figures a row at task-pane width, four at page width; never wider than the pane.
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(8.5em, 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    minWidth: 0,
  },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  value: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
  bad: { color: tokens.colorPaletteRedForeground1 },
  near: { color: tokens.colorPaletteMarigoldForeground1 },
});

/** The four figures Tổng hợp shows first, as label–value pairs (a screen reader reads them so). */
export function KeyFigures(props: { figures: Figures }) {
  const { figures: f } = props;
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const n = (x: number) => formatCount(x, locale);
  const tile = (label: Text, value: string, testId: string, tone?: string | false) => (
    <div className={styles.tile}>
      <dt className={styles.label}>{t(label)}</dt>
      <dd className={mergeClasses(styles.value, tone || undefined)} data-testid={testId}>
        {value}
      </dd>
    </div>
  );
  return (
    <dl className={styles.grid} aria-label={t(T.label)} data-testid="key-figures">
      {tile(
        T.submitted,
        `${n(f.submitted)}/${n(f.units)}`,
        'submitted-count',
        f.submitted < f.units && styles.bad,
      )}
      {tile(T.overdue, n(f.overdue), 'overdue-count', f.overdue > 0 && styles.bad)}
      {tile(T.dueSoon, n(f.dueSoon), 'due-soon-count', f.dueSoon > 0 && styles.near)}
      {tile(
        T.missed,
        `${n(f.indicatorsMissed)}/${n(f.indicators)}`,
        'missed-count',
        f.indicatorsMissed > 0 && styles.bad,
      )}
    </dl>
  );
}
