import { useT } from '../../i18n/locale';
import type { Text } from '../../i18n/text';
import { KeyFigures as Figures } from '../_lib/KeyFigures';
import type { KeyFigures as Counts } from './shape';

const T = {
  label: { vi: 'Số liệu chính', en: 'Key figures' },
  submitted: { vi: 'Đơn vị đã gửi', en: 'Units submitted' },
  overdue: { vi: 'Nhiệm vụ quá hạn', en: 'Tasks overdue' },
  dueSoon: { vi: 'Sắp đến hạn', en: 'Due soon' },
  missed: { vi: 'Chỉ tiêu không đạt', en: 'Indicators not achieved' },
} satisfies Record<string, Text>;

/** The four figures Tổng hợp shows first, in the tiles every view's summary uses. */
export function KeyFigures(props: { figures: Counts }) {
  const { figures: f } = props;
  const t = useT();
  return (
    <Figures
      label={t(T.label)}
      testId="key-figures"
      tileMin="8.5em"
      figures={[
        {
          id: 'submitted',
          text: T.submitted,
          count: f.submitted,
          of: f.units,
          tone: 'danger',
          alert: f.submitted < f.units,
          countTestId: 'submitted-count',
        },
        {
          id: 'overdue',
          text: T.overdue,
          count: f.overdue,
          tone: 'danger',
          countTestId: 'overdue-count',
        },
        {
          id: 'due-soon',
          text: T.dueSoon,
          count: f.dueSoon,
          tone: 'warning',
          countTestId: 'due-soon-count',
        },
        {
          id: 'missed',
          text: T.missed,
          count: f.indicatorsMissed,
          of: f.indicators,
          tone: 'danger',
          countTestId: 'missed-count',
        },
      ]}
    />
  );
}
