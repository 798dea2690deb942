/**
 * Acceptance of the reading engine on the workbooks built from the seed plans
 * (scripts/build-fixtures.ts): every table, every key in order, and sampled rows checked against
 * the seed text (test/fixtures/expected.ts).
 */
import { readFileSync } from 'fs';
import path from 'path';
import type { IndicatorItem, TaskItem } from '../src/core/parse/model';
import { scanBook, type ScanResult } from '../src/core/scan';
import { unitKey } from '../src/core/units/roster';
import { readWorkbook, WorkbookReadError } from '../src/io/xlsx/read';
import { EXPECTED, type ExpectedItem } from './fixtures/expected';

const dir = path.join(__dirname, 'fixtures', 'xlsx');

async function scan(file: string): Promise<ScanResult> {
  return scanBook(await readWorkbook(readFileSync(path.join(dir, file)), file), {
    asOf: '2024-10-20',
  });
}

const stripLetter = (text: string) => text.replace(/^[a-zđ]\)\s*/, '');
// A parenthesis in a unit cell explains ("(phòng được giao chủ trì …)"); it names no unit.
const keys = (names: readonly string[]) => names.map((n) => unitKey(n.replace(/\([^)]*\)/g, ' ')));

function checkSample(item: TaskItem | IndicatorItem, expected: ExpectedItem): void {
  expect(item.key).toBe(expected.key);
  if (expected.stt) expect(item.stt).toBe(expected.stt);
  expect(item.sectionPath).toEqual(expected.sectionPath);
  const content = 'content' in item ? item.content : item.name;
  expect(content.replace(/\s+/g, ' ')).toContain(
    expected.contentStartsWith.replace(/\s+/g, ' ').trim(),
  );
  expect(content.startsWith(expected.contentStartsWith.trim().slice(0, 20))).toBe(true);
  expect(keys(item.lead)).toEqual(
    keys(expected.leadRoster?.map((r, i) => r ?? expected.lead[i]!) ?? expected.lead),
  );
  expect(keys(item.support)).toEqual(
    keys(expected.supportRoster?.map((r, i) => r ?? expected.support[i]!) ?? expected.support),
  );
  if ('deadlineText' in item) {
    expect(item.deadlineText).toBe(expected.deadlineText ?? '');
    if (expected.activityStartsWith)
      expect(item.activity ?? '').toContain(expected.activityStartsWith.trim());
    if (expected.objectiveStartsWith)
      expect(item.objective ?? '').toContain(expected.objectiveStartsWith.trim());
    if (expected.deliverableStartsWith)
      expect(item.deliverable ?? '').toContain(stripLetter(expected.deliverableStartsWith).trim());
    if (expected.budgetText) expect(item.budget).toBe(expected.budgetText);
    if (expected.noteText) expect(item.note).toBe(expected.noteText);
  } else {
    if (expected.group) expect(item.group).toBe(expected.group);
    if (expected.measureUnit) expect(item.unit).toBe(expected.measureUnit);
    if (expected.targetText) expect(item.targetText).toBe(expected.targetText);
  }
}

const tableFixtures = Object.values(EXPECTED).filter((f) => f.tables.length > 0);

