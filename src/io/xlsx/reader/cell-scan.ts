/**
 * The worksheet's hot path, scanned character by character: a sheet of a real plan has tens of
 * thousands of `<c>` elements, and building a tag object, attribute map and name string for each
 * costs several times the inflating. This scanner reads only `<row>`, `<c>` (its `r`, `s`, `t`)
 * and the `<v>` / `<is>` inside, with no string made but the value's; anything unusual (entities
 * in attributes, CDATA or comments in a value, inline strings) goes through the general reader.
 */
import { TagReader, XmlError, decodeText, textUntilClose } from './xml';

const LT = 60;
const V = 118;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const COLON = 58;
const EQUALS = 61;
const DQUOTE = 34;
const SQUOTE = 39;

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

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** What the scanner hands over for each element it stops at. */
export interface SheetVisitor {
  row(r: number): void;
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
      visit.row(state.row);
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
  let a = from;
  while (a < end) {
    while (a < end && isSpace(xml.charCodeAt(a))) a++;
    if (a >= end) break;
    let local = a;
    let c = xml.charCodeAt(a);
    while (a < end && c !== EQUALS && !isSpace(c)) {
      if (c === COLON) local = a + 1;
      c = xml.charCodeAt(++a);
    }
    const nameLength = a - local;
    const name = xml.charCodeAt(local);
    while (a < end && isSpace(xml.charCodeAt(a))) a++;
    if (xml.charCodeAt(a) !== EQUALS) throw new XmlError(part, `attribute without value at ${a}`);
    a++;
    while (a < end && isSpace(xml.charCodeAt(a))) a++;
    const quote = xml.charCodeAt(a);
    if (quote !== DQUOTE && quote !== SQUOTE)
      throw new XmlError(part, `unquoted attribute at ${a}`);
    const vs = a + 1;
    const ve = xml.indexOf(quote === DQUOTE ? '"' : "'", vs);
    if (ve < 0 || ve > end) throw new XmlError(part, `unterminated attribute at ${a}`);
    a = ve + 1;
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

/** Whether an `&` stands between `from` and `to` (not searched past `to`: indexOf would be). */
function hasAmpersand(xml: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (xml.charCodeAt(i) === 38) return true;
  return false;
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

/** Whether the end tag at `lt` closes an element of this local name (any prefix). */
function closesName(xml: string, lt: number, name: string): boolean {
  let q = lt + 2;
  let local = q;
  for (let c = xml.charCodeAt(q); !isNameEnd(c); c = xml.charCodeAt(++q))
    if (c === COLON) local = q + 1;
  return q - local === name.length && xml.startsWith(name, local);
}

function isNameEnd(c: number): boolean {
  return c === GT || c === SLASH || isSpace(c) || Number.isNaN(c);
}

/** The position of the `>` ending a tag whose attributes start at `from` (quotes respected). */
function tagEnd(xml: string, from: number, part: string): number {
  let p = from;
  for (let c = xml.charCodeAt(p); c !== GT; c = xml.charCodeAt(++p)) {
    if (c === DQUOTE || c === SQUOTE) {
      const close = xml.indexOf(c === DQUOTE ? '"' : "'", p + 1);
      if (close < 0) throw new XmlError(part, `unterminated attribute at ${p}`);
      p = close;
    } else if (Number.isNaN(c) || c === LT) throw new XmlError(part, `unterminated tag at ${from}`);
  }
  return p;
}

function skipSpecial(xml: string, at: number, part: string): number {
  const marker = xml.startsWith('<!--', at)
    ? '-->'
    : xml.startsWith('<![CDATA[', at)
      ? ']]>'
      : xml.charCodeAt(at + 1) === QUESTION
        ? '?>'
        : null;
  if (!marker)
    throw new XmlError(part, 'DOCTYPE or other declaration (not allowed in a workbook part)');
  const i = xml.indexOf(marker, at + 2);
  if (i < 0) throw new XmlError(part, `unterminated ${marker}`);
  return i + marker.length;
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
  let a = from;
  while (a < end) {
    while (a < end && isSpace(xml.charCodeAt(a))) a++;
    if (a >= end) break;
    let local = a;
    let c = xml.charCodeAt(a);
    while (a < end && c !== EQUALS && !isSpace(c)) {
      if (c === COLON) local = a + 1;
      c = xml.charCodeAt(++a);
    }
    const matches = a - local === name.length && xml.startsWith(name, local);
    while (a < end && isSpace(xml.charCodeAt(a))) a++;
    if (xml.charCodeAt(a) !== EQUALS) throw new XmlError(part, `attribute without value at ${a}`);
    a++;
    while (a < end && isSpace(xml.charCodeAt(a))) a++;
    const quote = xml.charCodeAt(a);
    if (quote !== DQUOTE && quote !== SQUOTE)
      throw new XmlError(part, `unquoted attribute at ${a}`);
    const close = xml.indexOf(quote === DQUOTE ? '"' : "'", a + 1);
    if (close < 0 || close > end) throw new XmlError(part, `unterminated attribute at ${a}`);
    if (matches) {
      const value = xml.slice(a + 1, close);
      return value.indexOf('&') < 0 ? value : decodeText(value, part);
    }
    a = close + 1;
  }
  return null;
}

/** An A1 reference read from the characters between `from` and `to`, into the state. */
function readReference(
  xml: string,
  from: number,
  to: number,
  part: string,
  state: { row: number; col: number },
): void {
  let col = 0;
  let i = from;
  for (; i < to; i++) {
    const c = xml.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  let row = 0;
  const digitsFrom = i;
  for (; i < to; i++) {
    const d = xml.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    row = row * 10 + d;
  }
  if (col === 0 || col > 16_384 || i !== to || i === digitsFrom || row < 1 || row > 1_048_576)
    throw new XmlError(part, `bad cell reference "${xml.slice(from, to)}"`);
  state.row = row - 1;
  state.col = col - 1;
}

function readReferenceText(ref: string, part: string, state: { row: number; col: number }): void {
  readReference(ref, 0, ref.length, part, state);
}

function digits(xml: string, from: number, to: number, part: string): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = xml.charCodeAt(i) - 48;
    if (d < 0 || d > 9) throw new XmlError(part, `bad style index "${xml.slice(from, to)}"`);
    n = n * 10 + d;
  }
  return n;
}

function rowNumber(text: string, part: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 1_048_576)
    throw new XmlError(part, `bad row number "${text}"`);
  return n;
}
