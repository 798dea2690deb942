/**
 * The worksheet's hot path, scanned character by character: a sheet of a real plan has tens of
 * thousands of `<c>` elements, and building a tag object, attribute map and name string for each
 * costs several times the inflating. This scanner reads only `<row>`, `<c>` (its `r`, `s`, `t`)
 * and the `<v>` / `<is>` inside, with no string made but the value's; anything unusual (entities
 * in attributes, CDATA or comments in a value, inline strings) goes through the general reader.
 */
import { TagReader, XmlError, decodeText, skipSpecial, textUntilClose } from './xml';
import {
  closesName,
  digits,
  hasAmpersand,
  isNameEnd,
  readReference,
  readReferenceText,
  rowNumber,
  tagEnd,
  nextAttribute,
  type AttributeSpan,
  LT,
  GT,
  SLASH,
  BANG,
  QUESTION,
  COLON,
} from './_lib/chars';

const V = 118;
/** One span, reused: the scanner makes no object per attribute. */
const SPAN: AttributeSpan = { local: 0, nameEnd: 0, valueStart: 0, valueEnd: 0 };

/** A cell's type attribute, as a small number (no string kept). */
export const enum CellType {
  Number,
  Shared,
  FormulaText,
  Inline,
  Boolean,
  Error,
  Date,
}

/** What the scanner hands over for each element it stops at. */
export interface SheetVisitor {
  cell(
    row: number,
    col: number,
    style: number,
    type: CellType,
    raw: string | null,
    inline: string | null,
  ): void;
  mergeCell(ref: string): void;
}

/** Where the scan is: the current row and column (0-based), carried from one piece to the next. */
export interface ScanState {
  row: number;
  col: number;
}

/**
 * Scans a worksheet part (or a piece of it cut after a `</row>`), calling the visitor for rows, cells (with their raw value) and merges. */
export function scanSheet(
  xml: string,
  part: string,
  visit: SheetVisitor,
  state: ScanState = { row: -1, col: -1 },
): void {
  let p = 0;
  for (;;) {
    const lt = xml.indexOf('<', p);
    if (lt < 0) return;
    let c = xml.charCodeAt(lt + 1);
    if (c === BANG || c === QUESTION) {
      p = skipSpecial(xml, lt, part);
      continue;
    }
    if (c === SLASH) {
      p = tagEnd(xml, lt + 2, part) + 1;
      continue;
    }
    let q = lt + 1;
    let local = q;
    for (c = xml.charCodeAt(q); !isNameEnd(c); c = xml.charCodeAt(++q))
      if (c === COLON) local = q + 1;
    if (q === lt + 1) throw new XmlError(part, `broken tag at ${lt}`);
    const gt = tagEnd(xml, q, part);
    const selfClosing = xml.charCodeAt(gt - 1) === SLASH;
    const attrsEnd = selfClosing ? gt - 1 : gt;
    p = gt + 1;
    const length = q - local;
    const first = xml.charCodeAt(local);
    if (length === 1 && first === 99 /* c */) {
      p = cell(xml, part, q, attrsEnd, selfClosing, p, state, visit);
    } else if (length === 3 && first === 114 /* r */ && xml.startsWith('row', local)) {
      const r = attribute(xml, q, attrsEnd, 'r', part);
      state.row = r === null ? state.row + 1 : rowNumber(r, part) - 1;
      state.col = -1;
    } else if (length === 9 && first === 109 /* m */ && xml.startsWith('mergeCell', local)) {
      const ref = attribute(xml, q, attrsEnd, 'ref', part);
      if (ref) visit.mergeCell(ref);
    }
  }
}

/** Reads one `<c>` from its attributes to its end; returns where scanning goes on. */
function cell(
  xml: string,
  part: string,
  from: number,
  end: number,
  selfClosing: boolean,
  after: number,
  state: { row: number; col: number },
  visit: SheetVisitor,
): number {
  let style = 0;
  let type = CellType.Number;
  let hasRef = false;
  const span = SPAN;
  for (let a = from; (a = nextAttribute(xml, a, end, part, span)) >= 0;) {
    const vs = span.valueStart;
    const ve = span.valueEnd;
    const nameLength = span.nameEnd - span.local;
    const name = xml.charCodeAt(span.local);
    if (nameLength !== 1) continue;
    // Values of r, s and t never need entities; one that has them takes the slow way.
    const plain = !hasAmpersand(xml, vs, ve);
    if (name === 114 /* r */) {
      hasRef = true;
      if (plain) readReference(xml, vs, ve, part, state);
      else readReferenceText(decodeText(xml.slice(vs, ve), part), part, state);
    } else if (name === 115 /* s */)
      style = plain ? digits(xml, vs, ve, part) : Number(decodeText(xml.slice(vs, ve), part));
    else if (name === 116 /* t */)
      type = typeOf(plain ? xml.slice(vs, ve) : decodeText(xml.slice(vs, ve), part));
  }
  if (!hasRef) state.col++;
  if (state.row < 0) throw new XmlError(part, `cell outside a row at ${from}`);
  if (selfClosing) return after;
  return cellBody(xml, part, after, state, style, type, visit);
}

