import { basename } from 'path';
import type { GridBook } from '../core/grid/types';
import { inputFailureMessage } from '../core/issues/messages';
import type { InputFailure } from '../core/issues/types';
import { InputError } from '../io/input-error';
import { readWorkbook, WorkbookReadError } from '../io/xlsx/read';
import { inflateWithZlib } from '../io/xlsx/reader/inflate-node';
import { EXIT } from './commands';
import type { CliIo } from './io';

/**
 * Reads a workbook file into grids, also returning its bytes (for a command that writes a copy of
 * the file), turning every way it can fail into an {@link InputError}. The bytes are never changed.
 */
export async function loadWorkbookAndBytes(
  io: CliIo,
  path: string,
): Promise<{ book: GridBook; bytes: Uint8Array }> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (e) {
    throw new InputError(readFailure(e), path);
  }
  try {
    return { book: await readWorkbook(bytes, basename(path), { inflate: inflateWithZlib }), bytes };
  } catch (e) {
    throw new InputError(e instanceof WorkbookReadError ? e.failure : 'unreadable-workbook', path);
  }
}

/** Why a file could not be read at all, from the system's error code. */
function readFailure(e: unknown): InputFailure {
  switch ((e as { code?: unknown } | null)?.code) {
    case 'EISDIR':
      return 'is-a-directory';
    case 'EACCES':
    case 'EPERM':
    case 'EBUSY':
      return 'file-not-readable';
    default:
      return 'file-not-found'; // ENOENT, ENOTDIR, a name too long…
  }
}

/** Reads a workbook file into grids, turning every way it can fail into an {@link InputError}. */
export async function loadWorkbook(io: CliIo, path: string): Promise<GridBook> {
  return (await loadWorkbookAndBytes(io, path)).book;
}

/**
 * Says why an input cannot be used: one line on stderr, Vietnamese then English, naming the
 * file; with --json also one JSON document `{ <key>: file, error: { code, message } }` on stdout.
 * Resolves to the exit status (1).
 */
export function reportInputError(
  io: CliIo,
  e: InputError,
  json: boolean | undefined,
  key: 'file' | 'plan' = 'file',
): number {
  const message = inputFailureMessage(e.failure, e.file);
  io.err(`${message}\n`);
  if (json) io.out(`${JSON.stringify({ [key]: e.file, error: { code: e.failure, message } })}\n`);
  return EXIT.input;
}
