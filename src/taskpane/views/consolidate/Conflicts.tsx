import { Caption1 } from '@fluentui/react-components';
import { useState } from 'react';
import type { Conflict } from '../../../core/consolidate/types';
import { useT } from '../../i18n/locale';
import type { Text } from '../../i18n/text';
import { ShowAll } from '../_lib/ShowAll';
import { useViewStyles } from '../_lib/styles';
import { CountHeading } from './CountHeading';
import { distinctReports } from './shape';
import { useConsolidateStyles } from './styles';

const T = {
  conflicts: { vi: 'Báo cáo khác nhau', en: 'Conflicting reports' },
  conflictsNone: { vi: 'Không có báo cáo nào khác nhau.', en: 'No conflicting reports.' },
  noStatus: { vi: '(để trống)', en: '(blank)' },
  reports: { vi: 'báo cáo', en: 'reports' },
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
          <ShowAll
            open={all}
            onToggle={() => setAll((a) => !a)}
            count={x.reports.length}
            what={T.reports}
            appearance="subtle"
            testId="conflict-reports-all"
          />
        )}
      </div>
    </li>
  );
}
