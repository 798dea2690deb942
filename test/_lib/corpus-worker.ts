/**
 * Reads corpus files for test/corpus.test.ts in a worker thread, so that a read that never ends
 * (exceljs expanding a whole-sheet validation) is stopped from outside by terminating the worker.
 * Each request reads one file one way and answers with plain data (grids flattened to cells).
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { Cell, GridBook } from '../../src/core/grid/types';
import { inputFailureText } from '../../src/core/issues/messages';
import { scanBook } from '../../src/core/scan';
import { readWithExceljs } from '../../src/io/xlsx/_test/exceljs-read';
import { readWorkbook, WorkbookReadError, type ReadFailure } from '../../src/io/xlsx/read';
import { inflateWithZlib } from '../../src/io/xlsx/reader/inflate-node';

/** A sheet as the comparison sees it: empty rows and holes left out, merges as A1-free tuples. */
export interface FlatSheet {
  readonly name: string;
  readonly hidden: boolean;
  readonly merges: readonly string[];
  /** `row,col` (0-based) → cell, in reading order. */
  readonly cells: ReadonlyArray<readonly [string, Cell]>;
}

export type Outcome =
  | { readonly kind: 'read'; readonly sheets: readonly FlatSheet[] }
  | {
      readonly kind: 'refused';
      readonly failure: ReadFailure;
      readonly vi: string;
      readonly en: string;
    }
  /** Any other exception: a crash. */
  | { readonly kind: 'crash'; readonly error: string };

export interface ReaderAnswer {
  /** With node:zlib's inflater (the command line's). */
  readonly zlib: Outcome;
  /** With fflate's (the browser's and the default). */
  readonly fflate: Outcome;
  /** `scanBook` on the grids read, when they were: the codes of its issues, or what it threw. */
  readonly scan?: { readonly codes: readonly string[] } | { readonly threw: string };
}

export interface Request {
  readonly path: string;
  readonly reader: 'phuluc' | 'exceljs';
}

function flatten(book: GridBook): FlatSheet[] {
  return book.sheets.map((sheet) => {
    const cells: [string, Cell][] = [];
    sheet.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell) cells.push([`${r},${c}`, cell]);
      }),
    );
    return {
      name: sheet.name,
      hidden: sheet.hidden === true,
      merges: sheet.merges.map((m) => `${m.top},${m.left}:${m.bottom},${m.right}`).sort(),
      cells,
    };
  });
}

async function outcome(read: () => Promise<GridBook>, file: string): Promise<Outcome> {
  try {
    return { kind: 'read', sheets: flatten(await read()) };
  } catch (e) {
    if (e instanceof WorkbookReadError)
      return {
        kind: 'refused',
        failure: e.failure,
        vi: inputFailureText(e.failure, file, 'vi'),
        en: inputFailureText(e.failure, file, 'en'),
      };
    return { kind: 'crash', error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
}

async function answer({ path, reader }: Request): Promise<ReaderAnswer | Outcome> {
  const bytes = new Uint8Array(readFileSync(path));
  const file = path.slice(path.lastIndexOf('/') + 1);
  if (reader === 'exceljs') return outcome(() => readWithExceljs(bytes, file), file);
  let book: GridBook | null = null;
  const zlib = await outcome(async () => {
    book = await readWorkbook(bytes, file, { inflate: inflateWithZlib });
    return book;
  }, file);
  const fflate = await outcome(() => readWorkbook(bytes, file), file);
  let scan: ReaderAnswer['scan'];
  if (book) {
    try {
      scan = { codes: scanBook(book, { asOf: '2025-10-20' }).issues.map((i) => i.code) };
    } catch (e) {
      scan = { threw: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
  }
  return { zlib, fflate, ...(scan ? { scan } : {}) };
}

parentPort?.on('message', (request: Request) => {
  void answer(request).then((a) => parentPort?.postMessage(a));
});
