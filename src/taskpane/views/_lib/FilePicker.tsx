import { Button, type ButtonProps } from '@fluentui/react-components';
import { useId, useRef } from 'react';

/** The attribute that makes a file input choose a folder (every file in it, sub-folders too). */
const FOLDER_INPUT = { webkitdirectory: '' } as Record<string, string>;

/**
 * A button that opens the browser's file chooser for .xlsx files, or (`directory`) its folder
 * chooser. The input stays in the page (hidden) so keyboard users reach the button and tests can
 * set files on the input.
 */
export function FilePicker(props: {
  label: string;
  multiple?: boolean;
  /** Choose a folder: every file in it comes (the caller keeps the workbooks). */
  directory?: boolean;
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
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
        multiple={props.multiple ?? props.directory ?? false}
        {...(props.directory ? FOLDER_INPUT : {})}
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
