/**
 * The repository stands on its own: a user who clones PhuLuc has only the repository, so no
 * test, script, source file or doc may read or point to the design folder that sat beside it
 * while the product was designed (its spec, seed plans, schemas and corpus). What the project
 * needs from there is copied in with its provenance (test/schemas/, test/fixtures/, docs/).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
// Built from parts so that this file does not match itself.
const OUTSIDE = ['..', 'shared'].join('/');
const ABSOLUTE = ['/work', 'shared'].join('/');

/** Files git tracks or would track (not ignored), so a new file is checked before its commit. */
function projectFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return out.split('\n').filter((f) => f && fs.existsSync(path.join(ROOT, f)));
}

function isText(bytes: Buffer): boolean {
  return !bytes.subarray(0, 8000).includes(0);
}

describe('the repository stands on its own', () => {
  it(`has no file that reads or points to ${OUTSIDE}`, () => {
    const files = projectFiles();
    expect(files.length).toBeGreaterThan(100);
    const offenders: string[] = [];
    for (const file of files) {
      const bytes = fs.readFileSync(path.join(ROOT, file));
      if (!isText(bytes)) continue;
      const text = bytes.toString('utf8');
      text.split('\n').forEach((line, i) => {
        if (line.includes(OUTSIDE) || line.includes(ABSOLUTE))
          offenders.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });

  it('keeps the manifest schemas it validates against', () => {
    const dir = path.join(ROOT, 'test', 'schemas', 'office-addin-manifest');
    expect(fs.readdirSync(dir).sort()).toEqual(
      expect.arrayContaining(['OfficeAppManifestV1_1.xsd', 'README.md']),
    );
  });
});
