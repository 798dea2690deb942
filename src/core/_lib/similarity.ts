import { foldLabel } from '../text/fold';

function words(text: string): string[] {
  return foldLabel(text)
    .split(' ')
    .filter((w) => w.length > 0);
}

/**
 * How alike two texts are, from 0 to 1: the Dice coefficient of their folded words, so edited
 * wording ("Rà soát, đánh giá TTHC" / "Rà soát và đánh giá các TTHC") still scores high.
 * @example textSimilarity('Rà soát, đánh giá TTHC', 'rà soát đánh giá TTHC') // 1
 */
export function textSimilarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 && wb.length === 0) return 1;
  if (wa.length === 0 || wb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (wa.length + wb.length);
}
