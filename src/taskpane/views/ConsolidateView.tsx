import { Button, Caption1, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { Consolidation } from '../../core/consolidate/types';
import { usePane } from '../app/store';
import { effectiveAsOf } from '../engine/settings';
import { useT } from '../i18n/locale';
import type { Text } from '../i18n/text';
import { WithPlan } from './_lib/NoPlan';
import { useViewStyles } from './_lib/styles';
import { Conflicts } from './consolidate/Conflicts';
import { IssueList } from './consolidate/IssueList';
import { MakeReport } from './consolidate/MakeReport';
import { PeriodChoice } from './consolidate/PeriodChoice';
import { ResultSummary } from './consolidate/ResultSummary';
import { periodLine, summarize } from './consolidate/shape';
import { useConsolidateStyles } from './consolidate/styles';
import { Tracker } from './consolidate/Tracker';
import { UnitFiles } from './consolidate/UnitFiles';
import { Unmatched } from './consolidate/Unmatched';

const T = {
  noPlan: {
    vi: 'Cần kế hoạch trước: mở (hoặc quét) kế hoạch có các bảng Phụ lục, rồi thêm tệp các đơn vị gửi về.',
    en: 'The plan comes first: open (or scan) the plan with its appendix tables, then add the units’ files.',
  },
  consolidate: { vi: 'Tổng hợp', en: 'Consolidate' },
  resultHeading: { vi: 'Kết quả tổng hợp', en: 'Consolidation result' },
  stale: {
    vi: 'Kết quả đã cũ: kế hoạch, ngày báo cáo, kỳ báo cáo hoặc các tệp đã thay đổi từ lần tổng hợp này. Bấm "Tổng hợp" để làm lại trước khi tạo báo cáo.',
    en: 'Out of date: the plan, as-of date, reporting period or files changed since this consolidation. Press "Consolidate" again before making the report.',
  },
} satisfies Record<string, Text>;

/** Tổng hợp: the units' files in, the consolidation on screen, the report sheets out. */
export function ConsolidateView() {
  const t = useT();
  const pane = usePane();
  const v = useViewStyles();
  const { lastConsolidation, settings } = pane;
  const busy = pane.job !== null;

  return (
    <WithPlan view="consolidate" text={T.noPlan}>
      {() => (
        <>
          <UnitFiles />
          <PeriodChoice settings={settings} asOf={effectiveAsOf(settings, pane.now())} />
          <div className={v.row}>
            <Button
              appearance="primary"
              disabled={busy}
              onClick={() => void pane.runConsolidation()}
              data-testid="run-consolidation"
            >
              {t(T.consolidate)}
            </Button>
          </div>
          {lastConsolidation && (
            <ConsolidationResult c={lastConsolidation.result} stale={lastConsolidation.stale} />
          )}
        </>
      )}
    </WithPlan>
  );
}

/** Kết quả tổng hợp: the counts, the report button, then the lists to look into. */
function ConsolidationResult(props: { c: Consolidation; stale: boolean }) {
  const { c, stale } = props;
  const t = useT();
  const styles = useConsolidateStyles();
  const v = useViewStyles();
  const summary = useMemo(() => summarize(c), [c]);
  return (
    <section
      className={styles.section}
      aria-labelledby="consolidate-result"
      data-testid="consolidation-result"
    >
      <h2 id="consolidate-result" className={v.heading}>
        {t(T.resultHeading)}
      </h2>
      {stale && (
        <MessageBar intent="warning" layout="multiline" data-testid="result-stale">
          <MessageBarBody>{t(T.stale)}</MessageBarBody>
        </MessageBar>
      )}
      <Caption1>{t(periodLine(c.asOf, c.period.kind))}</Caption1>
      <ResultSummary summary={summary} />
      <MakeReport c={c} stale={stale} />
      <Tracker c={c} summary={summary} />
      <Conflicts conflicts={c.conflicts} />
      <Unmatched rows={c.unmatched} />
      <IssueList issues={c.issues} />
    </section>
  );
}
