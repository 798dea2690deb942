/**
 * Round trip of `phuluc templates`: write the templates of a plan, fill them in as a unit would,
 * read them back, and merge them into the plan. Every row must come back by its hidden key.
 */
import { fakeIo } from './_lib/fake-io';
import ExcelJS from 'exceljs';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../src/cli/main';
import { consolidate } from '../src/core/consolidate/consolidate';
import { matchRows, rowKeyOf } from '../src/core/consolidate/match';
import type { Deadline, IndicatorItem, TaskItem } from '../src/core/parse/model';
import { scanBook, type ScanResult } from '../src/core/scan';
import { readWorkbook } from '../src/io/xlsx/read';

const fixtures = path.join(__dirname, 'fixtures', 'xlsx');
const KEY_LABEL = 'Mã dòng (PhuLuc)';

/** exceljs keeps a sheet's protection on the worksheet but leaves it out of its types. */
const sheetProtection = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { sheetProtection?: Record<string, unknown> }).sheetProtection;

async function scanFile(file: string, asOf: string): Promise<ScanResult> {
  const bytes = new Uint8Array(readFileSync(file));
  return scanBook(await readWorkbook(bytes, path.basename(file)), { asOf });
}

/** What a unit reports for a task, the same from every unit so that leads never conflict. */
interface TaskFill {
  readonly status: string;
  readonly date?: string;
  readonly expected: string;
}

function taskFill(deadline: Deadline, asOf: string): TaskFill {
  const first = deadline.due[0];
  if ((deadline.kind === 'date' || deadline.kind === 'recurring') && first && first <= asOf)
    return { status: 'Đã hoàn thành', date: first, expected: 'completed-on-time' };
  if (deadline.kind === 'on-demand')
    return { status: 'Không phát sinh', expected: 'not-applicable' };
  return { status: 'Đang thực hiện', expected: 'in-progress' };
}

const evidenceOf = (key: string) => `=QĐ số ${key.replace(/\W/g, '')}/QĐ-SKHCN`;
const resultOf = (key: string) => `Đã triển khai nhiệm vụ ${key}`;

interface Located {
  readonly table: 'tasks' | 'indicators';
  readonly item: TaskItem | IndicatorItem;
}

/** The plan items by their hidden key, with the kind of their table. */
function planByRowKey(plan: ScanResult): Map<string, Located[]> {
  const map = new Map<string, Located[]>();
  for (const t of plan.tables) {
    for (const item of t.items) {
      const k = rowKeyOf(t.sheet, item.key);
      map.set(k, [...(map.get(k) ?? []), { table: t.kind, item }]);
    }
  }
  return map;
}

/** Fills every item row of every table of a template, as a unit officer would. */
function fill(ws: ExcelJS.Worksheet, plan: Map<string, Located[]>, asOf: string): number {
  let filled = 0;
  const cols = new Map<string, number>();
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const labels = new Map<string, number>();
    row.eachCell((cell, c) => {
      labels.set(cell.text, c);
    });
    if (labels.has(KEY_LABEL)) {
      cols.clear();
      for (const [label, c] of labels) cols.set(label, c);
      continue;
    }
    const keyCol = cols.get(KEY_LABEL);
    const key = keyCol ? ws.getCell(r, keyCol).text : '';
    if (!key) continue;
    const kind = cols.has('Tình trạng') ? 'tasks' : 'indicators';
    const located = plan.get(key)?.find((l) => l.table === kind);
    if (!located) throw new Error(`row ${r} of ${ws.name}: no plan item for ${key}`);
    const set = (label: string, value: ExcelJS.CellValue) =>
      (ws.getCell(r, cols.get(label)!).value = value);
    if (kind === 'tasks') {
      const f = taskFill((located.item as TaskItem).deadline, asOf);
      set('Tình trạng', f.status);
      if (f.date) set('Ngày hoàn thành', new Date(`${f.date}T00:00:00Z`));
      set('Kết quả thực hiện', resultOf(key));
      set('Minh chứng', evidenceOf(key));
    } else if ((located.item as IndicatorItem).unit === '%') {
      set('Kết quả thực hiện', 90);
      set('Tử số', 45);
      set('Mẫu số', 50);
    } else {
      set('Kết quả thực hiện', 3);
    }
    filled++;
  }
  return filled;
}

