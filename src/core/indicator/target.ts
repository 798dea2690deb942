import type { Cell } from '../grid/types';
import { foldVietnamese } from '../text/fold';
import { hasPercentFormat, parseNumberText, toPercent } from './_lib/number';

/** An indicator's target (DOMAIN.md §3), in the indicator's unit ("%" dropped). */
export type Target =
  | { readonly op: '>=' | '>' | '<=' | '<'; readonly value: number }
  | { readonly op: 'range'; readonly min: number; readonly max: number };

type Op = '>=' | '>' | '<=' | '<';

/** Words before the number, folded (no diacritics, lower case), and the comparison they mean. */
const PREFIX_OPS: ReadonlyMap<string, Op> = new Map<string, Op>([
  ...[
    '',
    'toi thieu',
    'it nhat',
    'tu',
    'dat',
    'dat toi thieu',
    'dat it nhat',
    'toi thieu dat',
    'it nhat dat',
    'khong duoi',
    'khong thap hon',
    'khong it hon',
    'bang hoac lon hon',
    'lon hon hoac bang',
    '>=',
    '≥',
    '=>',
    '=',
  ].map((p) => [p, '>='] as const),
  ...['tren', 'hon', 'lon hon', 'cao hon', 'nhieu hon', 'vuot', '>'].map((p) => [p, '>'] as const),
  ...[
    'toi da',
    'khong qua',
    'khong vuot qua',
    'khong hon',
    'khong lon hon',
    'khong cao hon',
    'khong nhieu hon',
    'nho hon hoac bang',
    'be hon hoac bang',
    '<=',
    '≤',
    '=<',
  ].map((p) => [p, '<='] as const),
  ...['duoi', 'it hon', 'nho hon', 'be hon', 'thap hon', '<'].map((p) => [p, '<'] as const),
]);

/** One number, "%" optional: "80", "85,5 %", "1.234". */
const NUM = '(\\d[\\d.,]*)\\s*(%?)';

/**
 * Reads a target cell (text or number); `undefined` when it cannot be read, and the indicator is
 * then shown but not judged. A number cell is a `>=` target (a percent-formatted cell holds the
 * fraction: 1 → 100). In text, case, diacritics and spaces do not matter, a decimal comma is
 * read ("85,5") and a trailing note in parentheses is ignored ("Tối thiểu 80 (tử số/mẫu số)").
 * Text with other words ("100% TTHC được niêm yết", "Tăng so với năm trước") is not a target.
 * A dot followed by exactly three digits is a thousands separator unless the number has "%"
 * ("2.500" → 2500, "85.5" → 85.5, "1.234%" → 1.234); a range whose min exceeds its max is unread.
 * @example parseTarget({ value: 'Tối thiểu 80%' }) // { op: '>=', value: 80 }
 * @example parseTarget({ value: 'không vượt quá 5' }) // { op: '<=', value: 5 }
 * @example parseTarget({ value: 'từ 60 đến 80' }) // { op: 'range', min: 60, max: 80 }
 * @example parseTarget({ value: 1, format: '0%' }) // { op: '>=', value: 100 }
 */
export function parseTarget(cell: Cell | undefined): Target | undefined {
  if (!cell) return undefined;
  const v = cell.value;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return undefined;
    return { op: '>=', value: hasPercentFormat(cell.format) ? toPercent(v) : v + 0 };
  }
  if (typeof v !== 'string') return undefined;
  return parseTargetText(v);
}

function parseTargetText(text: string): Target | undefined {
  let t = foldVietnamese(text);
  // Trailing notes in parentheses and trailing punctuation: "Tối thiểu 80 (tử số/mẫu số)."
  for (let prev = ''; prev !== t;) {
    prev = t;
    t = t
      .replace(/\s*\([^()]*\)\s*$/, '')
      .replace(/[\s.;:,]+$/, '')
      .trim();
  }
  // A bullet before words: "- Tối thiểu 80" (not "-5").
  t = t.replace(/^[-–•+*]\s+(?=\D)/, '').trim();
  if (!t) return undefined;

  const range = new RegExp(`^(?:tu\\s*)?${NUM}\\s*(?:-|–|—|den|toi)\\s*${NUM}$`).exec(t);
  if (range) {
    const min = readNumber(range[1]!, range[2]! === '%');
    const max = readNumber(range[3]!, range[4]! === '%');
    if (min === undefined || max === undefined || min > max) return undefined;
    return { op: 'range', min, max };
  }

  const one = new RegExp(`^(.*?)\\s*${NUM}\\s*(.*)$`).exec(t);
  if (!one) return undefined;
  const prefix = one[1]!.replace(/:/g, ' ').replace(/\s+/g, ' ').trim();
  const suffix = one[4]!.trim();
  const value = readNumber(one[2]!, one[3]! === '%');
  if (value === undefined) return undefined;
  let op: Op | undefined;
  if (suffix === '') op = PREFIX_OPS.get(prefix);
  else if (suffix === 'tro len' && (prefix === '' || prefix === 'tu' || prefix === 'dat'))
    op = '>=';
  else if (suffix === 'tro xuong' && (prefix === '' || prefix === 'tu')) op = '<=';
  return op ? { op, value } : undefined;
}

function readNumber(text: string, percent: boolean): number | undefined {
  return parseNumberText(text, { thousandsDots: !percent });
}
