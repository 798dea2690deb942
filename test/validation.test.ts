/**
 * The validation catalogue on real workbooks: every check fires at the cell where the fault is
 * (test/fixtures/validation.ts), and nothing else is raised as a warning or an error.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { formatIssue, issuePlace } from '../src/core/issues/messages';
import { ISSUE_CODES } from '../src/core/issues/types';
import { scanBook, type ScanResult } from '../src/core/scan';
import { readWorkbook } from '../src/io/xlsx/read';
import { EXPECTED_ISSUES, VALIDATION_AS_OF } from './fixtures/validation';

const dir = path.join(__dirname, 'fixtures', 'xlsx');
const files = [...new Set(EXPECTED_ISSUES.map((e) => e.file))];
const results = new Map<string, ScanResult>();

beforeAll(async () => {
  for (const file of files) {
    const book = await readWorkbook(readFileSync(path.join(dir, file)), file);
    results.set(file, scanBook(book, { asOf: VALIDATION_AS_OF }));
  }
});

describe('validation catalogue', () => {
  it.each(EXPECTED_ISSUES.map((e) => [e.code, `${e.sheet}!${e.cell}`, e] as const))(
    '%s at %s',
    (_code, _where, expected) => {
      const found = results
        .get(expected.file)!
        .issues.filter(
          (i) => i.code === expected.code && i.sheet === expected.sheet && i.cell === expected.cell,
        );
      expect(found).toHaveLength(1);
      const found0 = found[0]!;
      expect(found0.file).toBe(expected.file);
      // The message names the place and reads in both languages.
      expect(issuePlace(found0, 'vi')).toBe(
        `tệp ${expected.file}, trang ${expected.sheet}, ô ${expected.cell}`,
      );
      expect(formatIssue(found0, 'vi')).not.toBe(formatIssue(found0, 'en'));
    },
  );

  it.each(files)('%s raises no warning or error beyond the planted ones', (file) => {
    const planted = new Set(
      EXPECTED_ISSUES.filter((e) => e.file === file).map((e) => `${e.code}@${e.sheet}!${e.cell}`),
    );
    const extra = results
      .get(file)!
      .issues.filter((i) => i.severity !== 'info' && !planted.has(`${i.code}@${i.sheet}!${i.cell}`))
      .map((i) => `${i.code}@${i.sheet}!${i.cell}`);
    expect(extra).toEqual([]);
  });

  it('covers every check of the catalogue on a real workbook', () => {
    const onFiles = new Set(EXPECTED_ISSUES.map((e) => e.code));
    const elsewhere = new Set([
      // Tested on other fixtures: test/seed-fixtures.test.ts (structure) and src/cli/main.test.ts (input).
      'no-appendix-table',
      'empty-workbook',
      'repeated-header-skipped',
      'column-numbers-skipped',
      'continuation-joined',
      'missing-stt',
      // Consolidation of unit files: test/consolidate-demo.test.ts and src/cli/main.test.ts.
      'unit-not-identified',
      'unit-duplicate-file',
      'unit-file-other-plan',
      'unmatched-row',
      'report-conflict',
      'unit-file-unreadable',
      // Legacy TCVN3/VNI text: test/adversarial/adversarial.test.ts and src/core/text/legacy.test.ts.
      'legacy-encoding',
      // A unit name cut down to its kind word: the Government's programme (nq03-cp-2025.xlsx, D9)
      // in test/plans-other-levels.test.ts, and test/local-other-levels.test.ts.
      'unit-name-cut-off',
    ]);
    const uncovered = ISSUE_CODES.filter((c) => !onFiles.has(c) && !elsewhere.has(c));
    expect(uncovered).toEqual([]);
  });

  it('reads achievement from percent-formatted fractions and tử số/mẫu số', () => {
    const table = results.get('validation-indicators.xlsx')!.tables[0]!;
    expect(table.kind).toBe('indicators');
    if (table.kind !== 'indicators') return;
    const byKey = new Map(table.items.map((i) => [i.key, i]));
    expect(byKey.get('1')).toMatchObject({
      target: { op: '>=', value: 80 },
      actual: 85,
      achieved: true,
    });
    expect(byKey.get('8')).toMatchObject({
      target: { op: '>=', value: 100 },
      actual: 92,
      achieved: false,
    });
    expect(byKey.get('2')).toMatchObject({ target: null, actual: 50, achieved: null });
    expect(byKey.get('7')).toMatchObject({ actual: null, achieved: null });
  });
});
