import { Field } from '@fluentui/react-components';
import { useMemo } from 'react';
import { usePane } from '../../app/store';
import type { Settings } from '../../engine/settings';
import { useT } from '../../i18n/locale';
import type { Text } from '../../i18n/text';
import { PeriodSelect } from '../_lib/PeriodSelect';
import { periodLine } from './shape';

const T = {
  period: { vi: 'Kỳ báo cáo', en: 'Reporting period' },
} satisfies Record<string, Text>;

/** The reporting period of the report (a setting), with the dates it covers at the as-of date. */
export function PeriodChoice(props: { settings: Settings; asOf: string }) {
  const t = useT();
  const pane = usePane();
  const line = useMemo(
    () => periodLine(props.asOf, props.settings.period),
    [props.asOf, props.settings.period],
  );
  return (
    <Field label={t(T.period)} hint={t(line)}>
      <PeriodSelect
        value={props.settings.period}
        testId="period"
        onChange={(period) => pane.updateSettings({ period })}
      />
    </Field>
  );
}
