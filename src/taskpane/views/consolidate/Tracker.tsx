import { Badge, Caption1 } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { Consolidation } from '../../../core/consolidate/types';
import { useLocale, useT } from '../../i18n/locale';
import { formatCount, type Text } from '../../i18n/text';
import { useViewStyles } from '../_lib/styles';
import { fileNames, trackerRows, type ConsolidationSummary } from './shape';
import { useConsolidateStyles } from './styles';

const T = {
  tracker: { vi: 'Tình hình báo cáo', en: 'Submissions' },
  submitted: { vi: 'Đã gửi', en: 'Submitted' },
  notSubmitted: { vi: 'Chưa gửi', en: 'Not submitted' },
  file: { vi: 'Tệp', en: 'File' },
  led: { vi: 'chủ trì', en: 'leads' },
  done: { vi: 'xong', en: 'done' },
  overdue: { vi: 'quá hạn', en: 'overdue' },
  unitIssues: { vi: 'vấn đề', en: 'issues' },
} satisfies Record<string, Text>;

/** Tình hình báo cáo: each unit of the roster, whether it sent its file, what it leads and how far. */
export function Tracker(props: { c: Consolidation; summary: ConsolidationSummary }) {
  const { c, summary } = props;
  const t = useT();
  const locale = useLocale();
  const styles = useConsolidateStyles();
  const v = useViewStyles();
  const rows = useMemo(() => trackerRows(c), [c]);
  const n = (x: number) => formatCount(x, locale);
  return (
    <>
      <h3 className={v.heading}>
        {t(T.tracker)} ({n(summary.submitted)}/{n(summary.units)})
      </h3>
      <ul className={v.spacedList} data-testid="tracker">
        {rows.map((u) => (
          <li key={u.name} className={v.item} data-testid="tracker-row">
            <div className={v.grow}>
              <div className={v.strong}>{u.name}</div>
              <Caption1 className={v.muted}>
                {u.files.length > 0 && `${t(T.file)}: ${fileNames(u.files, n)} · `}
                {n(u.tasksLed)} {t(T.led)} · {n(u.done)} {t(T.done)} · {n(u.overdue)} {t(T.overdue)}{' '}
                · {n(u.issues)} {t(T.unitIssues)}
              </Caption1>
            </div>
            <Badge
              className={styles.nowrap}
              appearance="tint"
              color={u.submitted ? 'success' : 'danger'}
              data-testid="tracker-status"
            >
              {t(u.submitted ? T.submitted : T.notSubmitted)}
            </Badge>
          </li>
        ))}
      </ul>
    </>
  );
}
