import type { ReportBook } from '../../core/report-model/types';
import { downloadBytes } from './download';
import type { Host, LoadedBook, ReportOutcome } from './types';

const SETTINGS_KEY = 'phuluc.settings';

/** Minimal storage, so tests and private windows (where localStorage throws) both work. */
export interface SettingsStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function safeStorage(win: Window): SettingsStore | null {
  try {
    return win.localStorage;
  } catch {
    return null;
  }
}

/**
 * The standalone page: plan and unit workbooks come from files the user opens; the report and
 * the templates are downloads. Settings live in the browser's storage for this page.
 */
export function createFileHost(win: Window): Host {
  const storage = safeStorage(win);
  return {
    kind: 'files',
    missing: [],
    canSelectCells: false,
    readOpenWorkbook: () => Promise.reject(new Error('No open workbook on the standalone page')),
    selectCell: () =>
      Promise.resolve({
        ok: false,
        message: {
          vi: 'Trang web độc lập không chọn được ô trong Excel; hãy mở tệp và tìm ô theo địa chỉ.',
          en: 'The standalone page cannot select cells in Excel; open the file and go to the address.',
        },
      }),
    async writeReport(report: ReportBook, plan: LoadedBook, fileName: string) {
      // exceljs is loaded only now, as its own chunk.
      const { consolidatedWorkbookBytes } = await import('../../io/xlsx/write');
      const bytes = await consolidatedWorkbookBytes(plan.bytes ?? null, report);
      downloadBytes(win.document, fileName, bytes);
      return { kind: 'download', fileName } satisfies ReportOutcome;
    },
    deliverWorkbook(fileName: string, bytes: Uint8Array) {
      downloadBytes(win.document, fileName, bytes);
      return Promise.resolve('downloaded' as const);
    },
    loadSettings() {
      try {
        const raw = storage?.getItem(SETTINGS_KEY);
        return Promise.resolve(raw ? (JSON.parse(raw) as unknown) : undefined);
      } catch {
        return Promise.resolve(undefined);
      }
    },
    saveSettings(value: unknown) {
      try {
        storage?.setItem(SETTINGS_KEY, JSON.stringify(value));
      } catch {
        // Storage full or disabled: settings stay for this visit only.
      }
      return Promise.resolve();
    },
    prefersDark: () => win.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false,
  };
}
