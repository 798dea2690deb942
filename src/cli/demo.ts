import { promises as fs } from 'fs';
import path from 'path';
import { main } from './main';

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
    process.stdout.write(`\n$ phuluc scan samples/${file}\n`);
    worst = Math.max(worst, await main(['scan', path.join(dir, file)]));
  }
  process.stdout.write(
    `\nĐã quét ${files.length} sổ tính mẫu / Scanned ${files.length} sample workbooks.\n`,
  );
  return worst;
}

demo().then((code) => {
  process.exitCode = code;
});
