/**
 * The small part of XML the workbook parts need, scanned straight off the decoded text: tags with
 * any namespace prefix, attributes in any order and either quote, entities and character
 * references, CDATA, comments and processing instructions. A DOCTYPE is refused: a workbook
 * part never has one, and its entities could expand without bound ("billion laughs").
 */
import {
  BANG,
  COLON,
  isNameEnd,
  nextAttribute,
  QUESTION,
  SLASH,
  tagEnd,
  type AttributeSpan,
} from './_lib/chars';
import { XmlError } from './_lib/xml-error';

export { XmlError };

/** One tag as the scanner meets it: positions in the text, no strings built until asked. */
export interface Tag {
  /** The local name (after any `prefix:`). */
  name: string;
  /** Where the tag starts (its `<`) and where it ends (after its `>`). */
  start: number;
  end: number;
  /** Where the attributes start (after the name) and end (before `/>` or `>`). */
  attrsStart: number;
  attrsEnd: number;
  closing: boolean;
  selfClosing: boolean;
}

/**
 * Reads the tags of an XML text one at a time, skipping comments, processing instructions and
 * CDATA between elements; the caller moves on with {@link TagReader.next} or jumps past text it
 * read itself with {@link TagReader.seek}. One Tag object is reused (no allocation per tag).
 */
export class TagReader {
  readonly tag: Tag = {
    name: '',
    start: 0,
    end: 0,
    attrsStart: 0,
    attrsEnd: 0,
    closing: false,
    selfClosing: false,
  };
  private at = 0;

  constructor(
    readonly xml: string,
    readonly part: string,
  ) {}

  /** Moves to the next tag; false at the end of the text. */
  next(): boolean {
    const xml = this.xml;
    let lt = xml.indexOf('<', this.at);
    while (lt >= 0) {
      const c = xml.charCodeAt(lt + 1);
      if (c !== BANG && c !== QUESTION) break;
      lt = xml.indexOf('<', skipSpecial(xml, lt, this.part));
    }
    if (lt < 0) return false;
    readTag(xml, lt, this.part, this.tag);
    this.at = this.tag.end;
    return true;
  }

  /** Where the reader is: after the tag (or text) it read last. */
  get position(): number {
    return this.at;
  }

  /** Continues from `at` (after text the caller consumed). */
  seek(at: number): void {
    this.at = at;
  }

  /** The text up to the end tag of the element just opened (see {@link textUntilClose}). */
  text(): string {
    if (this.tag.selfClosing) return '';
    const { text, end } = textUntilClose(this.xml, this.tag.end, this.tag.name, this.part);
    this.at = end;
    return text;
  }

  attributes(): Map<string, string> {
    return attributesOf(this.xml, this.tag, this.part);
  }
}

/** Calls `visit` for each tag of an XML text, in order (see {@link TagReader}). */
export function scanTags(xml: string, part: string, visit: (tag: Tag) => void): void {
  const reader = new TagReader(xml, part);
  while (reader.next()) visit(reader.tag);
}

/** Past a comment, processing instruction or CDATA section starting at `at`; refuses a DOCTYPE. */
export function skipSpecial(xml: string, at: number, part: string): number {
  let close: number;
  if (xml.startsWith('<!--', at)) close = endOf(xml, '-->', at + 4, part);
  else if (xml.startsWith('<![CDATA[', at)) close = endOf(xml, ']]>', at + 9, part);
  else if (xml.charCodeAt(at + 1) === QUESTION) close = endOf(xml, '?>', at + 2, part);
  else throw new XmlError(part, 'DOCTYPE or other declaration (not allowed in a workbook part)');
  return close;
}

function endOf(xml: string, marker: string, from: number, part: string): number {
  const i = xml.indexOf(marker, from);
  if (i < 0) throw new XmlError(part, `unterminated ${marker}`);
  return i + marker.length;
}

function readTag(xml: string, at: number, part: string, tag: Tag): void {
  let p = at + 1;
  tag.start = at;
  tag.closing = xml.charCodeAt(p) === SLASH;
  if (tag.closing) p++;
  const nameStart = p;
  let colon = -1;
  for (let c = xml.charCodeAt(p); !isNameEnd(c); c = xml.charCodeAt(++p))
    if (c === COLON) colon = p;
  if (p === nameStart || p >= xml.length) throw new XmlError(part, `broken tag at ${at}`);
  tag.name = xml.slice(colon >= 0 ? colon + 1 : nameStart, p);
  tag.attrsStart = p;
  // '>' may stand unescaped inside a quoted attribute value: tagEnd skips quoted runs.
  p = tagEnd(xml, p, part);
  tag.end = p + 1;
  tag.selfClosing = xml.charCodeAt(p - 1) === SLASH;
  tag.attrsEnd = tag.selfClosing ? p - 1 : p;
}

