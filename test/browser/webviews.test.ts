/**
 * The built taskpane.html in the webviews Office really uses. Excel 2016 and 2019
 * volume-licensed (and retail without WebView2) host add-ins in Internet Explorer 11 or EdgeHTML,
 * which cannot parse the pane's script: the page's ES5 loader must recognise them, show the
 * bilingual message and never load the bundle. Chromium plays those webviews with their
 * user-agent strings. And a page opened by the manifest (`?office`) whose office.js cannot load
 * must say so, not turn into the file page.
 *
 * Without /usr/bin/chromium the suite is skipped with a notice, or fails when
 * PHULUC_REQUIRE_BINARIES=1 (CI).
 */
import { parse } from 'acorn';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/serve';
import { BUNDLE_BUILD_TIMEOUT_MS, productionBundle } from '../_lib/bundle';
import { launchChromium } from '../_lib/chromium';
import { chromiumSuite } from '../_lib/skip-notice';

const TIMEOUT = 120_000;
/** Internet Explorer 11 as Office's Trident+ webview reports itself. */
const IE11_UA =
  'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko';
/** Microsoft Edge Legacy (EdgeHTML 18). */
const EDGEHTML_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045';

const suite = chromiumSuite('test/browser/webviews.test.ts');

/** The inline scripts of an HTML page. */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
}

suite('taskpane.html in the webviews of older Office (Chromium)', () => {
  let dist: string;
  let server: StaticServer;
  let browser: Browser;

  /** A page with the given user agent; office.js out of reach; its errors and requests recorded. */
  async function open(
    userAgent: string | undefined,
    url: string,
  ): Promise<{ page: Page; context: BrowserContext; errors: string[]; scripts: string[] }> {
    const context = await browser.newContext(userAgent ? { userAgent } : {});
    await context.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
    const page = await context.newPage();
    const errors: string[] = [];
    const scripts: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/office\.js|ERR_FAILED/.test(m.text())) errors.push(m.text());
    });
    page.on('request', (r) => {
      if (r.url().startsWith(server.url) && r.url().endsWith('.js')) scripts.push(r.url());
    });
    await page.goto(`${server.url}${url}`);
    return { page, context, errors, scripts };
  }

  beforeAll(async () => {
    dist = await productionBundle();
    server = await serveStatic(dist, 0);
    browser = await launchChromium();
  }, BUNDLE_BUILD_TIMEOUT_MS + TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads the pane’s script only from an ES5 loader (no other script of the build in the page)', async () => {
    const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src="[^"]*taskpane[^"]*"/);
    const loaders = inlineScripts(html);
    expect(loaders).toHaveLength(1);
    // acorn comes with webpack; ecmaVersion 5 rejects let, arrows, `?.`, template strings, …
    expect(() => parse(loaders[0]!, { ecmaVersion: 5 })).not.toThrow();
    expect(loaders[0]).toMatch(/taskpane\.[0-9a-f]{8}\.js/);
  });

  it.each([
    ['Internet Explorer 11', IE11_UA],
    ['EdgeHTML', EDGEHTML_UA],
  ])(
    'in %s shows the bilingual message, with no script error and no bundle',
    async (_, ua) => {
      const { page, context, errors, scripts } = await open(ua, 'taskpane.html?office');
      const alert = page.locator('#phuluc-unsupported');
      await alert.waitFor({ timeout: 30_000 });
      const text = await alert.innerText();
      // What is unsupported, which Office works, what to do instead; in both languages.
      expect(text).toContain('PhuLuc không chạy được trong Excel này');
      expect(text).toContain('PhuLuc cannot run in this Excel');
      expect(text).toMatch(/Internet Explorer 11/);
      expect(text).toMatch(/WebView2/);
      expect(text).toMatch(/Microsoft 365/);
      expect(text).toMatch(/Office 2021/);
      expect(text).toMatch(/volume/);
      expect(text).toContain(`${server.url}taskpane.html?standalone`);
      expect(text).toContain('phuluc');
      expect(await page.getAttribute('html', 'data-phuluc-support')).toBe('unsupported');
      await page.waitForTimeout(500); // would the bundle still arrive? (no wall-clock assertion)
      expect(scripts).toEqual([]);
      expect(await page.getAttribute('html', 'data-phuluc-ready')).toBeNull();
      expect(errors).toEqual([]);
      await context.close();
    },
    TIMEOUT,
  );

  it(
    'in a current webview runs the ES5 check first, then loads the bundle',
    async () => {
      const { page, context, errors, scripts } = await open(undefined, 'taskpane.html?standalone');
      await page.waitForSelector('html[data-phuluc-ready="true"]', { timeout: 60_000 });
      expect(await page.getAttribute('html', 'data-phuluc-support')).toBe('ok');
      expect(scripts[0]).toMatch(/\/taskpane\.[0-9a-f]{8}\.js$/);
      expect(errors).toEqual([]);
      await context.close();
    },
    TIMEOUT,
  );

  it(
    'opened by the manifest (?office) without office.js says so instead of becoming the file page',
    async () => {
      const { page, context, errors } = await open(undefined, 'taskpane.html?office');
      await page.waitForSelector('html[data-phuluc-host="office-js-missing"]', {
        timeout: 60_000,
      });
      const text = await page.locator('#root').innerText();
      expect(text).toContain('Không tải được thư viện của Excel (office.js)');
      expect(text).toContain('(office.js) could not be loaded');
      expect(text).toContain(`${server.url}taskpane.html?standalone`);
      expect(await page.getByRole('tab').count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    },
    TIMEOUT,
  );
});
