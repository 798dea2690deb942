/**
 * The shared-strings table: each `<si>` is one string, plain (`<t>`) or rich text (runs of
 * `<r><t>`, possibly after a plain `<t>`), joined; phonetic guides (`<rPh>`) are not part of the
 * text. Excel's `_xHHHH_` escapes are undone.
 */
import { TagReader, XmlError, decodeText, hasClosingTag, ownText, unescapeOoxml } from './xml';

/** The strings of a `sharedStrings.xml` part, in order; none when the workbook has no such part. */
export function parseSharedStrings(xml: string | null, part: string): string[] {
  if (xml === null) return [];
  if (!hasClosingTag(xml, 'sst')) throw new XmlError(part, 'cut short (no </sst>)');
  const strings: string[] = [];
  const reader = new TagReader(xml, part);
  let current: string | null = null;
  let phonetic = 0;
  while (reader.next()) {
    const tag = reader.tag;
    switch (tag.name) {
      case 'si':
        if (tag.closing) {
          strings.push(ownText(unescapeOoxml(current ?? '')));
          current = null;
        } else if (tag.selfClosing) strings.push('');
        else current = '';
        break;
      case 'rPh':
        if (!tag.selfClosing) phonetic += tag.closing ? -1 : 1;
        break;
      case 't':
        if (tag.closing) break;
        if (current === '' && phonetic === 0 && !tag.selfClosing) {
          // The common case, <si><t>text</t></si>: the text up to the next '<' if that is </t>.
          const next = xml.indexOf('<', tag.end);
          if (next > 0 && xml.startsWith('</t>', next)) {
            const raw = xml.slice(tag.end, next);
            current = raw.indexOf('&') < 0 ? raw : decodeText(raw, part);
            reader.seek(next + 4);
            break;
          }
        }
        if (current === null) throw new XmlError(part, `<t> outside <si> at ${tag.start}`);
        // reader.text() moves past the text, so it is consumed even in a phonetic guide.
        {
          const text = reader.text();
          if (phonetic === 0) current += text;
        }
        break;
      default:
        break;
    }
  }
  if (current !== null) throw new XmlError(part, 'unterminated <si>');
  return strings;
}
