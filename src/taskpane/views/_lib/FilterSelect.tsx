import { Field, Select } from '@fluentui/react-components';

/** A small drop-down that narrows a list to one value, or `null` for the first "all" option. */
export function FilterSelect(props: {
  label: string;
  allLabel: string;
  value: string | null;
  options: readonly string[];
  onChange: (value: string | null) => void;
  testId: string;
  className?: string;
}) {
  const { onChange } = props;
  return (
    <Field label={props.label} size="small" className={props.className}>
      <Select
        size="small"
        value={props.value ?? ''}
        onChange={(_, data) => onChange(data.value || null)}
        data-testid={props.testId}
      >
        <option value="">{props.allLabel}</option>
        {props.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </Select>
    </Field>
  );
}
