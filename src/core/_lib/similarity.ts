import { foldLabel } from '../text/fold';

/** The folded words of a text, counted: what {@link textSimilarity} compares. */
export interface WordBag {
  readonly counts: ReadonlyMap<string, number>;
  /** The distinct words and their counts, as arrays: walked for every comparison. */
  readonly words: readonly string[];
  readonly wordCounts: readonly number[];
  /** Number of words, repeats included. */
  readonly size: number;
}

/**
 * @example wordBag('Rà soát, rà soát TTHC').counts.get('ra') // 2
 */
export function wordBag(text: string): WordBag {
  const counts = new Map<string, number>();
  let size = 0;
  for (const w of foldLabel(text).split(' ')) {
    if (w.length === 0) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
    size++;
  }
  return { counts, words: [...counts.keys()], wordCounts: [...counts.values()], size };
}

/** {@link textSimilarity} of two word bags (compute the bags once, compare many times). */
export function bagSimilarity(a: WordBag, b: WordBag): number {
  if (a === b) return 1; // one bag shared by equal texts: what the count below gives
  if (a.size === 0 && b.size === 0) return 1;
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  const { words, wordCounts } = b;
  for (let i = 0; i < words.length; i++)
    shared += Math.min(wordCounts[i]!, a.counts.get(words[i]!) ?? 0);
  return (2 * shared) / (a.size + b.size);
}

/**
 * How alike two texts are, from 0 to 1: the Dice coefficient of their folded words, so edited
 * wording ("Rà soát, đánh giá TTHC" / "Rà soát và đánh giá các TTHC") still scores high.
 * @example textSimilarity('Rà soát, đánh giá TTHC', 'rà soát đánh giá TTHC') // 1
 */
export function textSimilarity(a: string, b: string): number {
  return bagSimilarity(wordBag(a), wordBag(b));
}
