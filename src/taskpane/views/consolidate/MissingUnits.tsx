import { Caption1 } from '@fluentui/react-components';
import { useMemo } from 'react';
import { usePane } from '../../app/store';
import { useLocale, useT } from '../../i18n/locale';
import { formatCount, type Text } from '../../i18n/text';
import { useViewStyles } from '../_lib/styles';
import { expectedSenders } from './senders';
import { useConsolidateStyles } from './styles';

const T = {
  missing: { vi: 'Đơn vị chưa có tệp', en: 'Units without a file yet' },
  all: {
    vi: 'Đã có tệp của cả {n} đơn vị trong danh mục.',
    en: 'Every one of the {n} roster units has a file.',
  },
  noRoster: {
    vi: 'Kế hoạch chưa có danh mục đơn vị nên chưa biết đơn vị nào còn thiếu tệp; có thể nhập danh mục ở thẻ Cài đặt.',
    en: 'The plan has no roster of units, so which units still owe a file is not known; a roster can be entered under Settings.',
  },
  unknown: {
    vi: 'Chưa rõ đơn vị gửi {n} tệp (ghi dòng "Đơn vị báo cáo: …" trong tệp, hoặc đặt tên tệp theo đơn vị): ',
    en: '{n} files do not say which unit sent them (write "Đơn vị báo cáo: …" in the file, or name the file after the unit): ',
  },
} satisfies Record<string, Text>;

/**
 * Before consolidating: the roster units no file comes from yet (whom to remind), and the files
 * that do not say who sent them.
 */
export function MissingUnits() {
  const t = useT();
  const locale = useLocale();
  const pane = usePane();
  const styles = useConsolidateStyles();
  const v = useViewStyles();
  const { units, scan } = pane;
  const senders = useMemo(() => scan && expectedSenders(scan.roster, units), [scan, units]);
  if (!senders || units.length === 0) return null;
  const n = (x: number) => formatCount(x, locale);
  const total = scan!.roster.units.length;
  if (total === 0) {
    // Nothing to compare the files with: neither "all of 0 units" nor "sender not known".
    return (
      <Caption1 className={v.muted} data-testid="missing-units">
        {t(T.noRoster)}
      </Caption1>
    );
  }
  return (
    <div className={styles.section} data-testid="missing-units">
      {senders.missing.length === 0 ? (
        <Caption1>{t(T.all).replace('{n}', n(total))}</Caption1>
      ) : (
        <>
          <h3 className={v.heading} id="missing-units">
            {t(T.missing)} ({n(senders.missing.length)}/{n(total)})
          </h3>
          <ul className={v.list} aria-labelledby="missing-units">
            {senders.missing.map((name) => (
              <li key={name} data-testid="missing-unit">
                <Caption1 className={styles.error}>{name}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      {senders.unknown.length > 0 && (
        <Caption1 className={v.muted} data-testid="unknown-senders">
          {t(T.unknown).replace('{n}', n(senders.unknown.length))}
          {senders.unknown.slice(0, 5).join(', ')}
          {senders.unknown.length > 5 && ` (+${n(senders.unknown.length - 5)})`}
        </Caption1>
      )}
    </div>
  );
}