/**
 * Calls `visit(localName, value)` for each attribute of a tag (values with entities decoded).
 * Namespace declarations (`xmlns`, `xmlns:x`) are skipped.
 */
export function forEachAttribute(
  xml: string,
  tag: Tag,
  part: string,
  visit: (name: string, value: string) => void,
): void {
  const span: AttributeSpan = { local: 0, nameEnd: 0, valueStart: 0, valueEnd: 0 };
  for (let p = tag.attrsStart; (p = nextAttribute(xml, p, tag.attrsEnd, part, span)) >= 0;) {
    const local = xml.slice(span.local, span.nameEnd);
    // The qualified name starts where the attribute does: a namespace declaration is xmlns[:x].
    const declaration = local === 'xmlns' || xml.startsWith('xmlns:', span.local - 'xmlns:'.length);
    if (!declaration) visit(local, decodeText(xml.slice(span.valueStart, span.valueEnd), part));
  }
}

/** The attributes of a tag by local name (for the few tags per part that are not cells). */
export function attributesOf(xml: string, tag: Tag, part: string): Map<string, string> {
  const out = new Map<string, string>();
  forEachAttribute(xml, tag, part, (name, value) => out.set(name, value));
  return out;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Text with its entity and character references replaced.
 * @example decodeText('Sở KH&amp;CN &#8211; &#x1EA0;', 'x') // 'Sở KH&CN – Ạ'
 */
export function decodeText(text: string, part: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&([^;&\s]{1,10});/g, (whole, ref: string) => {
    const named = NAMED[ref];
    if (named !== undefined) return named;
    if (ref.charCodeAt(0) === 35 /* # */) {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (Number.isFinite(code) && code >= 0 && code <= 0x10ffff) return String.fromCodePoint(code);
    }
    throw new XmlError(part, `unknown entity ${whole}`);
  });
}

/**
 * The text content from `from` (just after a start tag) to the end tag named `name`, with
 * entities decoded and CDATA sections taken as they are. Returns the text and where the end tag
 * ends. Child elements inside are not expected (the parts read with it have none).
 */
export function textUntilClose(
  xml: string,
  from: number,
  name: string,
  part: string,
): { text: string; end: number } {
  let text = '';
  let p = from;
  for (;;) {
    const lt = xml.indexOf('<', p);
    if (lt < 0) throw new XmlError(part, `unterminated <${name}>`);
    text += decodeText(xml.slice(p, lt), part);
    if (xml.startsWith('<![CDATA[', lt)) {
      const close = endOf(xml, ']]>', lt + 9, part);
      text += xml.slice(lt + 9, close - 3);
      p = close;
      continue;
    }
    if (xml.charCodeAt(lt + 1) === BANG || xml.charCodeAt(lt + 1) === QUESTION) {
      p = skipSpecial(xml, lt, part);
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt < 0) throw new XmlError(part, `unterminated <${name}>`);
    const closing = xml.slice(lt + 2, gt).trim();
    if (xml.charCodeAt(lt + 1) === SLASH && (closing === name || closing.endsWith(`:${name}`)))
      return { text, end: gt + 1 };
    throw new XmlError(part, `unexpected <${xml.slice(lt + 1, gt)}> inside <${name}>`);
  }
}

/**
 * Excel's escapes for characters XML cannot carry (`_x000D_` for a carriage return); `_x005F_`
 * escapes the underscore of a literal `_xHHHH_`.
 * @example unescapeOoxml('a_x000D_b') // 'a\rb'
 */
export function unescapeOoxml(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/**
 * A copy of a text cut from a part, holding none of the part. A slice of a long string keeps the
 * whole string alive (V8 shares the characters), so one value kept from a 40 MB sheet would keep
 * all 40 MB: values that outlive their part are copied. Short ones are copied by V8 itself.
 * @example ownText(xml.slice(10, 60)) // the same text, apart from `xml`
 */
export function ownText(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

/**
 * Line ends as XML reads them (XML 1.0 §2.11): a raw `\r\n` or `\r` is a line feed; only an
 * escaped `&#13;` or `_x000D_` is a carriage return.
 * @example lineFeeds('a\r\nb') // 'a\nb'
 */
export function lineFeeds(text: string): string {
  return text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n');
}

/** Whether the text holds the end tag of its root element named `name`, with any prefix. */
export function hasClosingTag(xml: string, name: string): boolean {
  const tail = xml.slice(Math.max(0, xml.length - 512));
  // The root's end tag, or the root itself empty (`<workbook/>`).
  return new RegExp(`(?:</(?:[\\w.-]+:)?${name}\\s*|<(?:[\\w.-]+:)?${name}\\b[^<]*/)>\\s*$`).test(
    tail,
  );
}
