// @ts-check
/**
 * A jest reporter that repeats, after the summary, every notice of tests skipped for a missing
 * binary or font (test/_lib/skip-notice.ts), so a run that skipped them says so at its end.
 */
const fs = require('node:fs');
const path = require('node:path');

const SKIP_LOG = path.resolve(__dirname, '..', '..', 'test-artifacts', 'skipped-tests.txt');

class SkipReporter {
  onRunStart() {
    fs.rmSync(SKIP_LOG, { force: true });
  }

  onRunComplete() {
    if (!fs.existsSync(SKIP_LOG)) return;
    const notices = [...new Set(fs.readFileSync(SKIP_LOG, 'utf8').split('\n').filter(Boolean))];
    if (notices.length === 0) return;
    process.stderr.write(
      `\n⚠️  Kiểm thử bị bỏ qua vì máy thiếu chương trình hoặc phông / ` +
        `Tests skipped because this machine lacks a program or font:\n` +
        notices.map((n) => `   - ${n.replace(/\n\s*/g, ' ')}`).join('\n') +
        '\n   (PHULUC_REQUIRE_BINARIES=1 makes these failures; README, "Tests and CI")\n\n',
    );
  }
}

module.exports = SkipReporter;
