import { Caption1 } from '@fluentui/react-components';
import { formatIssue, issuePlace } from '../../../core/issues/messages';
import type { Issue } from '../../../core/issues/types';
import { useLocale } from '../../i18n/locale';
import type { Text } from '../../i18n/text';
import { useViewStyles } from '../_lib/styles';
import { CountHeading } from './CountHeading';
import { useConsolidateStyles } from './styles';

const T = {
  issueList: { vi: 'Các vấn đề', en: 'Issues found' },
} satisfies Record<string, Text>;

/** Các vấn đề: every issue of the consolidation (plan, units' files), errors in red; none, nothing. */
export function IssueList(props: { issues: readonly Issue[] }) {
  const { issues } = props;
  const locale = useLocale();
  const styles = useConsolidateStyles();
  const v = useViewStyles();
  if (issues.length === 0) return null;
  return (
    <>
      <CountHeading text={T.issueList} count={issues.length} />
      <ul className={v.spacedList} data-testid="consolidation-issues">
        {issues.map((issue, i) => (
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
  );
}
