// The matcher as it was before the word index (commit 08124cc), kept to check the faster one against.
import { textSimilarity } from '../../_lib/similarity';
import type { AppendixTable } from '../../parse/model';
import { rowKeyOf, type MatchResult, type PlanItem, type PlanRef } from '../match';

function describe(item: PlanItem): string {
  return 'content' in item
    ? [item.content, item.activity ?? '', item.deliverable ?? ''].join(' ')
    : `${item.name} ${item.unit}`;
}

/** Below this, two texts are not the same task even when their STT agree. */
const SAME_KEY_MIN = 0.5;
/** A row matched by its text alone must be this close, and clearly closer than the runner-up. */
const TEXT_MIN = 0.6;
const TEXT_MARGIN = 0.08;

/**
 * Matches the rows of a unit's copy to the plan: by the hidden template key, then by STT key
 * (when the texts still agree), then by the closest text. Each plan row takes one unit row.
 * Robust to reordered rows and sections, edited wording, inserted and deleted rows, renamed sheets.
 * @example matchRows(planTables, unitTable).get(unitItem) // { kind: 'matched', by: 'text', plan: … }
 */
export function referenceMatchRows(
  plan: readonly AppendixTable[],
  unit: AppendixTable,
): Map<PlanItem, MatchResult> {
  const candidates: PlanRef[] = plan
    .filter((t) => t.kind === unit.kind)
    .flatMap((table) => table.items.map((item) => ({ table, item })));
  const sameSheet = candidates.filter((c) => c.table.sheet === unit.sheet);
  const byKeyPool = sameSheet.length > 0 ? sameSheet : candidates;
  const taken = new Set<PlanItem>();
  const result = new Map<PlanItem, MatchResult>();
  const unitItems: PlanItem[] = [...unit.items];

  const take = (u: PlanItem, ref: PlanRef, by: 'row-key' | 'key' | 'text') => {
    taken.add(ref.item);
    result.set(u, { kind: 'matched', plan: ref, by });
  };

  for (const u of unitItems) {
    if (!u.rowKey) continue;
    const ref = candidates.find(
      (c) => !taken.has(c.item) && rowKeyOf(c.table.sheet, c.item.key) === u.rowKey,
    );
    if (ref) take(u, ref, 'row-key');
  }
  for (const u of unitItems) {
    if (result.has(u)) continue;
    const ref = byKeyPool.find((c) => !taken.has(c.item) && c.item.key === u.key);
    if (ref && textSimilarity(describe(ref.item), describe(u)) >= SAME_KEY_MIN) take(u, ref, 'key');
  }
  for (const u of unitItems) {
    if (result.has(u)) continue;
    const scored = candidates
      .filter((c) => !taken.has(c.item))
      .map((c) => ({ c, score: textSimilarity(describe(c.item), describe(u)) }))
      .sort((a, b) => b.score - a.score);
    const best = scored[0];
    const second = scored[1];
    if (!best || best.score < TEXT_MIN) result.set(u, { kind: 'unmatched', reason: 'no-match' });
    else if (second && best.score - second.score < TEXT_MARGIN && second.score >= TEXT_MIN) {
      result.set(u, { kind: 'unmatched', reason: 'ambiguous' });
    } else take(u, best.c, 'text');
  }
  return result;
}
