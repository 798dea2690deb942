import type { SheetView } from '../_lib/sheet-view';
import { foldLabel, opensWithDigit } from '../text/fold';
import {
  DATA_ROLES,
  NAME_ROLES,
  readHeaderLabel,
  resolveAmbiguousRole,
  rolesWhere,
  type ColumnRole,
  type LabelReading,
  type TableKind,
} from './roles';

export type { TableKind } from './roles';

export interface HeaderColumn {
  readonly col: number;
  /** undefined: a labelled column the product does not know (kept, e.g. a unit's own column). */
  readonly role: ColumnRole | undefined;
  readonly label: string;
  /** The merged upper label of a two-row header ("Cơ quan thực hiện"). */
  readonly groupLabel?: string;
}

export interface TableHeader {
  readonly kind: TableKind;
  /** 0-based first and last header rows (equal for a one-row header). */
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly columns: readonly HeaderColumn[];
}

const NAMING_ROLES = new Set<LabelReading>([...NAME_ROLES, 'indicatorOrTarget']);
const FIELD_ROLES = new Set<LabelReading>(['number', ...DATA_ROLES, 'unitOrMeasure']);
/** Plan columns only an indicator table has. */
const INDICATOR_ROLES = new Set<LabelReading>([
  ...rolesWhere((d) => d.part === 'plan' && !d.kinds.includes('tasks')),
  'indicatorOrTarget',
]);

interface LabelCell {
  readonly col: number;
  readonly right: number;
  readonly label: string;
  readonly reading: LabelReading | undefined;
  /** Spans this row only (true) or continues down into the next row (false). */
  readonly singleRow: boolean;
}

function labelCells(view: SheetView, row: number): LabelCell[] {
  const cells: LabelCell[] = [];
  for (let c = 0; c < view.colCount; c++) {
    const m = view.mergeAt(row, c);
    if (m && (m.left !== c || m.top !== row)) continue;
    const text = view.ownText(row, c);
    if (!text || text.length > 80) continue;
    cells.push({
      col: c,
      right: m ? m.right : c,
      label: text,
      reading: readHeaderLabel(text),
      singleRow: !m || m.bottom === row,
    });
  }
  return cells;
}

/**
 * Per view, each row's {@link knownLabelCount} (-1: not counted yet). Every row is tried as a
 * header's top row and again as the row under it; kept by view (state of that sheet, not a
 * global) so it lives as long as the sheet.
 */
const knownCounts = new WeakMap<SheetView, Int16Array>();

/** How many of a row's cells {@link labelCells} would read as a known label, building nothing. */
function knownLabelCount(view: SheetView, row: number): number {
  let counts = knownCounts.get(view);
  if (!counts) knownCounts.set(view, (counts = new Int16Array(view.rowCount).fill(-1)));
  if (counts[row]! >= 0) return counts[row]!;
  const known = countKnownLabels(view, row);
  counts[row] = Math.min(known, 3); // only "3 or more" matters
  return counts[row]!;
}

function countKnownLabels(view: SheetView, row: number): number {
  let known = 0;
  for (let c = 0; c < view.colCount; c++) {
    const text = view.ownText(row, c); // '' for the cells of a merge other than its top-left
    if (!text || text.length > 80) continue;
    if (readHeaderLabel(text) !== undefined) known++;
  }
  return known;
}

function looksLikeHeader(readings: ReadonlyArray<LabelReading | undefined>): boolean {
  const known = readings.filter((r): r is LabelReading => r !== undefined);
  return (
    known.length >= 3 &&
    known.some((r) => NAMING_ROLES.has(r)) &&
    known.some((r) => FIELD_ROLES.has(r))
  );
}

/**
 * Recognizes a table header starting at `row`, one row or two (a merged upper label over
 * its lower labels, as in "Cơ quan thực hiện" over "Đơn vị chủ trì" / "Đơn vị phối hợp").
 * @example detectHeaderAt(view, 7) // { kind: 'tasks', top: 7, bottom: 8, columns: [...] } or undefined
 */
