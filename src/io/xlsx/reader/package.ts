/**
 * Where a workbook's parts are: the package relationships name the workbook part (not always
 * `xl/workbook.xml`), the workbook lists its sheets in order with their state, and its
 * relationships name each sheet's part, the shared strings and the styles.
 */
import { attributesOf, hasClosingTag, scanTags, XmlError } from './xml';

export interface Relationship {
  readonly type: string;
  /** The target's part name, resolved against the source part (no leading slash). */
  readonly target: string;
  readonly external: boolean;
}

/**
 * The folder a part's relationships are resolved against, and where they are stored.
 * @example relsPartOf('xl/workbook.xml') // 'xl/_rels/workbook.xml.rels'
 */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * A relationship target resolved against the part that holds it.
 * @example resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml') // 'xl/worksheets/sheet1.xml'
 * @example resolveTarget('xl/workbook.xml', '/xl/styles.xml') // 'xl/styles.xml'
 * @example resolveTarget('xl/workbook.xml', '../customXml/item1.xml') // 'customXml/item1.xml'
 */
export function resolveTarget(source: string, target: string): string {
  const clean = target.replace(/\\/g, '/');
  const base = clean.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of clean.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(decodeURIComponentSafe(segment));
  }
  return base.join('/');
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The relationships of a `.rels` part, by Id. */
export function parseRelationships(
  xml: string,
  part: string,
  source: string,
): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  scanTags(xml, part, (tag) => {
    if (tag.closing || tag.name !== 'Relationship') return;
    const a = attributesOf(xml, tag, part);
    const id = a.get('Id');
    const target = a.get('Target');
    if (!id || target === undefined) return;
    const external = a.get('TargetMode') === 'External';
    out.set(id, {
      type: a.get('Type') ?? '',
      target: external ? target : resolveTarget(source, target),
      external,
    });
  });
  return out;
}

/** What a relationship type is, whatever its namespace (transitional or strict OOXML). */
export function relType(rel: Relationship): string {
  return rel.type.slice(rel.type.lastIndexOf('/') + 1);
}

export interface SheetEntry {
  readonly name: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  /** The relationship id of the sheet's part. */
  readonly relId: string;
}

export interface WorkbookPart {
  readonly sheets: readonly SheetEntry[];
  /** Serial dates count from 1904-01-01 (Excel for Mac before 2011). */
  readonly date1904: boolean;
}

/** The workbook part: its sheets in order and its date system. */
export function parseWorkbook(xml: string, part: string): WorkbookPart {
  if (!hasClosingTag(xml, 'workbook')) throw new XmlError(part, 'cut short (no </workbook>)');
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  scanTags(xml, part, (tag) => {
    if (tag.closing) return;
    if (tag.name === 'workbookPr') {
      // Excel 365 repeats a workbookPr without date1904 in its extensions (x15:workbookPr):
      // only the one that states the date system sets it.
      const v = attributesOf(xml, tag, part).get('date1904');
      if (v !== undefined) date1904 = v === '1' || v === 'true';
    } else if (tag.name === 'sheet') {
      const a = attributesOf(xml, tag, part);
      const state = a.get('state');
      sheets.push({
        name: a.get('name') ?? '',
        state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
        // r:id, whatever the prefix bound to the relationships namespace.
        relId: a.get('id') ?? '',
      });
    }
  });
  return { sheets, date1904 };
}
