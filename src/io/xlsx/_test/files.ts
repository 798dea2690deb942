/**
 * Small files of the formats users try instead of an .xlsx, built in memory for tests: no file
 * from outside the repository. Not part of the build (tsconfig.cli.json leaves _test out).
 */
import JSZip from 'jszip';

/**
 * A Compound File (MS-CFB) holding empty streams of these names: the header, one FAT sector,
 * then the directory, four 128-byte entries to a 512-byte sector (chained through the FAT when
 * it takes more than one), the way Excel writes an .xls or a password-protected .xlsx.
 */
export function compoundFile(streams: readonly string[], shift: 9 | 12 = 9): Uint8Array {
  const size = 1 << shift;
  const entries = ['Root Entry', ...streams];
  const dirSectors = Math.ceil((entries.length * 128) / size);
  const out = new Uint8Array(size * (2 + dirSectors));
  const view = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, shift === 9 ? 3 : 4, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, shift, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, 1, true); // one FAT sector
  view.setUint32(0x30, 1, true); // the directory starts at sector 1
  view.setUint32(0x44, 0xfffffffe, true); // no DIFAT sector
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + 4 * i, 0xffffffff, true);
  view.setUint32(0x4c, 0, true); // the FAT is sector 0
  const sector = (n: number) => (n + 1) * size;
  for (let i = 0; i < size / 4; i++) view.setUint32(sector(0) + 4 * i, 0xffffffff, true);
  view.setUint32(sector(0), 0xfffffffd, true); // sector 0 holds the FAT
  for (let d = 0; d < dirSectors; d++)
    view.setUint32(sector(0) + 4 * (1 + d), d + 1 < dirSectors ? d + 2 : 0xfffffffe, true);
  entries.forEach((name, i) => {
    const at = sector(1 + Math.floor((i * 128) / size)) + ((i * 128) % size);
    for (let k = 0; k < name.length; k++) view.setUint16(at + 2 * k, name.charCodeAt(k), true);
    view.setUint16(at + 64, 2 * (name.length + 1), true);
    out[at + 66] = i === 0 ? 5 : 2;
    view.setUint32(at + 116, 0xfffffffe, true);
  });
  return out;
}

/** A zip of text parts; `mimetypeFirst` adds a stored `mimetype` part first, as OpenDocument does. */
export async function zipOf(
  parts: Record<string, string>,
  mimetypeFirst?: string,
): Promise<Uint8Array> {
  const zip = new JSZip();
  if (mimetypeFirst) zip.file('mimetype', mimetypeFirst, { compression: 'STORE' });
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The OpenDocument spreadsheet media type, as an .ods file's `mimetype` part holds it. */
export const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';
