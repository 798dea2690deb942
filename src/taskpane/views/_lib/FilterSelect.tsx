import { Field, Select, makeStyles, mergeClasses } from '@fluentui/react-components';

const useStyles = makeStyles({
  // Never wider than the pane, whatever its longest option: a plan's lead unit can be a sentence.
  field: { minWidth: 0, maxWidth: '100%' },
  root: { width: '100%', minWidth: 0 },
  // A percentage width lets the select shrink below its longest option; the text is cut short.
  select: { width: '100%', minWidth: 0, textOverflow: 'ellipsis' },
});

/**
 * A small drop-down that narrows a list to one value, or `null` for the first "all" option. As
 * wide as the room it has; a long choice is cut short, its whole text in the title (on hover) and
 * in the accessible name of the option (what a screen reader reads on focus).
 */
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
  const styles = useStyles();
  return (
    <Field label={props.label} size="small" className={mergeClasses(styles.field, props.className)}>
      <Select
        size="small"
        className={styles.root}
        select={{ className: styles.select }}
        value={props.value ?? ''}
        title={props.value ?? props.allLabel}
        onChange={(_, data) => onChange(data.value || null)}
        data-testid={props.testId}
      >
        <option value="">{props.allLabel}</option>
        {props.options.map((o) => (
          <option key={o} value={o} title={o}>
            {o}
          </option>
        ))}
      </Select>
    </Field>
  );
}
