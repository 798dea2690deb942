/**
 * Writing the command's files (the consolidated report, the templates) so that every way it can
 * fail ends in one line, Vietnamese then English, naming the path and saying what to do (exit 1),
 * never in Node's stack. Folders are created one level at a time: `fs.mkdir(…, { recursive })`
 * loops forever on some paths (under /proc, mkdir answers ENOENT for a parent that exists).
 */
import { promises as fs } from 'fs';
import path from 'path';
import { CliFailure } from './args';
import { EXIT } from './commands';

export type OutputFailure =
  | 'is-a-directory'
  | 'not-a-directory'
  | 'not-writable'
  | 'file-locked'
  | 'cannot-create'
  | 'disk-full'
  | 'write-failed';

/** What is written, to name it in the message, and the option that chooses where. */
export interface OutputKind {
  readonly vi: string;
  readonly en: string;
  readonly option: '--out' | '--out-dir';
}

export const REPORT: OutputKind = { vi: 'báo cáo', en: 'the report', option: '--out' };
export const TEMPLATES: OutputKind = {
  vi: 'biểu mẫu',
  en: 'the templates',
  option: '--out-dir',
};

/** An output that cannot be written: one line in both languages (exit 1). */
export class OutputError extends CliFailure {
  constructor(
    readonly failure: OutputFailure,
    readonly file: string,
    kind: OutputKind,
    /** The path that stands in the way (a file where a folder is needed, a read-only folder). */
    blocker: string = file,
    code?: string,
  ) {
    super(outputMessage(failure, file, kind, blocker, code), EXIT.output);
    this.name = 'OutputError';
  }
}

function outputMessage(
  failure: OutputFailure,
  file: string,
  kind: OutputKind,
  blocker: string,
  code?: string,
): string {
  const { vi, en, option } = kind;
  const example = path.join(file, 'bao-cao.xlsx');
  switch (failure) {
    case 'is-a-directory':
      return `Không ghi được ${vi}: ${file} là một thư mục; hãy chọn tên tệp, ví dụ ${option} ${example} / Cannot write ${en}: ${file} is a folder; choose a file name, e.g. ${option} ${example}`;
    case 'not-a-directory':
      return `Không ghi được ${vi} vào ${file}: ${blocker} là một tệp, không phải thư mục; hãy chọn thư mục khác bằng ${option} / Cannot write ${en} to ${file}: ${blocker} is a file, not a folder; choose another folder with ${option}`;
    case 'not-writable':
      return `Không ghi được ${vi} vào ${file}: không có quyền ghi vào ${blocker}; hãy chọn thư mục khác bằng ${option} / Cannot write ${en} to ${file}: ${blocker} is not writable; choose another folder with ${option}`;
    case 'file-locked':
      return `Không ghi được ${vi} vào ${file}: tệp đang mở trong chương trình khác (Excel?) hoặc chỉ cho đọc; hãy đóng tệp hoặc chọn tên khác bằng ${option} / Cannot write ${en} to ${file}: the file is open in another program (Excel?) or read-only; close it or choose another name with ${option}`;
    case 'cannot-create':
      return `Không ghi được ${vi} vào ${file}: thư mục ${blocker} không có và không tạo được; hãy chọn thư mục khác bằng ${option} / Cannot write ${en} to ${file}: the folder ${blocker} does not exist and cannot be created; choose another folder with ${option}`;
    case 'disk-full':
      return `Không ghi được ${vi} vào ${file}: ổ đĩa đã đầy; hãy giải phóng chỗ trống hoặc chọn ổ khác bằng ${option} / Cannot write ${en} to ${file}: the disk is full; free some space or choose another drive with ${option}`;
    case 'write-failed':
      return `Không ghi được ${vi} vào ${file} (${code ?? 'lỗi'}); hãy chọn nơi khác bằng ${option} / Cannot write ${en} to ${file} (${code ?? 'error'}); choose another place with ${option}`;
  }
}

function errorCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'unknown';
}

async function statOrNull(p: string) {
  try {
    return await fs.stat(p);
  } catch (e) {
    const code = errorCode(e);
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw e;
  }
}

