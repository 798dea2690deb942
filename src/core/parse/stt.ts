import { boundedMemo } from '../_lib/memo';

/** What the STT (number) cell of a row says. */
export type SttReading =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'section';
      readonly label: string;
      readonly level: number;
      readonly title?: string;
    }
  | { readonly kind: 'number'; readonly stt: string }
  | { readonly kind: 'letter'; readonly letter: string }
  | { readonly kind: 'other'; readonly text: string };

const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;
const LETTER_OPENING = /^([a-zđ])\)\s*/;

/**
 * True for a Roman numeral from I to XXXIX.
 * @example isRomanNumeral('XI') // true
 */
export function isRomanNumeral(text: string): boolean {
  return text.length > 0 && ROMAN.test(text);
}

/** Section levels: letters (A, B, Đ) hold Roman parts (I, II), which hold numbered groups. */
export const SECTION_LEVEL = { letter: 0, roman: 1, number: 2 } as const;

/**
 * Reads an STT cell.
 * @example readStt('II') // { kind: 'section', label: 'II', level: 1 }
 * @example readStt('1.2.') // { kind: 'number', stt: '1.2' }
 * @example readStt('b)') // { kind: 'letter', letter: 'b' }
 * @example readStt('1. Chỉ tiêu giao tại Nghị quyết số 01/NQ-CP') // section level 2 with a title
 */
export function readStt(raw: string): SttReading {
  return readings(raw);
}

/**
 * STT cells repeat ("1" to "500" in every unit's copy of a plan). Removing it: scan (a) 1.04×,
 * scan (b) 1.05×, scan+consolidate (b) 1.04× (unloaded run; loaded runs noisier), A/B 2026-12-04.
 */
const readings = boundedMemo(readSttUncached, { limit: 20_000, maxKeyLength: 200 });

function readSttUncached(raw: string): SttReading {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text) return { kind: 'none' };
  const bare = text.replace(/[.:]$/, '');
  if (isRomanNumeral(bare)) return { kind: 'section', label: bare, level: SECTION_LEVEL.roman };
  if (/^[A-ZĐ]$/.test(bare)) return { kind: 'section', label: bare, level: SECTION_LEVEL.letter };
  if (/^\d{1,3}(\.\d{1,3})*$/.test(bare)) return { kind: 'number', stt: bare };
  const letter = /^([a-zđ])[).]$/.exec(text);
  if (letter) return { kind: 'letter', letter: letter[1]! };
  const titled = /^([IVXL]+|[A-ZĐ]|\d{1,3})[.)]\s*(\S.{2,})$/.exec(text);
  if (titled) {
    const label = titled[1]!;
    const level = /^\d/.test(label)
      ? SECTION_LEVEL.number
      : isRomanNumeral(label)
        ? SECTION_LEVEL.roman
        : SECTION_LEVEL.letter;
    if (level !== SECTION_LEVEL.roman || isRomanNumeral(label)) {
      return { kind: 'section', label, level, title: titled[2]!.trim() };
    }
  }
  return { kind: 'other', text };
}

/**
 * The sub-row letter a text starts with ("a) Cắt giảm…" → "a").
 * @example leadingLetter('b) Cắt giảm TTHC nội bộ') // 'b'
 */
export function leadingLetter(text: string): string | undefined {
  const m = LETTER_OPENING.exec(text.trim());
  return m ? m[1] : undefined;
}
