import type { SheetView } from '../_lib/sheet-view';
import { toA1 } from '../grid/a1';
import { foldLabel } from './fold';

/**
 * Vietnamese typed with a legacy 8-bit font (TCVN3/ABC ".VnTime", VNI-Windows "VNI-Times") looks
 * like "Néi dung", "§¬n vÞ" or "Noäi dung", "Ñôn vò" once the file is read as Unicode. PhuLuc does
 * not convert it (a guess could corrupt real text): it detects it, so the user is told to convert
 * the file (Unikey: "Công cụ chuyển mã") instead of being told there is no table.
 */
export type LegacyEncoding = 'tcvn3' | 'vni';

/** TCVN3 byte (as a Latin-1 character) → the base letter of the Vietnamese letter it stands for. */
const TCVN3_BASE: Record<string, string> = {};
const tcvn3 = (chars: string, base: string) => {
  for (const ch of chars) TCVN3_BASE[ch] = base;
};
tcvn3(
  '\u00a1\u00a2\u00a8\u00a9\u00b5\u00b6\u00b7\u00b8\u00b9\u00bb\u00bc\u00bd\u00be\u00c6\u00c7\u00c8\u00c9\u00ca\u00cb',
  'a',
);
tcvn3('\u00a3\u00aa\u00cc\u00ce\u00cf\u00d0\u00d1\u00d2\u00d3\u00d4\u00d5\u00d6', 'e');
tcvn3('\u00d7\u00d8\u00dc\u00dd\u00de', 'i');
tcvn3(
  '\u00a4\u00a5\u00ab\u00ac\u00df\u00e1\u00e2\u00e3\u00e4\u00e5\u00e6\u00e7\u00e8\u00e9\u00ea\u00eb\u00ec\u00ed\u00ee',
  'o',
);
tcvn3('\u00a6\u00ad\u00ef\u00f1\u00f2\u00f3\u00f4\u00f5\u00f6\u00f7\u00f8\u00f9', 'u');
tcvn3('\u00fa\u00fb\u00fc\u00fd\u00fe', 'y');
tcvn3('\u00a7\u00ae', 'd');

/** VNI-Windows: tone and hat marks typed as a second character after the vowel. */
const VNI_MARKS =
  /[\u00f9\u00f8\u00fb\u00f5\u00ef\u00e2\u00e1\u00e0\u00e5\u00e3\u00e4\u00ea\u00e9\u00e8\u00fa\u00fc\u00eb\u00d9\u00d8\u00db\u00d5\u00cf\u00c2\u00c1\u00c0\u00c5\u00c3\u00c4\u00ca\u00c9\u00c8\u00da\u00dc\u00cb]/g;
/** VNI-Windows letters typed as one character: ơ ư đ and some i/y forms. */
const VNI_BASE: Record<string, string> = {
  ô: 'o',
  Ô: 'O',
  ö: 'u',
  Ö: 'U',
  ñ: 'd',
  Ñ: 'D',
  í: 'i',
  ì: 'i',
  æ: 'i',
  ó: 'i',
  ò: 'i',
  Í: 'I',
  Ì: 'I',
  Æ: 'I',
  Ó: 'I',
  Ò: 'I',
  î: 'y',
  Î: 'Y',
};

/**
 * Latin-1 characters that Vietnamese written in Unicode never uses inside a word, but the
 * legacy fonts do: "§ ¬ Þ ×" (TCVN3), "ä ø û Ñ ö" (both). Their presence is the first tell.
 */
const FOREIGN =
  /[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce\u00cf\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]/;

/** Words of a plan's header and title: what a legacy text must turn out to say. */
const KEYWORDS = [
  'noi dung',
  'thoi gian',
  'don vi',
  'chu tri',
  'phoi hop',
  'nhiem vu',
  'cong viec',
  'ghi chu',
  'ket qua',
  'chi tieu',
  'thuc hien',
  'ke hoach',
  'hanh chinh',
];

function hasKeyword(folded: string): boolean {
  return KEYWORDS.some((k) => ` ${folded} `.includes(` ${k} `));
}

function fromTcvn3(text: string): string {
  let out = '';
  for (const ch of text) out += TCVN3_BASE[ch] ?? ch;
  return out;
}

function fromVni(text: string): string {
  let out = '';
  for (const ch of text.replace(VNI_MARKS, '')) out += VNI_BASE[ch] ?? ch;
  return out;
}

/**
 * Which legacy encoding a text is typed in, if it clearly is one: it must hold a character that
 * Unicode Vietnamese never uses, and read as a plan's words ("nội dung", "thời gian", "đơn vị"…)
 * only once decoded. Plain Unicode text, and foreign words with "ä" or "ñ", are left alone.
 * @example legacyEncoding('Néi dung c«ng viÖc') // 'tcvn3'
 * @example legacyEncoding('Thôøi gian thöïc hieän') // 'vni'
 * @example legacyEncoding('Nội dung công việc') // undefined
 */
export function legacyEncoding(text: string): LegacyEncoding | undefined {
  if (!FOREIGN.test(text) || text.length > 200) return undefined;
  if (hasKeyword(foldLabel(text))) return undefined;
  if (hasKeyword(foldLabel(fromTcvn3(text)))) return 'tcvn3';
  if (hasKeyword(foldLabel(fromVni(text)))) return 'vni';
  return undefined;
}

/** Rows looked at for legacy text: the title block and the header sit at the top. */
const HEADER_ROWS = 30;

/**
 * The first header-like cell (top rows, short text) typed in a legacy encoding, if any.
 * @example legacyHeaderCell(view) // { cell: 'B3', text: 'Néi dung c«ng viÖc', encoding: 'tcvn3' }
 */
export function legacyHeaderCell(
  view: SheetView,
): { cell: string; text: string; encoding: LegacyEncoding } | undefined {
  for (let r = 0; r < Math.min(view.rowCount, HEADER_ROWS); r++) {
    if (!view.grid.rows[r]) continue;
    for (let c = 0; c < view.colCount; c++) {
      const text = view.ownText(r, c);
      if (!text) continue;
      const encoding = legacyEncoding(text);
      if (encoding) return { cell: toA1(r, c), text, encoding };
    }
  }
  return undefined;
}
