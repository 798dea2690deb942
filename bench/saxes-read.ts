/**
 * The comparison the reader's design rests on: the same sheets parsed by saxes, a maintained
 * streaming XML parser (the one exceljs uses), doing the least a reader must (take each cell's
 * reference, type and value text), against PhuLuc's hand scanner reading the whole workbook.
 */
import { SaxesParser } from 'saxes';
import { inflateRawSync } from 'zlib';
import { forEachPart } from './parts';

const utf8 = new TextDecoder();

/** Inflates and decodes every worksheet and shared-strings part, and runs saxes over it: the cells seen and their values' characters. */
export function saxesCells(bytes: Uint8Array): { cells: number; chars: number } {
  let cells = 0;
  let chars = 0;
  const sheetsAndStrings = /(worksheets\/sheet\d+|sharedStrings)\.xml$/;
  forEachPart(
    bytes,
    (data) => inflateRawSync(data),
    (_name, part) => {
      const xml = utf8.decode(part);
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
    },
    sheetsAndStrings,
  );
  return { cells, chars };
}
