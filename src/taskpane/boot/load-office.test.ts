/// <reference types="office-js" />
import { bootOffice, officeMissingText, OFFICE_JS_URL } from './load-office';

/** A window whose Office answers onReady after `delayMs` (never, when undefined) with `host`. */
function fakeWindow(office: { delayMs?: number; host: string | null } | null): Window {
  if (!office) return {} as Window;
  const Office = {
    HostType: { Excel: 'Excel' },
    onReady: () =>
      new Promise((resolve) => {
        if (office.delayMs !== undefined)
          setTimeout(() => resolve({ host: office.host, platform: null }), office.delayMs);
      }),
  };
  return { Office, Excel: {} } as unknown as Window;
}

describe('bootOffice', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('inside Office waits for Office however long it takes (no silent switch to the file page)', async () => {
    const boot = bootOffice(fakeWindow({ delayMs: 60_000, host: 'Excel' }), { inOffice: true });
    let settled = false;
    void boot.then(() => (settled = true));
    await jest.advanceTimersByTimeAsync(30_000);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(30_000);
    expect((await boot).host).toBe('excel');
  });

  it('inside Office without office.js says so instead of becoming the file page', async () => {
    expect(await bootOffice(fakeWindow(null), { inOffice: true })).toEqual({
      host: null,
      reason: 'office-js-missing',
    });
  });

  it('a page opened in a browser runs on files: at once without Office, after a short wait if Office never answers', async () => {
    expect(await bootOffice(fakeWindow(null), { inOffice: false })).toEqual({
      host: null,
      reason: 'no-office-js',
    });
    const waiting = bootOffice(fakeWindow({ host: null }), { inOffice: false });
    await jest.advanceTimersByTimeAsync(8_000);
    expect(await waiting).toEqual({ host: null, reason: 'timeout' });
    const outside = bootOffice(fakeWindow({ delayMs: 5, host: null }), { inOffice: false });
    await jest.advanceTimersByTimeAsync(5);
    expect(await outside).toEqual({ host: null, reason: 'not-excel' });
  });

  it('explains a missing office.js in both languages, with the address that still works', () => {
    const text = officeMissingText('https://phuluc.example.gov.vn/taskpane.html?standalone');
    for (const line of [text.vi, text.en]) {
      expect(line).toContain(OFFICE_JS_URL);
      expect(line).toContain('https://phuluc.example.gov.vn/taskpane.html?standalone');
    }
    expect(text.vi).toMatch(/Không tải được/);
    expect(text.en).toMatch(/could not be loaded/);
  });
});
