/**
 * A one-sheet .xlsx written part by part, for reader tests that need XML exactly as some program
 * writes it (attributes, extensions, line ends) rather than as exceljs would.
 */
import { zipOf } from './files';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface TinyWorkbook {
  /** What goes inside `<workbook>` before `<sheets>` (e.g. a `<workbookPr/>`). */
  readonly beforeSheets?: string;
  /** What goes inside `<workbook>` after `<sheets>` (e.g. an `<extLst>`). */
  readonly afterSheets?: string;
  /** The rows of the sheet: what goes inside `<sheetData>`. */
  readonly sheetData: string;
  /** What goes inside `<styleSheet>`; no styles part when absent. */
  readonly styles?: string;
  /** The shared strings' `<si>` elements; no shared-strings part when absent. */
  readonly sharedStrings?: string;
}

/** The bytes of a workbook with one sheet named "Sheet1" made of these parts. */
export function tinyWorkbook(book: TinyWorkbook): Promise<Uint8Array> {
  const rels = [
    `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>`,
    book.styles !== undefined
      ? `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>`
      : '',
    book.sharedStrings !== undefined
      ? `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`
      : '',
  ].join('');
  const parts: Record<string, string> = {
    '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${book.beforeSheets ?? ''}<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>${book.afterSheets ?? ''}</workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="${PKG}">${rels}</Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${book.sheetData}</sheetData></worksheet>`,
  };
  if (book.styles !== undefined)
    parts['xl/styles.xml'] =
      `<?xml version="1.0"?><styleSheet xmlns="${MAIN}">${book.styles}</styleSheet>`;
  if (book.sharedStrings !== undefined)
    parts['xl/sharedStrings.xml'] =
      `<?xml version="1.0"?><sst xmlns="${MAIN}">${book.sharedStrings}</sst>`;
  return zipOf(parts);
}
