/**
 * Problems found in a workbook, as data. Checks build these; the locale layer
 * (`./messages`) renders them in Vietnamese and English.
 */

import type { LegacyEncoding } from '../text/legacy';

/** Why an input file could not be read. */
export type InputFailure =
  | 'file-not-found'
  | 'is-a-directory'
  | 'file-not-readable'
  | 'empty-file'
  | 'not-a-workbook'
  | 'legacy-xls'
  | 'xlsb-workbook'
  | 'ods-workbook'
  | 'text-file'
  | 'unreadable-workbook'
  | 'encrypted-workbook'
  | 'too-large'
  | 'legacy-encoding'
  | 'empty-workbook'
  | 'no-appendix-table';

export type Severity = 'error' | 'warning' | 'info';

interface Located {
  readonly severity: Severity;
  /** The workbook's file name (set by the caller that knows it). */
  readonly file?: string;
  readonly sheet?: string;
  /** A1 address of the cell, or a range for whole rows. */
  readonly cell?: string;
}

export type Issue = Located &
  (
    | { readonly code: 'no-appendix-table' }
    | { readonly code: 'empty-workbook' }
    | { readonly code: 'repeated-header-skipped'; readonly rows: number }
    | { readonly code: 'column-numbers-skipped' }
    | { readonly code: 'continuation-joined'; readonly intoRow: number }
    | { readonly code: 'blank-row' }
    | { readonly code: 'missing-stt'; readonly inferred: string }
    | { readonly code: 'duplicate-key'; readonly key: string; readonly firstCell: string }
    | {
        readonly code: 'missing-value';
        readonly field: 'content' | 'lead' | 'deadline' | 'target' | 'indicatorName';
      }
    | { readonly code: 'unknown-unit'; readonly name: string; readonly suggestion?: string }
    | { readonly code: 'unit-name-cut-off'; readonly name: string }
    | {
        readonly code: 'unit-names-run-together';
        readonly text: string;
        readonly names: readonly string[];
      }
    | { readonly code: 'formula-error'; readonly value: string }
    | { readonly code: 'orphan-row' }
    | {
        readonly code: 'missing-column';
        readonly role: 'content' | 'lead' | 'deadline' | 'indicatorName' | 'target';
      }
    | { readonly code: 'duplicate-header'; readonly label: string; readonly firstCell: string }
    | { readonly code: 'blank-header' }
    | { readonly code: 'stt-gap'; readonly expected: string; readonly found: string }
    | { readonly code: 'stt-out-of-order'; readonly stt: string; readonly after: string }
    | { readonly code: 'deadline-unparsed'; readonly text: string }
    | { readonly code: 'impossible-date'; readonly text: string }
    | {
        readonly code: 'deadline-outside-plan';
        readonly due: string;
        readonly from: number;
        readonly to: number;
      }
    | { readonly code: 'target-unparsed'; readonly text: string }
    | { readonly code: 'unit-mismatch'; readonly value: number; readonly unit: string }
    | { readonly code: 'actual-not-number'; readonly text: string }
    | { readonly code: 'status-unknown'; readonly text: string }
    | { readonly code: 'completion-date-unparsed'; readonly text: string }
    | { readonly code: 'completion-after-as-of'; readonly date: string; readonly asOf: string }
    | { readonly code: 'completion-before-plan'; readonly date: string; readonly planStart: string }
    | { readonly code: 'unit-not-identified'; readonly text: string; readonly suggestion?: string }
    | { readonly code: 'unit-duplicate-file'; readonly unit: string; readonly otherFile: string }
    | { readonly code: 'unit-file-other-plan'; readonly matched: number; readonly rows: number }
    | { readonly code: 'unmatched-row'; readonly unit: string; readonly stt: string }
    | { readonly code: 'report-conflict'; readonly key: string; readonly units: readonly string[] }
    | { readonly code: 'unit-file-unreadable'; readonly failure: InputFailure }
    | {
        readonly code: 'legacy-encoding';
        readonly encoding: LegacyEncoding;
        /** The cell's text as read, to show the user what was found. */
        readonly text: string;
      }
  );

export type IssueCode = Issue['code'];

/** Distributes Omit over the union so each variant keeps its own fields. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type IssueInput = DistributiveOmit<Issue, 'severity'> & { severity?: Severity };

const DEFAULT_SEVERITY: Record<IssueCode, Severity> = {
  'no-appendix-table': 'error',
  'empty-workbook': 'error',
  'repeated-header-skipped': 'info',
  'column-numbers-skipped': 'info',
  'continuation-joined': 'info',
  'blank-row': 'info',
  'missing-stt': 'warning',
  'duplicate-key': 'warning',
  'missing-value': 'warning',
  'unknown-unit': 'warning',
  'unit-name-cut-off': 'warning',
  'unit-names-run-together': 'warning',
  'formula-error': 'error',
  'orphan-row': 'warning',
  'missing-column': 'error',
  'duplicate-header': 'warning',
  'blank-header': 'warning',
  'stt-gap': 'warning',
  'stt-out-of-order': 'warning',
  'deadline-unparsed': 'warning',
  'impossible-date': 'error',
  'deadline-outside-plan': 'warning',
  'target-unparsed': 'warning',
  'unit-mismatch': 'warning',
  'actual-not-number': 'error',
  'status-unknown': 'warning',
  'completion-date-unparsed': 'error',
  'completion-after-as-of': 'warning',
  'completion-before-plan': 'warning',
  'unit-not-identified': 'error',
  'unit-duplicate-file': 'warning',
  'unit-file-other-plan': 'error',
  'unmatched-row': 'warning',
  'report-conflict': 'warning',
  'unit-file-unreadable': 'error',
  'legacy-encoding': 'warning',
};

/** Every issue code, for catalogues and tests that must cover them all. */
export const ISSUE_CODES = Object.keys(DEFAULT_SEVERITY) as IssueCode[];

/**
 * Makes an issue with the code's default severity.
 * @example issue({ code: 'blank-row', sheet: 'PL1', cell: 'A12:E12' }).severity // 'info'
 */
export function issue(input: IssueInput): Issue {
  return { severity: DEFAULT_SEVERITY[input.code], ...input } as Issue;
}
