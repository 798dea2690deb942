import { Button, Caption1 } from '@fluentui/react-components';
import { useState } from 'react';
import { usePane } from '../../app/store';
import type { UnitFile } from '../../engine/workbooks';
import { useLocale, useT } from '../../i18n/locale';
import { formatCount, type Text } from '../../i18n/text';
import { ShowAll } from '../_lib/ShowAll';
import { useViewStyles } from '../_lib/styles';
import { fileCounts } from './shape';
import { useConsolidateStyles } from './styles';

const T = {
  noUnits: {
    vi: 'Chưa có tệp nào. Có thể chọn nhiều tệp một lần; đơn vị chưa gửi vẫn được liệt kê.',
    en: 'No files yet. Pick several at once; units that have not sent one are still listed.',
  },
  files: { vi: 'tệp', en: 'files' },
  read: { vi: 'đã đọc', en: 'read' },
  failed: { vi: 'lỗi', en: 'failed' },
  readOk: { vi: 'Đã đọc', en: 'Read' },
  remove: { vi: 'Bỏ', en: 'Remove' },
  removeLabel: { vi: 'Bỏ tệp ', en: 'Remove file ' },
} satisfies Record<string, Text>;

/** Up to this many files are listed whole; more fold into one line (the failed ones stay). */
const FILES_LISTED = 8;

/** The unit files: one line of counts, then each file (or, for a long list, the failed ones). */
export function FileList() {
  const t = useT();
  const locale = useLocale();
  const pane = usePane();
  const v = useViewStyles();
  const { units } = pane;
  const [open, setOpen] = useState(false);
  if (units.length === 0) return <Caption1>{t(T.noUnits)}</Caption1>;
  const counts = fileCounts(units);
  const n = (x: number) => formatCount(x, locale);
  const long = units.length > FILES_LISTED;
  const shown = !long || open ? units : units.filter((u) => u.error);
  return (
    <>
      <div className={v.row}>
        <Caption1 className={v.strong} data-testid="unit-count">
          {n(counts.total)} {t(T.files)} · {n(counts.read)} {t(T.read)} · {n(counts.failed)}{' '}
          {t(T.failed)}
        </Caption1>
        {long && (
          <ShowAll
            open={open}
            onToggle={() => setOpen((o) => !o)}
            count={counts.total}
            appearance="subtle"
            controls={shown.length > 0 ? 'unit-list' : undefined}
            testId="unit-list-toggle"
          />
        )}
      </div>
      {shown.length > 0 && (
        <ul id="unit-list" className={v.spacedList} data-testid="unit-list">
          {shown.map((u) => (
            <UnitItem key={u.name} unit={u} />
          ))}
        </ul>
      )}
    </>
  );
}

function UnitItem(props: { unit: UnitFile }) {
  const { unit: u } = props;
  const t = useT();
  const pane = usePane();
  const styles = useConsolidateStyles();
  const v = useViewStyles();
  return (
    <li className={v.item} data-testid="unit-item">
      <div className={v.grow}>
        <div className={v.strong}>{u.name}</div>
        {u.error ? (
          <Caption1 className={styles.error}>{t(u.error.text)}</Caption1>
        ) : (
          <Caption1 className={v.muted}>{t(T.readOk)}</Caption1>
        )}
      </div>
      <Button
        size="small"
        disabled={pane.job !== null}
        aria-label={t(T.removeLabel) + u.name}
        onClick={() => pane.removeUnit(u.name)}
      >
        {t(T.remove)}
      </Button>
    </li>
  );
}
