import type ExcelJS from 'exceljs';
import { basename } from 'path';
import type { GridBook } from '../core/grid/types';
import type { InputFailure } from '../core/issues/messages';
import { readWorkbook, readWorkbookAndExcel, WorkbookReadError } from '../io/xlsx/read';
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

async function readBytes(io: CliIo, path: string): Promise<Uint8Array> {
  try {
    return await io.readFile(path);
  } catch {
    throw new InputError('file-not-found', path);
  }
}

function inputError(e: unknown, path: string): InputError {
  return new InputError(e instanceof WorkbookReadError ? e.failure : 'unreadable-workbook', path);
}

/** Reads a workbook file into grids, turning every way it can fail into an {@link InputError}. */
export async function loadWorkbook(io: CliIo, path: string): Promise<GridBook> {
  const bytes = await readBytes(io, path);
  try {
    return await readWorkbook(bytes, basename(path));
  } catch (e) {
    throw inputError(e, path);
  }
}

/**
 * Like {@link loadWorkbook}, also returning the exceljs workbook loaded from (a copy of) the
 * file's bytes, for writing a copy of the file without loading it a second time.
 */
export async function loadWorkbookAndExcel(
  io: CliIo,
  path: string,
): Promise<{ book: GridBook; workbook: ExcelJS.Workbook }> {
  const bytes = await readBytes(io, path);
  try {
    return await readWorkbookAndExcel(bytes, basename(path));
  } catch (e) {
    throw inputError(e, path);
  }
}
