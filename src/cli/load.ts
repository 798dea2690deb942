import type ExcelJS from 'exceljs';
import { basename } from 'path';
import type { GridBook } from '../core/grid/types';
import { InputError } from '../io/input-error';
import { readWorkbookAndExcel, WorkbookReadError } from '../io/xlsx/read';
import type { CliIo } from './io';

/**
 * Reads a workbook file into grids and the exceljs workbook loaded from (a copy of) its bytes,
 * turning every way it can fail into an {@link InputError}. The exceljs workbook lets a command
 * write a copy of the file without loading it a second time.
 */
export async function loadWorkbookAndExcel(
  io: CliIo,
  path: string,
): Promise<{ book: GridBook; workbook: ExcelJS.Workbook }> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch {
    throw new InputError('file-not-found', path);
  }
  try {
    return await readWorkbookAndExcel(bytes, basename(path));
  } catch (e) {
    throw new InputError(e instanceof WorkbookReadError ? e.failure : 'unreadable-workbook', path);
  }
}

/** Reads a workbook file into grids, turning every way it can fail into an {@link InputError}. */
export async function loadWorkbook(io: CliIo, path: string): Promise<GridBook> {
  return (await loadWorkbookAndExcel(io, path)).book;
}
