/**
 * Tổng hợp with many unit files, as the field test had them, at task-pane size (350×800) in
 * Debian's Chromium (playwright-core, the production bundle from test/_lib/bundle.ts):
 * - after Tổng hợp the units-submitted figure is in the viewport without scrolling and has the
 *   focus's section, with the demo's 4 files and with 60 (issue 19, point 2);
 * - 60 files, a quarter of them from a unit that cannot be told, no longer make a page tens of
 *   thousands of pixels tall: unmatched rows come grouped by cause and file (point 4);
 * - 60 files and a note dropped on the pane are taken (the workbooks) or named (the note), and
 *   the roster units without a file are listed before consolidating (point 10).
 * - two units' files of one name in two sub-folders of a picked folder stay two files, each
 *   named by its folder path, consolidated and removed on its own.
 * The 60 files are copies of the demo's unit workbooks (samples/tong-hop, written by
 * scripts/build-fixtures.ts), QLCN's under names that do not say who sent them.
 *
 * Without /usr/bin/chromium the suite is skipped with a notice, or fails when
 * PHULUC_REQUIRE_BINARIES=1 (CI).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/serve';
import { BUNDLE_BUILD_TIMEOUT_MS, productionBundle } from '../_lib/bundle';
import { launchChromium, standalonePaneContext } from '../_lib/chromium';
import { chromiumSuite } from '../_lib/skip-notice';
import { ROOT, SAMPLES, PLAN, UNITS, AS_OF } from './_lib/demo';

const VIEWPORT = { width: 350, height: 800 };
const SHOTS = path.join(ROOT, 'test-artifacts', 'screenshots', 'consolidate');
const TIMEOUT = 240_000;

const suite = chromiumSuite('test/browser/consolidate-many.test.ts');

/** 60 unit files: 15 copies of each demo unit; QLCN's (no "Đơn vị báo cáo" line) as bao-cao-NN. */
function sixtyFiles(): { name: string; base64: string }[] {
  const files: { name: string; base64: string }[] = [];
  for (let i = 1; i <= 15; i++) {
    const nn = String(i).padStart(2, '0');
    for (const unit of UNITS) {
      const base64 = fs.readFileSync(path.join(SAMPLES, unit)).toString('base64');
      const name = unit.startsWith('QLCN')
        ? `bao-cao-${nn}.xlsx`
        : unit.replace('.xlsx', `-${nn}.xlsx`);
      files.push({ name, base64 });
    }
  }
  return files;
}

// Runs in the page (no DOM types in this tsconfig): files made from base64 and dropped on the
// unit files' box with a DataTransfer, as a browser does for a drop from the file manager.
const DROP = `(files) => {
  const data = new DataTransfer();
  for (const f of files) {
    const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
    data.items.add(new File([bytes], f.name));
  }
  const target = document.querySelector('[data-testid="unit-drop"]');
  const over = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data });
  target.dispatchEvent(over);
  target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
  return over.defaultPrevented;
}`;

/** Where an element is against the viewport, and whether the page was scrolled to show it. */
const IN_VIEW = `(id) => {
  const r = document.querySelector('[data-testid="' + id + '"]').getBoundingClientRect();
  const limit = document.documentElement.clientWidth;
  const wider = [];
  for (const el of document.body.querySelectorAll('*')) {
    const b = el.getBoundingClientRect();
    const p = el.parentElement && el.parentElement.getBoundingClientRect();
    if (b.width === 0 || b.right <= limit + 0.5 || (p && p.right > limit + 0.5)) continue;
    wider.push(el.tagName.toLowerCase() + '[' + (el.getAttribute('data-testid') || el.className) + '] ' + Math.round(b.right));
  }
  return { top: r.top, bottom: r.bottom, height: innerHeight, page: document.documentElement.scrollHeight,
    wider: wider.slice(0, 5) };
}`;

interface InView {
  top: number;
  bottom: number;
  height: number;
  page: number;
  /** Elements whose right edge is past the pane's (none may be). */
  wider: string[];
}

