import { Button, Caption1, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Consolidation } from '../../../core/consolidate/types';
import { buildReport } from '../../../core/report-model/build';
import { usePane } from '../../app/store';
import { reportOptions } from '../../engine/settings';
import { step } from '../../engine/steps';
import type { ReportOutcome } from '../../host/types';
import { useT } from '../../i18n/locale';
import type { Text } from '../../i18n/text';
import { useViewStyles } from '../_lib/styles';
import { outcomeLines, reportFileName } from './shape';
import { useConsolidateStyles } from './styles';

const T = {
  makeReport: { vi: 'Tạo báo cáo', en: 'Make report' },
  makingReport: { vi: 'Đang tạo báo cáo…', en: 'Making the report…' },
  reportDone: { vi: 'Đã tạo báo cáo', en: 'Report made' },
  reportHintExcel: {
    vi: 'Bốn trang báo cáo được ghi vào sổ tính đang mở; các trang của kế hoạch không bị thay đổi.',
    en: 'The four report sheets are written into the open workbook; the plan’s sheets are not changed.',
  },
  reportHintFiles: {
    vi: 'Tải về sổ tính mới (kế hoạch và bốn trang báo cáo); các tệp đã chọn không bị thay đổi.',
    en: 'Downloads a new workbook (plan and four report sheets); the picked files are not changed.',
  },
} satisfies Record<string, Text>;

/** Tạo báo cáo: writes the report sheets (Excel) or downloads the report workbook, then says what it did. */
export function MakeReport(props: { c: Consolidation; stale: boolean }) {
  const { c } = props;
  const t = useT();
  const pane = usePane();
  const styles = useConsolidateStyles();
  const v = useViewStyles();
  // The outcome belongs to the consolidation it was made from: a new one shows none.
  const [made, setMade] = useState<{ from: Consolidation; outcome: ReportOutcome } | null>(null);
  const outcome = made?.from === c ? made.outcome : null;
  const busy = pane.job !== null;
  // The outcome takes the focus when it appears: the button it came from is still there, but
  // what it did is the news.
  const said = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!outcome) return;
    said.current?.focus({ preventScroll: true });
    said.current?.scrollIntoView?.({ block: 'nearest' });
  }, [outcome]);

  const makeReport = async () => {
    const plan = pane.plan;
    if (!plan || props.stale) return;
    const fileName = reportFileName(
      plan.name,
      pane.units.map((u) => u.name),
    );
    setMade(null);
    const result = await pane.runJob(T.makingReport, async (signal) => {
      const report = await step(signal, () => buildReport(c, reportOptions(pane.settings)));
      return pane.host.writeReport(report, plan, fileName);
    });
    if (result) setMade({ from: c, outcome: result });
  };

  return (
    <div className={styles.section}>
      <div className={v.row}>
        <Button
          appearance="primary"
          disabled={busy || !pane.plan || props.stale}
          onClick={() => void makeReport()}
          data-testid="make-report"
        >
          {t(T.makeReport)}
        </Button>
      </div>
      <Caption1 className={v.muted}>
        {t(pane.host.kind === 'excel' ? T.reportHintExcel : T.reportHintFiles)}
      </Caption1>
      {outcome && (
        <MessageBar
          ref={said}
          tabIndex={-1}
          intent="success"
          layout="multiline"
          data-testid="report-outcome"
        >
          <MessageBarBody>
            <strong>{t(T.reportDone)}</strong>
            {outcomeLines(outcome).map((line, i) => (
              <div key={i}>{t(line)}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
