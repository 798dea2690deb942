/** A workbook that lost its workbook part (found on exceljs's missing-bits.xlsx). */
import { zipOf } from './_test/files';
import { readWorkbook, WorkbookReadError } from './read';

const SHEET =
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
  '<row r="1"><c r="A1"><v>42</v></c></row></sheetData></worksheet>';

async function failureOf(bytes: Uint8Array): Promise<string> {
  try {
    await readWorkbook(bytes, 'x.xlsx');
  } catch (e) {
    if (e instanceof WorkbookReadError) return e.failure;
    throw e;
  }
  return 'read';
}

describe('a zip without a workbook part', () => {
  it('is a damaged workbook when it holds worksheets', async () => {
    const bytes = await zipOf({
      'xl/_rels/workbook.xml.rels': '<Relationships/>',
      'xl/worksheets/sheet1.xml': SHEET,
    });
    expect(await failureOf(bytes)).toBe('unreadable-workbook');
  });

  it('is not a workbook when it holds none (a Word document, a zip of photos)', async () => {
    const docx = await zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w/>' });
    expect(await failureOf(docx)).toBe('not-a-workbook');
  });
});
