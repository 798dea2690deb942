/** The date system, as Excel 365 writes it (found on SheetJS's test_files 1904/1904.xlsx). */
import { tinyWorkbook } from '../_test/tiny-workbook';
import { readWorkbook } from '../read';
import { parseWorkbook } from './package';

const DATE_STYLE =
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd;@"/></numFmts>' +
  '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs>';
/** What Excel 365 appends to every workbook part: a second workbookPr, without date1904. */
const X15_EXTENSION =
  '<extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" ' +
  'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">' +
  '<x15:workbookPr chartTrackingRefBase="1"/></ext></extLst>';

describe('the 1904 date system', () => {
  it('is kept when an extension repeats workbookPr without date1904', () => {
    const xml =
      '<workbook><workbookPr date1904="1"/><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets>' +
      `${X15_EXTENSION}</workbook>`;
    expect(parseWorkbook(xml, 'xl/workbook.xml').date1904).toBe(true);
  });

  it('puts serial 1 of a 1904 workbook with Excel 365 extensions on 2 January 1904', async () => {
    const bytes = await tinyWorkbook({
      beforeSheets: '<workbookPr date1904="1" defaultThemeVersion="166925"/>',
      afterSheets: X15_EXTENSION,
      styles: DATE_STYLE,
      sheetData: '<row r="1"><c r="A1" s="1"><v>1</v></c></row>',
    });
    const book = await readWorkbook(bytes, '1904.xlsx');
    expect(book.sheets[0]!.rows[0]![0]!.value).toEqual({ kind: 'date', iso: '1904-01-02' });
  });

  it('stays the 1900 system when only an extension has a workbookPr', () => {
    const xml = `<workbook><sheets/>${X15_EXTENSION}</workbook>`;
    expect(parseWorkbook(xml, 'xl/workbook.xml').date1904).toBe(false);
  });
});
