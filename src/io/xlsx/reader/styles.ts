/**
 * The number format of each cell style (`s` on a cell indexes `cellXfs`), from `styles.xml`:
 * custom formats by id, and Excel's built-in ones.
 */
import { formatKind, type FormatKind } from './dates';
import { TagReader, XmlError, hasClosingTag } from './xml';

/** Built-in format codes, as Excel's en-US install writes them (ids 27–36 and 50–58 are East Asian dates). */
const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** A cell style's number format: its code (undefined for General) and what it shows. */
export interface StyleFormat {
  readonly code: string | undefined;
  readonly kind: FormatKind;
}

const GENERAL: StyleFormat = { code: undefined, kind: 'other' };

/**
 * The number format of each cell style, by index. A workbook without styles gives none (every
 * cell General).
 */
export function parseStyles(xml: string | null, part: string): StyleFormat[] {
  if (xml === null) return [];
  if (!hasClosingTag(xml, 'styleSheet')) throw new XmlError(part, 'cut short (no </styleSheet>)');
  const custom = new Map<number, string>();
  const ids: number[] = [];
  const reader = new TagReader(xml, part);
  let inCellXfs = false;
  while (reader.next()) {
    const tag = reader.tag;
    if (tag.name === 'cellXfs') inCellXfs = !tag.closing && !tag.selfClosing;
    else if (tag.closing) continue;
    else if (tag.name === 'numFmt') {
      const a = reader.attributes();
      const id = Number(a.get('numFmtId'));
      const code = a.get('formatCode');
      if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
    } else if (tag.name === 'xf' && inCellXfs) {
      const id = Number(reader.attributes().get('numFmtId') ?? 0);
      ids.push(Number.isInteger(id) ? id : 0);
    }
  }
  // Resolved at the end: a writer may put numFmts after cellXfs.
  return ids.map((id) => styleFormat(id, custom));
}

function styleFormat(id: number, custom: ReadonlyMap<number, string>): StyleFormat {
  const own = custom.get(id);
  const code = own ?? BUILTIN_FORMATS[id];
  // A built-in id decides by itself (its code depends on the machine's locale); a custom code
  // by what it shows.
  const kind = formatKind(code, own === undefined ? id : undefined);
  // Format codes are case-insensitive: LibreOffice writes "GENERAL".
  if (code === undefined || /^general$/i.test(code))
    return kind === 'other' ? GENERAL : { code: undefined, kind };
  return { code, kind };
}
