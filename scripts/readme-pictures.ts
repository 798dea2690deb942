/**
 * The README's two pictures of the task pane, taken from the screenshots that
 * test/browser/pane-fit.test.ts writes at 350 px (the standalone page, the demo's plan and four
 * units consolidated, in Vietnamese):
 *
 *   npm run pictures   → runs that test, then copies Kiểm tra and Tổng hợp to docs/images/
 *
 * Refuses a screenshot that is missing or not 350 px wide, so a failed or skipped run cannot
 * leave an old or wrong picture in the README.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const SHOTS = path.join(ROOT, 'test-artifacts', 'screenshots', '350px');
const IMAGES = path.join(ROOT, 'docs', 'images');
const WIDTH = 350;

/** Which screenshot becomes which README picture. */
export const PICTURES: readonly { readonly shot: string; readonly picture: string }[] = [
  { shot: 'vi-1-check.png', picture: 'pane-kiem-tra.png' },
  { shot: 'vi-4-consolidate.png', picture: 'pane-tong-hop.png' },
];

/**
 * A PNG's width and height from its header, or null when the bytes are not a PNG.
 * @example pngSize(fs.readFileSync('docs/images/pane-kiem-tra.png')) // { width: 350, height: 841 }
 */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The first chunk is IHDR: width and height, big-endian, after its length and type.
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function main(): void {
  for (const { shot, picture } of PICTURES) {
    const from = path.join(SHOTS, shot);
    if (!fs.existsSync(from)) throw new Error(`${from} is missing: run the pane-fit test first`);
    const bytes = fs.readFileSync(from);
    const size = pngSize(bytes);
    if (!size || size.width !== WIDTH)
      throw new Error(`${from} is not a ${WIDTH} px wide PNG (${JSON.stringify(size)})`);
    fs.writeFileSync(path.join(IMAGES, picture), bytes);
    console.log(`docs/images/${picture} ← ${shot} (${size.width}×${size.height})`);
  }
}

if (require.main === module) main();
