import { Button, Caption1 } from '@fluentui/react-components';
import { usePane } from '../../app/store';
import { useT } from '../../i18n/locale';
import type { Text } from '../../i18n/text';
import { FilePicker } from '../_lib/FilePicker';
import { useViewStyles } from '../_lib/styles';
import { useConsolidateStyles } from './styles';

const T = {
  unitsHeading: { vi: 'Tệp các đơn vị gửi về', en: 'Units’ returned files' },
  pickUnits: { vi: 'Chọn tệp đơn vị (.xlsx)', en: 'Pick unit files (.xlsx)' },
  useSheets: {
    vi: 'Dùng các trang đơn vị trong sổ tính',
    en: 'Use the unit sheets in the workbook',
  },
  noUnits: {
    vi: 'Chưa có tệp nào. Có thể chọn nhiều tệp một lần; đơn vị chưa gửi vẫn được liệt kê.',
    en: 'No files yet. Pick several at once; units that have not sent one are still listed.',
  },
  readOk: { vi: 'Đã đọc', en: 'Read' },
  remove: { vi: 'Bỏ', en: 'Remove' },
  removeLabel: { vi: 'Bỏ tệp ', en: 'Remove file ' },
} satisfies Record<string, Text>;

/** The units' files: pick them (or take the unit sheets of the open workbook), see each read, remove one. */
export function UnitFiles() {
  const t = useT();
  const pane = usePane();
  const styles = useConsolidateStyles();
  const v = useViewStyles();
  const { units } = pane;
  const busy = pane.job !== null;
  return (
    <section className={styles.section} aria-labelledby="consolidate-units">
      <h2 id="consolidate-units" className={v.heading}>
        {t(T.unitsHeading)}
      </h2>
      <div className={v.row}>
        <FilePicker
          label={t(T.pickUnits)}
          multiple
          testId="unit-files"
          appearance={units.length ? 'secondary' : 'primary'}
          disabled={busy}
          onFiles={(files) => void pane.addUnitFiles(files)}
        />
        {pane.host.kind === 'excel' && (
          <Button disabled={busy} onClick={() => void pane.addWorkbookUnitSheets()}>
            {t(T.useSheets)}
          </Button>
        )}
      </div>
      {units.length === 0 ? (
        <Caption1>{t(T.noUnits)}</Caption1>
      ) : (
        <ul className={v.spacedList} data-testid="unit-list">
          {units.map((u) => (
            <li key={u.name} className={v.item} data-testid="unit-item">
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
                disabled={busy}
                aria-label={t(T.removeLabel) + u.name}
                onClick={() => pane.removeUnit(u.name)}
              >
                {t(T.remove)}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
