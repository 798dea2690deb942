/**
 * What `npm run bench:browser` runs inside Chromium: the floor (fflate inflating every part, one
 * pass over the bytes), PhuLuc's reader (fflate) and exceljs's load, on the same files, in rounds.
 */
import ExcelJS from 'exceljs';
import { inflateSync } from 'fflate';
import { readWorkbook } from '../../src/io/xlsx/read';
import { forEachPart } from '../parts';

/** fflate inflating into a buffer of the stated size, as the reader does. */
const inflate = (data: Uint8Array, size: number) =>
  inflateSync(data, { out: new Uint8Array(size) });

/** The floor: every part inflated, and one pass over its bytes. */
function floor(bytes: Uint8Array): number {
  let tags = 0;
  forEachPart(bytes, inflate, (_name, out) => {
    for (let i = 0; i < out.length; i++) if (out[i] === 60) tags++;
  });
  return tags;
}

const utf8 = new TextDecoder();

/** The floor's inflating, then each part decoded to text (what any string-based scan needs). */
function inflateAndDecode(bytes: Uint8Array): number {
  let chars = 0;
  forEachPart(bytes, inflate, (_name, out) => (chars += utf8.decode(out).length));
  return chars;
}

async function rounds(files: Uint8Array[], runs: number, only?: string) {
  const stages: [string, () => Promise<unknown>][] = [
    ['floor', async () => files.forEach(floor)],
    ['decode', async () => files.forEach(inflateAndDecode)],
    [
      'read',
      async () => {
        for (const [i, f] of files.entries()) await readWorkbook(f, `${i}.xlsx`);
      },
    ],
    [
      'exceljs',
      async () => {
        for (const f of files)
          await new ExcelJS.Workbook().xlsx.load(f.slice().buffer as ArrayBuffer);
      },
    ],
  ];
  const times: Record<string, number[]> = { floor: [], decode: [], read: [], exceljs: [] };
  for (let round = 0; round <= runs; round++)
    for (const [name, run] of stages) {
      if (only && name !== only) continue;
      const t = performance.now();
      await run();
      if (round > 0) times[name]!.push(performance.now() - t);
    }
  return times;
}

(globalThis as unknown as { phulucBench: unknown }).phulucBench = {
  run: (base64: string[], runs: number, only?: string) =>
    rounds(
      base64.map((b) => Uint8Array.from(atob(b), (c) => c.charCodeAt(0))),
      runs,
      only,
    ),
};
