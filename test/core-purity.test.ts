/**
 * The core runs in Node, in the browser and inside Excel: it must import nothing from Node, the
 * DOM, Office or I/O libraries. ESLint enforces this while editing; this test fails the build
 * even if the lint config is changed.
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

const ALLOWED_PACKAGES = new Set(['zod']);
const FORBIDDEN_GLOBALS =
  /\b(window|document|navigator|localStorage|process|Buffer|require|__dirname|Office|Excel)\s*[.(]/;

describe('the core is pure', () => {
  const files = sources(coreDir);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [path.relative(coreDir, f), f]))(
    '%s imports only the core and zod',
    (_name, file) => {
      const text = readFileSync(file, 'utf8');
      const specifiers = [
        ...text.matchAll(
          /(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
        ),
      ].map((m) => m[1] ?? m[2]!);
      for (const spec of specifiers) {
        if (spec.startsWith('.')) {
          const target = path.resolve(path.dirname(file), spec);
          expect(target.startsWith(coreDir)).toBe(true);
        } else {
          expect(ALLOWED_PACKAGES.has(spec)).toBe(true);
        }
      }
      const code = text
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''")
        .replace(/\/\/.*$/gm, '');
      expect(code).not.toMatch(FORBIDDEN_GLOBALS);
    },
  );
});
