import { byteFormat, compoundNames, zipFormat, type ZipPart } from './format';
import { readWorkbook } from './read';
import { compoundFile, ODS_MIMETYPE, zipOf } from './_test/files';

/** The zip's directory, as the reader sees it (names, method, sizes, local header offsets). */
function partsOf(bytes: Uint8Array): ZipPart[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = bytes.length - 22;
  const parts: ZipPart[] = [];
  for (let p = view.getUint32(eocd + 16, true), n = view.getUint16(eocd + 10, true); n > 0; n--) {
    const nameLength = view.getUint16(p + 28, true);
    parts.push({
      name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      offset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return parts;
}

const text = (s: string) => new TextEncoder().encode(s);
const ODS = ODS_MIMETYPE;

describe('byteFormat: what the bytes are, whatever the name', () => {
  it.each<[string, string, Uint8Array]>([
    ['zero bytes', 'empty', new Uint8Array(0)],
    ['a zip', 'zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0])],
    ['a CSV in UTF-8', 'text', text('STT;Nội dung;Đơn vị chủ trì\r\n1;Rà soát;Văn phòng\r\n')],
    ['a CSV with a BOM', 'text', text('\ufeffSTT,Nội dung\n')],
    ['UTF-16 text (Excel "Unicode Text")', 'text', new Uint8Array([0xff, 0xfe, 0x53, 0, 0x54, 0])],
    [
      'HTML saved as .xls',
      'text',
      text('<html><body><table><tr><td>1</td></tr></table></body></html>'),
    ],
    [
      'TCVN3 text (8-bit)',
      'text',
      new Uint8Array([0x4e, 0xe9, 0x69, 0x20, 0x64, 0x75, 0x6e, 0x67, 0x0a]),
    ],
    ['binary bytes', 'unknown', new Uint8Array([1, 2, 3, 4, 0, 5, 6, 7])],
    ['a PDF', 'unknown', text('%PDF-1.7\n')],
    ['an .xls', 'xls', compoundFile(['Workbook', '\u0005SummaryInformation'])],
    ['an Excel 5 .xls', 'xls', compoundFile(['Book'])],
    [
      'a password-protected .xlsx',
      'encrypted',
      compoundFile(['EncryptionInfo', 'EncryptedPackage']),
    ],
    [
      'the same in 4096-byte sectors',
      'encrypted',
      compoundFile(['EncryptionInfo', 'EncryptedPackage'], 12),
    ],
    ['a Word .doc', 'compound', compoundFile(['WordDocument', '1Table'])],
    ['a Compound File cut short', 'damaged-compound', compoundFile(['Workbook']).slice(0, 100)],
  ])('%s: %s', (_what, format, bytes) => {
    expect(byteFormat(bytes)).toBe(format);
  });

  it('follows the directory through the FAT past its first sector', () => {
    const names = ['A', 'B', 'C', 'D', 'E', 'F', 'EncryptedPackage'];
    const bytes = compoundFile(names);
    expect(bytes.length).toBe(512 * 4); // header, FAT, two directory sectors
    expect(compoundNames(bytes)).toEqual(['Root Entry', ...names]);
    expect(byteFormat(bytes)).toBe('encrypted');
  });

  it('gives up on a directory chain that loops, without hanging', () => {
    const bytes = compoundFile(['Workbook']);
    new DataView(bytes.buffer).setUint32(512 + 4, 1, true); // sector 1 points to itself
    expect(compoundNames(bytes)).toBeNull();
  });
});

describe('zipFormat: what a zip holds', () => {
  it('tells an .xlsx, an .xlsb, an .ods and any other zip apart', async () => {
    const xlsx = await zipOf({
      '[Content_Types].xml': '<Types/>',
      'xl/workbook.xml': '<workbook/>',
    });
    const xlsb = await zipOf({ '[Content_Types].xml': '<Types/>', 'xl/workbook.bin': 'bin' });
    const ods = await zipOf({ 'content.xml': '<office:document-content/>' }, ODS);
    const odt = await zipOf({ 'content.xml': '<x/>' }, 'application/vnd.oasis.opendocument.text');
    const docx = await zipOf({ 'word/document.xml': '<w:document/>' });
    expect(zipFormat(xlsx, partsOf(xlsx))).toBe('xlsx');
    expect(zipFormat(xlsb, partsOf(xlsb))).toBe('xlsb');
    expect(zipFormat(ods, partsOf(ods))).toBe('ods');
    expect(zipFormat(odt, partsOf(odt))).toBe('other');
    expect(zipFormat(docx, partsOf(docx))).toBe('other');
  });
});

describe('readWorkbook names each format it refuses', () => {
  it.each<[string, string, () => Promise<Uint8Array> | Uint8Array]>([
    ['an empty file', 'empty-file', () => new Uint8Array(0)],
    ['an .xls', 'legacy-xls', () => compoundFile(['Workbook'])],
    [
      'a password-protected .xlsx',
      'encrypted-workbook',
      () => compoundFile(['EncryptionInfo', 'EncryptedPackage']),
    ],
    ['a .doc', 'not-a-workbook', () => compoundFile(['WordDocument'])],
    [
      'a Compound File cut short',
      'unreadable-workbook',
      () => compoundFile(['Workbook']).slice(0, 600),
    ],
    [
      'an .xlsb',
      'xlsb-workbook',
      () => zipOf({ '[Content_Types].xml': '<Types/>', 'xl/workbook.bin': 'b' }),
    ],
    ['an .ods', 'ods-workbook', () => zipOf({ 'content.xml': '<x/>' }, ODS)],
    ['a CSV', 'text-file', () => text('STT,Nội dung\n1,Rà soát\n')],
    ['a zip without a workbook', 'not-a-workbook', () => zipOf({ 'readme.txt': 'x' })],
    ['binary bytes', 'not-a-workbook', () => new Uint8Array([1, 2, 3, 0, 4])],
  ])('%s: %s', async (_what, failure, make) => {
    const bytes = await make();
    const before = Buffer.from(bytes).toString('base64');
    await expect(readWorkbook(bytes, 'x.xlsx')).rejects.toMatchObject({
      name: 'WorkbookReadError',
      failure,
    });
    expect(Buffer.from(bytes).toString('base64')).toBe(before);
  });
});
