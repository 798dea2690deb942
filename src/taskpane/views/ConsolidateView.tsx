import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState, type Ref } from 'react';
import type { Consolidation } from '../../core/consolidate/types';
import { JobBar } from '../app/JobBar';
import { usePane } from '../app/store';
import { effectiveAsOf } from '../engine/settings';
import { useT } from '../i18n/locale';
import type { Text } from '../i18n/text';
import { IssueBrowser } from './_lib/IssueBrowser';
import { WithPlan } from './_lib/NoPlan';
import { useViewStyles, WIDE } from './_lib/styles';
import { Conflicts } from './consolidate/Conflicts';
import { KeyFigures } from './consolidate/KeyFigures';
import { MakeReport } from './consolidate/MakeReport';
import { PeriodChoice } from './consolidate/PeriodChoice';
import { ResultSummary } from './consolidate/ResultSummary';
import { keyFigures, periodLine, summarize } from './consolidate/shape';
import { useConsolidateStyles } from './consolidate/styles';
import { Tracker } from './consolidate/Tracker';
import { UnitFiles } from './consolidate/UnitFiles';
import { Unmatched } from './consolidate/Unmatched';

/**
 * Issues of a severity shown at first on Tổng hợp: 60 files bring hundreds, and the unmatched
 * rows and the tracker are under them too.
 */
export const CONSOLIDATION_ISSUE_PAGE = 15;

const T = {
  noPlan: {
    vi: 'Tại đây: gộp tệp các đơn vị gửi về theo kế hoạch, rồi tạo báo cáo.',
    en: 'Here: merge the files the units send back against the plan, then make the report.',
  },
  consolidate: { vi: 'Tổng hợp', en: 'Consolidate' },
  resultHeading: { vi: 'Kết quả tổng hợp', en: 'Consolidation result' },
  details: { vi: 'Chi tiết kết quả', en: 'Result in detail' },
  stale: {
    vi: 'Kết quả đã cũ: kế hoạch, ngày báo cáo, kỳ báo cáo hoặc các tệp đã thay đổi từ lần tổng hợp này. Bấm "Tổng hợp" để làm lại trước khi tạo báo cáo.',
    en: 'Out of date: the plan, as-of date, reporting period or files changed since this consolidation. Press "Consolidate" again before making the report.',
  },
  issues: { vi: 'Các vấn đề', en: 'Issues found' },
} satisfies Record<string, Text>;

/**
 * In a task pane one column: the result's head, the inputs, the result in detail. At page size
 * the inputs on the left, the result on the right, in the shared two columns of the views.
 */
const useLayout = makeStyles({
  inputs: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    [WIDE]: { gridColumn: '1', gridRow: '1 / span 2' },
  },
  head: { minWidth: 0, [WIDE]: { gridColumn: '2', gridRow: '1' } },
  details: { minWidth: 0, [WIDE]: { gridColumn: '2', gridRow: '2' } },
});

/**
 * Tổng hợp: the result's key figures and the report button first (once there is a result), then
 * the units' files with the Tổng hợp button and its progress, then the result in detail.
 */
export function ConsolidateView() {
  const t = useT();
  const pane = usePane();
  const v = useViewStyles();
  const layout = useLayout();
  const { lastConsolidation, settings } = pane;
  const busy = pane.job !== null;
  const outcome = useRef<HTMLElement>(null);
  // Counts the consolidations this view ran: each one's outcome takes the focus once rendered.
  const [runs, setRuns] = useState(0);
  useEffect(() => {
    const at = outcome.current;
    if (!runs || !at) return;
    at.focus({ preventScroll: true });
    at.scrollIntoView?.({ block: 'start' });
  }, [runs]);

  const run = async () => {
    if (await pane.runConsolidation()) setRuns((n) => n + 1);
  };

  return (
    <WithPlan view="consolidate" text={T.noPlan}>
      {() => (
        <div className={v.columns}>
          {lastConsolidation && (
            <div className={layout.head}>
              <ResultHead
                focusRef={outcome}
                c={lastConsolidation.result}
                stale={lastConsolidation.stale}
                dueSoonDays={settings.dueSoonDays}
              />
            </div>
          )}
          <div className={layout.inputs}>
            <UnitFiles />
            <PeriodChoice settings={settings} asOf={effectiveAsOf(settings, pane.now())} />
            <div className={v.row}>
              <Button
                appearance="primary"
                disabled={busy}
                onClick={() => void run()}
                data-testid="run-consolidation"
              >
                {t(T.consolidate)}
              </Button>
            </div>
            <JobBar />
          </div>
          {lastConsolidation && (
            <div className={layout.details}>
              <ResultDetails c={lastConsolidation.result} />
            </div>
          )}
        </div>
      )}
    </WithPlan>
  );
}

/** Kết quả tổng hợp, at the top: the period, the key figures and the report button. */
function ResultHead(props: {
  c: Consolidation;
  stale: boolean;
  dueSoonDays: number;
  focusRef: Ref<HTMLElement>;
}) {
  const { c, stale } = props;
  const t = useT();
  const styles = useConsolidateStyles();
  const v = useViewStyles();
  const figures = useMemo(() => keyFigures(c, props.dueSoonDays), [c, props.dueSoonDays]);
  return (
    <section
      ref={props.focusRef}
      tabIndex={-1}
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
      <KeyFigures figures={figures} />
      <MakeReport c={c} stale={stale} />
    </section>
  );
}

/** The result in detail, under the action: all counts, then the lists to look into. */
function ResultDetails(props: { c: Consolidation }) {
  const { c } = props;
  const t = useT();
  const pane = usePane();
  const styles = useConsolidateStyles();
  const v = useViewStyles();
  const summary = useMemo(() => summarize(c), [c]);
  return (
    <section
      className={styles.section}
      aria-labelledby="consolidate-details"
      data-testid="consolidation-details"
    >
      <h2 id="consolidate-details" className={v.heading}>
        {t(T.details)}
      </h2>
      <ResultSummary summary={summary} />
      <Tracker c={c} summary={summary} />
      <Conflicts conflicts={c.conflicts} />
      <Unmatched rows={c.unmatched} issues={c.issues} />
      <IssueBrowser
        issues={c.issues}
        tables={pane.scan?.tables ?? []}
        heading={T.issues}
        idPrefix="consolidation-issues"
        as="h3"
        byFile
        pageSize={CONSOLIDATION_ISSUE_PAGE}
      />
    </section>
  );
}