describe.each(tableFixtures.map((f) => [f.file, f] as const))('%s', (file, fixture) => {
  let result: ScanResult;
  beforeAll(async () => {
    result = await scan(file);
  });

  it('finds every table, of the right kind, at the right header', () => {
    expect(
      result.tables.map((t) => [t.sheet, t.kind, t.header.top + 1, t.header.bottom + 1]),
    ).toEqual(
      fixture.tables.map((t) => [
        t.sheet,
        t.kind,
        t.headerRows[0],
        t.headerRows[t.headerRows.length - 1],
      ]),
    );
  });

  it('reads the plan year from the title', () => {
    if (fixture.planYears)
      expect(result.planYears).toEqual({ from: fixture.planYears[0], to: fixture.planYears[1] });
  });

  fixture.tables.forEach((expected, index) => {
    describe(`${expected.sheet} (${expected.kind}, header row ${expected.headerRows.join('–')})`, () => {
      it(`has ${expected.count} items with the keys of the seed, in order`, () => {
        const table = result.tables[index]!;
        expect(table.items.map((i) => i.key)).toEqual(expected.keys);
        expect(table.items).toHaveLength(expected.count);
      });

      it.each(expected.samples.map((s) => [s.key, s] as const))(
        'item %s matches the seed text',
        (key, sample) => {
          const item = result.tables[index]!.items.find((i) => i.key === key);
          expect(item).toBeDefined();
          checkSample(item!, sample);
        },
      );

      it('skips repeated headers, column numbers and blank rows, and says so', () => {
        const table = result.tables[index]!;
        const rowsOf = (code: string) =>
          result.issues
            .filter((i) => i.code === code && i.sheet === table.sheet && i.cell)
            .map((i) => Number(/\d+/.exec(i.cell!)![0]))
            .filter((row) => row > table.header.bottom && row <= table.lastRow + 1);
        if (expected.repeatedHeaderRows)
          expect(rowsOf('repeated-header-skipped')).toEqual(expected.repeatedHeaderRows);
        if (expected.continuationRows)
          expect(rowsOf('continuation-joined')).toEqual(expected.continuationRows);
        if (expected.columnNumberRow)
          expect(rowsOf('column-numbers-skipped')).toEqual([expected.columnNumberRow]);
        if (expected.blankRows) expect(rowsOf('blank-row')).toEqual(expected.blankRows);
      });

      it('keeps totals and notes out of the items', () => {
        const table = result.tables[index]!;
        const stops = [...(expected.totalsRows ?? []), ...(expected.noteRows ?? [])];
        for (const row of stops) expect(table.items.some((i) => i.row === row)).toBe(false);
        if (stops.length > 0) expect(table.lastRow).toBeLessThan(Math.min(...stops));
      });

      if (expected.groupKeys) {
        it('records numbered groups apart from tasks', () => {
          expect(result.tables[index]!.groups.map((g) => g.stt)).toEqual(expected.groupKeys);
        });
      }
    });
  });

  if (fixture.roster) {
    it('reads the roster sheet with its other names', () => {
      expect(result.roster.source).toBe('sheet');
      expect(result.roster.units).toEqual(fixture.roster!.units);
    });
  }
});

describe('workbooks without an appendix table', () => {
  it('says there is no appendix table in a plan kept as text', async () => {
    const result = await scan('seed004-no-appendix.xlsx');
    expect(result.tables).toHaveLength(0);
    expect(result.issues.map((i) => [i.code, i.file])).toEqual([
      ['no-appendix-table', 'seed004-no-appendix.xlsx'],
    ]);
  });

  it('says an empty workbook is empty', async () => {
    const result = await scan('empty.xlsx');
    expect(result.issues.map((i) => i.code)).toEqual(['empty-workbook']);
  });

  it('refuses a file that is not a workbook, without crashing', async () => {
    // Plain text with an .xlsx name: told from its bytes as a text/CSV file.
    await expect(
      readWorkbook(readFileSync(path.join(dir, 'not-a-workbook.xlsx')), 'not-a-workbook.xlsx'),
    ).rejects.toMatchObject({
      name: 'WorkbookReadError',
      failure: 'text-file',
    });
    expect(WorkbookReadError).toBeDefined();
  });
});

describe('clean plans raise no false alarms', () => {
  // What an officer should be told about each seed workbook, as of a date inside its plan.
  const allowed: Record<string, string[]> = {
    'seed000-indicators.xlsx': [],
    'seed001-tasks.xlsx': ['missing-stt@A51'],
    'seed003-tasks.xlsx': [],
    'variant-messy-tasks.xlsx': [],
    'variant-two-tables.xlsx': ['unknown-unit@D6'],
  };
  it.each(Object.entries(allowed))('%s', async (file, expected) => {
    const book = await readWorkbook(readFileSync(path.join(dir, file)), file);
    const result = scanBook(book, { asOf: '2024-10-20' });
    const raised = result.issues
      .filter((i) => i.severity !== 'info')
      .map((i) => `${i.code}@${i.cell}`);
    expect(raised).toEqual(expected);
  });
});
