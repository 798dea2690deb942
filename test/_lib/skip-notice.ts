/**
 * Notices of tests skipped because a system binary or font is missing. Jest prints a skipped
 * file's console output only when that file runs alone, so each notice is also written to a
 * file that the reporter in skip-reporter.js repeats at the end of the run, where it is seen.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CHROMIUM } from './chromium';

export const SKIP_LOG = path.resolve(__dirname, '..', '..', 'test-artifacts', 'skipped-tests.txt');

/** Says loudly that tests are skipped, and why. */
export function announceSkip(notice: string): void {
  console.warn(`\n⚠️  ${notice}\n`);
  fs.mkdirSync(path.dirname(SKIP_LOG), { recursive: true });
  fs.appendFileSync(SKIP_LOG, `${notice.trim()}\n`);
}

/**
 * The `describe` of a test file that needs system binaries: `describe` when none is missing;
 * otherwise `describe.skip` with a loud notice, except under PHULUC_REQUIRE_BINARIES=1 (CI),
 * where the suite runs and fails on the missing binary.
 */
export function suiteNeeding(
  file: string,
  missing: readonly string[],
  install: string,
): jest.Describe {
  if (missing.length === 0) return describe;
  if (process.env.PHULUC_REQUIRE_BINARIES === '1') return describe;
  announceSkip(
    `${file} SKIPPED: missing ${missing.join(', ')}. Install: ${install} ` +
      '(set PHULUC_REQUIRE_BINARIES=1 to make this a failure)',
  );
  return describe.skip;
}

/**
 * The `describe` of a browser test file: skipped with a loud notice when Chromium is absent
 * (a failure under PHULUC_REQUIRE_BINARIES=1).
 */
export function chromiumSuite(file: string): jest.Describe {
  const missing = fs.existsSync(CHROMIUM) ? [] : [CHROMIUM];
  return suiteNeeding(file, missing, 'apt-get install chromium');
}
