import * as fs from 'node:fs';
import * as path from 'node:path';
import { PICTURES, pngSize, shotRefusal } from './readme-pictures';

/** The start of a PNG (its signature and IHDR chunk) of that width and height. */
function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  bytes.set(new TextEncoder().encode('IHDR'), 12);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

describe('readme-pictures', () => {
  it('reads a PNG’s size from its header, and refuses what is not a PNG', () => {
    const icon = fs.readFileSync(path.join(__dirname, '..', 'assets', 'icon-32.png'));
    expect(pngSize(icon)).toEqual({ width: 32, height: 32 });
    expect(pngSize(new TextEncoder().encode('not a picture, long enough to have a header'))).toBe(
      null,
    );
    expect(pngSize(icon.subarray(0, 10))).toBe(null);
  });

  it('takes a 350 px screenshot of this run, not one left from an earlier run nor another width', () => {
    const started = 1_000_000;
    expect(shotRefusal(pngHeader(350, 861), started + 5, started)).toBe(null);
    expect(shotRefusal(pngHeader(350, 861), started, started)).toBe(null);
    expect(shotRefusal(pngHeader(350, 861), started - 1, started)).toMatch(/earlier run/);
    expect(shotRefusal(pngHeader(320, 861), started + 5, started)).toMatch(/350 px wide/);
    expect(shotRefusal(new Uint8Array(40), started + 5, started)).toMatch(/350 px wide/);
  });

  it('fills the two pictures the README shows', () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
    for (const { picture } of PICTURES) expect(readme).toContain(`docs/images/${picture}`);
  });
});
