/**
 * PhuLuc benchmark (`npm run bench`): synthetic workloads, timed by stage, median of several runs.
 *
 * - exceljs parse: `Workbook.xlsx.load` alone, the floor for reading an .xlsx.
 * - read: `readWorkbook` (zip checks + exceljs + conversion to grids).
 * - core: detect, parse, validate (`scanBook`), then consolidate; the report model (the layout
 *   of the report sheets, pure code) is timed apart, as the first half of writing.
 * - write: the report workbook's bytes (exceljs).
 * - end to end: `phuluc consolidate` in-process, files on disk.
 * - Office.js: syncs and request bytes on the strict fake Excel (test/fake-excel).
 *
 * Stages run in rounds (each round runs every stage once), so ratios compare runs made under the
 * same load. Prints a table and writes bench/results.json (from the package root). BENCH_RUNS sets the runs
 * (default 9). `npm run bench` runs this file compiled by tsc (tsconfig.bench.json), as the CLI
 * ships: under tsx, esbuild's keepNames wraps every function and the core measures ~1.5× slower.
 */
/// <reference types="office-js" />
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import prettier from 'prettier';
import { main } from '../src/cli/main';
import { consolidate, type UnitWorkbook } from '../src/core/consolidate/consolidate';
import type { GridBook } from '../src/core/grid/types';
import { buildReport } from '../src/core/report-model/build';
import { scanBook } from '../src/core/scan';
import { detectCapabilities } from '../src/io/excel/capabilities';
import { readExcelBook } from '../src/io/excel/read';
import { writeExcelReport } from '../src/io/excel/write';
import { readWorkbook } from '../src/io/xlsx/read';
import { consolidatedWorkbookBytes } from '../src/io/xlsx/write';
import { createFakeExcel, type FakeExcel, type Scalar } from '../test/fake-excel/fake-excel';
import { fakeFromXlsx } from '../test/fake-excel/from-xlsx';
import { fakeIo } from '../test/_lib/fake-io';
import { planTasks, TASK_HEADER } from '../test/adversarial/plan';
import { bigPlan, unitReturns, type Workload } from './workload';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const AS_OF = '2025-10-20';

