import { boundedMemo } from '../_lib/memo';
import { bagSimilarity, wordBag, type WordBag } from '../_lib/similarity';
import type { AppendixTable, IndicatorItem, TaskItem } from '../parse/model';

export type PlanItem = TaskItem | IndicatorItem;

export interface PlanRef {
  readonly table: AppendixTable;
  readonly item: PlanItem;
}

/** The hidden key PhuLuc writes in templates: the plan sheet and the item's key. */
export function rowKeyOf(sheet: string, key: string): string {
  return `${sheet}!${key}`;
}

function describe(item: PlanItem): string {
  if (!('content' in item)) return `${item.name} ${item.unit}`;
  // Most tasks have only their content: the cell's own string is the key (no joined copy to
  // build and hash for every row of every unit); spaces do not change the words.
  if (!item.activity && !item.deliverable) return item.content;
  return [item.content, item.activity ?? '', item.deliverable ?? ''].join(' ');
}

/**
 * Each item's words, per item (state of the scan's own items): a plan's rows are compared with
 * every unit's copy. Units send the plan's own wording back, so items with the same text share
 * one bag. Removing the text memo: scan+consolidate (b) 2.63×, A/B 2026-12-04.
 */
const bags = new WeakMap<PlanItem, WordBag>();
const bagOfText = boundedMemo(wordBag, { limit: 20_000, maxKeyLength: 2_000 });
function bagOf(item: PlanItem): WordBag {
  let bag = bags.get(item);
  if (!bag) {
    bag = bagOfText(describe(item));
    bags.set(item, bag);
  }
  return bag;
}

/**
 * What is computed once per plan and kind, not once per unit (a plan is matched against every
 * unit's copy): the candidates, the word index, and for each unit text already seen, the
 * candidates that reach the text threshold with their exact scores.
 */
interface PlanIndex {
  readonly candidates: readonly PlanRef[];
  /** Word → [candidate, count, candidate, count, …]: the candidates whose text has it. */
  readonly byWord: Map<string, number[]>;
  readonly sizes: readonly number[];
  /** Scratch: shared words per candidate while one text is looked up (left all zero). */
  readonly counted: Int32Array;
  readonly byRowKey: Map<string, PlanRef[]>;
  /** By sheet name: the STT-key index of that sheet's candidates (all candidates if none). */
  readonly byKeyBySheet: Map<string, Map<string, PlanRef[]>>;
  /** A unit row's bag → candidates (by position) reaching TEXT_MIN, and their scores. */
  readonly textCandidates: WeakMap<WordBag, { readonly at: number[]; readonly score: number[] }>;
}

/** Per plan tables array: the index lives as long as the plan's scan, not as a global. */
const indexes = new WeakMap<readonly AppendixTable[], Map<string, PlanIndex>>();
function planIndex(plan: readonly AppendixTable[], kind: string): PlanIndex {
  let byKind = indexes.get(plan);
  if (!byKind) indexes.set(plan, (byKind = new Map()));
  let index = byKind.get(kind);
  if (!index) {
    const candidates: PlanRef[] = plan
      .filter((t) => t.kind === kind)
      .flatMap((table) => table.items.map((item) => ({ table, item })));
    const byWord = new Map<string, number[]>();
    for (const [at, c] of candidates.entries()) {
      for (const [w, n] of bagOf(c.item).counts) {
        const list = byWord.get(w);
        if (list) list.push(at, n);
        else byWord.set(w, [at, n]);
      }
    }
    index = {
      candidates,
      byWord,
      sizes: candidates.map((c) => bagOf(c.item).size),
      counted: new Int32Array(candidates.length),
      byRowKey: indexBy(candidates, (c) => rowKeyOf(c.table.sheet, c.item.key)),
      byKeyBySheet: new Map(),
      textCandidates: new WeakMap(),
    };
    byKind.set(kind, index);
  }
  return index;
}

function byKeyFor(index: PlanIndex, sheet: string): Map<string, PlanRef[]> {
  let byKey = index.byKeyBySheet.get(sheet);
  if (!byKey) {
    const sameSheet = index.candidates.filter((c) => c.table.sheet === sheet);
    byKey = indexBy(sameSheet.length > 0 ? sameSheet : index.candidates, (c) => c.item.key);
    index.byKeyBySheet.set(sheet, byKey);
  }
  return byKey;
}

/** Items by a key, in plan order. */
function indexBy(refs: readonly PlanRef[], key: (r: PlanRef) => string): Map<string, PlanRef[]> {
  const index = new Map<string, PlanRef[]>();
  for (const r of refs) {
    const k = key(r);
    const list = index.get(k);
    if (list) list.push(r);
    else index.set(k, [r]);
  }
  return index;
}

/** Below this, two texts are not the same task even when their STT agree. */
const SAME_KEY_MIN = 0.5;
/** A row matched by its text alone must be this close, and clearly closer than the runner-up. */
const TEXT_MIN = 0.6;
const TEXT_MARGIN = 0.08;

