/**
 * The comparison the reader's design rests on: the same sheets parsed by saxes, a maintained
 * streaming XML parser (the one exceljs uses), doing the least a reader must (take each cell's
 * reference, type and value text), against PhuLuc's hand scanner reading the whole workbook.
 */
import { SaxesParser } from 'saxes';
import { inflateRawSync } from 'zlib';
import { zipEntries } from '../src/io/xlsx/reader/zip';

const utf8 = new TextDecoder();

/** Inflates and decodes every worksheet and shared-strings part, and runs saxes over it: the cells seen and their values' characters. */
export function saxesCells(bytes: Uint8Array): { cells: number; chars: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let cells = 0;
  let chars = 0;
  for (const e of zipEntries(bytes) ?? []) {
    if (!/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(e.name)) continue;
    const start =
      e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
    const data = bytes.subarray(start, start + e.compressedSize);
    const xml = utf8.decode(e.method === 8 ? inflateRawSync(data) : data);
    const parser = new SaxesParser();
    let inValue = false;
    let value = '';
    parser.on('opentag', (tag) => {
      if (tag.name === 'c') {
        cells++;
        void tag.attributes['r'];
        void tag.attributes['t'];
      } else if (tag.name === 'v' || tag.name === 't') {
        inValue = true;
        value = '';
      }
    });
    parser.on('text', (text) => {
      if (inValue) value += text;
    });
    parser.on('closetag', (tag) => {
      if (tag.name !== 'v' && tag.name !== 't') return;
      inValue = false;
      chars += value.length;
    });
    parser.write(xml).close();
  }
  return { cells, chars };
}
