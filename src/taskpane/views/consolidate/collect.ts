/**
 * Gathering unit workbooks from what the office drops on the pane or picks as a folder: every
 * file of every folder, the workbooks kept (.xlsx, .xlsm), the rest named so the pane can say
 * what it left out.
 */

/** The part of a dropped item's entry the pane walks (the browser's FileSystemEntry, or a fake). */
export interface EntryLike {
  readonly name: string;
  /** Path from the dropped item ("/bao-cao/q3/vp.xlsx"); the name when absent. */
  readonly fullPath?: string;
  readonly isFile: boolean;
  readonly isDirectory: boolean;
}

export interface FileEntryLike<F> extends EntryLike {
  file(success: (file: F) => void, failure?: (error: unknown) => void): void;
}

export interface DirectoryEntryLike extends EntryLike {
  createReader(): {
    readEntries(success: (entries: EntryLike[]) => void, failure?: (error: unknown) => void): void;
  };
}

/** A workbook found, with its path in the picked or dropped folder (its name when none). */
export interface Found<F> {
  readonly file: F;
  readonly path: string;
}

/** What was found: the workbooks to read and the paths of the files left out. */
export interface Collected<F> {
  readonly workbooks: Found<F>[];
  readonly skipped: string[];
}

/**
 * Whether a file name is a workbook the pane reads: .xlsx or .xlsm, not Excel's "~$" lock file.
 * @example isWorkbookName('Van phong.XLSX') // true
 * @example isWorkbookName('~$van-phong.xlsx') // false
 * @example isWorkbookName('ghi-chu.docx') // false
 */
export function isWorkbookName(name: string): boolean {
  const base = name.split('/').pop() ?? name;
  return /\.(xlsx|xlsm)$/i.test(base) && !base.startsWith('~$');
}

/**
 * Splits picked or dropped files into workbooks and the rest (by name, with the folder path the
 * browser gives a folder's files).
 * @example splitWorkbooks([{ name: 'vp.xlsx' }, { name: 'a.pdf' }]) // { workbooks: [{ file: { name: 'vp.xlsx' }, path: 'vp.xlsx' }], skipped: ['a.pdf'] }
 */
export function splitWorkbooks<F extends { readonly name: string }>(
  files: readonly F[],
): Collected<F> {
  const workbooks: Found<F>[] = [];
  const skipped: string[] = [];
  for (const f of files) {
    if (isWorkbookName(f.name)) workbooks.push({ file: f, path: pathOf(f) });
    else skipped.push(pathOf(f));
  }
  return { workbooks, skipped };
}

function pathOf(f: { readonly name: string; readonly webkitRelativePath?: string }): string {
  return f.webkitRelativePath || f.name;
}

/** Every entry of a directory: the browser hands them out a batch (100 in Chromium) at a time. */
async function readAll(dir: DirectoryEntryLike): Promise<EntryLike[]> {
  const reader = dir.createReader();
  const all: EntryLike[] = [];
  for (;;) {
    const batch = await new Promise<EntryLike[]>((ok, fail) => reader.readEntries(ok, fail));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

const fileOf = <F>(entry: FileEntryLike<F>) => new Promise<F>((ok, fail) => entry.file(ok, fail));

/**
 * Walks dropped entries (files and folders, folders within folders) and keeps the workbooks, in
 * name order within each folder so the list reads as the folder does; other files are skipped
 * and named by their path.
 * @example await collectEntries([folderEntry]) // { workbooks: [{ file: File 'tt.xlsx', path: '/bao-cao/tt.xlsx' }, …], skipped: ['/bao-cao/ghi-chu.docx'] }
 */
export async function collectEntries<F>(entries: readonly EntryLike[]): Promise<Collected<F>> {
  const workbooks: Found<F>[] = [];
  const skipped: string[] = [];
  const walk = async (list: readonly EntryLike[]): Promise<void> => {
    const sorted = [...list].sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of sorted) {
      if (entry.isDirectory) await walk(await readAll(entry as DirectoryEntryLike));
      else if (!entry.isFile) continue;
      else if (isWorkbookName(entry.name)) {
        const file = await fileOf(entry as FileEntryLike<F>);
        workbooks.push({ file, path: entry.fullPath || entry.name });
      } else skipped.push(entry.fullPath || entry.name);
    }
  };
  await walk(entries);
  return { workbooks, skipped };
}

/** A drop's data as the pane reads it (the browser's DataTransfer, or a fake). */
export interface DropLike<F> {
  readonly items?: ArrayLike<{ kind: string; webkitGetAsEntry?: () => EntryLike | null }>;
  readonly files: ArrayLike<F>;
}

/**
 * The entries of a drop, taken at once: the browser empties a DataTransfer once the drop event
 * is over, so this runs inside the handler and the walk comes after. Null where the browser has
 * no entry for a dropped file: then the dropped files are all there is (no folders).
 * @example dropEntries(event.dataTransfer)?.length // 2
 */
export function dropEntries<F>(data: DropLike<F>): EntryLike[] | null {
  const items = data.items ? Array.from(data.items).filter((i) => i.kind === 'file') : [];
  if (!items.length || items.some((i) => typeof i.webkitGetAsEntry !== 'function')) return null;
  const entries = items.map((i) => i.webkitGetAsEntry!());
  // A file without an entry (a drop a script made, some browsers' downloads bar): files only.
  return entries.every((e): e is EntryLike => e !== null) ? entries : null;
}
