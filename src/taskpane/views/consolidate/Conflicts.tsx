import { Caption1 } from '@fluentui/react-components';
import type { Conflict } from '../../../core/consolidate/types';
import { useT } from '../../i18n/locale';
import type { Text } from '../../i18n/text';
import { useViewStyles } from '../_lib/styles';
import { CountHeading } from './CountHeading';
import { useConsolidateStyles } from './styles';

const T = {
  conflicts: { vi: 'Báo cáo khác nhau', en: 'Conflicting reports' },
  conflictsNone: { vi: 'Không có báo cáo nào khác nhau.', en: 'No conflicting reports.' },
  noStatus: { vi: '(để trống)', en: '(blank)' },
} satisfies Record<string, Text>;

/** Báo cáo khác nhau: the rows that several lead units report differently, with each report. */
export function Conflicts(props: { conflicts: readonly Conflict[] }) {
  const { conflicts } = props;
  const t = useT();
  const styles = useConsolidateStyles();
  const v = useViewStyles();
  return (
    <>
      <CountHeading text={T.conflicts} count={conflicts.length} />
      {conflicts.length === 0 ? (
        <Caption1>{t(T.conflictsNone)}</Caption1>
      ) : (
        <ul className={v.spacedList} data-testid="conflicts">
          {conflicts.map((x) => (
            <li key={`${x.kind}:${x.key}`} className={v.item} data-testid="conflict">
              <div className={v.grow}>
                <div className={styles.clamp}>
                  <span className={v.strong}>{x.key}</span> {x.content}
                </div>
                <ul>
                  {x.reports.map((r, i) => (
                    <li key={i}>
                      <Caption1>
                        {r.unit} ({r.file}): {r.statusText || t(T.noStatus)}
                      </Caption1>
                    </li>
                  ))}
                </ul>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