/**
 * The nearest folder above `dir` (or `dir` itself) that exists, and the missing ones below it,
 * outermost first. Throws when a file stands where a folder is needed.
 */
async function existingAncestor(
  dir: string,
  target: string,
  kind: OutputKind,
): Promise<{ existing: string; missing: string[] }> {
  const missing: string[] = [];
  for (let p = path.resolve(dir); ; p = path.dirname(p)) {
    let stat;
    try {
      stat = await statOrNull(p);
    } catch (e) {
      throw new OutputError('not-writable', target, kind, p, errorCode(e));
    }
    if (stat) {
      if (!stat.isDirectory()) throw new OutputError('not-a-directory', target, kind, p);
      return { existing: p, missing: missing.reverse() };
    }
    if (path.dirname(p) === p) throw new OutputError('cannot-create', target, kind, p);
    missing.push(p);
  }
}

function writeFailure(e: unknown, target: string, kind: OutputKind, where: string): OutputError {
  const code = errorCode(e);
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new OutputError('not-writable', target, kind, where, code);
    case 'EBUSY':
    case 'ETXTBSY':
      return new OutputError('file-locked', target, kind, where, code);
    case 'ENOENT':
      return new OutputError('cannot-create', target, kind, where, code);
    case 'ENOTDIR':
      return new OutputError('not-a-directory', target, kind, where, code);
    case 'EISDIR':
      return new OutputError('is-a-directory', target, kind, where, code);
    case 'ENOSPC':
    case 'EDQUOT':
      return new OutputError('disk-full', target, kind, where, code);
    default:
      return new OutputError('write-failed', target, kind, where, code);
  }
}

/**
 * Creates `dir` and the folders missing above it, one at a time (bounded by the path's depth).
 * @throws OutputError when a file stands in the way or a folder cannot be created.
 */
export async function makeDirectory(dir: string, kind: OutputKind, target = dir): Promise<void> {
  const { missing } = await existingAncestor(dir, target, kind);
  for (const m of missing) {
    try {
      await fs.mkdir(m);
    } catch (e) {
      if (errorCode(e) === 'EEXIST') {
        const stat = await statOrNull(m);
        if (stat?.isDirectory()) continue; // made meanwhile
        throw new OutputError('not-a-directory', target, kind, m);
      }
      // ENOENT: this folder cannot be made (under /proc, say); otherwise its parent refuses.
      throw writeFailure(e, target, kind, errorCode(e) === 'ENOENT' ? m : path.dirname(m));
    }
  }
}

/**
 * Before any work: refuses an output file that is a folder, or whose folder cannot hold it.
 * Creates nothing. The write itself can still fail ({@link writeOutputFile} says why).
 */
export async function checkOutputFile(file: string, kind: OutputKind): Promise<void> {
  const stat = await statOrNull(file).catch(() => null);
  if (stat?.isDirectory()) throw new OutputError('is-a-directory', file, kind);
  await existingAncestor(path.dirname(path.resolve(file)), file, kind);
}

/** Before any work: refuses an output folder that is a file, or below one. Creates nothing. */
export async function checkOutputDirectory(dir: string, kind: OutputKind): Promise<void> {
  await existingAncestor(dir, dir, kind);
}

/**
 * Writes a file, creating its folder. A file cut short by a full disk is removed.
 * @throws OutputError naming the path and what to do.
 */
export async function writeOutputFile(
  file: string,
  bytes: Uint8Array,
  kind: OutputKind,
): Promise<void> {
  await makeDirectory(path.dirname(path.resolve(file)), kind, file);
  const existed = (await statOrNull(file).catch(() => null)) !== null;
  try {
    await fs.writeFile(file, bytes);
  } catch (e) {
    const code = errorCode(e);
    if (code === 'ENOSPC' || code === 'EDQUOT') await fs.rm(file, { force: true }).catch(() => {});
    // A file that is there but refuses the write is most often open in Excel (Windows).
    if (existed && (code === 'EACCES' || code === 'EPERM' || code === 'EBUSY'))
      throw new OutputError('file-locked', file, kind, file, code);
    throw writeFailure(e, file, kind, path.dirname(path.resolve(file)));
  }
}
