import { Caption1 } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { usePane } from '../../app/store';
import { useT } from '../../i18n/locale';
import type { Text } from '../../i18n/text';
import { PlanSource } from './PlanSource';
import { useViewStyles } from './styles';

/**
 * A view that needs the plan, before there is one: what it is waiting for, then where to open
 * the plan. Test ids `${view}-view` and `${view}-empty`.
 */
export function NoPlan(props: { view: string; text: Text }) {
  const t = useT();
  const v = useViewStyles();
  return (
    <div className={v.root} data-testid={`${props.view}-view`}>
      <Caption1 data-testid={`${props.view}-empty`}>{t(props.text)}</Caption1>
      <PlanSource />
    </div>
  );
}

/**
 * A view that starts with where the plan comes from: then its content once the plan is scanned,
 * or what it is waiting for (test id `${view}-empty`). Content is drawn only with a plan.
 */
export function WithPlan(props: { view: string; text: Text; children: () => ReactNode }) {
  const t = useT();
  const pane = usePane();
  const v = useViewStyles();
  return (
    <div className={v.root} data-testid={`${props.view}-view`}>
      <PlanSource />
      {!pane.scan ? (
        <Caption1 data-testid={`${props.view}-empty`}>{t(props.text)}</Caption1>
      ) : (
        props.children()
      )}
    </div>
  );
}
