import { promises as fs } from 'fs';
import path from 'path';
import { main } from './main';

/**
 * Each sample is scanned as of a date inside its own plan period, so the summary shows what an
 * officer would have seen that autumn (overdue and due-soon tasks), not that an old plan is over.
 */
const AS_OF: Readonly<Record<string, string>> = {
  'chi-tieu-cai-cach-tthc-2024.xlsx': '2024-10-20',
  'ke-hoach-cchc-2021-2025.xlsx': '2025-12-24',
  'kiem-soat-tthc-2023.xlsx': '2023-09-25',
};

const ROOT = path.resolve(__dirname, '..', '..');
const DEMO_DIR = path.join('samples', 'tong-hop');
const DEMO_PLAN = 'ke-hoach-cai-cach-tthc-2024.xlsx';
const DEMO_AS_OF = '2024-10-20';
const OUT = path.join('out', 'ke-hoach-cai-cach-tthc-2024-tong-hop.xlsx');

async function run(args: string[]): Promise<number> {
  process.stdout.write(
    `\n$ phuluc ${args.map((a) => (a.includes(' ') ? `"${a}"` : a)).join(' ')}\n`,
  );
  return main(args);
}

/**
 * `npm run demo`: the main job on the bundled samples. It scans three real plans, then merges
 * the four unit workbooks of samples/tong-hop into the 2024 plan and writes the report workbook.
 */
async function demo(): Promise<number> {
  process.chdir(ROOT);
  const plans = (await fs.readdir('samples')).filter((f) => f.endsWith('.xlsx')).sort();
  let worst = 0;
  for (const file of plans) {
    const asOf = AS_OF[file];
    worst = Math.max(
      worst,
      await run(['scan', path.join('samples', file), ...(asOf ? ['--as-of', asOf] : [])]),
    );
  }
  const units = (await fs.readdir(DEMO_DIR))
    .filter((f) => f.endsWith('.xlsx') && f !== DEMO_PLAN)
    .sort();
  worst = Math.max(
    worst,
    await run([
      'consolidate',
      '--plan',
      path.join(DEMO_DIR, DEMO_PLAN),
      ...units.map((u) => path.join(DEMO_DIR, u)),
      '--as-of',
      DEMO_AS_OF,
      '--out',
      OUT,
    ]),
  );
  process.stdout.write(
    `\nBáo cáo tổng hợp / Report workbook: ${path.resolve(OUT)}\n` +
      'Mở bằng Excel hoặc LibreOffice và in ra A4 / Open it in Excel or LibreOffice and print on A4.\n',
  );
  return worst;
}

demo().then((code) => {
  process.exitCode = code;
});
