/** Line ends in the XML of a part (found on SheetJS's test_files crlf/crlf.xlsx). */
import { tinyWorkbook } from '../_test/tiny-workbook';
import { readWorkbook } from '../read';

describe('line ends in a part', () => {
  it('reads a raw CR LF or CR as a line feed, as XML parsers do, and keeps escaped CRs', async () => {
    const bytes = await tinyWorkbook({
      sharedStrings:
        '<si><t>abc\r\ndef</t></si><si><t>abc_x000D_\r\ndef</t></si><si><t>a\rb&#13;c</t></si>',
      sheetData:
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>' +
        '<c r="C1" t="s"><v>2</v></c><c r="D1" t="inlineStr"><is><t>Dòng 1\r\nDòng 2</t></is></c></row>',
    });
    const cells = (await readWorkbook(bytes, 'xuong-dong.xlsx')).sheets[0]!.rows[0]!;
    expect(cells.map((c) => c?.value)).toEqual([
      'abc\ndef',
      'abc\r\ndef',
      'a\nb\rc',
      'Dòng 1\nDòng 2',
    ]);
  });
});
