/**
 * From the package to the sheets: `_rels/.rels` names the workbook part, whose relationships name
 * the sheets, the shared strings and the styles; each is read once, in the workbook's order.
 */
import type { Grid } from '../../../core/grid/types';
import {
  parseRelationships,
  parseWorkbook,
  relsPartOf,
  relType,
  type WorkbookPart,
} from './package';
import { parseSharedStrings } from './shared-strings';
import { parseSheet } from './sheet';
import { parseStyles } from './styles';
import { XmlError } from './xml';
import type { ZipParts } from './zip';

/** Where an .xlsx keeps its workbook when the package relationships do not say. */
const DEFAULT_WORKBOOK = 'xl/workbook.xml';

export interface LocatedWorkbook {
  readonly part: string;
  readonly workbook: WorkbookPart;
  readonly rels: ReturnType<typeof parseRelationships>;
}

/**
 * The workbook part, followed from the package relationships (`officeDocument`, transitional or
 * strict), or `xl/workbook.xml` when they are missing; null when the zip holds no workbook.
 */
export function locateWorkbook(parts: ZipParts): LocatedWorkbook | null {
  let part: string | null = null;
  const packageRels = parts.textOf('_rels/.rels');
  if (packageRels !== null) {
    for (const rel of parseRelationships(packageRels, '_rels/.rels', '').values())
      if (relType(rel) === 'officeDocument' && !rel.external && parts.has(rel.target))
        part = rel.target;
  }
  if (part === null && parts.has(DEFAULT_WORKBOOK)) part = DEFAULT_WORKBOOK;
  if (part === null || !/\.xml$/i.test(part)) return null; // an .xlsb names workbook.bin
  const xml = parts.textOf(part) ?? '';
  const workbook = parseWorkbook(xml, part);
  const relsPart = relsPartOf(part);
  const relsXml = parts.textOf(relsPart);
  const rels = relsXml === null ? new Map() : parseRelationships(relsXml, relsPart, part);
  return { part, workbook, rels };
}

/** Characters Excel never allows in a sheet name: a name with one is a damaged workbook. */
const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/;

/** Every worksheet of the workbook as a grid (chart and dialog sheets have no cells and are left out). */
export function readSheets(parts: ZipParts, located: LocatedWorkbook): Grid[] {
  const { rels, workbook, part } = located;
  const target = (type: string) =>
    [...rels.values()].find((r) => relType(r) === type && !r.external)?.target;
  const stringsPart = target('sharedStrings');
  const stylesPart = target('styles');
  const strings = stringsPart ? parseSharedStrings(parts.textOf(stringsPart), stringsPart) : [];
  const styles = stylesPart ? parseStyles(parts.textOf(stylesPart), stylesPart) : [];
  const context = { strings, styles, date1904: workbook.date1904 };
  const grids: Grid[] = [];
  for (const sheet of workbook.sheets) {
    if (!sheet.name || FORBIDDEN_IN_SHEET_NAME.test(sheet.name))
      throw new XmlError(part, `sheet name "${sheet.name}" is not allowed`);
    const rel = rels.get(sheet.relId);
    if (!rel || relType(rel) !== 'worksheet') continue;
    const bytes = parts.bytesOf(rel.target);
    if (bytes === null) throw new XmlError(part, `sheet "${sheet.name}": no part ${rel.target}`);
    grids.push(
      parseSheet(
        bytes,
        rel.target,
        { name: sheet.name, hidden: sheet.state !== 'visible' },
        context,
      ),
    );
  }
  return grids;
}
