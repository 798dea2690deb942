/// <reference types="office-js" />
/**
 * Where the pane runs. office.js is a static script in taskpane.html's `<head>` (Microsoft's
 * guidance), so by the time the bundle runs it has loaded or failed. The manifest opens the page
 * as `taskpane.html?office`: such a page is inside Office and waits for `Office.onReady` however
 * long it takes (a slow network must not turn the pane into the file page inside Excel). Only a
 * page opened in a browser, without `?office`, becomes the file page, after a short wait.
 */

export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The query parameter the manifest puts on the pane's address. */
export const IN_OFFICE_PARAM = 'office';

/** What the page found: Excel with its globals, or no Office host (the standalone page). */
export type OfficeBoot =
  | { readonly host: 'excel'; readonly office: typeof Office; readonly excel: typeof Excel }
  | {
      readonly host: null;
      /**
       * `office-js-missing`: inside Office, but office.js did not load (network, proxy): the pane
       * says so instead of becoming the file page. The others: a browser page, on files.
       */
      readonly reason: 'office-js-missing' | 'no-office-js' | 'not-excel' | 'timeout';
    };

export interface BootOptions {
  /** Opened by the manifest (`?office`): inside Office, so wait for it without a time limit. */
  readonly inOffice: boolean;
  /** How long a page opened in a browser waits for `Office.onReady` before it runs on files. */
  readonly browserWaitMs?: number;
}

function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(onTimeout), ms);
    void promise.then((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

/**
 * Waits for Office (office.js is already on the page, or failed to load) and says where the pane
 * runs. Never throws: outside Office the answer is `host: null` and the pane runs on files.
 * @example (await bootOffice(window, { inOffice: true })).host // 'excel' inside Excel, however slow Office is
 */
export async function bootOffice(win: Window, options: BootOptions): Promise<OfficeBoot> {
  const g = win as unknown as { Office?: typeof Office; Excel?: typeof Excel };
  const office = g.Office;
  if (!office)
    return { host: null, reason: options.inOffice ? 'office-js-missing' : 'no-office-js' };
  const ready = office.onReady().then(
    (i) => i as { host: Office.HostType | null } | null,
    () => null,
  );
  // Inside Office there is no time limit: Office answers when it is ready.
  const info = options.inOffice
    ? await ready
    : await withTimeout(ready, options.browserWaitMs ?? 8000, null);
  if (!info) return { host: null, reason: 'timeout' };
  if (info.host !== office.HostType.Excel || !g.Excel) return { host: null, reason: 'not-excel' };
  return { host: 'excel', office, excel: g.Excel };
}

/**
 * What the pane shows inside Office when office.js could not be loaded, in both languages, with
 * the address of the file page (`standalone`) that still works.
 * @example officeMissingText('https://phuluc.example.gov.vn/taskpane.html?standalone').en // 'Excel’s script (office.js) could not be loaded …'
 */
export function officeMissingText(standalone: string): { vi: string; en: string } {
  return {
    vi: `Không tải được thư viện của Excel (office.js) từ ${OFFICE_JS_URL}, nên PhuLuc không làm việc được với sổ tính. Hãy kiểm tra kết nối mạng hoặc nhờ bộ phận CNTT cho phép địa chỉ này qua proxy, rồi đóng và mở lại ngăn PhuLuc. Trong lúc chờ, có thể dùng PhuLuc dạng trang web với các tệp .xlsx: ${standalone}`,
    en: `Excel’s script (office.js) could not be loaded from ${OFFICE_JS_URL}, so PhuLuc cannot work with the workbook. Check the network or ask IT to let this address through the proxy, then close and reopen the PhuLuc pane. Meanwhile PhuLuc works as a web page on .xlsx files: ${standalone}`,
  };
}
