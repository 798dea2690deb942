import { foldWithMap } from './fold';

/** One part of a cell: a line, a bullet or a ";" piece. */
export interface Segment {
  readonly text: string;
  /** The segment starts a new line that is neither a bullet nor after ";" or "." — it may be
   * the wrapped tail of the line before ("Khi có sự đề nghị của Văn\nphòng UBND tỉnh"). */
  readonly continues: boolean;
}

const LINE_BREAK = /\r\n|[\n\r\v\f\u2028\u2029]/;
const BULLET = /^\s*(?:[-–—•+*·]\s*)+/;
const PIECE_BREAK = /;|(?<=[.:])\s+(?=[-–—•]\s)/;

/**
 * A cell split into its parts: lines, "-" bullets, ";" pieces; bullets and blanks dropped.
 * @example splitSegments('- Quý I;\n- Quý III').map((s) => s.text) // ['Quý I', 'Quý III']
 */
export function splitSegments(text: string): Segment[] {
  const out: Segment[] = [];
  let fresh = true;
  for (const line of text.split(LINE_BREAK)) {
    let hadContent = false;
    for (const [j, piece] of line.split(PIECE_BREAK).entries()) {
      const bulleted = BULLET.test(piece);
      const clean = piece.replace(BULLET, '').trim();
      if (!clean) continue;
      out.push({ text: clean, continues: j === 0 && !fresh && !bulleted });
      hadContent = true;
    }
    fresh = !hadContent || /[;.]\s*$/.test(line);
  }
  return out;
}

/**
 * A line that starts in lower case goes on from the line before ("…trong\nnăm 2023").
 * @example startsLower('năm 2023') // true
 */
export function startsLower(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

/**
 * The part ends in a word that needs more ("… trong", "… của", "… trước ngày", "… quý").
 * @example endsDangling('Khi có sự đề nghị của Văn') // false
 * @example endsDangling('Báo cáo trong') // true
 */
export function endsDangling(text: string): boolean {
  return /(?:^| )(?:trong|cua|truoc|ngay|den|va|tu|vao|theo|khi|neu|voi|cho|tai|sau|ke|hoac|nhat|cac|(?<!(?:hang|moi) )(?:quy|thang))$/.test(
    foldWithMap(text.slice(-40)).text,
  );
}
