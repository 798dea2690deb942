/** Character-level helpers of the worksheet scanner (../cell-scan.ts): positions, not strings. */
import { XmlError } from './xml-error';

/** Character codes the scanners compare against. */
export const LT = 60;
export const GT = 62;
export const SLASH = 47;
export const BANG = 33;
export const QUESTION = 63;
export const COLON = 58;
export const EQUALS = 61;
export const DQUOTE = 34;
export const SQUOTE = 39;

/** Whether an `&` stands between `from` and `to` (not searched past `to`: indexOf would be). */
export function hasAmpersand(xml: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (xml.charCodeAt(i) === 38) return true;
  return false;
}

/** Whether the end tag at `lt` closes an element of this local name (any prefix). */
export function closesName(xml: string, lt: number, name: string): boolean {
  let q = lt + 2;
  let local = q;
  for (let c = xml.charCodeAt(q); !isNameEnd(c); c = xml.charCodeAt(++q))
    if (c === COLON) local = q + 1;
  return q - local === name.length && xml.startsWith(name, local);
}

export function isNameEnd(c: number): boolean {
  return c === GT || c === SLASH || isSpace(c) || Number.isNaN(c);
}

/** The position of the `>` ending a tag whose attributes start at `from` (quotes respected). */
export function tagEnd(xml: string, from: number, part: string): number {
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

/** An A1 reference read from the characters between `from` and `to`, into the state. */
export function readReference(
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

export function readReferenceText(
  ref: string,
  part: string,
  state: { row: number; col: number },
): void {
  readReference(ref, 0, ref.length, part, state);
}

export function digits(xml: string, from: number, to: number, part: string): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = xml.charCodeAt(i) - 48;
    if (d < 0 || d > 9) throw new XmlError(part, `bad style index "${xml.slice(from, to)}"`);
    n = n * 10 + d;
  }
  return n;
}

export function rowNumber(text: string, part: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 1_048_576)
    throw new XmlError(part, `bad row number "${text}"`);
  return n;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Where one attribute's local name and value are, filled by {@link nextAttribute}. */
export interface AttributeSpan {
  local: number;
  nameEnd: number;
  valueStart: number;
  valueEnd: number;
}

/**
 * Reads the attribute at or after `from` (attributes end at `end`) into `span`: its local name
 * (after any prefix) and its value (between the quotes, entities not decoded). Returns where the
 * next one may start, or -1 when there is none.
 */
export function nextAttribute(
  xml: string,
  from: number,
  end: number,
  part: string,
  span: AttributeSpan,
): number {
  let a = from;
  while (a < end && isSpace(xml.charCodeAt(a))) a++;
  if (a >= end) return -1;
  let local = a;
  let c = xml.charCodeAt(a);
  while (a < end && c !== EQUALS && !isSpace(c)) {
    if (c === COLON) local = a + 1;
    c = xml.charCodeAt(++a);
  }
  span.local = local;
  span.nameEnd = a;
  while (a < end && isSpace(xml.charCodeAt(a))) a++;
  if (xml.charCodeAt(a) !== EQUALS) throw new XmlError(part, `attribute without value at ${a}`);
  a++;
  while (a < end && isSpace(xml.charCodeAt(a))) a++;
  const quote = xml.charCodeAt(a);
  if (quote !== DQUOTE && quote !== SQUOTE) throw new XmlError(part, `unquoted attribute at ${a}`);
  const close = xml.indexOf(quote === DQUOTE ? '"' : "'", a + 1);
  if (close < 0 || close > end) throw new XmlError(part, `unterminated attribute at ${a}`);
  span.valueStart = a + 1;
  span.valueEnd = close;
  return close + 1;
}
