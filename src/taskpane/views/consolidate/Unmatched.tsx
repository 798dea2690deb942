import { Caption1 } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { UnmatchedRow } from '../../../core/consolidate/types';
import { formatIssue } from '../../../core/issues/messages';
import type { Issue } from '../../../core/issues/types';
import { useLocale, useT } from '../../i18n/locale';
import { formatCount, type Text } from '../../i18n/text';
import { GroupHeading } from '../_lib/GroupHeading';
import { ShowAll } from '../_lib/ShowAll';
import { useViewStyles } from '../_lib/styles';
import { groupUnmatched, type CauseGroup, type FileRows } from '../_lib/unmatched-groups';
import { CountHeading } from './CountHeading';
import { UNMATCHED_REASON } from './shape';
import { useConsolidateStyles } from './styles';

/** Files shown per cause, and rows per file, before "Xem tất cả". */
const FILES_SHOWN = 5;
const ROWS_SHOWN = 3;

const T = {
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
  rows: { vi: 'dòng', en: 'rows' },
  files: { vi: 'tệp', en: 'files' },
} satisfies Record<string, Text>;

/**
 * Dòng không khớp kế hoạch: the units' rows that were not merged, by cause then file, the cause
 * and its counts first, a few rows of each file and the rest on demand.
 */
export function Unmatched(props: { rows: readonly UnmatchedRow[]; issues: readonly Issue[] }) {
  const { rows, issues } = props;
  const t = useT();
  const v = useViewStyles();
  const groups = useMemo(() => groupUnmatched(rows, issues), [rows, issues]);
  return (
    <>
      <CountHeading text={T.unmatched} count={rows.length} />
      {rows.length === 0 ? (
        <Caption1>{t(T.unmatchedNone)}</Caption1>
      ) : (
        <>
          <Caption1 className={v.muted}>{t(T.unmatchedHint)}</Caption1>
          <div data-testid="unmatched">
            {groups.map((g) => (
              <Cause key={g.reason} group={g} />
            ))}
          </div>
        </>
      )}
    </>
  );
}

function Cause(props: { group: CauseGroup }) {
  const { group } = props;
  const t = useT();
  const locale = useLocale();
  const styles = useConsolidateStyles();
  const v = useViewStyles();
  const [all, setAll] = useState(false);
  const files = all ? group.files : group.files.slice(0, FILES_SHOWN);
  const id = `unmatched-${group.reason}`;
  const n = (x: number) => formatCount(x, locale);
  return (
    <section className={styles.section} aria-labelledby={id} data-testid="unmatched-cause">
      <GroupHeading
        as="h4"
        id={id}
        color={group.reason === 'unknown-unit' ? 'danger' : 'warning'}
        text={UNMATCHED_REASON[group.reason]}
        count={group.count}
      />
      <Caption1 className={v.muted}>
        {n(group.count)} {t(T.rows)} · {n(group.files.length)} {t(T.files)}
      </Caption1>
      <ul className={v.spacedList}>
        {files.map((f) => (
          <FileGroup key={f.file} rows={f} />
        ))}
      </ul>
      {group.files.length > FILES_SHOWN && (
        <div>
          <ShowAll
            open={all}
            onToggle={() => setAll((a) => !a)}
            count={group.files.length}
            what={T.files}
            testId="unmatched-files-all"
          />
        </div>
      )}
    </section>
  );
}

function FileGroup(props: { rows: FileRows }) {
  const { file, unit, rows, cause } = props.rows;
  const t = useT();
  const locale = useLocale();
  const styles = useConsolidateStyles();
  const v = useViewStyles();
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, ROWS_SHOWN);
  const n = (x: number) => formatCount(x, locale);
  return (
    <li className={v.entry} data-testid="unmatched-file">
      <div className={v.grow}>
        <span className={v.strong}>{file}</span>{' '}
        <Caption1 className={v.muted}>
          · {unit} · {n(rows.length)} {t(T.rows)}
        </Caption1>
      </div>
      {cause && <Caption1 className={styles.error}>{formatIssue(cause, locale)}</Caption1>}
      <ul className={v.list}>
        {shown.map((u) => (
          <li key={`${u.sheet}!${u.row}`} className={v.grow} data-testid="unmatched-row">
            <div className={styles.clamp}>
              {u.stt && <span className={v.strong}>{u.stt} </span>}
              {u.content}
            </div>
            <Caption1 className={v.muted}>
              {u.sheet}, {t(T.row)} {u.row}
            </Caption1>
          </li>
        ))}
      </ul>
      {rows.length > ROWS_SHOWN && (
        <div>
          <ShowAll
            open={all}
            onToggle={() => setAll((a) => !a)}
            count={rows.length}
            what={T.rows}
            appearance="subtle"
            testId="unmatched-rows-all"
          />
        </div>
      )}
    </li>
  );
}