interface Row {
  workload: string;
  stage: string;
  firstMs: number;
  medianMs: number;
  minMs: number;
  usPerCell: number | null;
  runs: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Times several stages in rounds: every round runs each stage once, in order, so the ratio of
 * two stages compares runs made under the same load (a shared machine's load drifts over a
 * minute). The first round is the cold one.
 */
async function timeInRounds(
  stages: readonly (() => Promise<unknown> | unknown)[],
  runs = RUNS,
): Promise<Timing[]> {
  const first: number[] = [];
  const all: number[][] = stages.map(() => []);
  for (let round = 0; round <= runs; round++) {
    for (const [i, fn] of stages.entries()) {
      collectGarbage();
      const t = performance.now();
      await fn();
      const ms = performance.now() - t;
      if (round === 0) first.push(ms);
      else all[i]!.push(ms);
    }
  }
  return stages.map((_, i) => ({ first: first[i]!, runs: all[i]! }));
}

/**
 * Each run starts on a clean heap (node --expose-gc), so one stage does not pay for the garbage
 * another left behind; the run's own collections still count.
 */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

interface Timing {
  readonly first: number;
  readonly runs: number[];
}

function cellsOf(books: readonly GridBook[]): number {
  let n = 0;
  for (const b of books)
    for (const s of b.sheets) for (const r of s.rows) if (r) for (const c of r) if (c) n++;
  return n;
}

async function exceljsLoad(bytes: Uint8Array): Promise<void> {
  await new ExcelJS.Workbook().xlsx.load(bytes.slice().buffer as ArrayBuffer);
}

function scanAll(plan: GridBook, units: readonly { file: string; book: GridBook }[]) {
  const planScan = scanBook(plan, { asOf: AS_OF });
  const unitScans: UnitWorkbook[] = units.map((u) => ({
    file: u.file,
    scan: scanBook(u.book, {
      asOf: AS_OF,
      ...(planScan.planYear ? { year: planScan.planYear } : {}),
    }),
  }));
  return { planScan, unitScans };
}

/** The core of a consolidation: detect, parse, validate every workbook, then merge. */
function coreRun(plan: GridBook, units: readonly { file: string; book: GridBook }[]) {
  const { planScan, unitScans } = scanAll(plan, units);
  return consolidate(planScan, unitScans, { asOf: AS_OF });
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const spread = (xs: readonly number[]) => Math.max(...xs) - Math.min(...xs);

interface OfficeFigures {
  readSyncs: number;
  readRequestBytes: number;
  readResponseBytes: number;
  writeSyncs: number;
  writeRequestBytes: number;
}

async function officeFigures(planBytes: Uint8Array, name: string): Promise<OfficeFigures> {
  const caps = (fx: FakeExcel) => detectCapabilities(fx.isSetSupported);
  const fx = await fakeFromXlsx(planBytes);
  const read = await readExcelBook(fx.context, name, { capabilities: caps(fx) });
  const readRequests = fx.requests.slice();
  const report = buildReport(
    consolidate(scanBook(read.book, { asOf: AS_OF }), [], { asOf: AS_OF }),
  );
  const before = fx.requests.length;
  await writeExcelReport(fx.context, report, { capabilities: caps(fx) });
  const writeRequests = fx.requests.slice(before);
  return {
    readSyncs: readRequests.length,
    readRequestBytes: sum(readRequests.map((r) => r.bytes)),
    readResponseBytes: sum(readRequests.map((r) => r.responseBytes)),
    writeSyncs: writeRequests.length,
    writeRequestBytes: sum(writeRequests.map((r) => r.bytes)),
  };
}

/** Syncs of one scan on plans of growing length: should not grow with the rows. */
async function syncScaling(): Promise<{ rows: number; syncs: number }[]> {
  const out = [];
  for (const rows of [200, 2_000, 10_000, 20_000, 50_000]) {
    const values: Scalar[][] = [['KẾ HOẠCH NĂM 2025'], [...TASK_HEADER]];
    for (const t of planTasks(rows, 1))
      values.push([t.stt, t.content, t.lead, t.support, t.deadline]);
    const fx = createFakeExcel({ PL1: { values, merges: ['A1:E1'] } });
    await readExcelBook(fx.context, 'p.xlsx', {
      capabilities: detectCapabilities(fx.isSetSupported),
    });
    out.push({ rows, syncs: fx.syncs });
  }
  return out;
}

async function benchWorkload(w: Workload, rows: Row[]) {
  const files = [w.plan, ...w.units];
  const planBook = await readWorkbook(w.plan.bytes, w.plan.file);
  const unitBooks: { file: string; book: GridBook }[] = [];
  for (const u of w.units)
    unitBooks.push({ file: u.file, book: await readWorkbook(u.bytes, u.file) });
  const cells = cellsOf([planBook, ...unitBooks.map((u) => u.book)]);
  const add = (stage: string, t: Timing) =>
    rows.push({
      workload: w.name,
      stage,
      firstMs: t.first,
      medianMs: median(t.runs),
      minMs: Math.min(...t.runs),
      usPerCell: (median(t.runs) * 1000) / cells,
      runs: t.runs.length,
    });

  const merged = coreRun(planBook, unitBooks);
  const report = buildReport(merged);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'phuluc-bench-'));
  const paths = files.map((f) => {
    const p = path.join(dir, f.file);
    writeFileSync(p, f.bytes);
    return p;
  });
  const out = path.join(dir, 'out', 'bao-cao.xlsx');
  const stages: [string, () => Promise<unknown> | unknown][] = [
    [
      'exceljs parse',
      async () => {
        for (const f of files) await exceljsLoad(f.bytes);
      },
    ],
    [
      'read (zip check + exceljs + grids)',
      async () => {
        for (const f of files) await readWorkbook(f.bytes, f.file);
      },
    ],
    ['core: scan (detect, parse, validate)', () => scanAll(planBook, unitBooks)],
    ['core: scan + consolidate', () => coreRun(planBook, unitBooks)],
    ['report model (layout of the sheets)', () => buildReport(merged)],
    ['write report workbook (exceljs)', () => consolidatedWorkbookBytes(w.plan.bytes, report)],
    [
      'end to end: phuluc consolidate',
      async () => {
        const code = await main(
          ['consolidate', '--plan', paths[0]!, ...paths.slice(1), '--as-of', AS_OF, '--out', out],
          fakeIo(AS_OF),
        );
        if (code !== 0) throw new Error(`phuluc consolidate exited ${code}`);
      },
    ],
  ];
  let timings: Timing[];
  try {
    timings = await timeInRounds(stages.map(([, fn]) => fn));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  stages.forEach(([stage], i) => add(stage, timings[i]!));
  const [exceljs, , scan, core, , , e2e] = timings as [
    Timing,
    Timing,
    Timing,
    Timing,
    Timing,
    Timing,
    Timing,
  ];
  return {
    cells,
    files: files.length,
    exceljs: median(exceljs.runs),
    scan: median(scan.runs),
    scanMin: Math.min(...scan.runs),
    core: median(core.runs),
    coreMin: Math.min(...core.runs),
    exceljsMin: Math.min(...exceljs.runs),
    e2eMin: Math.min(...e2e.runs),
    e2e: median(e2e.runs),
  };
}

function machine() {
  const cpu =
    readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ??
    os.cpus()[0]?.model;
  return {
    cpu,
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
}

async function run() {
  const started = performance.now();
  const rows: Row[] = [];
  process.stdout.write(`PhuLuc benchmark, ${RUNS} runs per stage (median)\n`);
  const a = await bigPlan();
  const b = await unitReturns();
  const ra = await benchWorkload(a, rows);
  const rb = await benchWorkload(b, rows);
  const officeA = await officeFigures(a.plan.bytes, a.plan.file);
  const officeB = await officeFigures(b.plan.bytes, b.plan.file);
  const scaling = await syncScaling();

  // Judged on medians; the ratio of the fastest runs is printed beside it (`best`): on a shared
  // machine the medians carry the neighbours' load too.
  const goals = [
    {
      goal: 'core scan (detect, parse, validate) ≤ 20 % of exceljs parse, (a) 2,000 tasks',
      value: ra.scan / ra.exceljs,
      best: ra.scanMin / ra.exceljsMin,
      limit: 0.2,
    },
    {
      goal: 'core scan (detect, parse, validate) ≤ 20 % of exceljs parse, (b) 500 tasks + 60 units',
      value: rb.scan / rb.exceljs,
      best: rb.scanMin / rb.exceljsMin,
      limit: 0.2,
    },
    {
      goal: 'core scan + consolidate ≤ 20 % of exceljs parse, (a) 2,000 tasks',
      value: ra.core / ra.exceljs,
      best: ra.coreMin / ra.exceljsMin,
      limit: 0.2,
    },
    {
      goal: 'core scan + consolidate ≤ 20 % of exceljs parse, (b) 500 tasks + 60 units',
      value: rb.core / rb.exceljs,
      best: rb.coreMin / rb.exceljsMin,
      limit: 0.2,
    },
    {
      goal: 'consolidating 60 units end to end ≤ 1.3 × exceljs read of the same files',
      value: rb.e2e / rb.exceljs,
      best: rb.e2eMin / rb.exceljsMin,
      limit: 1.3,
    },
    {
      // Beyond ~5 MB of cell data Excel refuses the response (on the web): more syncs are
      // unavoidable there, so the goal is judged up to that size (10,000 rows of 5 columns).
      goal: 'Office.js syncs per scan constant in the rows (200 / 2,000 / 10,000 rows)',
      value: spread(scaling.filter((s) => s.rows <= 10_000).map((s) => s.syncs)),
      best: null,
      limit: 0,
    },
  ].map((g) => ({ ...g, verdict: g.value <= g.limit ? 'PASS' : 'MISS' }));

  const pad = (s: string, n: number) => s.padEnd(n);
  const lpad = (s: string, n: number) => s.padStart(n);
  process.stdout.write(
    `\n${pad('workload', 22)}${pad('stage', 42)}${lpad('first ms', 10)}${lpad('median ms', 11)}${lpad('min ms', 10)}${lpad('µs/cell', 9)}\n`,
  );
  for (const r of rows)
    process.stdout.write(
      `${pad(r.workload, 22)}${pad(r.stage, 42)}${lpad(r.firstMs.toFixed(1), 10)}${lpad(r.medianMs.toFixed(1), 11)}${lpad(r.minMs.toFixed(1), 10)}${lpad(r.usPerCell?.toFixed(2) ?? '', 9)}\n`,
    );
  process.stdout.write(
    `\ncells: ${a.name} ${ra.cells} in ${ra.files} file; ${b.name} ${rb.cells} in ${rb.files} files\n`,
  );
  process.stdout.write(`\nOffice.js on the fake Excel\n`);
  for (const [name, o] of [
    [a.name, officeA],
    [b.name, officeB],
  ] as const)
    process.stdout.write(
      `  ${pad(name, 20)} scan: ${o.readSyncs} syncs, ${(o.readRequestBytes / 1024).toFixed(1)} kB sent, ${(o.readResponseBytes / 1024 / 1024).toFixed(2)} MB received; report write: ${o.writeSyncs} syncs, ${(o.writeRequestBytes / 1024 / 1024).toFixed(2)} MB sent\n`,
    );
  process.stdout.write(
    `  syncs per scan by rows: ${scaling.map((s) => `${s.rows} → ${s.syncs}`).join(', ')}\n`,
  );
  process.stdout.write(`\nGoals\n`);
  for (const g of goals)
    process.stdout.write(
      `  ${g.verdict}  ${pad(g.goal, 88)} ${g.limit === 0 ? g.value : g.value.toFixed(2)}${g.best === null ? '' : `  (best ${g.best.toFixed(2)})`}\n`,
    );
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`\ntotal ${seconds.toFixed(0)} s\n`);

  const results = {
    date: new Date().toISOString(),
    machine: machine(),
    runs: RUNS,
    workloads: {
      [a.name]: { cells: ra.cells, files: ra.files },
      [b.name]: { cells: rb.cells, files: rb.files },
    },
    stages: rows,
    officeJs: { [a.name]: officeA, [b.name]: officeB, syncScaling: scaling },
    goals,
    totalSeconds: Math.round(seconds),
  };
  // Formatted as `npm run lint` (prettier --check .) expects the file.
  const json = await prettier.format(JSON.stringify(results), { parser: 'json' });
  writeFileSync(path.resolve('bench', 'results.json'), json);
}

run().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
