import type { GridBook } from '../../core/grid/types';
import type { ReportBook } from '../../core/report-model/types';
import type { CapabilityNote } from '../../io/excel/capabilities';
import type { WriteNote } from '../../io/excel/write';
import type { Text } from '../i18n/text';

/**
 * Where the pane runs: inside Excel (it reads and writes the open workbook through Office.js) or
 * as a standalone page (it reads files the user opens and offers downloads).
 */
export type HostKind = 'excel' | 'files';

/** A workbook read into the core's grids. */
export interface LoadedBook {
  /** File name, or the open workbook's name. */
  readonly name: string;
  readonly book: GridBook;
  /** The file's bytes, kept to copy the plan's own sheets into a downloaded report. */
  readonly bytes?: Uint8Array;
  /** What could not be read on this Excel (e.g. merged cells on an old version). */
  readonly notes?: readonly CapabilityNote[];
}

export type SelectOutcome = { readonly ok: true } | { readonly ok: false; readonly message: Text };

export type ReportOutcome =
  /** Written into the open workbook. */
  | {
      readonly kind: 'sheets';
      readonly sheets: readonly string[];
      readonly replaced: readonly string[];
      readonly notes: readonly WriteNote[];
    }
  /** Offered as a download. */
  | { readonly kind: 'download'; readonly fileName: string };

/** How a generated workbook reached the user. */
export type Delivery = 'opened' | 'downloaded';

/** What the pane needs from where it runs; views never touch Office.js or the DOM download API. */
export interface Host {
  readonly kind: HostKind;
  /** Features this Excel lacks, with what the user loses (empty on the standalone page). */
  readonly missing: readonly CapabilityNote[];
  /** Reads every sheet of the open workbook. */
  readOpenWorkbook(): Promise<LoadedBook>;
  /** Whether clicking an issue can select its cell. */
  readonly canSelectCells: boolean;
  selectCell(sheet: string, cell: string): Promise<SelectOutcome>;
  /** Writes the report sheets into the workbook (Excel) or downloads plan + report (page). */
  writeReport(report: ReportBook, plan: LoadedBook, fileName: string): Promise<ReportOutcome>;
  /** Opens a generated workbook in Excel where supported, else downloads it. */
  deliverWorkbook(fileName: string, bytes: Uint8Array): Promise<Delivery>;
  /** The saved settings, unchecked (the pane validates them). */
  loadSettings(): Promise<unknown>;
  saveSettings(value: unknown): Promise<void>;
  /** Office theme inside Office; the page follows the system. */
  prefersDark(): boolean;
}

/**
 * The message an error carries for the user in both languages (the Office.js adapter's errors:
 * a failed report write, cell edit mode, a missing capability), if it has one.
 * @example bilingualError(new ReportWriteError(cause, true, [])).text.vi // 'Không ghi được báo cáo …'
 */
export function bilingualError(e: unknown): { text: Text; hint?: Text } | undefined {
  if (!(e instanceof Error) || !('text' in e)) return undefined;
  const text = (e as { text: unknown }).text;
  if (!isText(text)) return undefined;
  const hint = (e as { hint?: unknown }).hint;
  return isText(hint) ? { text, hint } : { text };
}

function isText(t: unknown): t is Text {
  return (
    typeof t === 'object' &&
    t !== null &&
    typeof (t as Text).vi === 'string' &&
    typeof (t as Text).en === 'string'
  );
}
