/**
 * `npm run bench:browser`: the reader in Debian's Chromium (fflate inflating), against the floor
 * of inflating every part with fflate and one pass over the bytes, with exceljs's load beside it,
 * on the 60-unit workload; the median of per-round ratios. Needs /usr/bin/chromium.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import prettier from 'prettier';
import webpack from 'webpack';
import { CHROMIUM, launchChromium } from '../test/_lib/chromium';
import { median } from './rounds';
import { unitReturns } from './workload';

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'lib-bench', 'browser');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

function bundle(): Promise<string> {
  const compiler = webpack({
    mode: 'production',
    context: ROOT,
    target: ['web', 'es2022'],
    entry: './bench/browser/entry.ts',
    output: { path: OUT, filename: 'bench.js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, configFile: path.join(ROOT, 'tsconfig.web.json') },
          },
        },
      ],
    },
    performance: { hints: false },
    // Readable names in a profile (BENCH_MINIFY=0); the measured build is minified, as shipped.
    optimization: { minimize: process.env.BENCH_MINIFY !== '0' },
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      if (error || stats?.hasErrors()) reject(error ?? new Error(stats?.toString('errors-only')));
      else resolve(path.join(OUT, 'bench.js'));
    }),
  );
}

async function run() {
  if (!existsSync(CHROMIUM))
    throw new Error('bench:browser needs /usr/bin/chromium (apt-get install chromium)');
  const w = await unitReturns();
  const files = [w.plan, ...w.units].map((f) => Buffer.from(f.bytes).toString('base64'));
  const script = await bundle();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>PhuLuc bench</title>');
    await page.addScriptTag({ content: readFileSync(script, 'utf8') });
    const times = (await page.evaluate(
      ([b64, runs]) =>
        (
          globalThis as unknown as {
            phulucBench: { run(b: string[], r: number): Promise<unknown> };
          }
        ).phulucBench.run(b64, runs),
      [files, RUNS] as const,
    )) as Record<'floor' | 'decode' | 'read' | 'exceljs', number[]>;
    const ratio = (stage: number[]) => median(stage.map((ms, i) => ms / times.floor[i]!));
    const version = browser.version();
    const results = {
      date: new Date().toISOString(),
      browser: `Chromium ${version}`,
      runs: RUNS,
      files: files.length,
      medianMs: {
        floor: median(times.floor),
        decode: median(times.decode),
        read: median(times.read),
        exceljs: median(times.exceljs),
      },
      timesFloor: {
        decode: ratio(times.decode),
        read: ratio(times.read),
        exceljs: ratio(times.exceljs),
      },
      goal: {
        text: 'read ≤ 3 × the fflate floor in Chromium',
        limit: 3,
        verdict: ratio(times.read) <= 3 ? 'PASS' : 'MISS',
      },
    };
    process.stdout.write(
      `Chromium ${version}, ${RUNS} rounds, 60-unit workload (${files.length} files)\n` +
        `  floor (fflate inflate + one pass)  ${results.medianMs.floor.toFixed(0)} ms\n` +
        `  inflate + decode to text           ${results.medianMs.decode.toFixed(0)} ms  ${results.timesFloor.decode.toFixed(2)} F\n` +
        `  PhuLuc reader                      ${results.medianMs.read.toFixed(0)} ms  ${results.timesFloor.read.toFixed(2)} F\n` +
        `  exceljs load                       ${results.medianMs.exceljs.toFixed(0)} ms  ${results.timesFloor.exceljs.toFixed(2)} F\n` +
        `  ${results.goal.verdict}  ${results.goal.text}\n`,
    );
    mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
    writeFileSync(
      path.join(ROOT, 'bench', 'results-browser.json'),
      await prettier.format(JSON.stringify(results), { parser: 'json' }),
    );
  } finally {
    await browser.close();
  }
}

run().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
