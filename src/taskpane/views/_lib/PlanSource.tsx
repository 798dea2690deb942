import { Button, Caption1 } from '@fluentui/react-components';
import { usePane } from '../../app/store';
import { useT } from '../../i18n/locale';
import type { Text } from '../../i18n/text';
import { FilePicker } from './FilePicker';
import { useViewStyles } from './styles';

const T = {
  scan: { vi: 'Quét sổ tính', en: 'Scan workbook' },
  rescan: { vi: 'Quét lại', en: 'Scan again' },
  open: { vi: 'Mở kế hoạch (.xlsx)', en: 'Open plan (.xlsx)' },
  openOther: { vi: 'Mở kế hoạch khác', en: 'Open another plan' },
  current: { vi: 'Kế hoạch: ', en: 'Plan: ' },
  none: {
    vi: 'Chưa có kế hoạch. Mở tệp kế hoạch (.xlsx) có các bảng Phụ lục.',
    en: 'No plan yet. Open the plan workbook (.xlsx) with its appendix tables.',
  },
  noneExcel: {
    vi: 'Bấm "Quét sổ tính" để đọc các bảng Phụ lục trong sổ tính đang mở.',
    en: 'Press "Scan workbook" to read the appendix tables of the open workbook.',
  },
} satisfies Record<string, Text>;

/** Where the plan comes from: the open workbook in Excel, a file on the page. */
export function PlanSource() {
  const t = useT();
  const pane = usePane();
  const v = useViewStyles();
  const busy = pane.job !== null;
  return (
    <div className={v.row} data-testid="plan-source">
      {pane.host.kind === 'excel' ? (
        <Button appearance="primary" disabled={busy} onClick={() => void pane.scanOpenWorkbook()}>
          {t(pane.scan ? T.rescan : T.scan)}
        </Button>
      ) : (
        <FilePicker
          label={t(pane.plan ? T.openOther : T.open)}
          testId="plan-file"
          appearance={pane.plan ? 'secondary' : 'primary'}
          disabled={busy}
          onFiles={(files) => files[0] && void pane.openPlanFile(files[0])}
        />
      )}
      <Caption1>
        {pane.plan
          ? `${t(T.current)}${pane.plan.name}`
          : t(pane.host.kind === 'excel' ? T.noneExcel : T.none)}
      </Caption1>
    </div>
  );
}
