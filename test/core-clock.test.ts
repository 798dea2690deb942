/**
 * The core never reads the clock: "today" is the calendar day in Vietnam, computed once at the
 * edge (src/io/today.ts, for the command line and the pane) and passed in as the as-of date. A
 * `new Date()` or `Date.now()` in the core would judge deadlines in the machine's zone instead.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import path from 'path';

const coreDir = path.join(__dirname, '..', 'src', 'core');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [full] : [];
  });
}

const CLOCK = /\bnew\s+Date\s*\(\s*\)|\bnew\s+Date\b(?!\s*\()|\bDate\s*\.\s*now\s*\(/;

describe('the core never reads the clock', () => {
  const files = sources(coreDir);

  it('finds a clock read when there is one', () => {
    expect('const t = new Date();').toMatch(CLOCK);
    expect('const t = new Date;').toMatch(CLOCK);
    expect('Date.now()').toMatch(CLOCK);
    expect('new Date(Date.UTC(2024, 0, 1))').not.toMatch(CLOCK);
  });

  it.each(files.map((f) => [path.relative(coreDir, f), f]))('%s', (_name, file) => {
    const code = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(CLOCK);
  });
});
