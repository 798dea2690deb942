import {
  Caption1,
  Card,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from '@fluentui/react-components';
import { forwardRef, useMemo, useRef } from 'react';
import { useFocusOnOutcome } from '../app/focus';
import { usePane } from '../app/store';
import { useLocale, useT } from '../i18n/locale';
import { formatCount, type Text } from '../i18n/text';
import { IssueBrowser, SEVERITY_TEXT } from './_lib/IssueBrowser';
import { severityCounts, tableRows } from './_lib/issues';
import { KeyFigures } from './_lib/KeyFigures';
import { PlanSource } from './_lib/PlanSource';
import { useViewStyles } from './_lib/styles';

const T = {
  tables: { vi: 'Bảng phụ lục', en: 'Appendix tables' },
  sheet: { vi: 'Trang', en: 'Sheet' },
  kind: { vi: 'Loại', en: 'Kind' },
  rows: { vi: 'Số dòng', en: 'Rows' },
  sections: { vi: 'Số mục', en: 'Sections' },
  tasks: { vi: 'Nhiệm vụ', en: 'Tasks' },
  indicators: { vi: 'Chỉ tiêu', en: 'Indicators' },
  issues: { vi: 'Vấn đề', en: 'Issues' },
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
  figures: { vi: 'Kết quả kiểm tra', en: 'Check result' },
  tableCount: { vi: 'Bảng phụ lục', en: 'Tables' },
} satisfies Record<string, Text>;

const useStyles = makeStyles({
  table: { width: '100%' },
  num: { textAlign: 'end', width: '4.5em' },
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
  const scan = pane.scan!;
  return (
    <Card size="small">
      <IssueBrowser
        issues={scan.issues}
        tables={scan.tables}
        heading={T.issues}
        idPrefix="issues"
        as="h2"
        hint={<Caption1>{t(pane.host.canSelectCells ? T.clickHint : T.pageHint)}</Caption1>}
      />
    </Card>
  );
}
