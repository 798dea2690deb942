import { Caption1, ProgressBar } from '@fluentui/react-components';
import { useJob } from '../../app/store';
import { useLocale, useT } from '../../i18n/locale';
import { formatCount } from '../../i18n/text';
import { useConsolidateStyles } from './styles';

/**
 * The running work's progress under the button that started it (reading files, consolidating),
 * where the eye is after pressing it; the pane's status line above says it to screen readers.
 */
export function ActionProgress() {
  const t = useT();
  const locale = useLocale();
  const job = useJob();
  const styles = useConsolidateStyles();
  if (!job) return null;
  const { progress } = job;
  const n = (x: number) => formatCount(x, locale);
  return (
    <div className={styles.section} data-testid="action-progress">
      <Caption1 className={styles.progressText}>
        {t(job.label)}
        {progress && ` ${n(progress.done)}/${n(progress.total)} · ${progress.what}`}
      </Caption1>
      <ProgressBar value={progress ? progress.done / Math.max(1, progress.total) : undefined} />
    </div>
  );
}