/** From after `<c …>` to after `</c>`: the `<v>` text, or the `<is>` inline string. */
function cellBody(
  xml: string,
  part: string,
  from: number,
  state: { row: number; col: number },
  style: number,
  type: CellType,
  visit: SheetVisitor,
): number {
  // Excel's own spelling, by far the most common: <v>…</v></c>, no prefix, no CDATA.
  if (
    xml.charCodeAt(from) === LT &&
    xml.charCodeAt(from + 1) === V &&
    xml.charCodeAt(from + 2) === GT
  ) {
    const lt = xml.indexOf('<', from + 3);
    if (lt > 0 && xml.startsWith('</v></c>', lt)) {
      const text = xml.slice(from + 3, lt);
      visit.cell(
        state.row,
        state.col,
        style,
        type,
        text.indexOf('&') < 0 ? text : decodeText(text, part),
        null,
      );
      return lt + 8;
    }
  }
  let raw: string | null = null;
  let inline: string | null = null;
  let p = from;
  for (;;) {
    const lt = xml.indexOf('<', p);
    if (lt < 0) throw new XmlError(part, 'unterminated <c>');
    let c = xml.charCodeAt(lt + 1);
    if (c === BANG || c === QUESTION) {
      p = skipSpecial(xml, lt, part);
      continue;
    }
    const closing = c === SLASH;
    let q = closing ? lt + 2 : lt + 1;
    let local = q;
    for (c = xml.charCodeAt(q); !isNameEnd(c); c = xml.charCodeAt(++q))
      if (c === COLON) local = q + 1;
    const gt = tagEnd(xml, q, part);
    p = gt + 1;
    const length = q - local;
    const first = xml.charCodeAt(local);
    if (closing) {
      if (length === 1 && first === 99 /* c */) break;
      continue;
    }
    const selfClosing = xml.charCodeAt(gt - 1) === SLASH;
    if (length === 1 && first === 118 /* v */) {
      if (selfClosing) raw = '';
      else {
        const next = xml.indexOf('<', p);
        if (next >= 0 && xml.charCodeAt(next + 1) === SLASH && closesName(xml, next, 'v')) {
          const text = xml.slice(p, next);
          raw = text.indexOf('&') < 0 ? text : decodeText(text, part);
          p = tagEnd(xml, next + 2, part) + 1;
        } else {
          const read = textUntilClose(xml, p, 'v', part);
          raw = read.text;
          p = read.end;
        }
      }
    } else if (length === 2 && first === 105 /* i */ && xml.charCodeAt(local + 1) === 115 /* s */) {
      const reader = new TagReader(xml, part);
      reader.seek(lt);
      reader.next();
      inline = inlineText(reader);
      p = reader.position;
    }
  }
  visit.cell(state.row, state.col, style, type, raw, inline);
  return p;
}

/** The text of an inline string (`<is>`): plain and rich-text runs joined, phonetic guides left out. */
export function inlineText(reader: TagReader): string {
  const tag = reader.tag;
  if (tag.selfClosing) return '';
  let text = '';
  let phonetic = 0;
  while (reader.next()) {
    if (tag.name === 'is' && tag.closing) return text;
    if (tag.name === 'rPh' && !tag.selfClosing) phonetic += tag.closing ? -1 : 1;
    else if (tag.name === 't' && !tag.closing) {
      const t = reader.text();
      if (phonetic === 0) text += t;
    }
  }
  throw new XmlError(reader.part, 'unterminated <is>');
}

function typeOf(t: string): CellType {
  switch (t) {
    case 's':
      return CellType.Shared;
    case 'str':
      return CellType.FormulaText;
    case 'inlineStr':
      return CellType.Inline;
    case 'b':
      return CellType.Boolean;
    case 'e':
      return CellType.Error;
    case 'd':
      return CellType.Date;
    default:
      return CellType.Number;
  }
}

/**
 * The value of one attribute (by local name) of a tag whose attributes run from `from` to `end`,
 * or null; entities decoded.
 */
function attribute(
  xml: string,
  from: number,
  end: number,
  name: string,
  part: string,
): string | null {
  const span = SPAN;
  for (let a = from; (a = nextAttribute(xml, a, end, part, span)) >= 0;) {
    if (span.nameEnd - span.local !== name.length || !xml.startsWith(name, span.local)) continue;
    const value = xml.slice(span.valueStart, span.valueEnd);
    return value.indexOf('&') < 0 ? value : decodeText(value, part);
  }
  return null;
}
