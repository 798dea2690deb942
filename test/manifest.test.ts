/**
 * Offline validation of manifest.xml against Microsoft's XML schemas for Office Add-in manifests
 * (kept in test/schemas/office-addin-manifest/, see test/_lib/manifest-schema.ts), plus checks on
 * the things the schema cannot see: icons on disk, requirement set, host, permissions.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { schemaErrors as formatErrors, validateManifest as validate } from './_lib/manifest-schema';

const ROOT = path.resolve(__dirname, '..');
const BASE_URL = 'https://localhost:3000/';
const OFFICE_APP_NS = 'http://schemas.microsoft.com/office/appforoffice/1.1';

const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

/** Width and height from a PNG's IHDR chunk (which must come first, right after the signature). */
function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!buf.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (buf.toString('ascii', 12, 16) !== 'IHDR') throw new Error(`${file}: first chunk is not IHDR`);
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** The manifest is small and ours, so attribute look-ups by regular expression are enough here. */
function attr(element: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(element)?.[1];
}

function elements(xml: string, tag: string): string[] {
  return xml.match(new RegExp(`<${tag}\\b[^>]*>`, 'g')) ?? [];
}

/** Local path under the repo for a URL the dev server will serve from dist/ (= repo layout). */
function localPathOf(url: string): string {
  expect(url.startsWith(BASE_URL)).toBe(true);
  return path.join(ROOT, url.slice(BASE_URL.length));
}

describe('manifest.xml', () => {
  it('is valid against the Office Add-in manifest XSDs', async () => {
    const result = await validate(manifest);
    if (!result.valid) console.error(`manifest.xml is invalid:\n${formatErrors(result)}`);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it.each([
    ['Id', /\s*<Id>[^<]*<\/Id>/],
    ['Permissions', /\s*<Permissions>[^<]*<\/Permissions>/],
    ['DefaultSettings', /\s*<DefaultSettings>[\s\S]*?<\/DefaultSettings>/],
  ])('is reported invalid when the required <%s> is removed', async (name, pattern) => {
    const broken = manifest.replace(pattern, '');
    expect(broken).not.toBe(manifest); // the element really was there and is gone
    const result = await validate(broken);
    expect(result.valid).toBe(false);
    // libxml2 names the element it wanted instead: "... Expected is ( {namespace}Id )."
    expect(formatErrors(result)).toContain(`Expected is ( {${OFFICE_APP_NS}}${name} )`);
  });

  it('runs in Excel (Workbook host) with ExcelApi 1.1 as the minimum requirement', () => {
    const hosts = elements(manifest, 'Host').filter((h) => attr(h, 'Name') !== undefined);
    expect(hosts.map((h) => attr(h, 'Name'))).toEqual(['Workbook']);
    expect(manifest).toMatch(/<Sets DefaultMinVersion="1\.1">/);
    const sets = elements(manifest, 'Set').map((s) => [attr(s, 'Name'), attr(s, 'MinVersion')]);
    expect(sets).toEqual([['ExcelApi', '1.1']]);
    // Command surface host in VersionOverrides is Excel too.
    expect(manifest).toMatch(/<Host xsi:type="Workbook">/);
  });

  it('asks for ReadWriteDocument permission', () => {
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  });

  it('is a task-pane app at version 0.1.0.0 with a fixed GUID', () => {
    expect(manifest).toMatch(/xsi:type="TaskPaneApp"/);
    expect(manifest).toMatch(/<Version>0\.1\.0\.0<\/Version>/);
    expect(manifest).toMatch(
      /<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/,
    );
  });

  it('references icons that exist in assets/ with the declared pixel sizes', () => {
    const declared = new Map<string, number>(); // URL -> size in px
    const iconUrl = attr(elements(manifest, 'IconUrl')[0] ?? '', 'DefaultValue');
    const hiResUrl = attr(elements(manifest, 'HighResolutionIconUrl')[0] ?? '', 'DefaultValue');
    expect(iconUrl).toBeDefined();
    expect(hiResUrl).toBeDefined();
    declared.set(iconUrl as string, 32);
    declared.set(hiResUrl as string, 64); // the manifest reference: 64×64

    // <bt:Image id=".." DefaultValue="url"/> resources, and their size="N" uses in <Icon> lists.
    const resourceUrl = new Map<string, string>();
    for (const img of elements(manifest, 'bt:Image')) {
      const id = attr(img, 'id');
      const url = attr(img, 'DefaultValue');
      if (id && url) resourceUrl.set(id, url);
    }
    const uses = elements(manifest, 'bt:Image').filter((img) => attr(img, 'resid'));
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) {
      const url = resourceUrl.get(attr(use, 'resid') as string);
      expect(url).toBeDefined();
      const size = Number(attr(use, 'size'));
      const previous = declared.get(url as string);
      if (previous !== undefined) expect(size).toBe(previous);
      declared.set(url as string, size);
    }
    expect([...new Set(declared.values())].sort((a, b) => a - b)).toEqual([16, 32, 64, 80]);

    for (const [url, size] of declared) {
      const file = localPathOf(url);
      expect(path.dirname(file)).toBe(path.join(ROOT, 'assets'));
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  it('ships every generated icon size in assets/', () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(path.join(ROOT, 'assets', `icon-${size}.png`))).toEqual({
        width: size,
        height: size,
      });
    }
  });

  it('lets a workbook reopen with the pane beside it (Office.AutoShowTaskpaneWithDocument)', () => {
    // The pane sets the document setting of the same name once it wrote a report.
    expect(manifest).toMatch(/<TaskpaneId>Office\.AutoShowTaskpaneWithDocument<\/TaskpaneId>/);
  });

  it('points the task pane at the page built from src/taskpane/taskpane.html', () => {
    const source = attr(elements(manifest, 'SourceLocation')[0] ?? '', 'DefaultValue');
    // ?office: the page knows it runs inside Office and waits for it (docs/ADDIN.md).
    expect(source).toBe(`${BASE_URL}taskpane.html?office`);
    expect(fs.existsSync(path.join(ROOT, 'src', 'taskpane', 'taskpane.html'))).toBe(true);
  });
});
