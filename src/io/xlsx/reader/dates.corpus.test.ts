/** Scientific number formats (found on SheetJS's test_files number_format.xlsm). */
import { tinyWorkbook } from '../_test/tiny-workbook';
import { readWorkbook } from '../read';
import { formatKind } from './dates';

describe('scientific number formats', () => {
  it.each(['0.00E+00', '0.0000E+00', '##0.0E+0', '0.00e-00', '[Red]0.0E+00'])(
    '%s shows a number, not a date',
    (code) => expect(formatKind(code)).toBe('other'),
  );

  it('still tells dates and eras apart from exponents', () => {
    expect(formatKind('e/mm/dd')).toBe('date');
    expect(formatKind('dd-mm-yyyy')).toBe('date');
  });

  it('reads 12345.6789 under the built-in 0.00E+00 (id 11) and a custom one as that number', async () => {
    const bytes = await tinyWorkbook({
      styles:
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0000E+00"/></numFmts>' +
        '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="11"/><xf numFmtId="164"/></cellXfs>',
      sheetData:
        '<row r="1"><c r="A1" s="1"><v>12345.6789</v></c><c r="B1" s="2"><v>12345.6789</v></c></row>',
    });
    const [a1, b1] = (await readWorkbook(bytes, 'so-khoa-hoc.xlsx')).sheets[0]!.rows[0]!;
    expect(a1).toEqual({ value: 12345.6789, format: '0.00E+00' });
    expect(b1).toEqual({ value: 12345.6789, format: '0.0000E+00' });
  });
});
