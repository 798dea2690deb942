import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { checkDate, dateText, type DateCheck } from '../../engine/dates';
import { useT } from '../../i18n/locale';
import type { Text } from '../../i18n/text';

const PLACEHOLDER: Text = { vi: 'nn/tt/nnnn', en: 'dd/mm/yyyy' };

/**
 * A date typed as dd/mm/yyyy, in both languages and whatever the browser's locale (a native
 * date input shows mm/dd/yyyy in an English browser). It says at once, under it, why what is
 * typed is not a date yet (a year being typed is 2, 20, 202): the caller takes only a complete,
 * checked date.
 */
export function DateField(props: {
  label: string;
  hint?: string | undefined;
  size?: 'small' | 'medium';
  /** The text as typed (an ISO date or part of one). */
  value: string;
  onChange: (text: string, check: DateCheck) => void;
  testId: string;
}) {
  const t = useT();
  const check = checkDate(props.value);
  return (
    <Field
      label={props.label}
      hint={props.hint}
      size={props.size ?? 'medium'}
      {...(check.ok ? {} : { validationState: 'error', validationMessage: t(check.problem) })}
    >
      <Input
        size={props.size ?? 'medium'}
        value={props.value}
        placeholder={t(PLACEHOLDER)}
        autoComplete="off"
        onChange={(_, data) => props.onChange(data.value, checkDate(data.value))}
        data-testid={props.testId}
      />
    </Field>
  );
}

/**
 * A {@link DateField} for a saved date that is taken as soon as it is complete and valid; what is
 * typed meanwhile stays in the field only. A change of the date from elsewhere replaces it.
 */
export function CommittedDateField(props: {
  label: string;
  hint?: string | undefined;
  size?: 'small' | 'medium';
  value: string | null;
  onCommit: (iso: string | null) => void;
  testId: string;
}) {
  const [draft, setDraft] = useState(dateText(props.value));
  const [shown, setShown] = useState(props.value);
  if (shown !== props.value) {
    setShown(props.value);
    setDraft(dateText(props.value));
  }
  const { onCommit } = props;
  return (
    <DateField
      label={props.label}
      hint={props.hint}
      size={props.size ?? 'medium'}
      value={draft}
      onChange={(text, check) => {
        setDraft(text);
        if (check.ok && check.iso !== props.value) onCommit(check.iso);
      }}
      testId={props.testId}
    />
  );
}
