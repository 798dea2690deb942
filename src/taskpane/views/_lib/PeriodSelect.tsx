import { Select } from '@fluentui/react-components';
import { useT } from '../../i18n/locale';
import { PERIOD_KINDS } from '../consolidate/shape';

/** The reporting period kinds (month, quarter, …) to choose from. */
export function PeriodSelect(props: {
  value: string;
  onChange: (value: string) => void;
  testId: string;
}) {
  const t = useT();
  const { onChange } = props;
  return (
    <Select
      value={props.value}
      onChange={(_, data) => onChange(data.value)}
      data-testid={props.testId}
    >
      {PERIOD_KINDS.map((p) => (
        <option key={p.kind} value={p.kind}>
          {t(p.label)}
        </option>
      ))}
    </Select>
  );
}
