/** The General format in capitals (found on SheetJS's test_files LONumbers.xlsx, LibreOffice). */
import { tinyWorkbook } from '../_test/tiny-workbook';
import { readWorkbook } from '../read';
import { parseStyles } from './styles';

describe('the General format', () => {
  it('is General in any case: no format code, not a date', () => {
    const xml =
      '<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="GENERAL"/>' +
      '<numFmt numFmtId="165" formatCode="general"/></numFmts>' +
      '<cellXfs count="2"><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>';
    expect(parseStyles(xml, 'xl/styles.xml')).toEqual([
      { code: undefined, kind: 'other' },
      { code: undefined, kind: 'other' },
    ]);
  });

  it('gives a number under a custom "GENERAL" no format, like one under the built-in General', async () => {
    const bytes = await tinyWorkbook({
      styles:
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="GENERAL"/></numFmts>' +
        '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs>',
      sheetData: '<row r="1"><c r="A1" s="1"><v>-1.2</v></c><c r="B1" s="0"><v>-1.2</v></c></row>',
    });
    const cells = (await readWorkbook(bytes, 'libreoffice.xlsx')).sheets[0]!.rows[0]!;
    expect(cells).toEqual([{ value: -1.2 }, { value: -1.2 }]);
  });
});
