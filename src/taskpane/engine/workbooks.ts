import { consolidateBooks, type UnitBook } from '../../core/consolidate/books';
import type { Consolidation } from '../../core/consolidate/types';
import type { GridBook } from '../../core/grid/types';
import { inputFailureText } from '../../core/issues/messages';
import { InputError } from '../../io/input-error';
import { scanBook, scanFailure, type ScanResult } from '../../core/scan';
import { rosterFromNames, unitKey } from '../../core/units/roster';
import type { LoadedBook } from '../host/types';
import type { Text } from '../i18n/text';
import { effectiveAsOf, type Settings } from './settings';
import { CancelledError, pause, type Progress } from './steps';

/** A workbook that could not be used, with the reason in both languages. */
export class WorkbookError extends InputError {
  get text(): Text {
    return {
      vi: inputFailureText(this.failure, this.file, 'vi'),
      en: inputFailureText(this.failure, this.file, 'en'),
    };
  }
}

/** The part of a File the pane uses (a browser File, or a stand-in in tests). */
export interface FileLike {
  readonly name: string;
  /** Its path in a picked or dropped folder ("q3/VP/bao-cao.xlsx"); absent for a file picked alone. */
  readonly path?: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * Reads an .xlsx the user opened into grids. exceljs is imported here, on first use, so the
 * pane starts without it. Every way the file can fail becomes a {@link WorkbookError}.
 */
export async function readWorkbookFile(file: FileLike): Promise<LoadedBook> {
  const { readWorkbook, WorkbookReadError } = await import('../../io/xlsx/read');
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    throw new WorkbookError('file-not-found', file.name);
  }
  try {
    const book = await readWorkbook(bytes, file.name);
    return { name: file.name, book, bytes };
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new WorkbookError(e.failure, file.name);
    throw new WorkbookError('unreadable-workbook', file.name);
  }
}

/** The scan options the settings give. */
function scanOptions(settings: Settings, now: Date) {
  return { asOf: effectiveAsOf(settings, now), ...(settings.year ? { year: settings.year } : {}) };
}

/**
 * Scans the plan with the pane's settings: as-of date, plan year and, when the officer typed
 * one, the roster. A workbook without any appendix table is a {@link WorkbookError}.
 */
export function scanPlan(loaded: LoadedBook, settings: Settings, now: Date): ScanResult {
  const scan = scanBook(loaded.book, scanOptions(settings, now));
  const fatal = scanFailure(scan);
  if (fatal) throw new WorkbookError(fatal, loaded.name);
  if (!settings.roster.length) return scan;
  // The officer's list replaces the plan's; aliases still fold together as in the plan's roster.
  return { ...scan, roster: { ...rosterFromNames(settings.roster), source: 'settings' } };
}

/** A unit's workbook the officer added, read or not. */
export interface UnitFile {
  /** The name the pane lists and the consolidation reports; unique among the unit files. */
  readonly name: string;
  /** Where it came from (folder path, or the file's own name): the same path replaces it. */
  readonly path?: string;
  readonly loaded?: LoadedBook;
  readonly error?: WorkbookError;
  /** Set for unit sheets taken from the open workbook: their names, comma-separated. */
  readonly sheet?: string;
}

/**
 * Unit sheets already in the open workbook: sheets with a "Đơn vị báo cáo: …" line (pasted from
 * units' returns). A unit's sheets (its tasks and its indicators) go together as one unit
 * workbook, named after the unit; the plan's own sheets have no such line.
 * @example unitSheetsOf(loaded, settings, now).map((u) => u.sheet) // ['TT nhiệm vụ, TT chỉ tiêu']
 */
export function unitSheetsOf(loaded: LoadedBook, settings: Settings, now: Date): UnitFile[] {
  const byUnit = new Map<string, { label: string; sheets: GridBook['sheets'][number][] }>();
  for (const grid of loaded.book.sheets) {
    const single: GridBook = { ...loaded.book, sheets: [grid] };
    const scan = scanBook(single, scanOptions(settings, now));
    if (!scan.reportingUnit || scan.tables.length === 0) continue;
    const key = unitKey(scan.reportingUnit.text);
    const entry = byUnit.get(key) ?? { label: scan.reportingUnit.text, sheets: [] };
    entry.sheets.push(grid);
    byUnit.set(key, entry);
  }
  return [...byUnit.values()].map(({ label, sheets }) => {
    const name = `${loaded.name} › ${label}`;
    return {
      name,
      sheet: sheets.map((g) => g.name).join(', '),
      loaded: { name, book: { ...loaded.book, sheets } },
    };
  });
}

/** A unit file as the core's consolidation takes it: its grids, or why it could not be read. */
function unitBook(unit: UnitFile): UnitBook {
  return unit.loaded
    ? { file: unit.name, book: unit.loaded.book }
    : { file: unit.name, failure: unit.error?.failure ?? 'unreadable-workbook' };
}

/**
 * Scans each readable unit file and merges them with the plan ({@link consolidateBooks}), one
 * step per file so the pane stays responsive and the user can cancel. Unreadable files become
 * issues, not failures.
 * @example (await consolidateFiles(planScan, units, settings, signal, setProgress)).units.length // the roster's size
 */
export async function consolidateFiles(
  plan: ScanResult,
  units: readonly UnitFile[],
  settings: Settings,
  signal: AbortSignal,
  onProgress: (p: Progress) => void,
): Promise<Consolidation> {
  const { consolidation } = await consolidateBooks(plan, units.map(unitBook), {
    period: settings.period,
    beforeEach: (next) => {
      onProgress(next);
      return pause(signal);
    },
  });
  if (signal.aborted) throw new CancelledError();
  onProgress({ done: units.length + 1, total: units.length + 1, what: plan.file });
  return consolidation;
}
