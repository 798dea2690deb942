import {
  Button,
  Caption1,
  Card,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  ToggleButton,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { forwardRef, useMemo, useRef, useState } from 'react';
import { formatIssue, issuePlace } from '../../core/issues/messages';
import type { Issue, Severity } from '../../core/issues/types';
import { useFocusOnOutcome } from '../app/focus';
import { usePane } from '../app/store';
import { useLocale, useT } from '../i18n/locale';
import { formatCount, type Text } from '../i18n/text';
import { FilterSelect } from './_lib/FilterSelect';
import { GroupHeading } from './_lib/GroupHeading';
import { KeyFigures } from './_lib/KeyFigures';
import { PlanSource } from './_lib/PlanSource';
import { useViewStyles } from './_lib/styles';
import {
  groupIssues,
  issueSheets,
  SEVERITIES,
  severityCounts,
  tableRows,
  type IssueFilter,
} from './check/issues';
import { useSelectCell } from './check/select';

/** How many issues of a group are drawn at first, and added by "show more". */
export const ISSUE_PAGE = 200;

const T = {
  tables: { vi: 'Bảng phụ lục', en: 'Appendix tables' },
  sheet: { vi: 'Trang', en: 'Sheet' },
  kind: { vi: 'Loại', en: 'Kind' },
  rows: { vi: 'Số dòng', en: 'Rows' },
  sections: { vi: 'Số mục', en: 'Sections' },
  tasks: { vi: 'Nhiệm vụ', en: 'Tasks' },
  indicators: { vi: 'Chỉ tiêu', en: 'Indicators' },
  issues: { vi: 'Vấn đề', en: 'Issues' },
  noIssues: { vi: 'Không có vấn đề nào.', en: 'No issues found.' },
  noneMatch: {
    vi: 'Không có vấn đề nào khớp bộ lọc.',
    en: 'No issue matches the filter.',
  },
  severities: { vi: 'Mức độ', en: 'Severity' },
  allSheets: { vi: 'Tất cả các trang', en: 'All sheets' },
  search: { vi: 'Tìm trong vấn đề', en: 'Search issues' },
  searchHint: { vi: 'ví dụ: thời gian, E12', en: 'e.g. deadline, E12' },
  showMore: { vi: 'Hiện thêm', en: 'Show more' },
  shown: { vi: 'Đang hiện', en: 'Showing' },
  of: { vi: 'trên', en: 'of' },
  clickHint: {
    vi: 'Bấm vào một vấn đề để chọn ô trong sổ tính.',
    en: 'Click an issue to select its cell in the workbook.',
  },
  pageHint: {
    vi: 'Trang web không chọn được ô: mở tệp trong Excel và tìm theo địa chỉ ô.',
    en: 'The web page cannot select cells: open the file in Excel and go to the address.',
  },
  notes: {
    vi: 'Một số phần của sổ tính không đọc được trên Excel này',
    en: 'Some parts of the workbook could not be read on this Excel',
  },
  goTo: { vi: 'Chọn ô', en: 'Select cell' },
  figures: { vi: 'Kết quả kiểm tra', en: 'Check result' },
  tableCount: { vi: 'Bảng phụ lục', en: 'Tables' },
} satisfies Record<string, Text>;

const SEVERITY_TEXT: Record<Severity, Text> = {
  error: { vi: 'Lỗi', en: 'Errors' },
  warning: { vi: 'Cảnh báo', en: 'Warnings' },
  info: { vi: 'Thông tin', en: 'Info' },
};

const SEVERITY_COLOR = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
} as const satisfies Record<Severity, string>;

const useStyles = makeStyles({
  subheading: { fontSize: tokens.fontSizeBase300 },
  table: { width: '100%' },
  num: { textAlign: 'end', width: '4.5em' },
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalS,
  },
  search: { flexGrow: 1, minWidth: '10em' },
  list: { gap: tokens.spacingVerticalXXS },
  issue: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    textAlign: 'start',
    justifyContent: 'flex-start',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightRegular,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    overflowWrap: 'anywhere',
  },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** Kiểm tra: the plan's tables and every issue found, which select their cell in Excel. */
