/**
 * The production build of the task pane (webpack.config.js, `npm run build`), run through
 * webpack-cli once per test run (test/_lib/bundle.ts, shared with the browser test): the files a static web server needs, the manifest moved
 * from https://localhost:3000/ to PHULUC_URL and still valid against the Office XSDs, no source
 * maps; and no build at all, with a Vietnamese + English message, when PHULUC_URL is missing.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  BUNDLE_BUILD_TIMEOUT_MS,
  productionBundle,
  TEST_BUNDLE_PROVIDER,
  TEST_BUNDLE_URL,
} from './_lib/bundle';
import { validateManifest as validate } from './_lib/manifest-schema';

const ROOT = path.resolve(__dirname, '..');
const WEBPACK_CLI = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');

/** Every file under dir, relative, with forward slashes. */
function listFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(dir, rel) : [rel];
  });
}

/** All URL-valued attributes and <AppDomain> texts in the manifest. */
function manifestUrls(xml: string): string[] {
  const attrs = [...xml.matchAll(/\b(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/g)].map(
    (m) => m[1],
  );
  const domains = [...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1]);
  return [...attrs, ...domains].filter((u): u is string => u !== undefined);
}

/** The entry script of a build: the one taskpane.js chunk, named by its content hash. */
function entryScript(out: string): string {
  const found = listFiles(out).filter((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f));
  expect(found).toHaveLength(1);
  return found[0]!;
}

let tmp: string;

/** `webpack --mode production --output-path <tmp>/<name>` with PHULUC_URL set or removed. */
function build(
  name: string,
  url: string | undefined,
): { out: string; run: SpawnSyncReturns<string> } {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.PHULUC_URL;
  if (url !== undefined) env.PHULUC_URL = url;
  const out = path.join(tmp, name);
  const run = spawnSync(
    process.execPath,
    [WEBPACK_CLI, '--mode', 'production', '--output-path', out],
    { cwd: ROOT, env, encoding: 'utf8', timeout: 240_000 },
  );
  return { out, run };
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-build-'));
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('npm run build (webpack --mode production)', () => {
  const PROD = TEST_BUNDLE_URL;
  let out: string;
  let manifest: string;

  beforeAll(async () => {
    // Built once per run for this test and the browser test (test/_lib/bundle.ts).
    out = await productionBundle();
    manifest = fs.readFileSync(path.join(out, 'manifest.xml'), 'utf8');
  }, BUNDLE_BUILD_TIMEOUT_MS + 60_000);

  it('writes the task pane, the help page, the icons and the manifest', () => {
    const files = listFiles(out).sort();
    for (const file of ['taskpane.html', 'help.html', 'manifest.xml']) {
      expect(files).toContain(file);
    }
    for (const size of [16, 32, 64, 80, 128]) expect(files).toContain(`assets/icon-${size}.png`);
    expect(fs.readFileSync(path.join(out, 'taskpane.html'), 'utf8')).toMatch(
      new RegExp(`["']${entryScript(out).replace(/\./g, '\\.')}["']`),
    );
    const help = fs.readFileSync(path.join(out, 'help.html'), 'utf8');
    expect(help).toMatch(/phuluc consolidate/); // the CLI for offices without add-ins
    expect(help).toMatch(/lang="?en/); // and an English part
  });

  it('emits no source maps', () => {
    expect(listFiles(out).filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(fs.readFileSync(path.join(out, entryScript(out)), 'utf8')).not.toMatch(
      /sourceMappingURL/,
    );
  });

  it('names every script by its content hash; only the HTML pages keep their names', () => {
    const scripts = listFiles(out).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(1); // the entry and the lazy .xlsx chunk at least
    for (const script of scripts) {
      expect(script).toMatch(/^[\w-]+\.[0-9a-f]{8}\.js$/);
    }
    const html = fs.readFileSync(path.join(out, 'taskpane.html'), 'utf8');
    expect(html).not.toContain('__PHULUC_BUNDLE__');
    // The page names the script this build wrote, and nothing else of the build's.
    const named = scripts.filter((s) => html.includes(s));
    expect(named).toEqual([entryScript(out)]);
  });

  it('names the publishing organisation from PHULUC_PROVIDER', () => {
    expect(manifest).toContain(
      `<ProviderName>${TEST_BUNDLE_PROVIDER.replace('&', '&amp;')}</ProviderName>`,
    );
  });

  it('points the manifest only at PHULUC_URL (with a trailing slash)', () => {
    expect(manifest).not.toMatch(/localhost/);
    const urls = manifestUrls(manifest);
    expect(urls.length).toBeGreaterThanOrEqual(9);
    for (const url of urls) expect(url.startsWith(PROD.slice(0, -1))).toBe(true);
    expect(manifest).toContain(`<SourceLocation DefaultValue="${PROD}taskpane.html?office"/>`);
    expect(manifest).toContain(`<SupportUrl DefaultValue="${PROD}help.html"/>`);
    expect(manifest).toContain(`<IconUrl DefaultValue="${PROD}assets/icon-32.png"/>`);
    expect(manifest).toContain('<AppDomain>https://phuluc.example.gov.vn</AppDomain>');
    // Every referenced file is in dist/.
    for (const url of urls.filter((u) => u.startsWith(PROD))) {
      expect(fs.existsSync(path.join(out, url.slice(PROD.length).replace(/\?.*$/, '')))).toBe(true);
    }
  });

  it('keeps the manifest valid against the Office Add-in manifest XSDs', async () => {
    const result = await validate(manifest);
    if (!result.valid) console.error(result.errors.map((e) => e.rawMessage).join('\n'));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });
});

describe('PHULUC_URL', () => {
  it('is required: the build stops before compiling, in Vietnamese and English', () => {
    const { out, run } = build('missing', undefined);
    expect(run.status).not.toBe(0);
    expect(run.status).not.toBeNull(); // exited, not killed by the timeout
    expect(run.stderr).toContain('chưa đặt biến môi trường PHULUC_URL');
    expect(run.stderr).toContain('the environment variable PHULUC_URL is not set');
    expect(run.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    expect(fs.existsSync(out)).toBe(false);
  });

  it('must be an https:// address', () => {
    const { out, run } = build('http', 'http://phuluc.example.gov.vn/');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('PHULUC_URL must be an https:// address');
    expect(fs.existsSync(out)).toBe(false);
  });
});
