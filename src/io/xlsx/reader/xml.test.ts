import {
  attributesOf,
  decodeText,
  hasClosingTag,
  scanTags,
  TagReader,
  unescapeOoxml,
  XmlError,
} from './xml';

function tags(xml: string): string[] {
  const out: string[] = [];
  scanTags(xml, 'p.xml', (t) =>
    out.push(`${t.closing ? '/' : ''}${t.name}${t.selfClosing ? '/' : ''}`),
  );
  return out;
}

describe('scanning tags', () => {
  it('gives local names whatever the prefix, and skips declarations, comments and PIs', () => {
    expect(
      tags(
        '<?xml version="1.0"?><!-- a <c> --><x:sst xmlns:x="u"><x:si><x:t>a</x:t></x:si><x:si/></x:sst>',
      ),
    ).toEqual(['sst', 'si', 't', '/t', '/si', 'si/', '/sst']);
  });

  it('reads attributes in any order, with either quote, a > inside a value, entities decoded', () => {
    const reader = new TagReader(`<c t='s' r="B2" x:foo = "a&gt;b>c" s="3"/>`, 'p.xml');
    expect(reader.next()).toBe(true);
    expect(reader.tag.selfClosing).toBe(true);
    expect(Object.fromEntries(reader.attributes())).toEqual({
      t: 's',
      r: 'B2',
      foo: 'a>b>c',
      s: '3',
    });
  });

  it('reads text with CDATA and character references, up to the end tag', () => {
    const reader = new TagReader('<t>Sở <![CDATA[KH&CN <b>]]> &#8211; &#x1EA0;</t><u/>', 'p.xml');
    reader.next();
    expect(reader.text()).toBe('Sở KH&CN <b> – Ạ');
    expect(reader.next()).toBe(true);
    expect(reader.tag.name).toBe('u');
  });

  it('refuses a DOCTYPE (entity expansion), unknown entities and broken tags', () => {
    expect(() => tags('<!DOCTYPE sst [<!ENTITY a "ha">]><sst/>')).toThrow(XmlError);
    expect(() => decodeText('a &bogus; b', 'p.xml')).toThrow(/unknown entity/);
    expect(() => tags('<sst><si a="1></sst>')).toThrow(XmlError);
    expect(() => tags('<sst><')).toThrow(XmlError);
  });

  it('knows a part cut short from a whole one', () => {
    expect(hasClosingTag('<sst><si/></sst>\n', 'sst')).toBe(true);
    expect(hasClosingTag('<x:sst><x:si/></x:sst>', 'sst')).toBe(true);
    expect(hasClosingTag('<workbook/>', 'workbook')).toBe(true);
    expect(hasClosingTag('<sst><si><t>ab', 'sst')).toBe(false);
  });
});

describe('unescapeOoxml', () => {
  it('undoes _xHHHH_ and keeps an escaped literal', () => {
    expect(unescapeOoxml('Dòng 1_x000D_\nDòng 2')).toBe('Dòng 1\r\nDòng 2');
    expect(unescapeOoxml('_x005F_x0041_')).toBe('_x0041_');
    expect(unescapeOoxml('no escape _x12_')).toBe('no escape _x12_');
  });
});

describe('attributesOf', () => {
  it('skips namespace declarations', () => {
    const reader = new TagReader('<workbook xmlns="a" xmlns:r="b" r:id="rId1"/>', 'p.xml');
    reader.next();
    expect([...attributesOf(reader.xml, reader.tag, 'p.xml')]).toEqual([['id', 'rId1']]);
  });
});