export function detectHeaderAt(view: SheetView, row: number): TableHeader | undefined {
  // Every row is tried: most are data rows. A header needs 3 known labels among its columns,
  // which come from this row's cells or those under them; count those first (no allocation).
  const below = row + 1 < view.rowCount ? knownLabelCount(view, row + 1) : 0;
  if (knownLabelCount(view, row) + below < 3) return undefined;
  const upper = labelCells(view, row);
  if (upper.length < 3) return undefined;

  // Lower labels sit under an upper cell that spans columns, or under an empty upper cell.
  const lower =
    row + 1 < view.rowCount ? labelCells(view, row + 1).filter((c) => c.reading !== undefined) : [];
  const underGroup = lower.filter((l) =>
    upper.some((u) => u.singleRow && u.right > u.col && l.col >= u.col && l.col <= u.right),
  );
  const twoRow = underGroup.length >= 1 && upper.some((u) => !u.singleRow);

  const columns: {
    col: number;
    reading: LabelReading | undefined;
    label: string;
    groupLabel?: string;
  }[] = [];
  for (const u of upper) {
    const below = twoRow ? underGroup.filter((l) => l.col >= u.col && l.col <= u.right) : [];
    if (below.length > 0) {
      for (const l of below)
        columns.push({ col: l.col, reading: l.reading, label: l.label, groupLabel: u.label });
    } else {
      columns.push({ col: u.col, reading: u.reading, label: u.label });
    }
  }
  if (!looksLikeHeader(columns.map((c) => c.reading))) return undefined;

  const hasContent = columns.some((c) => c.reading === 'content' || c.reading === 'activity');
  const kind: TableKind =
    !hasContent && columns.some((c) => c.reading !== undefined && INDICATOR_ROLES.has(c.reading))
      ? 'indicators'
      : 'tasks';

  let hasName = columns.some((c) => c.reading === 'indicatorName');
  const nameOrTarget = columns.filter((c) => c.reading === 'indicatorOrTarget').length;
  const hasTarget =
    columns.some((c) => c.reading === 'target') || nameOrTarget >= (hasName ? 1 : 2);
  const resolved: HeaderColumn[] = columns.map((c) => {
    const role =
      c.reading === undefined
        ? undefined
        : resolveAmbiguousRole(c.reading, kind, hasName, hasTarget);
    if (role === 'indicatorName') hasName = true;
    return {
      col: c.col,
      role,
      label: c.label,
      ...(c.groupLabel ? { groupLabel: c.groupLabel } : {}),
    };
  });
  const cols = resolved.map((c) => c.col);
  const lastUpper = upper[upper.length - 1]!;
  return {
    kind,
    top: row,
    bottom: twoRow ? row + 1 : row,
    left: Math.min(...cols),
    right: Math.max(...cols, lastUpper.right),
    columns: resolved,
  };
}

/**
 * True when the row repeats the header's labels (a printed table pasted back, one header per page).
 * @example isRepeatedHeaderRow(view, header, 40) // true for a second "STT | Nội dung | …" row
 */
export function isRepeatedHeaderRow(
  view: SheetView,
  header: TableHeader,
  row: number,
  known: HeaderLabels = headerLabels(header),
): boolean {
  const { labels, longest, digitLabels } = known;
  let matched = 0;
  let other = 0;
  for (let c = header.left; c <= header.right; c++) {
    const text = view.ownText(row, c);
    if (!text) continue;
    // A task's text is far longer than any label, and an STT or a date ("12", "15/12/2025")
    // folds to a label only if one opens with a digit: no need to fold them to tell.
    if (
      text.length <= 2 * longest + 20 &&
      (digitLabels || !opensWithDigit(text)) &&
      labels.has(foldLabel(text))
    )
      matched++;
    else other++;
  }
  return matched >= 2 && matched > other;
}

export interface HeaderLabels {
  readonly labels: ReadonlySet<string>;
  readonly longest: number;
  /** Whether a folded label opens with a digit (a year column, say). */
  readonly digitLabels: boolean;
}

/**
 * The header's folded labels, to hold every row of its table against (see
 * {@link isRepeatedHeaderRow}): a table reads them once, not once per row.
 * @example headerLabels(header).labels.has('noi dung') // true
 */
export function headerLabels(header: TableHeader): HeaderLabels {
  const labels = new Set<string>();
  let longest = 0;
  for (const c of header.columns) {
    for (const label of [c.label, c.groupLabel ?? '']) {
      if (!label) continue;
      labels.add(foldLabel(label));
      longest = Math.max(longest, label.length);
    }
  }
  return { labels, longest, digitLabels: [...labels].some(opensWithDigit) };
}

/**
 * An indicator table's target columns named by a year ("Năm 2025", "Đến năm 2030", "Chỉ tiêu
 * năm 2025"), left to right: one indicator, one target per year.
 * @example yearTargetColumns(header) // [{ col: 3, year: 2025 }, { col: 4, year: 2030 }]
 */
export function yearTargetColumns(header: TableHeader): { col: number; year: number }[] {
  if (header.kind !== 'indicators') return [];
  const columns: { col: number; year: number }[] = [];
  for (const c of header.columns) {
    if (c.role !== 'target') continue;
    const year = /\b((?:19|20)\d{2})$/.exec(foldLabel(c.label))?.[1];
    if (year) columns.push({ col: c.col, year: Number(year) });
  }
  return columns;
}
