import { Caption1 } from '@fluentui/react-components';
import type { UnmatchedRow } from '../../../core/consolidate/types';
import { useT } from '../../i18n/locale';
import type { Text } from '../../i18n/text';
import { useViewStyles } from '../_lib/styles';
import { CountHeading } from './CountHeading';
import { UNMATCHED_REASON } from './shape';
import { useConsolidateStyles } from './styles';

const T = {
  unmatched: { vi: 'Dòng không khớp kế hoạch', en: 'Rows not matching the plan' },
  unmatchedNone: {
    vi: 'Mọi dòng của các đơn vị đều khớp kế hoạch.',
    en: 'Every unit row matches the plan.',
  },
  unmatchedHint: {
    vi: 'Các dòng này không được gộp; chúng được ghi trong trang "Kết quả kiểm tra".',
    en: 'These rows are not merged; they are listed on the "Kết quả kiểm tra" sheet.',
  },
  row: { vi: 'dòng', en: 'row' },
} satisfies Record<string, Text>;

/** Dòng không khớp kế hoạch: the units' rows that were not merged, where they are and why. */
export function Unmatched(props: { rows: readonly UnmatchedRow[] }) {
  const { rows } = props;
  const t = useT();
  const styles = useConsolidateStyles();
  const v = useViewStyles();
  return (
    <>
      <CountHeading text={T.unmatched} count={rows.length} />
      {rows.length === 0 ? (
        <Caption1>{t(T.unmatchedNone)}</Caption1>
      ) : (
        <>
          <Caption1 className={v.muted}>{t(T.unmatchedHint)}</Caption1>
          <ul className={v.spacedList} data-testid="unmatched">
            {rows.map((u, i) => (
              <li key={i} className={v.item} data-testid="unmatched-row">
                <div className={v.grow}>
                  <div className={styles.clamp}>
                    {u.stt && <span className={v.strong}>{u.stt} </span>}
                    {u.content}
                  </div>
                  <Caption1 className={v.muted}>
                    {u.unit} · {u.file} · {u.sheet}, {t(T.row)} {u.row} ·{' '}
                    {t(UNMATCHED_REASON[u.reason])}
                  </Caption1>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