export type MatchResult =
  | { readonly kind: 'matched'; readonly plan: PlanRef; readonly by: 'row-key' | 'key' | 'text' }
  | { readonly kind: 'unmatched'; readonly reason: 'no-match' | 'ambiguous' };

/**
 * Matches the rows of a unit's copy to the plan: by the hidden template key, then by STT key
 * (when the texts still agree), then by the closest text. Each plan row takes one unit row.
 * Robust to reordered rows and sections, edited wording, inserted and deleted rows, renamed sheets.
 * @example matchRows(planTables, unitTable).get(unitItem) // { kind: 'matched', by: 'text', plan: … }
 */
export function matchRows(
  plan: readonly AppendixTable[],
  unit: AppendixTable,
): Map<PlanItem, MatchResult> {
  const index = planIndex(plan, unit.kind);
  const { candidates } = index;
  const taken = new Set<PlanItem>();
  const result = new Map<PlanItem, MatchResult>();
  const unitItems: readonly PlanItem[] = unit.items;

  const take = (u: PlanItem, ref: PlanRef, by: 'row-key' | 'key' | 'text') => {
    taken.add(ref.item);
    result.set(u, { kind: 'matched', plan: ref, by });
  };

  for (const u of unitItems) {
    if (!u.rowKey) continue;
    const ref = index.byRowKey.get(u.rowKey)?.find((c) => !taken.has(c.item));
    if (ref) take(u, ref, 'row-key');
  }
  const byKey = byKeyFor(index, unit.sheet);
  for (const u of unitItems) {
    if (result.has(u)) continue;
    const ref = byKey.get(u.key)?.find((c) => !taken.has(c.item));
    if (ref && bagSimilarity(bagOf(ref.item), bagOf(u)) >= SAME_KEY_MIN) take(u, ref, 'key');
  }

  // By text: the candidates a text can reach TEXT_MIN with do not depend on what is taken, so
  // they are found once per distinct text (see textCandidates) and filtered here.
  for (const u of unitItems) {
    if (result.has(u)) continue;
    const bag = bagOf(u);
    let found = index.textCandidates.get(bag);
    if (!found) index.textCandidates.set(bag, (found = textCandidates(index, bag)));
    // The two best free candidates; on equal scores the earlier one, as a stable sort keeps.
    let best = -1;
    let bestScore = -1;
    let second = -1;
    let secondScore = -1;
    for (let i = 0; i < found.at.length; i++) {
      const at = found.at[i]!;
      if (taken.has(candidates[at]!.item)) continue;
      const score = found.score[i]!;
      if (score > bestScore || (score === bestScore && at < best)) {
        second = best;
        secondScore = bestScore;
        best = at;
        bestScore = score;
      } else if (score > secondScore || (score === secondScore && at < second)) {
        second = at;
        secondScore = score;
      }
    }
    if (best < 0 || bestScore < TEXT_MIN) result.set(u, { kind: 'unmatched', reason: 'no-match' });
    else if (second >= 0 && bestScore - secondScore < TEXT_MARGIN && secondScore >= TEXT_MIN) {
      result.set(u, { kind: 'unmatched', reason: 'ambiguous' });
    } else take(u, candidates[best]!, 'text');
  }
  return result;
}

/**
 * The candidates a text can reach TEXT_MIN with, and their exact scores. A row reaches it only
 * with candidates that share enough of its words: its most common words are left out of the
 * count as long as the others must still be shared ("prefix filtering"); the rest are counted
 * through the index, and only candidates whose bound still reaches TEXT_MIN are scored exactly.
 */
function textCandidates(index: PlanIndex, bag: WordBag): { at: number[]; score: number[] } {
  const { candidates, byWord, sizes } = index;
  const found: number[] = [];
  if (bag.size === 0) {
    candidates.forEach((c, at) => {
      if (bagOf(c.item).size === 0) found.push(at);
    });
  } else {
    // Dice ≥ TEXT_MIN needs shared ≥ TEXT_MIN / 2 × (|c| + |u|) ≥ TEXT_MIN / 2 × (1 + |u|).
    const need = (TEXT_MIN / 2) * (1 + bag.size);
    const words = [...bag.counts].sort(
      (a, b) => (byWord.get(b[0])?.length ?? 0) - (byWord.get(a[0])?.length ?? 0),
    );
    const { counted } = index;
    const touched: number[] = [];
    let skipped = 0;
    for (const [w, n] of words) {
      if (skipped + n < need) {
        skipped += n;
        continue;
      }
      const list = byWord.get(w) ?? [];
      for (let i = 0; i < list.length; i += 2) {
        const at = list[i]!;
        if (counted[at] === 0) touched.push(at);
        counted[at]! += Math.min(n, list[i + 1]!);
      }
    }
    for (const at of touched) {
      const bound = (2 * (counted[at]! + skipped)) / (sizes[at]! + bag.size);
      counted[at] = 0;
      if (bound >= TEXT_MIN) found.push(at);
    }
  }
  const score = found.map((at) => bagSimilarity(bagOf(candidates[at]!.item), bag));
  return { at: found, score };
}