describe.each([
  ['seed003-tasks.xlsx', '2025-10-20', 3],
  ['variant-two-tables.xlsx', '2025-10-20', 6],
])('phuluc templates round trip: %s', (fixture, asOf, unitCount) => {
  let dir: string;
  let plan: ScanResult;
  let byKey: Map<string, Located[]>;
  const units: { unit: string; file: string; scan: ScanResult; filled: number }[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'phuluc-templates-'));
    const planPath = path.join(fixtures, fixture);
    const io = fakeIo(asOf);
    const code = await main(['templates', '--plan', planPath, '--out-dir', dir, '--json'], io);
    expect(code).toBe(0);
    expect(io.stderr).toBe('');
    const json = JSON.parse(io.stdout) as {
      plan: string;
      outDir: string;
      templates: { unit: string; file: string; tasks: number; indicators: number }[];
    };
    expect(json.plan).toBe(planPath);
    expect(json.outDir).toBe(dir);
    expect(readdirSync(dir).sort()).toEqual(json.templates.map((t) => t.file).sort());

    plan = await scanFile(planPath, asOf);
    byKey = planByRowKey(plan);
    expect(json.templates.map((t) => t.unit)).toEqual(plan.roster.units.map((u) => u.name));

    for (const t of json.templates) {
      const file = path.join(dir, t.file);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      let filled = 0;
      for (const ws of wb.worksheets) filled += fill(ws, byKey, asOf);
      expect(filled).toBe(t.tasks + t.indicators);
      await wb.xlsx.writeFile(file);
      units.push({ unit: t.unit, file: t.file, scan: await scanFile(file, asOf), filled });
    }
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes one template per roster unit', () => {
    expect(units).toHaveLength(unitCount);
    expect(units.every((u) => u.filled > 0)).toBe(true);
  });

  it('protects the sheets, validates the report cells and hides the key column', async () => {
    // A fresh set, as written (before any filling).
    const fresh = mkdtempSync(path.join(os.tmpdir(), 'phuluc-templates-'));
    try {
      await main(
        ['templates', '--plan', path.join(fixtures, fixture), '--out-dir', fresh],
        fakeIo(asOf),
      );
      for (const name of readdirSync(fresh)) {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(path.join(fresh, name));
        for (const ws of wb.worksheets) {
          expect(sheetProtection(ws)).toMatchObject({ sheet: true });
          let keyCol = 0;
          let statusCol = 0;
          let resultCol = 0;
          let checked = 0;
          ws.eachRow((row, r) => {
            const labels = new Map<string, number>();
            row.eachCell((cell, c) => {
              labels.set(cell.text, c);
            });
            if (labels.has(KEY_LABEL)) {
              // A header: the columns of the table below it.
              keyCol = labels.get(KEY_LABEL)!;
              statusCol = labels.get('Tình trạng') ?? 0;
              resultCol = labels.get('Kết quả thực hiện') ?? 0;
            }
            const key = keyCol ? ws.getCell(r, keyCol).text : '';
            if (!key || key === KEY_LABEL) return;
            expect(ws.getCell(r, 1).protection?.locked).not.toBe(false);
            expect(ws.getCell(r, resultCol).protection).toMatchObject({ locked: false });
            if (statusCol && ws.getCell(r, statusCol).dataValidation) {
              expect(ws.getCell(r, statusCol).dataValidation.type).toBe('list');
              checked++;
            }
          });
          expect(keyCol).toBeGreaterThan(0);
          expect(ws.getColumn(keyCol).hidden).toBe(true);
          if (statusCol) expect(checked).toBeGreaterThan(0);
        }
      }
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  it('names the unit in the "Đơn vị báo cáo" line', () => {
    for (const u of units) expect(u.scan.reportingUnit?.text).toBe(u.unit);
  });

  it('keys every row of every unit to a plan item of the same kind', () => {
    for (const u of units) {
      const items = u.scan.tables.flatMap((t) => t.items.map((item) => ({ kind: t.kind, item })));
      expect(items).toHaveLength(u.filled);
      for (const { kind, item } of items) {
        expect(item.rowKey).toBeDefined();
        const located = byKey.get(item.rowKey!)?.find((l) => l.table === kind);
        expect(located).toBeDefined();
      }
    }
  });

  it('reads back what the unit filled in, the "=" evidence as text', () => {
    for (const u of units) {
      for (const t of u.scan.tables) {
        for (const item of t.items) {
          const planItem = byKey.get(item.rowKey!)!.find((l) => l.table === t.kind)!.item;
          if (t.kind === 'tasks') {
            const task = item as TaskItem;
            const f = taskFill((planItem as TaskItem).deadline, asOf);
            expect(task.report?.status).toBe(f.status);
            expect(task.completedOn).toBe(f.date);
            expect(task.report?.evidence).toBe(evidenceOf(item.rowKey!));
            expect(task.report?.actual).toBe(resultOf(item.rowKey!));
          } else {
            const ind = item as IndicatorItem;
            if ((planItem as IndicatorItem).unit === '%') {
              expect([ind.numerator, ind.denominator, ind.actual]).toEqual([45, 50, 90]);
            } else {
              expect(ind.actual).toBe(3);
            }
          }
        }
      }
      const reportProblems = u.scan.issues.filter((i) =>
        [
          'status-unknown',
          'completion-date-unparsed',
          'completion-after-as-of',
          'completion-before-plan',
          'actual-not-number',
          'formula-error',
        ].includes(i.code),
      );
      expect(reportProblems).toEqual([]);
    }
  });

  it('matches every row by its hidden key, and the consolidation judges what was filled', () => {
    for (const u of units) {
      for (const t of u.scan.tables) {
        const matches = matchRows(plan.tables, t);
        for (const item of t.items) {
          const m = matches.get(item);
          expect(m).toMatchObject({ kind: 'matched', by: 'row-key' });
          if (m?.kind === 'matched')
            expect(rowKeyOf(m.plan.table.sheet, m.plan.item.key)).toBe(item.rowKey);
        }
      }
    }

    const result = consolidate(
      plan,
      units.map((u) => ({ file: u.file, scan: u.scan })),
      { asOf },
    );
    expect(result.unmatched).toEqual([]);
    const roster = new Set(plan.roster.units.map((u) => u.name));
    const expected = (task: (typeof result.tasks)[number]) =>
      task.lead.some((l) => roster.has(l))
        ? taskFill(task.deadline, asOf).expected
        : 'not-reported';
    expect(result.tasks.map((t) => [t.key, t.status])).toEqual(
      result.tasks.map((t) => [t.key, expected(t)]),
    );
    expect(result.tasks.some((t) => t.status === 'completed-on-time')).toBe(true);
    for (const ind of result.indicators) {
      const planItem = plan.tables
        .flatMap((t) => (t.kind === 'indicators' ? t.items : []))
        .find((i) => i.key === ind.key)!;
      expect(ind.actual).toBe(planItem.unit === '%' ? 90 : 3);
    }
  });
});
