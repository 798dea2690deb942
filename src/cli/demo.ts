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

/**
 * `npm run demo`: scans every bundled sample workbook and prints what an officer would see.
 * Later versions extend it to the consolidated report.
 */
async function demo(): Promise<number> {
  const dir = path.resolve(__dirname, '..', '..', 'samples');
  const files = (await fs.readdir(dir)).filter((f) => f.endsWith('.xlsx')).sort();
  if (files.length === 0) {
    process.stderr.write(`Không có tệp mẫu trong / No sample workbooks in ${dir}\n`);
    return 1;
  }
  let worst = 0;
  for (const file of files) {
    const asOf = AS_OF[file];
    const args = ['scan', `samples/${file}`, ...(asOf ? ['--as-of', asOf] : [])];
    process.stdout.write(`\n$ phuluc ${args.join(' ')}\n`);
    worst = Math.max(worst, await main(['scan', path.join(dir, file), ...args.slice(2)]));
  }
  process.stdout.write(
    `\nĐã quét ${files.length} sổ tính mẫu / Scanned ${files.length} sample workbooks.\n`,
  );
  return worst;
}

demo().then((code) => {
  process.exitCode = code;
});
