import { Select } from '@fluentui/react-components';
import { PERIOD_KINDS, type PeriodKind } from '../../../core/period/period';
import { useT } from '../../i18n/locale';
import type { Text } from '../../i18n/text';

/** How the choice names each period kind (Nghị định 09/2019). */
export const PERIOD_LABELS: Readonly<Record<PeriodKind, Text>> = {
  month: { vi: 'Tháng', en: 'Month' },
  quarter: { vi: 'Quý', en: 'Quarter' },
  half: { vi: '6 tháng', en: 'Half year' },
  'nine-months': { vi: '9 tháng', en: 'Nine months' },
  year: { vi: 'Năm', en: 'Year' },
};

/** The reporting period kinds (month, quarter, …) to choose from. */
export function PeriodSelect(props: {
  value: PeriodKind;
  onChange: (value: PeriodKind) => void;
  testId: string;
}) {
  const t = useT();
  const { onChange } = props;
  return (
    <Select
      value={props.value}
      onChange={(_, data) => onChange(data.value as PeriodKind)}
      data-testid={props.testId}
    >
      {PERIOD_KINDS.map((kind) => (
        <option key={kind} value={kind}>
          {t(PERIOD_LABELS[kind])}
        </option>
      ))}
    </Select>
  );
}
