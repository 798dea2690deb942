/**
 * Debian's Chromium as the browser tests and the browser bench start it: headless, and without
 * the background connections this machine's closed network refuses.
 */
import * as fs from 'node:fs';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
} from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium, started headless with {@link CHROMIUM_ARGS}. */
export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
}

/**
 * A browser context for the pane as the standalone page: office.js out of reach (as offline), so
 * the pane falls back to files at once, and the as-of date already saved in Cài đặt.
 */
export async function standalonePaneContext(
  browser: Browser,
  asOf: string,
  options: BrowserContextOptions,
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
  await context.addInitScript((date) => {
    // Runs in the page (no DOM types in this tsconfig).
    const page = globalThis as unknown as {
      localStorage: { setItem(key: string, value: string): void };
    };
    page.localStorage.setItem('phuluc.settings', JSON.stringify({ asOf: date }));
  }, asOf);
  return context;
}
