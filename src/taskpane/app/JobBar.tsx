import { Button, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { useLocale, useT } from '../i18n/locale';
import { formatCount, type Text } from '../i18n/text';
import { useJob, usePane } from './store';

const T = {
  cancel: { vi: 'Hủy', en: 'Cancel' },
} satisfies Record<string, Text>;

const useStyles = makeStyles({
  job: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  jobText: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
});

/**
 * The running job's label and progress bar, with Cancel: the one part that re-renders per tick.
 * The pane shows it above the view, or a view shows it under the button that started the work.
 */
export function JobBar() {
  const t = useT();
  const locale = useLocale();
  const { cancelJob } = usePane();
  const job = useJob();
  const styles = useStyles();
  if (!job) return null;
  const { progress } = job;
  const n = (x: number) => formatCount(x, locale);
  return (
    <div className={styles.job} role="status" aria-live="polite" data-testid="job">
      <div className={styles.jobText}>
        <div>
          {t(job.label)}
          {progress && ` ${n(progress.done)}/${n(progress.total)} · ${progress.what}`}
        </div>
        <ProgressBar value={progress ? progress.done / Math.max(1, progress.total) : undefined} />
      </div>
      <Button size="small" onClick={cancelJob}>
        {t(T.cancel)}
      </Button>
    </div>
  );
}
