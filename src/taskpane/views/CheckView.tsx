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
import { usePane } from '../app/store';
import { useLocale, useT } from '../i18n/locale';
import { formatCount, type Text } from '../i18n/text';
import { IssueBrowser } from './_lib/IssueBrowser';
import { tableRows } from './_lib/issues';
import { PlanSource } from './_lib/PlanSource';
import { useViewStyles } from './_lib/styles';

export { ISSUE_PAGE } from './_lib/IssueBrowser';

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
  return (
    <div className={v.root} data-testid="check-view">
      <PlanSource />
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
      {pane.scan && <TablesCard />}
      {pane.scan && <IssuesCard />}
    </div>
  );
}

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
