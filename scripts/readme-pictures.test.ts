import * as fs from 'node:fs';
import * as path from 'node:path';
import { PICTURES, pngSize } from './readme-pictures';

describe('readme-pictures', () => {
  it('reads a PNG’s size from its header, and refuses what is not a PNG', () => {
    const icon = fs.readFileSync(path.join(__dirname, '..', 'assets', 'icon-32.png'));
    expect(pngSize(icon)).toEqual({ width: 32, height: 32 });
    expect(pngSize(new TextEncoder().encode('not a picture, long enough to have a header'))).toBe(
      null,
    );
    expect(pngSize(icon.subarray(0, 10))).toBe(null);
  });

  it('fills the two pictures the README shows', () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
    for (const { picture } of PICTURES) expect(readme).toContain(`docs/images/${picture}`);
  });
});
