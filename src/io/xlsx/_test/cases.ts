/**
 * Workbooks as other programs and users' Excel save them, made from a real fixture by rewriting
 * its parts the way those programs write them: each must read exactly as the original does (or,
 * for the value cases, give the values written). In memory, from files in the repository only.
 */
import JSZip from 'jszip';

export type PartEdit = (zip: JSZip) => Promise<void>;

export async function text(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) throw new Error(`no part ${name}`);
  return file.async('string');
}

export async function edit(
  zip: JSZip,
  name: string,
  change: (xml: string) => string,
): Promise<void> {
  zip.file(name, change(await text(zip, name)));
}

/** The bytes of `base` with its parts edited; compression as Excel's (deflate). */
export async function rewrite(base: Uint8Array, ...edits: PartEdit[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(base);
  for (const e of edits) await e(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The parts' names and texts: what a rewrite must change for its test to mean anything. */
export async function partsSignature(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).sort();
  const texts = await Promise.all(names.map((n) => zip.file(n)?.async('string') ?? ''));
  return names.map((n, i) => `${n}\n${texts[i]}`).join('\n');
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS_DOC = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const STRICT_RELS_DOC = 'http://purl.oclc.org/ooxml/officeDocument/relationships';

/** Every element of a part written with a prefix (`x:workbook`), as web-report exports do. */
export function prefixElements(xml: string, prefix: string, ns: string): string {
  return xml
    .replace(/<(\/?)(?![?!])([A-Za-z][\w.-]*)(?=[\s/>])/g, (_m, slash: string, name: string) =>
      name.includes(':') ? `<${slash}${name}` : `<${slash}${prefix}:${name}`,
    )
    .replace(new RegExp(`xmlns="${ns.replace(/[.?/]/g, '\\$&')}"`), `xmlns:${prefix}="${ns}"`);
}

/** Every workbook, sheet, string and style part with a prefix; relationship parts with `ns0:`. */
export const namespacePrefixed: PartEdit = async (zip) => {
  for (const name of Object.keys(zip.files)) {
    if (/^xl\/(workbook|sharedStrings|styles|worksheets\/sheet\d+)\.xml$/.test(name))
      await edit(zip, name, (xml) => prefixElements(xml, 'x', MAIN));
    else if (name.endsWith('.rels'))
      await edit(zip, name, (xml) =>
        prefixElements(xml, 'ns0', 'http://schemas.openxmlformats.org/package/2006/relationships'),
      );
  }
};

/** Zip entries named with backslashes (`xl\worksheets\sheet1.xml`), as some Windows tools store them. */
export const backslashPaths: PartEdit = async (zip) => {
  for (const name of Object.keys(zip.files)) {
    const file = zip.file(name);
    if (!file || !name.includes('/')) continue;
    const bytes = await file.async('uint8array');
    zip.remove(name);
    zip.file(name.replace(/\//g, '\\'), bytes, { createFolders: false });
  }
};

/** The workbook stored under `book/` instead of `xl/`, found only through `_rels/.rels`. */
export const otherFolder: PartEdit = async (zip) => {
  for (const name of Object.keys(zip.files)) {
    const file = zip.file(name);
    if (!file || !name.startsWith('xl/')) continue;
    const bytes = await file.async('uint8array');
    zip.remove(name);
    zip.file(`book/${name.slice(3)}`, bytes);
  }
  await edit(zip, '_rels/.rels', (xml) =>
    xml.replace('Target="xl/workbook.xml"', 'Target="book/workbook.xml"'),
  );
  await edit(zip, '[Content_Types].xml', (xml) => xml.replace(/\/xl\//g, '/book/'));
};

/** Relationship targets written as absolute part names (`/xl/worksheets/sheet1.xml`). */
export const absoluteTargets: PartEdit = async (zip) => {
  await edit(zip, 'xl/_rels/workbook.xml.rels', (xml) =>
    xml.replace(/Target="(?!\/)/g, 'Target="/xl/'),
  );
  await edit(zip, '_rels/.rels', (xml) => xml.replace(/Target="(?!\/)/g, 'Target="/'));
};

/** Strict OOXML (ISO 29500 strict): other namespaces for the parts and relationship types. */
export const strictOoxml: PartEdit = async (zip) => {
  for (const name of Object.keys(zip.files)) {
    if (!zip.file(name) || !/\.(xml|rels)$/.test(name)) continue;
    await edit(zip, name, (xml) =>
      xml
        .split(MAIN)
        .join(STRICT_MAIN)
        .split(RELS_DOC)
        .join(STRICT_RELS_DOC)
        .split('http://schemas.openxmlformats.org/officeDocument/2006/relationships/')
        .join('http://purl.oclc.org/ooxml/officeDocument/relationships/'),
    );
  }
};

/** Cells and rows written without `r` (positions follow order), as some generators do. */
export const noReferences: PartEdit = async (zip) => {
  for (const name of Object.keys(zip.files).filter((n) => /worksheets\/sheet\d+\.xml$/.test(n)))
    await edit(zip, name, (xml) => withoutReferences(xml));
};

/** Drops `r` from cells and rows where the position follows from order (every row listed). */
function withoutReferences(xml: string): string {
  let expectedRow = 1;
  return xml.replace(
    /<row r="(\d+)"([^>]*)>([\s\S]*?)<\/row>/g,
    (whole, r: string, rest: string, cells: string) => {
      const row = Number(r);
      const keepRow = row !== expectedRow;
      expectedRow = row + 1;
      let expectedCol = 1;
      const inner = cells.replace(/<c r="([A-Z]+)\d+"/g, (m, letters: string) => {
        const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
        const keep = col !== expectedCol;
        expectedCol = col + 1;
        return keep ? m : '<c';
      });
      return `<row${keepRow ? ` r="${r}"` : ''}${rest}>${inner}</row>`;
    },
  );
}

/** Rows written in reverse order (the reader places them by their `r`). */
export const rowsReversed: PartEdit = async (zip) => {
  for (const name of Object.keys(zip.files).filter((n) => /worksheets\/sheet\d+\.xml$/.test(n)))
    await edit(zip, name, (xml) =>
      xml.replace(
        /(<sheetData>)([\s\S]*)(<\/sheetData>)/,
        (_m, open: string, rows: string, close: string) =>
          open + (rows.match(/<row[\s\S]*?<\/row>|<row[^>]*\/>/g) ?? []).reverse().join('') + close,
      ),
    );
};

/** Attributes in single quotes and in another order, and text as CDATA and character references. */
export const otherXmlSpelling: PartEdit = async (zip) => {
  for (const name of Object.keys(zip.files).filter((n) => /worksheets\/sheet\d+\.xml$/.test(n)))
    await edit(zip, name, (xml) =>
      xml.replace(/<c r="([A-Z]+\d+)"((?: [a-z]+="[^"]*")*)/g, (_m, r: string, rest: string) => {
        const attrs = rest.trim()
          ? rest
              .trim()
              .split(' ')
              .reverse()
              .map((a) => a.replace(/"/g, "'"))
          : [];
        return `<c ${attrs.join(' ')}${attrs.length ? ' ' : ''}r='${r}'`;
      }),
    );
  await edit(zip, 'xl/sharedStrings.xml', (xml) =>
    xml.replace(/<t([^>]*)>([^<]*)<\/t>/g, (_m, attrs: string, body: string) =>
      body.includes('&') || body.length === 0
        ? `<t${attrs}>${body}</t>`
        : `<t${attrs}><![CDATA[${body.slice(0, 1)}]]>${[...body.slice(1)].map((ch) => `&#${ch.codePointAt(0)};`).join('')}</t>`,
    ),
  );
};

/** The 1904 date system (Excel for Mac before 2011): serials 1462 days smaller for the same days. */
export const dates1904: PartEdit = async (zip) => {
  await edit(zip, 'xl/workbook.xml', (xml) =>
    xml.includes('<workbookPr')
      ? xml.replace('<workbookPr', '<workbookPr date1904="1"')
      : xml.replace('<sheets>', '<workbookPr date1904="1"/><sheets>'),
  );
  const dateStyles = await dateStyleIndexes(zip);
  for (const name of Object.keys(zip.files).filter((n) => /worksheets\/sheet\d+\.xml$/.test(n)))
    await edit(zip, name, (xml) =>
      xml.replace(
        /<c ([^>]*?)s="(\d+)"([^>]*)><v>([\d.]+)<\/v>/g,
        (m, a: string, s: string, b: string, v: string) =>
          dateStyles.has(Number(s)) && !/t="/.test(a + b)
            ? `<c ${a}s="${s}"${b}><v>${Number(v) - 1462}</v>`
            : m,
      ),
    );
};

async function dateStyleIndexes(zip: JSZip): Promise<Set<number>> {
  const styles = await text(zip, 'xl/styles.xml');
  const custom = new Map<number, string>();
  for (const m of styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g))
    custom.set(Number(m[1]), m[2]!);
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const out = new Set<number>();
  [...xfs.matchAll(/<xf [^>]*?numFmtId="(\d+)"/g)].forEach((m, i) => {
    const id = Number(m[1]);
    const code = custom.get(id) ?? '';
    if ((id >= 14 && id <= 17) || /d|y/i.test(code.replace(/"[^"]*"/g, ''))) out.add(i);
  });
  return out;
}

/** Adds drop-down lists over whole columns (`E1:E1048576`), as an officer sets a status list. */
export function wholeColumnLists(columns: readonly string[]): PartEdit {
  return async (zip) => {
    const lists = columns
      .map(
        (c) =>
          `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${c}1:${c}1048576"><formula1>"Đã hoàn thành,Đang thực hiện,Chưa thực hiện"</formula1></dataValidation>`,
      )
      .join('');
    await edit(zip, 'xl/worksheets/sheet1.xml', (xml) =>
      xml.replace(
        /(<\/sheetData>(?:<mergeCells[\s\S]*?<\/mergeCells>)?)/,
        `$1<dataValidations count="${columns.length}">${lists}</dataValidations>`,
      ),
    );
  };
}

/** The cells {@link valueCells} adds in row 200, and what each must read as. */
export const VALUE_CELLS = {
  A: 0, // a formula whose cached result is 0
  B: false, // a formula whose cached result is FALSE
  C: '', // a formula whose cached result is the empty text
  D: 'Inline có giá trị', // an inline string given as <v>, without <is>
  E: 'Đầu đậm', // rich text after plain text, phonetic guide left out
  F: 'Dòng 1\r\nDòng 2 thêm', // a shared string with Excel's _x000D_ escape, then a run
  G: { kind: 'error', code: '#DIV/0!' },
  H: { kind: 'date', iso: '2025-06-30' }, // t="d", an ISO date cell
} as const;

/** Adds row 200 of {@link VALUE_CELLS} to the first sheet, written as Excel and others write them. */
export const valueCells: PartEdit = async (zip) => {
  let index = 0;
  await edit(zip, 'xl/sharedStrings.xml', (xml) => {
    index = (xml.match(/<si>/g) ?? []).length;
    return xml.replace(
      '</sst>',
      '<si><t xml:space="preserve">Dòng 1_x000D_\nDòng 2</t><r><t xml:space="preserve"> thêm</t></r></si></sst>',
    );
  });
  const row =
    '<row r="200">' +
    '<c r="A200"><f>0*1</f><v>0</v></c>' +
    '<c r="B200" t="b"><f>1&gt;2</f><v>0</v></c>' +
    '<c r="C200" t="str"><f>""</f><v></v></c>' +
    '<c r="D200" t="inlineStr"><v>Inline có giá trị</v></c>' +
    '<c r="E200" t="inlineStr"><is><t xml:space="preserve">Đầu </t><r><rPr><b/></rPr><t>đậm</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></is></c>' +
    `<c r="F200" t="s"><v>${index}</v></c>` +
    '<c r="G200" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
    '<c r="H200" t="d"><v>2025-06-30T00:00:00</v></c>' +
    '</row>';
  await edit(zip, 'xl/worksheets/sheet1.xml', (xml) =>
    xml.replace('</sheetData>', `${row}</sheetData>`),
  );
};
