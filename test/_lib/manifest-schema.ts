/**
 * Offline validation of an Office Add-in manifest against Microsoft's XML schemas, kept in the
 * repository (test/schemas/office-addin-manifest/, README there for their source and changes).
 * The entry XSD's xs:import siblings are preloaded into xmllint's in-memory file system by name.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateXML, type XMLFileInfo, type XMLValidationResult } from 'xmllint-wasm';

export const MANIFEST_SCHEMA_DIR = path.resolve(
  __dirname,
  '..',
  'schemas',
  'office-addin-manifest',
);
const ENTRY_XSD = 'OfficeAppManifestV1_1.xsd';

function schemaFile(fileName: string): XMLFileInfo {
  return {
    fileName,
    contents: fs.readFileSync(path.join(MANIFEST_SCHEMA_DIR, fileName), 'utf8'),
  };
}

/** Validates manifest XML text against OfficeAppManifestV1_1.xsd and its imports. */
export async function validateManifest(xml: string): Promise<XMLValidationResult> {
  const imported = fs
    .readdirSync(MANIFEST_SCHEMA_DIR)
    .filter((f) => f.endsWith('.xsd') && f !== ENTRY_XSD)
    .sort();
  return validateXML({
    xml: { fileName: 'manifest.xml', contents: xml },
    schema: schemaFile(ENTRY_XSD),
    preload: imported.map(schemaFile),
  });
}

/** libxml2's messages, one per line, for a failed validation. */
export function schemaErrors(result: XMLValidationResult): string {
  return result.errors.map((e) => e.rawMessage).join('\n') || result.rawOutput;
}
