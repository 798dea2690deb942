import { basename } from 'path';
import type { GridBook } from '../core/grid/types';
import type { InputFailure } from '../core/issues/messages';
import { readWorkbook, WorkbookReadError } from '../io/xlsx/read';
import type { CliIo } from './io';

export class InputError extends Error {
  constructor(
    readonly failure: InputFailure,
    readonly file: string,
  ) {
    super(`${failure}: ${file}`);
    this.name = 'InputError';
  }
}

/** Reads a workbook file into grids, turning every way it can fail into an {@link InputError}. */
export async function loadWorkbook(io: CliIo, path: string): Promise<GridBook> {
  return (await loadWorkbookBytes(io, path)).book;
}

/** Like {@link loadWorkbook}, also returning the bytes read (for writing a copy). */
export async function loadWorkbookBytes(
  io: CliIo,
  path: string,
): Promise<{ book: GridBook; bytes: Uint8Array }> {
  const file = basename(path);
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch {
    throw new InputError('file-not-found', path);
  }
  try {
    return { book: await readWorkbook(bytes, file), bytes };
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new InputError(e.failure, path);
    throw new InputError('unreadable-workbook', path);
  }
}
