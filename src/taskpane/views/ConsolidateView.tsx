import {
  Badge,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Consolidation } from '../../core/consolidate/types';
import { formatIssue, issuePlace } from '../../core/issues/messages';
import { buildReport } from '../../core/report-model/build';
import { usePane } from '../app/store';
import { effectiveAsOf, type Settings } from '../engine/settings';
import { step } from '../engine/steps';
import type { ReportOutcome } from '../host/types';
import { useLocale, useT } from '../i18n/locale';
import { formatCount, formatPercent, type Text } from '../i18n/text';
import { FilePicker } from './_lib/FilePicker';
import { WithPlan } from './_lib/NoPlan';
import { PeriodSelect } from './_lib/PeriodSelect';
import { useViewStyles } from './_lib/styles';
import {
  STATUS_TEXT,
  UNMATCHED_REASON,
  outcomeLines,
  periodLine,
  reportFileName,
  summarize,
  trackerRows,
} from './consolidate/shape';

const T = {
  noPlan: {
    vi: 'Cần kế hoạch trước: mở (hoặc quét) kế hoạch có các bảng Phụ lục, rồi thêm tệp các đơn vị gửi về.',
    en: 'The plan comes first: open (or scan) the plan with its appendix tables, then add the units’ files.',
  },
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
  period: { vi: 'Kỳ báo cáo', en: 'Reporting period' },
  consolidate: { vi: 'Tổng hợp', en: 'Consolidate' },
  resultHeading: { vi: 'Kết quả tổng hợp', en: 'Consolidation result' },
  tasks: { vi: 'Nhiệm vụ', en: 'Tasks' },
  percentDone: { vi: 'Tỷ lệ hoàn thành', en: 'Done' },
  indicators: { vi: 'Chỉ tiêu', en: 'Indicators' },
  achieved: { vi: 'đạt', en: 'achieved' },
  missed: { vi: 'không đạt', en: 'not achieved' },
  noData: { vi: 'chưa có số liệu', en: 'no data' },
  notJudged: { vi: 'không đánh giá được', en: 'cannot judge' },
  issues: { vi: 'Vấn đề', en: 'Issues' },
  errors: { vi: 'lỗi', en: 'errors' },
  warnings: { vi: 'cảnh báo', en: 'warnings' },
  tracker: { vi: 'Tình hình báo cáo', en: 'Submissions' },
  submittedOf: { vi: 'Đơn vị đã gửi', en: 'Units submitted' },
  submitted: { vi: 'Đã gửi', en: 'Submitted' },
  notSubmitted: { vi: 'Chưa gửi', en: 'Not submitted' },
  file: { vi: 'Tệp', en: 'File' },
  led: { vi: 'chủ trì', en: 'leads' },
  done: { vi: 'xong', en: 'done' },
  overdue: { vi: 'quá hạn', en: 'overdue' },
  unitIssues: { vi: 'vấn đề', en: 'issues' },
  conflicts: { vi: 'Báo cáo khác nhau', en: 'Conflicting reports' },
  conflictsNone: { vi: 'Không có báo cáo nào khác nhau.', en: 'No conflicting reports.' },
  noStatus: { vi: '(để trống)', en: '(blank)' },
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
  issueList: { vi: 'Các vấn đề', en: 'Issues found' },
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

const useStyles = makeStyles({
  nowrap: { whiteSpace: 'nowrap', flexShrink: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  error: { color: tokens.colorPaletteRedForeground1 },
  counts: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
  },
  dd: { margin: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  clamp: {
    display: '-webkit-box',
    WebkitLineClamp: '3',
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
  },
});

/** Tổng hợp: the units' files in, the consolidation on screen, the report sheets out. */
export function ConsolidateView() {
  const t = useT();
  const pane = usePane();
  const styles = useStyles();
  const v = useViewStyles();
  const { units, consolidation, settings } = pane;
  const busy = pane.job !== null;

  return (
    <WithPlan view="consolidate" text={T.noPlan}>
      {() => (
        <>
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
          {consolidation && <ConsolidationResult c={consolidation} />}
        </>
      )}
    </WithPlan>
  );
}

function PeriodChoice(props: { settings: Settings; asOf: string }) {
  const t = useT();
  const pane = usePane();
  const line = useMemo(
    () => periodLine(props.asOf, props.settings.period),
    [props.asOf, props.settings.period],
  );
  return (
    <Field label={t(T.period)} hint={t(line)}>
      <PeriodSelect
        value={props.settings.period}
        testId="period"
        onChange={(period) => pane.updateSettings({ period })}
      />
    </Field>
  );
}

function ConsolidationResult(props: { c: Consolidation }) {
  const { c } = props;
  const t = useT();
  const locale = useLocale();
  const pane = usePane();
  const styles = useStyles();
  const v = useViewStyles();
  const summary = useMemo(() => summarize(c), [c]);
  const tracker = useMemo(() => trackerRows(c), [c]);
  // The outcome belongs to the consolidation it was made from: a new one shows none.
  const [made, setMade] = useState<{ from: Consolidation; outcome: ReportOutcome } | null>(null);
  const outcome = made?.from === c ? made.outcome : null;
  const n = (x: number) => formatCount(x, locale);
  const busy = pane.job !== null;

  const makeReport = async () => {
    const plan = pane.plan;
    if (!plan) return;
    const fileName = reportFileName(
      plan.name,
      pane.units.map((u) => u.name),
    );
    setMade(null);
    const result = await pane.runJob(T.makingReport, async (signal) => {
      const report = await step(signal, () => buildReport(c));
      return pane.host.writeReport(report, plan, fileName);
    });
    if (result) setMade({ from: c, outcome: result });
  };

  return (
    <section className={styles.section} aria-labelledby="consolidate-result">
      <h2 id="consolidate-result" className={v.heading}>
        {t(T.resultHeading)}
      </h2>
      <Caption1>{t(periodLine(c.asOf, c.period.kind))}</Caption1>
      <dl className={styles.counts} data-testid="summary">
        <dt>{t(T.submittedOf)}</dt>
        <dd className={styles.dd} data-testid="submitted-count">
          {n(summary.submitted)}/{n(summary.units)}
        </dd>
        <dt>{t(T.tasks)}</dt>
        <dd className={styles.dd}>{n(summary.tasks)}</dd>
        {summary.byStatus.map((s) => (
          <StatusCount key={s.status} label={t(STATUS_TEXT[s.status])} count={n(s.count)} />
        ))}
        {summary.percentDone !== null && (
          <>
            <dt>{t(T.percentDone)}</dt>
            <dd className={styles.dd}>{formatPercent(summary.percentDone / 100, locale)}</dd>
          </>
        )}
        {summary.indicators.total > 0 && (
          <>
            <dt>{t(T.indicators)}</dt>
            <dd className={styles.dd}>
              {n(summary.indicators.total)}: {n(summary.indicators.achieved)} {t(T.achieved)},{' '}
              {n(summary.indicators.missed)} {t(T.missed)}, {n(summary.indicators.noData)}{' '}
              {t(T.noData)}
              {summary.indicators.notJudged > 0 &&
                `, ${n(summary.indicators.notJudged)} ${t(T.notJudged)}`}
            </dd>
          </>
        )}
        <dt>{t(T.issues)}</dt>
        <dd className={styles.dd}>
          {n(summary.errors)} {t(T.errors)}, {n(summary.warnings)} {t(T.warnings)}
        </dd>
      </dl>

      <div className={styles.section}>
        <div className={v.row}>
          <Button
            appearance="primary"
            disabled={busy || !pane.plan}
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
          <MessageBar intent="success" layout="multiline" data-testid="report-outcome">
            <MessageBarBody>
              <strong>{t(T.reportDone)}</strong>
              {outcomeLines(outcome).map((line, i) => (
                <div key={i}>{t(line)}</div>
              ))}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>

      <h3 className={v.heading}>
        {t(T.tracker)} ({n(summary.submitted)}/{n(summary.units)})
      </h3>
      <ul className={v.spacedList} data-testid="tracker">
        {tracker.map((u) => (
          <li key={u.name} className={v.item} data-testid="tracker-row">
            <div className={v.grow}>
              <div className={v.strong}>{u.name}</div>
              <Caption1 className={v.muted}>
                {u.files.length > 0 && `${t(T.file)}: ${u.files.join(', ')} · `}
                {n(u.tasksLed)} {t(T.led)} · {n(u.done)} {t(T.done)} · {n(u.overdue)} {t(T.overdue)}{' '}
                · {n(u.issues)} {t(T.unitIssues)}
              </Caption1>
            </div>
            <Badge
              className={styles.nowrap}
              appearance="tint"
              color={u.submitted ? 'success' : 'danger'}
              data-testid="tracker-status"
            >
              {t(u.submitted ? T.submitted : T.notSubmitted)}
            </Badge>
          </li>
        ))}
      </ul>

      <h3 className={v.heading}>
        {t(T.conflicts)} ({n(c.conflicts.length)})
      </h3>
      {c.conflicts.length === 0 ? (
        <Caption1>{t(T.conflictsNone)}</Caption1>
      ) : (
        <ul className={v.spacedList} data-testid="conflicts">
          {c.conflicts.map((x) => (
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

      <h3 className={v.heading}>
        {t(T.unmatched)} ({n(c.unmatched.length)})
      </h3>
      {c.unmatched.length === 0 ? (
        <Caption1>{t(T.unmatchedNone)}</Caption1>
      ) : (
        <>
          <Caption1 className={v.muted}>{t(T.unmatchedHint)}</Caption1>
          <ul className={v.spacedList} data-testid="unmatched">
            {c.unmatched.map((u, i) => (
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

      {c.issues.length > 0 && (
        <>
          <h3 className={v.heading}>
            {t(T.issueList)} ({n(c.issues.length)})
          </h3>
          <ul className={v.spacedList} data-testid="consolidation-issues">
            {c.issues.map((issue, i) => (
              <li key={i} className={v.item}>
                <div className={v.grow}>
                  <Caption1 className={issue.severity === 'error' ? styles.error : undefined}>
                    {formatIssue(issue, locale)}
                  </Caption1>{' '}
                  <Caption1 className={v.muted}>{issuePlace(issue, locale)}</Caption1>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function StatusCount(props: { label: string; count: string }) {
  const styles = useStyles();
  return (
    <>
      <dt>{props.label}</dt>
      <dd className={styles.dd}>{props.count}</dd>
    </>
  );
}
