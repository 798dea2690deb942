import { Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState, type DragEvent } from 'react';
import { usePane } from '../../app/store';
import { useLocale, useT } from '../../i18n/locale';
import { formatCount, type Locale, type Text } from '../../i18n/text';
import { FilePicker } from '../_lib/FilePicker';
import { useViewStyles } from '../_lib/styles';
import type { FileLike } from '../../engine/workbooks';
import { collectEntries, dropEntries, splitWorkbooks, type Collected, type Found } from './collect';
import { FileList } from './FileList';
import { MissingUnits } from './MissingUnits';
import { useConsolidateStyles } from './styles';

const T = {
  unitsHeading: { vi: 'Tệp các đơn vị gửi về', en: 'Units’ returned files' },
  pickUnits: { vi: 'Chọn tệp đơn vị (.xlsx)', en: 'Pick unit files (.xlsx)' },
  pickFolder: { vi: 'Chọn thư mục', en: 'Pick a folder' },
  useSheets: {
    vi: 'Dùng các trang đơn vị trong sổ tính',
    en: 'Use the unit sheets in the workbook',
  },
  dropHint: {
    vi: 'Hoặc kéo thả các tệp, hay cả thư mục, vào khung này.',
    en: 'Or drop the files, or a whole folder, on this box.',
  },
  dropNow: { vi: 'Thả để thêm các tệp .xlsx', en: 'Drop to add the .xlsx files' },
  skipped: {
    vi: 'Đã bỏ qua {n} tệp không phải sổ tính .xlsx/.xlsm: ',
    en: 'Left out {n} files that are not .xlsx/.xlsm workbooks: ',
  },
  noWorkbooks: {
    vi: 'Không có tệp .xlsx/.xlsm nào trong những gì vừa thả.',
    en: 'No .xlsx/.xlsm file in what was dropped.',
  },
  more: { vi: ' và {n} tệp khác', en: ' and {n} more' },
} satisfies Record<string, Text>;

/** How many left-out files are named before "and n more". */
const SKIPPED_NAMED = 5;

const useStyles = makeStyles({
  drop: {
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  dragging: {
    border: `2px dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
});

/** What the last pick or drop left out: its files' paths (none: a drop with no workbook). */
interface Note {
  readonly skipped: readonly string[];
}

function noteText(note: Note, t: (text: Text) => string, locale: Locale): string {
  const { skipped } = note;
  if (!skipped.length) return t(T.noWorkbooks);
  const n = (x: number) => formatCount(x, locale);
  const rest = skipped.length - SKIPPED_NAMED;
  return (
    t(T.skipped).replace('{n}', n(skipped.length)) +
    skipped.slice(0, SKIPPED_NAMED).join(', ') +
    (rest > 0 ? t(T.more).replace('{n}', n(rest)) : '')
  );
}

/** A found workbook as the store reads it: the file, with its path in the folder. */
function withPath({ file, path }: Found<File>): FileLike {
  return { name: file.name, path, size: file.size, arrayBuffer: () => file.arrayBuffer() };
}

/**
 * The units' files: pick them or a folder, drop them (folders too), or take the unit sheets of
 * the open workbook; see them read, which roster units have none yet, remove one.
 */
export function UnitFiles() {
  const t = useT();
  const locale = useLocale();
  const pane = usePane();
  const styles = useConsolidateStyles();
  const own = useStyles();
  const v = useViewStyles();
  const { units } = pane;
  const busy = pane.job !== null;
  const [dragging, setDragging] = useState(false);
  // Kept as data, worded when shown: a switch of language rewords it.
  const [note, setNote] = useState<Note | null>(null);

  const take = (found: Collected<File>, dropped: boolean) => {
    const { workbooks, skipped } = found;
    if (skipped.length) setNote({ skipped });
    else setNote(dropped && !workbooks.length ? { skipped: [] } : null);
    if (workbooks.length) void pane.addUnitFiles(workbooks.map(withPath));
  };

  const onDrop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    setDragging(false);
    if (busy) return;
    // Entries are taken now: the browser empties the drop's data once the handler returns.
    const entries = dropEntries<File>(e.dataTransfer);
    const files = Array.from(e.dataTransfer.files);
    if (!entries) return take(splitWorkbooks(files), true);
    void collectEntries<File>(entries).then(
      (found) => take(found, true),
      () => take(splitWorkbooks(files), true),
    );
  };
  const onDragOver = (e: DragEvent<HTMLElement>) => {
    if (!Array.from(e.dataTransfer.types).includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = busy ? 'none' : 'copy';
    setDragging(true);
  };

  return (
    <section
      className={styles.section}
      aria-labelledby="consolidate-units"
      onDragOver={onDragOver}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
      data-testid="unit-drop"
    >
      <h2 id="consolidate-units" className={v.heading}>
        {t(T.unitsHeading)}
      </h2>
      <div className={mergeClasses(own.drop, dragging && own.dragging)}>
        <div className={v.row}>
          <FilePicker
            label={t(T.pickUnits)}
            multiple
            testId="unit-files"
            appearance={units.length ? 'secondary' : 'primary'}
            disabled={busy}
            onFiles={(files) => take(splitWorkbooks(files), false)}
          />
          {pane.host.kind === 'files' && (
            <FilePicker
              label={t(T.pickFolder)}
              directory
              testId="unit-folder"
              appearance="secondary"
              disabled={busy}
              onFiles={(files) => take(splitWorkbooks(files), false)}
            />
          )}
          {pane.host.kind === 'excel' && (
            <Button disabled={busy} onClick={() => void pane.addWorkbookUnitSheets()}>
              {t(T.useSheets)}
            </Button>
          )}
        </div>
        <Caption1 className={v.muted} aria-live="polite">
          {t(dragging ? T.dropNow : T.dropHint)}
        </Caption1>
      </div>
      {note && (
        <Caption1 className={v.muted} data-testid="skipped-files">
          {noteText(note, t, locale)}
        </Caption1>
      )}
      <FileList />
      <MissingUnits />
    </section>
  );
}