suite('Tổng hợp with many unit files at 350×800 (Chromium)', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  async function openPlanOnTongHop(): Promise<void> {
    await page.goto(`${server.url}taskpane.html`);
    await page.waitForSelector('html[data-phuluc-host="files"]', { timeout: 30_000 });
    await page.setInputFiles('[data-testid="plan-file"]', PLAN);
    await page
      .getByTestId('plan-source')
      .getByText(path.basename(PLAN))
      .waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: 'Tổng hợp', exact: true }).click();
    await page.getByTestId('run-consolidation').waitFor();
  }

  async function consolidate(): Promise<InView> {
    await page.getByTestId('run-consolidation').click();
    await page.getByTestId('submitted-count').waitFor({ timeout: 120_000 });
    await page.waitForFunction(
      'document.activeElement && document.activeElement.dataset.testid === "consolidation-result"',
      undefined,
      { timeout: 30_000 },
    );
    return (await page.evaluate(`(${IN_VIEW})('submitted-count')`)) as InView;
  }

  beforeAll(async () => {
    fs.rmSync(SHOTS, { recursive: true, force: true });
    fs.mkdirSync(SHOTS, { recursive: true });
    const dist = await productionBundle();
    server = await serveStatic(dist, 0);
    browser = await launchChromium();
    const context = await standalonePaneContext(browser, AS_OF, {
      viewport: VIEWPORT,
      locale: 'vi-VN',
    });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
  }, BUNDLE_BUILD_TIMEOUT_MS + TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    'with the 4 demo files: the figures come first, in view, with the focus',
    async () => {
      await openPlanOnTongHop();
      await page.setInputFiles(
        '[data-testid="unit-files"]',
        UNITS.map((u) => path.join(SAMPLES, u)),
      );
      await page.getByText('4 tệp · 4 đã đọc · 0 lỗi').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('missing-unit').allInnerTexts()).toEqual([
        'Trung tâm Thông tin và Ứng dụng tiến bộ KH&CN',
      ]);
      const at = await consolidate();
      await page.screenshot({ path: path.join(SHOTS, '4-files.png') });
      expect(await page.getByTestId('submitted-count').innerText()).toBe('4/5');
      expect(at.top).toBeGreaterThanOrEqual(0);
      expect(at.bottom).toBeLessThanOrEqual(at.height);
      expect(at.wider).toEqual([]);
      expect(errors).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'with 60 dropped files: takes the workbooks, names the rest, lists the units without a file',
    async () => {
      await openPlanOnTongHop();
      const files = [...sixtyFiles(), { name: 'ghi-chu.txt', base64: 'Z2hpIGNodQ==' }];
      expect(await page.evaluate(`(${DROP})(${JSON.stringify(files)})`)).toBe(true);
      await page.getByText('60 tệp · 60 đã đọc · 0 lỗi').waitFor({ timeout: 180_000 });
      expect(await page.getByTestId('skipped-files').innerText()).toContain('ghi-chu.txt');
      // The list is folded: no file is listed until asked.
      expect(await page.getByTestId('unit-item').count()).toBe(0);
      // No file says it comes from QLCN (its copies are named bao-cao-NN), nor from the centre.
      expect(await page.getByTestId('missing-unit').allInnerTexts()).toEqual([
        'Phòng Quản lý chuyên ngành',
        'Trung tâm Thông tin và Ứng dụng tiến bộ KH&CN',
      ]);
      expect(await page.getByTestId('unknown-senders').innerText()).toContain('bao-cao-01.xlsx');
      // The button is on the first screen, not thousands of pixels down.
      const button = (await page.getByTestId('run-consolidation').boundingBox())!;
      expect(button.y + button.height).toBeLessThanOrEqual(VIEWPORT.height);
      await page.screenshot({ path: path.join(SHOTS, '60-files-before.png') });
    },
    TIMEOUT,
  );

  it(
    'with 60 files: after Tổng hợp the figures are in view and the page stays short',
    async () => {
      const at = await consolidate();
      await page.screenshot({ path: path.join(SHOTS, '60-files-result.png') });
      expect(await page.getByTestId('submitted-count').innerText()).toBe('3/5');
      expect(at.top).toBeGreaterThanOrEqual(0);
      expect(at.bottom).toBeLessThanOrEqual(at.height);
      expect(at.wider).toEqual([]);
      // 15 files × their rows unmatched (the unit cannot be told): one cause, a few files shown.
      const cause = page.getByTestId('unmatched-cause').first();
      expect(await cause.innerText()).toContain('15 tệp');
      expect(await page.getByTestId('unmatched-file').count()).toBeLessThanOrEqual(10);
      expect(await page.getByTestId('unmatched-row').count()).toBeLessThanOrEqual(30);
      // The field test's page was 86,166 px tall; the issue list pages at 200 per severity.
      expect(at.page).toBeLessThan(12_000);
      // 15 copies each of two units that disagree on a task: folded, each answer shows once.
      const conflict = await page.getByTestId('conflict').first().innerText();
      expect(conflict).toContain('Văn phòng Sở (van-phong-so-01.xlsx): Đã hoàn thành');
      expect(conflict).toContain('Thanh tra Sở (thanh-tra-01.xlsx): Chưa thực hiện');
      expect(conflict).not.toContain('van-phong-so-02.xlsx');
      await page.screenshot({ path: path.join(SHOTS, '60-files-full.png'), fullPage: true });
      // Every file of the cause is there on demand, and every file read.
      await page.getByTestId('unmatched-files-all').first().click();
      expect(await page.getByTestId('unmatched-file').count()).toBeGreaterThanOrEqual(15);
      await page.getByTestId('unit-list-toggle').click();
      expect(await page.getByTestId('unit-item').count()).toBe(60);
      // Nothing serious for axe in all of it (as test/browser/pane-fit.test.ts runs it).
      await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      const serious = await page.evaluate(`axe.run({ exclude: [['[data-tabster-dummy]']] }, {
        resultTypes: ['violations'] }).then((r) => r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id + ': ' + v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')))`);
      expect(serious).toEqual([]);
      expect(errors).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'with a picked folder holding bao-cao.xlsx in two sub-folders: two files, each by its path',
    async () => {
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-same-name-'));
      try {
        const folder = path.join(tmp, 'q3');
        for (const [sub, unit] of [
          ['VP', 'van-phong-so.xlsx'],
          ['TT', 'thanh-tra.xlsx'],
        ] as const) {
          fs.mkdirSync(path.join(folder, sub), { recursive: true });
          fs.copyFileSync(path.join(SAMPLES, unit), path.join(folder, sub, 'bao-cao.xlsx'));
        }
        await openPlanOnTongHop();
        await page.setInputFiles('[data-testid="unit-folder"]', folder);
        await page.getByText('2 tệp · 2 đã đọc · 0 lỗi').waitFor({ timeout: 60_000 });
        const names = async () =>
          (await page.getByTestId('unit-item').allInnerTexts()).map((t) => t.split('\n')[0]);
        expect((await names()).sort()).toEqual(['q3/TT/bao-cao.xlsx', 'q3/VP/bao-cao.xlsx']);
        await consolidate();
        expect(await page.getByTestId('submitted-count').innerText()).toBe('2/5');
        await page.getByRole('button', { name: 'Bỏ tệp q3/VP/bao-cao.xlsx' }).click();
        expect(await names()).toEqual(['bao-cao.xlsx']);
        expect(errors).toEqual([]);
      } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    },
    TIMEOUT,
  );
});
