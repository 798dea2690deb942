/// <reference types="office-js" />
import type { ReportBook } from '../../core/report-model/types';
import { detectCapabilities, type Capabilities } from '../../io/excel/capabilities';
import { asCellEditError } from '../../io/excel/errors';
import { readExcelBook } from '../../io/excel/read';
import { selectCell } from '../../io/excel/select';
import { writeExcelReport } from '../../io/excel/write';
import { downloadBytes } from './download';
import type { Host, LoadedBook, ReportOutcome } from './types';

const SETTINGS_KEY = 'phuluc';
/** The document setting that reopens the pane with the workbook (manifest TaskpaneId of the same name). */
export const AUTO_SHOW_SETTING = 'Office.AutoShowTaskpaneWithDocument';

/** What the Office host needs from the page: the Office and Excel globals, and the document. */
export interface OfficeGlobals {
  readonly office: typeof Office;
  readonly excel: typeof Excel;
  readonly document: Document;
}

/** Base64 of bytes, for Excel.createWorkbook. */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/** Whether a CSS colour such as "#1F1F1F" is dark. */
function isDarkColour(colour: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour ?? '');
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? '0', 16));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0) < 128;
}

/**
 * Inside Excel: reads the open workbook, selects cells, writes the report sheets with the
 * Office.js writer (same report model as the .xlsx writer), keeps settings in the workbook.
 */
export function createOfficeHost(
  g: OfficeGlobals,
  caps: Capabilities = detectCapabilities(),
): Host {
  // While the user types in a cell Excel refuses requests: from ExcelApi 1.11 it can hold them
  // until the edit ends (delayForCellEdit); before that the pane says to finish the edit. From
  // ExcelApi 1.20 a report write is one undo step (mergeUndoGroup) instead of one per request.
  const delay = caps.atLeast('1.11');
  const undoGroup = caps.atLeast('1.20');
  const run = <T>(
    work: (context: Excel.RequestContext) => Promise<T>,
    oneUndoStep = false,
  ): Promise<T> => {
    const options: Excel.RunOptions = {
      ...(delay ? { delayForCellEdit: true } : {}),
      ...(oneUndoStep && undoGroup ? { mergeUndoGroup: true } : {}),
    };
    const batch = Object.keys(options).length > 0 ? g.excel.run(options, work) : g.excel.run(work);
    return batch.catch((e: unknown) => {
      throw asCellEditError(e);
    });
  };
  const settings = () => g.office.context.document.settings;
  /** A workbook with a report reopens with the pane beside it; a failed save changes nothing. */
  const reopenWithWorkbook = () => {
    try {
      if (settings().get(AUTO_SHOW_SETTING) === true) return;
      settings().set(AUTO_SHOW_SETTING, true);
      settings().saveAsync(() => undefined);
    } catch {
      // Settings unavailable (read-only workbook): the pane just does not reopen by itself.
    }
  };
  return {
    kind: 'excel',
    missing: caps.missing,
    canSelectCells: caps.has('read'),
    async readOpenWorkbook(): Promise<LoadedBook> {
      const name = g.office.context.document.url?.split(/[\\/]/).pop() || 'Workbook';
      const read = await run((context) => readExcelBook(context, name, { capabilities: caps }));
      return { name, book: read.book, notes: read.notes };
    },
    async selectCell(sheet: string, cell: string) {
      const result = await run((context) => selectCell(context, sheet, cell));
      return result.ok ? { ok: true } : { ok: false, message: { vi: result.vi, en: result.en } };
    },
    async writeReport(report: ReportBook): Promise<ReportOutcome> {
      const written = await run(
        (context) => writeExcelReport(context, report, { capabilities: caps }),
        true,
      );
      reopenWithWorkbook();
      return {
        kind: 'sheets',
        sheets: written.sheets.map((s) => s.name),
        replaced: written.replaced,
        notes: written.notes,
      };
    },
    async deliverWorkbook(fileName: string, bytes: Uint8Array) {
      // Excel.createWorkbook opens a new window with the file (ExcelApi 1.8).
      if (caps.atLeast('1.8')) {
        try {
          await g.excel.createWorkbook(toBase64(bytes));
          return 'opened';
        } catch {
          // Blocked (e.g. pop-ups in Excel on the web): fall back to a download.
        }
      }
      downloadBytes(g.document, fileName, bytes);
      return 'downloaded';
    },
    loadSettings() {
      try {
        return Promise.resolve(settings().get(SETTINGS_KEY) as unknown);
      } catch {
        return Promise.resolve(undefined);
      }
    },
    saveSettings(value: unknown) {
      return new Promise<void>((resolve, reject) => {
        settings().set(SETTINGS_KEY, value);
        settings().saveAsync((result) => {
          if (result.status === g.office.AsyncResultStatus.Succeeded) resolve();
          else reject(new Error(result.error?.message ?? 'saveAsync failed'));
        });
      });
    },
    prefersDark() {
      try {
        return isDarkColour(g.office.context.officeTheme?.bodyBackgroundColor);
      } catch {
        return false;
      }
    },
  };
}
