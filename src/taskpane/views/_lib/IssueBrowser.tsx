import {
  Button,
  Caption1,
  Field,
  Input,
  ToggleButton,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { Fragment, useMemo, useState, type ReactNode } from 'react';
import { formatIssue, issuePlace } from '../../../core/issues/messages';
import type { Issue, Severity } from '../../../core/issues/types';
import type { AppendixTable } from '../../../core/parse/model';
import { useLocale, useT } from '../../i18n/locale';
import { formatCount, type Text } from '../../i18n/text';
import { useSelectCell } from './select';
import { FilterSelect } from './FilterSelect';
import { GroupHeading } from './GroupHeading';
import {
  countByFile,
  groupIssues,
  issueFiles,
  issueSheets,
  SEVERITIES,
  severityCounts,
  type IssueFilter,
} from './issues';
import { useViewStyles } from './styles';

/** How many issues of a group are drawn at first, and added by "show more". */
export const ISSUE_PAGE = 200;

const T = {
  noIssues: { vi: 'Không có vấn đề nào.', en: 'No issues found.' },
  noneMatch: { vi: 'Không có vấn đề nào khớp bộ lọc.', en: 'No issue matches the filter.' },
  severities: { vi: 'Mức độ', en: 'Severity' },
  sheet: { vi: 'Trang', en: 'Sheet' },
  allSheets: { vi: 'Tất cả các trang', en: 'All sheets' },
  file: { vi: 'Tệp', en: 'File' },
  allFiles: { vi: 'Tất cả các tệp', en: 'All files' },
  search: { vi: 'Tìm trong vấn đề', en: 'Search issues' },
  searchHint: { vi: 'ví dụ: thời gian, E12', en: 'e.g. deadline, E12' },
  showMore: { vi: 'Hiện thêm', en: 'Show more' },
  shown: { vi: 'Đang hiện', en: 'Showing' },
  of: { vi: 'trên', en: 'of' },
  goTo: { vi: 'Chọn ô', en: 'Select cell' },
  noFile: { vi: 'Chung, không thuộc tệp nào', en: 'General, of no one file' },
} satisfies Record<string, Text>;

export const SEVERITY_TEXT: Record<Severity, Text> = {
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
    // A plain block (the standalone page, a unit's file) as wide as a button: padding inside.
    boxSizing: 'border-box',
    textAlign: 'start',
    justifyContent: 'flex-start',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightRegular,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    overflowWrap: 'anywhere',
  },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  fileHead: {
    paddingTop: tokens.spacingVerticalS,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
});

/**
 * A list of issues as Kiểm tra and Tổng hợp show it: a heading with the count, severity toggles,
 * a sheet (or, across files, a file) filter and a search; then the issues by severity, sorted by
 * file and place, a page at a time. On Excel an issue of the open workbook selects its cell.
 */
export function IssueBrowser(props: {
  issues: readonly Issue[];
  tables: readonly AppendixTable[];
  heading: Text;
  /** Prefix of the ids and test ids of the groups ("issues" → "issues-error"). */
  idPrefix: string;
  as: 'h2' | 'h3';
  /** Issues of several files (Tổng hợp): filter by file, and name it in each issue's place. */
  byFile?: boolean;
  /** A line under the filters (what clicking an issue does). */
  hint?: ReactNode;
  /** Issues drawn at first in each severity, and added by "show more" ({@link ISSUE_PAGE}). */
  pageSize?: number;
}) {
  const { issues, tables, idPrefix } = props;
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const v = useViewStyles();
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(
    () => new Set<Severity>(SEVERITIES),
  );
  const [place, setPlace] = useState<string | null>(null);
  const [text, setText] = useState('');
  const counts = useMemo(() => severityCounts(issues), [issues]);
  const places = useMemo(
    () => (props.byFile ? issueFiles(issues) : issueSheets(issues, tables)),
    [issues, tables, props.byFile],
  );
  // A sheet or file picked before the list changed may be gone: then every one.
  const onPlace = place !== null && places.includes(place) ? place : null;
  const groups = useMemo(() => {
    const filter: IssueFilter = props.byFile
      ? { severities, sheet: null, file: onPlace, text }
      : { severities, sheet: onPlace, text };
    return groupIssues(issues, tables, filter, locale);
  }, [issues, tables, props.byFile, severities, onPlace, text, locale]);
  const toggle = (s: Severity) =>
    setSeverities((old) => {
      const next = new Set(old);
      if (next.has(s)) next.delete(s);
      else next.add(s);
      return next;
    });
  const shown = SEVERITIES.filter((s) => severities.has(s) && groups[s].length > 0);
  const H = props.as;
  return (
    <>
      <H className={v.heading} id={`${idPrefix}-heading`}>
        {t(props.heading)} ({formatCount(issues.length, locale)})
      </H>
      {issues.length === 0 ? (
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
            {places.length > 1 && (
              <FilterSelect
                label={t(props.byFile ? T.file : T.sheet)}
                allLabel={t(props.byFile ? T.allFiles : T.allSheets)}
                value={onPlace}
                options={places}
                onChange={setPlace}
                testId={props.byFile ? 'issue-file' : 'issue-sheet'}
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
          {props.hint}
          {shown.length === 0 && <Caption1 data-testid="issues-none">{t(T.noneMatch)}</Caption1>}
          {shown.map((s) => (
            <IssueGroup
              key={s}
              id={`${idPrefix}-${s}`}
              severity={s}
              issues={groups[s]}
              byFile={props.byFile ?? false}
              pageSize={props.pageSize ?? ISSUE_PAGE}
            />
          ))}
        </>
      )}
    </>
  );
}

function IssueGroup(props: {
  id: string;
  severity: Severity;
  issues: readonly Issue[];
  byFile: boolean;
  pageSize: number;
}) {
  const { severity, issues, id, pageSize } = props;
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const v = useViewStyles();
  const [limit, setLimit] = useState(pageSize);
  const visible = issues.slice(0, limit);
  // Several files' issues: each file's run starts with its name and how many it has here.
  const perFile = useMemo(
    () => (props.byFile ? countByFile(issues) : null),
    [issues, props.byFile],
  );
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
          <Fragment key={`${issue.file}|${issue.sheet}|${issue.cell}|${issue.code}|${i}`}>
            {perFile && (i === 0 || visible[i - 1]!.file !== issue.file) && (
              <li className={styles.fileHead} data-testid="issue-file-head">
                {issue.file || t(T.noFile)} (
                {formatCount(perFile.get(issue.file ?? '') ?? 0, locale)})
              </li>
            )}
            <li>
              <IssueEntry issue={issue} byFile={props.byFile} />
            </li>
          </Fragment>
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
            onClick={() => setLimit((n) => n + pageSize)}
            data-testid={`${id}-more`}
          >
            {t(T.showMore)}
          </Button>
        </div>
      )}
    </section>
  );
}

function IssueEntry(props: { issue: Issue; byFile: boolean }) {
  const { issue } = props;
  const selectCell = useSelectCell();
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const v = useViewStyles();
  // The place names sheet and cell only: one file (Kiểm tra), or the file's name heads its run.
  // A cell of a unit's file is not in the open workbook, so it is not selected.
  const place = issuePlace({ ...issue, file: undefined }, locale);
  const select = props.byFile ? null : selectCell;
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
