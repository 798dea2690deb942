/**
 * The production bundle of the task pane, built once for every test that needs it.
 *
 * Jest runs test files in separate workers, so the build test and the browser test would each
 * run webpack, two production builds at once on a 2-core machine. Instead the first caller
 * builds into a folder named after a hash of every build input, under a lock, and the others
 * wait for that folder; a later run with the same inputs reuses it. webpack gets as long as a
 * loaded machine needs, and when it fails the error says why: its own output, or that it was
 * killed and by what.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const WEBPACK_CLI = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');

/**
 * The production address the test bundle's manifest points at. PHULUC_URL is given without its
 * trailing slash, on purpose: the build must add it.
 */
export const TEST_BUNDLE_URL = 'https://phuluc.example.gov.vn/';

/** The organisation the test bundle's manifest names as its provider (PHULUC_PROVIDER). */
export const TEST_BUNDLE_PROVIDER = 'Sở Khoa học & Công nghệ tỉnh Quảng Trị';

/** A production build on a busy 2-core machine takes 1–4 minutes; give it room. */
export const BUNDLE_BUILD_TIMEOUT_MS = 15 * 60_000;

/** What goes into the bundle: a change to any of these is a new bundle. */
const INPUTS = [
  'src',
  'assets',
  'manifest.xml',
  'webpack.config.js',
  'tsconfig.json',
  'tsconfig.web.json',
  'package-lock.json',
];

function filesUnder(rel: string): string[] {
  const full = path.join(ROOT, rel);
  if (!fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return [rel];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => filesUnder(path.join(rel, entry.name)));
}

/** SHA-256 over the names and bytes of every input file, and the Node version that builds. */
export function bundleInputsKey(): string {
  const hash = createHash('sha256').update(process.version);
  for (const rel of INPUTS.flatMap(filesUnder)) {
    hash.update(`\0${rel}\0`);
    hash.update(fs.readFileSync(path.join(ROOT, rel)));
  }
  return hash.digest('hex').slice(0, 16);
}

function cacheRoot(): string {
  return path.join(ROOT, 'node_modules', '.cache', 'phuluc-test-bundle');
}

interface BuildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  timedOut: boolean;
  error?: Error;
}

function runWebpack(outDir: string): Promise<BuildResult> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [WEBPACK_CLI, '--mode', 'production', '--output-path', outDir],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          PHULUC_URL: TEST_BUNDLE_URL.replace(/\/$/, ''),
          PHULUC_PROVIDER: TEST_BUNDLE_PROVIDER,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, BUNDLE_BUILD_TIMEOUT_MS);
    let spawnError: Error | undefined;
    child.on('error', (e) => {
      spawnError = e;
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code,
        signal,
        output: Buffer.concat(chunks).toString('utf8'),
        timedOut,
        ...(spawnError ? { error: spawnError } : {}),
      });
    });
  });
}

function describeFailure(result: BuildResult, seconds: number): string {
  const how = result.error
    ? `could not start: ${result.error.message}`
    : result.timedOut
      ? `killed after ${seconds} s (timeout ${BUNDLE_BUILD_TIMEOUT_MS / 1000} s)`
      : result.signal
        ? `killed by ${result.signal} after ${seconds} s`
        : `exited with status ${result.code} after ${seconds} s`;
  const output = result.output.trim() || '(webpack printed nothing)';
  return `webpack --mode production ${how}\n--- webpack output ---\n${output}`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * The folder holding the production build (taskpane.html, its scripts, help.html, assets/,
 * manifest.xml for {@link TEST_BUNDLE_URL}). Read it, never write into it: other tests share it.
 */
export async function productionBundle(): Promise<string> {
  const root = cacheRoot();
  fs.mkdirSync(root, { recursive: true });
  const key = bundleInputsKey();
  const done = path.join(root, key);
  const lock = `${done}.lock`;
  const failure = `${done}.failed`;
  const since = Date.now();
  const waitUntil = since + BUNDLE_BUILD_TIMEOUT_MS + 60_000;

  for (;;) {
    if (fs.existsSync(path.join(done, 'taskpane.html'))) return done;
    // A build that failed while this worker waited fails it too (rather than building again).
    const failedAt = fs.statSync(failure, { throwIfNoEntry: false })?.mtimeMs;
    if (failedAt !== undefined && failedAt >= since - 1000)
      throw new Error(fs.readFileSync(failure, 'utf8'));
    let owner = false;
    try {
      fs.mkdirSync(lock);
      owner = true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    if (owner) return buildLocked(done, lock, failure);
    // Another worker is building: wait for its folder, or its failure; a dead owner's lock goes.
    const pid = Number(readOrEmpty(path.join(lock, 'pid')));
    const lockAge = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0);
    if ((pid > 0 && !isAlive(pid)) || (pid === 0 && lockAge > 60_000))
      fs.rmSync(lock, { recursive: true, force: true });
    if (Date.now() > waitUntil)
      throw new Error(`waited over ${BUNDLE_BUILD_TIMEOUT_MS / 60_000} min for ${lock}`);
    await sleep(500);
  }
}

function readOrEmpty(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

async function buildLocked(done: string, lock: string, failure: string): Promise<string> {
  try {
    fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
    fs.rmSync(failure, { force: true });
    const staging = `${done}.tmp-${process.pid}`;
    fs.rmSync(staging, { recursive: true, force: true });
    const started = Date.now();
    const result = await runWebpack(staging);
    if (result.code !== 0 || !fs.existsSync(path.join(staging, 'taskpane.html'))) {
      const message = describeFailure(result, Math.round((Date.now() - started) / 1000));
      fs.writeFileSync(failure, message);
      fs.rmSync(staging, { recursive: true, force: true });
      throw new Error(message);
    }
    fs.renameSync(staging, done);
    removeOtherBundles(done);
    return done;
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** Bundles of earlier inputs are never used again. */
function removeOtherBundles(keep: string): void {
  const root = path.dirname(keep);
  for (const name of fs.readdirSync(root)) {
    if (/^[0-9a-f]{16}$/.test(name) && path.join(root, name) !== keep)
      fs.rmSync(path.join(root, name), { recursive: true, force: true });
  }
}
