/**
 * Workbooks saved the ways real programs save them (./_test/cases.ts): each reads as the original
 * does, and scans the same. exceljs, measured on the same files: prefixed parts "Unexpected xml
 * node"; backslash names and the workbook under book/ read as a workbook with no sheets (called
 * empty); no `r` attributes "Invalid row number in model"; CDATA and character references
 * misread; the value row crashes it; one whole-column list takes 2.9 s and 150 MB more, six 30 s
 * and over 1 GB.
 */
import { readFileSync } from 'fs';
import path from 'path';
import type { GridBook } from '../../core/grid/types';
import { scanBook } from '../../core/scan';
import { readWorkbook } from './read';
import {
  absoluteTargets,
  backslashPaths,
  dates1904,
  namespacePrefixed,
  noReferences,
  otherFolder,
  otherXmlSpelling,
  partsSignature,
  rewrite,
  rowsReversed,
  strictOoxml,
  VALUE_CELLS,
  valueCells,
  wholeColumnLists,
  type PartEdit,
} from './_test/cases';
import { inflateWithZlib } from './reader/inflate-node';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'xlsx');
const base = new Uint8Array(readFileSync(path.join(FIXTURES, 'variant-messy-tasks.xlsx')));

/** Grids without their empty rows: a writer may or may not list rows that hold no value. */
function cells(book: GridBook) {
  return book.sheets.map((s) => ({
    name: s.name,
    hidden: !!s.hidden,
    merges: s.merges,
    rows: s.rows.flatMap((r, i) =>
      r && r.some((c) => c) ? [[i, r.flatMap((c, j) => (c ? [[j, c]] : []))]] : [],
    ),
  }));
}

const read = (bytes: Uint8Array) => readWorkbook(bytes, 'plan.xlsx', { inflate: inflateWithZlib });
const AS_OF = { asOf: '2024-11-20' };

describe('a workbook written another way reads and scans as the original', () => {
  let original: GridBook;
  beforeAll(async () => {
    original = await read(base);
    // The fixture has what the cases rewrite: dates, shared strings, merges, styles.
    expect(cells(original)[0]!.rows.length).toBeGreaterThan(10);
  });

  it.each<[string, PartEdit]>([
    ['namespace-prefixed parts (x:workbook, ns0:Relationships)', namespacePrefixed],
    ['backslashes in zip entry names', backslashPaths],
    ['the workbook under book/ instead of xl/, found through _rels/.rels', otherFolder],
    ['absolute relationship targets (/xl/worksheets/sheet1.xml)', absoluteTargets],
    ['strict OOXML namespaces (purl.oclc.org/ooxml)', strictOoxml],
    ['cells and rows without r (positions follow order)', noReferences],
    ['rows out of order', rowsReversed],
    [
      'single quotes, attributes in another order, CDATA and character references',
      otherXmlSpelling,
    ],
    ['the 1904 date system', dates1904],
    ['drop-down lists on six whole columns', wholeColumnLists(['A', 'B', 'C', 'D', 'E', 'F'])],
  ])('%s', async (_what, change) => {
    const bytes = await rewrite(base, change);
    expect(await partsSignature(bytes)).not.toBe(await partsSignature(base));
    const book = await read(bytes);
    expect(cells(book)).toEqual(cells(original));
    expect(JSON.stringify(scanBook(book, AS_OF))).toBe(JSON.stringify(scanBook(original, AS_OF)));
  });

  it('several at once: prefixed, strict, backslashes, no references, under another folder', async () => {
    const bytes = await rewrite(base, namespacePrefixed, strictOoxml, noReferences, otherFolder);
    const again = await rewrite(bytes, backslashPaths);
    expect(cells(await read(again))).toEqual(cells(original));
  });
});

describe('values exceljs lost', () => {
  it('formula results 0, FALSE and "", inline strings given as <v>, rich text after plain text, _x000D_, t="d"', async () => {
    const book = await read(await rewrite(base, valueCells));
    const row = book.sheets[0]!.rows[199]!;
    const got = Object.fromEntries(
      Object.keys(VALUE_CELLS).map((letter) => [letter, row[letter.charCodeAt(0) - 65]?.value]),
    );
    expect(got).toEqual(VALUE_CELLS);
  });

  it('the same with the browser inflater (fflate)', async () => {
    const bytes = await rewrite(base, valueCells, namespacePrefixed);
    const viaFflate = await readWorkbook(bytes, 'plan.xlsx');
    expect(cells(viaFflate)).toEqual(cells(await read(bytes)));
  });
});
