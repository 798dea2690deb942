import { Button, Caption1 } from '@fluentui/react-components';
import { useState } from 'react';
import type { Conflict } from '../../../core/consolidate/types';
import { useLocale, useT } from '../../i18n/locale';
import { formatCount, type Text } from '../../i18n/text';
import { useViewStyles } from '../_lib/styles';
import { CountHeading } from './CountHeading';
import { distinctReports } from './shape';
import { useConsolidateStyles } from './styles';

const T = {
  conflicts: { vi: 'Báo cáo khác nhau', en: 'Conflicting reports' },
  conflictsNone: { vi: 'Không có báo cáo nào khác nhau.', en: 'No conflicting reports.' },
  noStatus: { vi: '(để trống)', en: '(blank)' },
  showAll: { vi: 'Xem tất cả', en: 'Show all' },
  reports: { vi: 'báo cáo', en: 'reports' },
  collapse: { vi: 'Thu gọn', en: 'Collapse' },
} satisfies Record<string, Text>;

/** Báo cáo khác nhau: the rows that several lead units report differently, with each report. */
export function Conflicts(props: { conflicts: readonly Conflict[] }) {
  const { conflicts } = props;
  const t = useT();
  const v = useViewStyles();
  return (
    <>
      <CountHeading text={T.conflicts} count={conflicts.length} />
      {conflicts.length === 0 ? (
        <Caption1>{t(T.conflictsNone)}</Caption1>
      ) : (
        <ul className={v.spacedList} data-testid="conflicts">
          {conflicts.map((x) => (
            <ConflictItem key={`${x.kind}:${x.key}`} conflict={x} />
          ))}
        </ul>
      )}
    </>
  );
}

/** A conflict's reports shown before "Xem tất cả": 15 copies of a unit's file make 15 reports. */
const REPORTS_SHOWN = 4;

function ConflictItem(props: { conflict: Conflict }) {
  const { conflict: x } = props;
  const t = useT();
  const locale = useLocale();
  const styles = useConsolidateStyles();
  const v = useViewStyles();
  const [all, setAll] = useState(false);
  // Folded, each different answer once, so the disagreement shows whatever the copies.
  const reports = all ? x.reports : distinctReports(x.reports).slice(0, REPORTS_SHOWN);
  return (
    <li className={v.item} data-testid="conflict">
      <div className={v.grow}>
        <div className={styles.clamp}>
          <span className={v.strong}>{x.key}</span> {x.content}
        </div>
        <ul>
          {reports.map((r, i) => (
            <li key={i}>
              <Caption1>
                {r.unit} ({r.file}): {r.statusText || t(T.noStatus)}
              </Caption1>
            </li>
          ))}
        </ul>
        {(all || reports.length < x.reports.length) && (
          <Button
            size="small"
            appearance="subtle"
            aria-expanded={all}
            onClick={() => setAll((a) => !a)}
            data-testid="conflict-reports-all"
          >
            {all
              ? t(T.collapse)
              : `${t(T.showAll)} (${formatCount(x.reports.length, locale)} ${t(T.reports)})`}
          </Button>
        )}
      </div>
    </li>
  );
}
