/// <reference types="office-js" />

export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** What the page found: Excel with its globals, or no Office host (the standalone page). */
export type OfficeBoot =
  | { readonly host: 'excel'; readonly office: typeof Office; readonly excel: typeof Excel }
  | { readonly host: null; readonly reason: 'no-office-js' | 'not-excel' | 'timeout' };

function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(onTimeout), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(onTimeout);
      },
    );
  });
}

function loadScript(doc: Document, src: string): Promise<boolean> {
  return new Promise((resolve) => {
    const script = doc.createElement('script');
    script.src = src;
    script.onload = () => resolve(true);
    script.onerror = () => resolve(false);
    doc.head.appendChild(script);
  });
}

/**
 * Loads office.js (unless the page already has it) and waits for Office.onReady. Any failure,
 * including no network or a page opened outside Office, ends in `host: null`, never an error:
 * the pane then runs on files.
 */
export async function bootOffice(win: Window, timeoutMs = 8000): Promise<OfficeBoot> {
  const g = win as unknown as { Office?: typeof Office; Excel?: typeof Excel };
  if (!g.Office) {
    const loaded = await withTimeout(loadScript(win.document, OFFICE_JS_URL), timeoutMs, false);
    if (!loaded || !g.Office) return { host: null, reason: 'no-office-js' };
  }
  const office = g.Office;
  const info = await withTimeout(
    office.onReady().then((i) => i as { host: Office.HostType | null } | null),
    timeoutMs,
    null,
  );
  if (!info) return { host: null, reason: 'timeout' };
  if (info.host !== office.HostType.Excel || !g.Excel) return { host: null, reason: 'not-excel' };
  return { host: 'excel', office, excel: g.Excel };
}
