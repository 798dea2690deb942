import { foldVietnamese } from '../text/fold';

/** What a unit says it did with a task (DOMAIN.md §4, status words). */
export type StatusWord = 'done' | 'in-progress' | 'not-started' | 'not-applicable';

// Ordered: "chưa hoàn thành" must be read before "hoàn thành".
const PATTERNS: ReadonlyArray<readonly [RegExp, StatusWord]> = [
  [/^khong (thuc hien )?\(?khong phat sinh\)?$|^khong phat sinh$/, 'not-applicable'],
  [/^chua (thuc hien|trien khai|hoan thanh|bat dau)$/, 'not-started'],
  [/^dang (thuc hien|trien khai)$/, 'in-progress'],
  [/^(da )?hoan thanh( dung han| dung tien do| tre han| cham| 100%)?$/, 'done'],
];

/**
 * Reads a status cell; undefined for words the product does not know (an issue for the officer).
 * @example readStatusWord('Đã hoàn thành') // 'done'
 * @example readStatusWord('Chưa hoàn thành') // 'not-started'
 * @example readStatusWord('Không thực hiện (không phát sinh)') // 'not-applicable'
 */
export function readStatusWord(text: string): StatusWord | undefined {
  const folded = foldVietnamese(text)
    .replace(/[.;,!]+$/, '')
    .trim();
  for (const [pattern, word] of PATTERNS) if (pattern.test(folded)) return word;
  return undefined;
}
