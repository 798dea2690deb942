/**
 * Stages that need a process of their own: `phuluc consolidate` started fresh against a plain
 * script that only loads the same files with exceljs (also fresh); the peak memory of a scan.
 * And the drop-down lists case, in-process.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import { scanBook } from '../src/core/scan';
import { readWorkbook } from '../src/io/xlsx/read';
import { inflateWithZlib } from '../src/io/xlsx/reader/inflate-node';
import { rewrite, wholeColumnLists } from '../src/io/xlsx/_test/cases';
import { generateAdversarial } from '../test/adversarial/generate';
import { median, pairedRatio, timeInRounds } from './rounds';
import type { Workload } from './workload';

const ROOT = path.resolve(__dirname, '..', '..');
const AS_OF = '2025-10-20';

/** Wall and CPU time (user + system) of a fresh `node` running `args`. */
function timed(args: readonly string[], cpuFile: string): { wall: number; cpu: number } {
  const t = performance.now();
  const run = spawnSync(process.execPath, ['-r', './bench/cpu-usage.js', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, PHULUC_BENCH_CPU: cpuFile },
  });
  const wall = performance.now() - t;
  if (run.status !== 0)
    throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return { wall, cpu: Number(readFileSync(cpuFile, 'utf8')) };
}

/** Fresh `phuluc consolidate` (bin/phuluc.js, the built CLI) / fresh exceljs-only load, per round. */
export async function freshProcessRatios(w: Workload, runs: number) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'phuluc-bench-fresh-'));
  try {
    const files = [w.plan, ...w.units].map((f) => {
      const p = path.join(dir, f.file);
      writeFileSync(p, f.bytes);
      return p;
    });
    const out = path.join(dir, 'out.xlsx');
    const phuluc = ['bin/phuluc.js', 'consolidate', '--plan', files[0]!, ...files.slice(1)];
    const cpuFile = path.join(dir, 'cpu.txt');
    // Rounds alternate the two; each is judged on CPU time (on a shared machine the wall time
    // also counts waiting for a core), and wall time is reported beside it.
    const runsOf: { wall: number; cpu: number }[][] = [[], []];
    for (let round = 0; round <= runs; round++) {
      const a = timed([...phuluc, '--as-of', AS_OF, '--out', out], cpuFile);
      const b = timed(['bench/load-exceljs.js', ...files], cpuFile);
      if (round === 0) continue;
      runsOf[0]!.push(a);
      runsOf[1]!.push(b);
    }
    const [p, e] = runsOf as [{ wall: number; cpu: number }[], { wall: number; cpu: number }[]];
    return {
      ratio: median(p.map((r, i) => r.cpu / e[i]!.cpu)),
      wallRatio: median(p.map((r, i) => r.wall / e[i]!.wall)),
      phulucMs: median(p.map((r) => r.wall)),
      exceljsMs: median(e.map((r) => r.wall)),
      phulucCpuMs: median(p.map((r) => r.cpu)),
      exceljsCpuMs: median(e.map((r) => r.cpu)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Scan of the demo plan with drop-down lists on six whole columns / the same plan without. */
export async function listsRatio(runs: number) {
  const plan = new Uint8Array(
    readFileSync(path.join(ROOT, 'samples/tong-hop/ke-hoach-cai-cach-tthc-2024.xlsx')),
  );
  // Both zipped again the same way, so only the lists differ.
  const without = await rewrite(plan);
  const withLists = await rewrite(plan, wholeColumnLists(['A', 'B', 'C', 'D', 'E', 'F']));
  const scan = async (bytes: Uint8Array) =>
    scanBook(await readWorkbook(bytes, 'plan.xlsx', { inflate: inflateWithZlib }), { asOf: AS_OF });
  const timings = await timeInRounds([() => scan(withLists), () => scan(without)], runs);
  return {
    ratio: pairedRatio(timings[0]!, timings[1]!),
    withMs: median(timings[0]!.runs),
    withoutMs: median(timings[1]!.runs),
  };
}

/** Peak resident memory of `phuluc scan --json` of a 100,000-row table, in a fresh process. */
export async function peakMemoryOf100kRows() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'phuluc-bench-rows-'));
  try {
    const file = (await generateAdversarial(dir, ['rows-100k']))['rows-100k']!.files[0]!;
    const book = await readWorkbook(new Uint8Array(readFileSync(file)), 'rows.xlsx', {
      inflate: inflateWithZlib,
    });
    let cells = 0;
    for (const s of book.sheets) for (const r of s.rows) if (r) for (const c of r) if (c) cells++;
    const run = spawnSync(process.execPath, ['bench/rss-scan.js', file], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const { code, maxRssMB } = JSON.parse(run.stdout) as { code: number; maxRssMB: number };
    if (code !== 0) throw new Error(`phuluc scan exited ${code}`);
    return { cells, maxRssMB };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
