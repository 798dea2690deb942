/**
 * The README's two pictures of the task pane, taken from the screenshots that
 * test/browser/pane-fit.test.ts writes at 350 px (the standalone page, the demo's plan and four
 * units consolidated, in Vietnamese):
 *
 *   npm run pictures   → runs that test, then copies Kiểm tra and Tổng hợp to docs/images/
 *
 * The test empties the screenshots' folder and marks when it started ({@link RUN_STARTED}) as
 * soon as it loads, run or skipped; this refuses a screenshot that is missing, not 350 px wide or
 * older than that mark, so a failed or skipped run cannot leave an old or wrong picture in the
 * README.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
/** Where the pane-fit test writes its screenshots at 350 px. */
export const SHOTS = path.join(ROOT, 'test-artifacts', 'screenshots', '350px');
/** The file the pane-fit test writes in {@link SHOTS} when it starts: its time is the run's. */
export const RUN_STARTED = '.run-started';
const IMAGES = path.join(ROOT, 'docs', 'images');
const WIDTH = 350;

/** Which screenshot becomes which README picture. */
export const PICTURES: readonly { readonly shot: string; readonly picture: string }[] = [
  { shot: 'vi-1-check.png', picture: 'pane-kiem-tra.png' },
  { shot: 'vi-4-consolidate.png', picture: 'pane-tong-hop.png' },
];

/**
 * A PNG's width and height from its header, or null when the bytes are not a PNG.
 * @example pngSize(fs.readFileSync('assets/icon-32.png')) // { width: 32, height: 32 }
 */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The first chunk is IHDR: width and height, big-endian, after its length and type.
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Why a screenshot cannot become a README picture, or null when it can: it must be a PNG
 * {@link WIDTH} px wide, written by the run that started at `runStartedMs` (not before it).
 * @example shotRefusal(png350, 1_000, 900) // null
 * @example shotRefusal(png350, 800, 900) // 'is older than the run …: left from an earlier run'
 */
export function shotRefusal(
  bytes: Uint8Array,
  mtimeMs: number,
  runStartedMs: number,
): string | null {
  const size = pngSize(bytes);
  if (!size || size.width !== WIDTH)
    return `is not a ${WIDTH} px wide PNG (${JSON.stringify(size)})`;
  if (mtimeMs < runStartedMs)
    return `is older than the run (${new Date(runStartedMs).toISOString()}): left from an earlier run`;
  return null;
}

function main(): void {
  const marker = path.join(SHOTS, RUN_STARTED);
  if (!fs.existsSync(marker)) throw new Error(`${marker} is missing: run the pane-fit test first`);
  const runStartedMs = fs.statSync(marker).mtimeMs;
  for (const { shot, picture } of PICTURES) {
    const from = path.join(SHOTS, shot);
    if (!fs.existsSync(from)) throw new Error(`${from} is missing: the pane-fit test did not run`);
    const bytes = fs.readFileSync(from);
    const refusal = shotRefusal(bytes, fs.statSync(from).mtimeMs, runStartedMs);
    if (refusal) throw new Error(`${from} ${refusal}`);
    const size = pngSize(bytes)!;
    fs.writeFileSync(path.join(IMAGES, picture), bytes);
    console.log(`docs/images/${picture} ← ${shot} (${size.width}×${size.height})`);
  }
}

if (require.main === module) main();
