import { readFileSync } from 'fs';
import path from 'path';
import type { ReportBook } from '../../core/report-model/types';
import type { CapabilityNote } from '../../io/excel/capabilities';
import type { FileLike } from '../engine/workbooks';
import type { Delivery, Host, HostKind, LoadedBook, SelectOutcome } from '../host/types';

/** A host for component tests that records what the pane asked of it. */
export interface FakeHost extends Host {
  readonly selected: { sheet: string; cell: string }[];
  readonly reports: { report: ReportBook; plan: LoadedBook; fileName: string }[];
  readonly delivered: { fileName: string; bytes: Uint8Array }[];
  readonly saved: unknown[];
}

export function createFakeHost(
  options: {
    kind?: HostKind;
    /** What readOpenWorkbook returns (Excel). */
    openWorkbook?: LoadedBook;
    missing?: readonly CapabilityNote[];
    savedSettings?: unknown;
    selectResult?: SelectOutcome;
    delivery?: Delivery;
  } = {},
): FakeHost {
  const kind = options.kind ?? 'files';
  const host: FakeHost = {
    kind,
    missing: options.missing ?? [],
    canSelectCells: kind === 'excel',
    selected: [],
    reports: [],
    delivered: [],
    saved: [],
    readOpenWorkbook: () =>
      options.openWorkbook
        ? Promise.resolve(options.openWorkbook)
        : Promise.reject(new Error('no open workbook')),
    selectCell(sheet, cell) {
      host.selected.push({ sheet, cell });
      return Promise.resolve(options.selectResult ?? { ok: true });
    },
    writeReport(report, plan, fileName) {
      host.reports.push({ report, plan, fileName });
      return Promise.resolve(
        kind === 'excel'
          ? {
              kind: 'sheets',
              sheets: report.sheets.map((s) => s.name),
              replaced: [],
              notes: [],
            }
          : { kind: 'download', fileName },
      );
    },
    deliverWorkbook(fileName, bytes) {
      host.delivered.push({ fileName, bytes });
      return Promise.resolve(options.delivery ?? (kind === 'excel' ? 'opened' : 'downloaded'));
    },
    loadSettings: () => Promise.resolve(options.savedSettings),
    saveSettings(value) {
      host.saved.push(value);
      return Promise.resolve();
    },
    prefersDark: () => false,
  };
  return host;
}

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** A file of the repository (samples, fixtures) as the pane receives picked files. */
export function repoFile(relative: string): FileLike {
  const bytes = readFileSync(path.join(ROOT, relative));
  return {
    name: path.basename(relative),
    size: bytes.length,
    arrayBuffer: () =>
      Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)),
  };
}

/** The bundled consolidation sample: the plan and the units' returns. */
export const SAMPLE_PLAN = 'samples/tong-hop/ke-hoach-cai-cach-tthc-2024.xlsx';
export const SAMPLE_UNITS = [
  'samples/tong-hop/phong-qlkh.xlsx',
  'samples/tong-hop/thanh-tra.xlsx',
  'samples/tong-hop/van-phong-so.xlsx',
  'samples/tong-hop/QLCN_bao cao quy 3.xlsx',
];
/** The as-of date the demo uses. */
export const SAMPLE_AS_OF = '2024-10-20';