export function CheckView() {
  const pane = usePane();
  const t = useT();
  const v = useViewStyles();
  const notes = pane.plan?.notes ?? [];
  const figures = useRef<HTMLUListElement>(null);
  // Once the plan is read, its result is where the eye and the keyboard go.
  useFocusOnOutcome(figures, pane.scan, '[data-testid="plan-source"]');
  return (
    <div className={v.root} data-testid="check-view">
      <PlanSource />
      {pane.scan && <CheckFigures ref={figures} />}
      {notes.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="read-notes">
          <MessageBarBody>
            <MessageBarTitle>{t(T.notes)}</MessageBarTitle>
            <ul>
              {notes.map((note) => (
                <li key={note.id}>{t(note)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {pane.scan && (
        <div className={v.columns}>
          <TablesCard />
          <IssuesCard />
        </div>
      )}
    </div>
  );
}

/** Errors and warnings first, and how many tables were found. */
const CheckFigures = forwardRef<HTMLUListElement>(function CheckFigures(_, ref) {
  const pane = usePane();
  const t = useT();
  const scan = pane.scan!;
  const counts = useMemo(() => severityCounts(scan.issues), [scan.issues]);
  return (
    <KeyFigures
      ref={ref}
      label={t(T.figures)}
      testId="check-figures"
      figures={[
        { id: 'error', text: SEVERITY_TEXT.error, count: counts.error, tone: 'danger' },
        { id: 'warning', text: SEVERITY_TEXT.warning, count: counts.warning, tone: 'warning' },
        { id: 'tables', text: T.tableCount, count: scan.tables.length, tone: 'neutral' },
      ]}
    />
  );
});

function TablesCard() {
  const pane = usePane();
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const v = useViewStyles();
  const rows = tableRows(pane.scan?.tables ?? []);
  return (
    <Card size="small">
      <h2 className={v.heading} id="check-tables">
        {t(T.tables)} ({formatCount(rows.length, locale)})
      </h2>
      <Table
        size="extra-small"
        className={styles.table}
        aria-labelledby="check-tables"
        data-testid="check-tables"
      >
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t(T.sheet)}</TableHeaderCell>
            <TableHeaderCell>{t(T.kind)}</TableHeaderCell>
            <TableHeaderCell className={styles.num}>{t(T.rows)}</TableHeaderCell>
            <TableHeaderCell className={styles.num}>{t(T.sections)}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={`${r.sheet}!${r.headerRange}`}>
              <TableCell title={`${r.sheet}!${r.headerRange}`}>{r.sheet}</TableCell>
              <TableCell>{t(r.kind === 'tasks' ? T.tasks : T.indicators)}</TableCell>
              <TableCell className={styles.num}>{formatCount(r.items, locale)}</TableCell>
              <TableCell className={styles.num}>{formatCount(r.sections, locale)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Card>
  );
}

function IssuesCard() {
  const pane = usePane();
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const v = useViewStyles();
  const scan = pane.scan!;
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(
    () => new Set<Severity>(SEVERITIES),
  );
  const [sheet, setSheet] = useState<string | null>(null);
  const [text, setText] = useState('');
  const counts = useMemo(() => severityCounts(scan.issues), [scan.issues]);
  const sheets = useMemo(() => issueSheets(scan.issues, scan.tables), [scan]);
  // A sheet picked before a rescan may be gone: then every sheet.
  const onSheet = sheet !== null && sheets.includes(sheet) ? sheet : null;
  const groups = useMemo(() => {
    const filter: IssueFilter = { severities, sheet: onSheet, text };
    return groupIssues(scan.issues, scan.tables, filter, locale);
  }, [scan, severities, onSheet, text, locale]);
  const toggle = (s: Severity) =>
    setSeverities((old) => {
      const next = new Set(old);
      if (next.has(s)) next.delete(s);
      else next.add(s);
      return next;
    });
  const shown = SEVERITIES.filter((s) => severities.has(s) && groups[s].length > 0);
  return (
    <Card size="small">
      <h2 className={v.heading} id="check-issues">
        {t(T.issues)} ({formatCount(scan.issues.length, locale)})
      </h2>
      {scan.issues.length === 0 ? (
        <Caption1>{t(T.noIssues)}</Caption1>
      ) : (
        <>
          <div className={styles.filters}>
            <div
              className={v.badges}
              role="group"
              aria-label={t(T.severities)}
              data-testid="severity-filter"
            >
              {SEVERITIES.map((s) => (
                <ToggleButton
                  key={s}
                  size="small"
                  checked={severities.has(s)}
                  onClick={() => toggle(s)}
                  data-testid={`severity-${s}`}
                >
                  {t(SEVERITY_TEXT[s])} ({formatCount(counts[s], locale)})
                </ToggleButton>
              ))}
            </div>
            {sheets.length > 1 && (
              <FilterSelect
                label={t(T.sheet)}
                allLabel={t(T.allSheets)}
                value={onSheet}
                options={sheets}
                onChange={setSheet}
                testId="issue-sheet"
              />
            )}
            <Field label={t(T.search)} size="small" className={styles.search}>
              <Input
                size="small"
                type="search"
                value={text}
                placeholder={t(T.searchHint)}
                onChange={(_, data) => setText(data.value)}
                data-testid="issue-search"
              />
            </Field>
          </div>
          <Caption1>{t(pane.host.canSelectCells ? T.clickHint : T.pageHint)}</Caption1>
          {shown.length === 0 && <Caption1 data-testid="issues-none">{t(T.noneMatch)}</Caption1>}
          {shown.map((s) => (
            <IssueGroup key={s} severity={s} issues={groups[s]} />
          ))}
        </>
      )}
    </Card>
  );
}

function IssueGroup(props: { severity: Severity; issues: readonly Issue[] }) {
  const { severity, issues } = props;
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const v = useViewStyles();
  const [limit, setLimit] = useState(ISSUE_PAGE);
  const id = `issues-${severity}`;
  const visible = issues.slice(0, limit);
  return (
    <section className={styles.group} aria-labelledby={id} data-testid={id}>
      <GroupHeading
        as="h3"
        id={id}
        color={SEVERITY_COLOR[severity]}
        text={SEVERITY_TEXT[severity]}
        count={issues.length}
        className={styles.subheading}
      />
      <ul className={mergeClasses(v.list, styles.list)}>
        {visible.map((issue, i) => (
          <li key={`${issue.sheet}|${issue.cell}|${issue.code}|${i}`}>
            <IssueEntry issue={issue} />
          </li>
        ))}
      </ul>
      {issues.length > visible.length && (
        <div>
          <Caption1>
            {t(T.shown)} {formatCount(visible.length, locale)} {t(T.of)}{' '}
            {formatCount(issues.length, locale)}.{' '}
          </Caption1>
          <Button
            size="small"
            onClick={() => setLimit((n) => n + ISSUE_PAGE)}
            data-testid={`${id}-more`}
          >
            {t(T.showMore)}
          </Button>
        </div>
      )}
    </section>
  );
}

function IssueEntry(props: { issue: Issue }) {
  const { issue } = props;
  const select = useSelectCell();
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const v = useViewStyles();
  // Every issue of the scan is in the plan's own file: the place names sheet and cell only.
  const place = issuePlace({ ...issue, file: undefined }, locale);
  const body = (
    <>
      <span>{formatIssue(issue, locale)}</span>
      {place && <Caption1 className={v.muted}>{place}</Caption1>}
    </>
  );
  const { sheet, cell } = issue;
  if (!select || !sheet || !cell) {
    return (
      <div className={styles.issue} data-testid="issue">
        {body}
      </div>
    );
  }
  return (
    <Button
      appearance="subtle"
      className={styles.issue}
      onClick={() => void select(sheet, cell)}
      title={`${t(T.goTo)} ${sheet}!${cell}`}
      data-testid="issue"
    >
      {body}
    </Button>
  );
}
