import { Button, type ButtonProps } from '@fluentui/react-components';
import { useId, useRef } from 'react';

/**
 * A button that opens the browser's file chooser for .xlsx files. The input stays in the page
 * (hidden) so keyboard users reach the button and tests can set files on the input.
 */
export function FilePicker(props: {
  label: string;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
  testId: string;
  appearance?: ButtonProps['appearance'];
  icon?: ButtonProps['icon'];
  disabled?: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  return (
    <>
      <input
        ref={input}
        id={id}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple={props.multiple ?? false}
        hidden
        tabIndex={-1}
        aria-hidden="true"
        data-testid={props.testId}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          // Clear so choosing the same file again still fires change.
          e.currentTarget.value = '';
          if (files.length) props.onFiles(files);
        }}
      />
      <Button
        appearance={props.appearance ?? 'primary'}
        icon={props.icon}
        disabled={props.disabled ?? false}
        onClick={() => input.current?.click()}
      >
        {props.label}
      </Button>
    </>
  );
}
