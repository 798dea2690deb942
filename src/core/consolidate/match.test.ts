import fc from 'fast-check';
import type { AppendixTable, TaskItem } from '../parse/model';
import { referenceMatchRows } from './_test/match-reference';
import { matchRows, rowKeyOf, type PlanItem } from './match';

const WORDS = ['rà', 'soát', 'thủ', 'tục', 'hành', 'chính', 'số', 'hóa', 'hồ', 'sơ', 'và', 'TTHC'];

function task(key: string, content: string, rowKey?: string): TaskItem {
  return {
    key,
    stt: key,
    content,
    sectionPath: [],
    row: 1,
    lead: [],
    support: [],
    cells: {},
    deadlineText: '',
    deadline: { kind: 'missing', due: [] },
    ...(rowKey ? { rowKey } : {}),
  };
}

function table(sheet: string, items: TaskItem[]): AppendixTable {
  return {
    kind: 'tasks',
    sheet,
    header: { kind: 'tasks', top: 0, bottom: 0, left: 0, right: 4, columns: [] },
    headerRange: 'A1:E1',
    lastRow: items.length + 1,
    sections: [],
    groups: [],
    items,
  };
}

/** What a match says, comparable between two runs over the same objects. */
function outcome(
  plan: readonly AppendixTable[],
  unit: AppendixTable,
  m: ReturnType<typeof matchRows>,
) {
  const planItems = plan.flatMap((t): readonly PlanItem[] => t.items);
  return unit.items.map((u) => {
    const r = m.get(u);
    if (!r) return 'none';
    return r.kind === 'matched' ? `${r.by}:${planItems.indexOf(r.plan.item)}` : r.reason;
  });
}

const text = fc.array(fc.constantFrom(...WORDS, ''), { maxLength: 6 }).map((w) => w.join(' '));
const key = fc.constantFrom('1', '2', '3', 'I/1', 'I/2');

describe('matchRows', () => {
  it('gives the same matches as the original quadratic matcher', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, text), { maxLength: 12 }),
        fc.array(fc.tuple(key, text, fc.boolean()), { maxLength: 12 }),
        fc.boolean(),
        (planRows, unitRows, sameSheet) => {
          const plan = [
            table(
              'PL1',
              planRows.map(([k, t]) => task(k, t)),
            ),
          ];
          const unit = table(
            sameSheet ? 'PL1' : 'Khác',
            unitRows.map(([k, t, keyed]) => task(k, t, keyed ? rowKeyOf('PL1', k) : undefined)),
          );
          expect(outcome(plan, unit, matchRows(plan, unit))).toEqual(
            outcome(plan, unit, referenceMatchRows(plan, unit)),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('matches 60 renumbered rows against 2,000 plan rows quickly (no pair-by-pair scoring)', () => {
    const plan = [
      table(
        'PL1',
        Array.from({ length: 2000 }, (_, i) =>
          task(String(i + 1), `Nhiệm vụ số ${i + 1} rà soát TTHC đợt ${i}`),
        ),
      ),
    ];
    const unit = table(
      'PL1',
      Array.from({ length: 60 }, (_, i) =>
        task(String(5000 + i), `Nhiệm vụ số ${i * 30 + 1} rà soát TTHC đợt ${i * 30}`),
      ),
    );
    const m = matchRows(plan, unit);
    expect(unit.items.every((u) => m.get(u)?.kind === 'matched')).toBe(true);
  });
});
