import type { SheetView } from '../../_lib/sheet-view';
import type { TableHeader } from '../../detect/header';
import { ROLES, type ColumnRole } from '../../detect/roles';
import { toA1 } from '../../grid/a1';
import { foldVietnamese, opensWithDigit } from '../../text/fold';
import type { ItemCells, RoleTexts } from '../model';

// Tried on every row (a regex literal is a new object each time it is evaluated).
const TOTALS_OPENING = /^tong cong\b/;
const TOTALS_ALONE = /^(cong|tong|tong so|cong tong)\s*[:.]?\s*$/;
const NOTE_OPENING = /^(\*|ghi chu\s*:|luu y\b|\* ?ghi chu|\* ?luu y|chu thich\s*:)/;
const COLUMN_NUMBER = /^\(?\d{1,2}\)?$/;
const COLUMN_FORMULA = /^\(?\d{1,2}\)?\s*=/;
const BULLET = /^[-+•*]/;
const APPENDIX_TITLE = /^phu luc\b/;

const ROLE_BITS = new Map<ColumnRole, number>(ROLES.map((d, i) => [d.role, 1 << i]));

/** A role's bit in a row's set of roles it fills itself (see {@link RowCells}). */
export function roleBit(role: ColumnRole): number {
  return ROLE_BITS.get(role)!;
}

/** A printed row's cells under the table's columns. */
export interface RowCells {
  /** The row's text per role (a plain object: one per row of every table, cheaper than a Map). */
  readonly texts: RoleTexts;
  /** The roles whose text is the row's own, not filled down from a merge: a set of role bits. */
  readonly own: number;
  readonly cells: ItemCells;
}

/** The table's columns, first of each role, as parallel arrays: rows walk arrays, not Maps. */
export interface RoleColumns {
  readonly roles: readonly ColumnRole[];
  readonly cols: readonly number[];
}

/** The first column of each role of a header. */
export function roleColumns(header: TableHeader): RoleColumns {
  const byRole = new Map<ColumnRole, number>();
  for (const c of header.columns) if (c.role && !byRole.has(c.role)) byRole.set(c.role, c.col);
  return { roles: [...byRole.keys()], cols: [...byRole.values()] };
}

/** Reads a printed row's cells under the table's columns, a merge's text filled down. */
export function readRowCells(view: SheetView, columns: RoleColumns, row: number): RowCells {
  const texts: RoleTexts = {};
  let own = 0;
  const cells: ItemCells = {};
  for (let i = 0; i < columns.roles.length; i++) {
    const role = columns.roles[i]!;
    const col = columns.cols[i]!;
    if (!view.mergeAt(row, col)) {
      // Most cells: no merge, the cell's own text (no ViewCell built).
      cells[role] = toA1(row, col);
      const text = view.ownText(row, col);
      if (text) {
        texts[role] = text;
        own |= roleBit(role);
      }
      continue;
    }
    const v = view.at(row, col);
    cells[role] = toA1(v.row, v.col);
    if (!v.text) continue;
    texts[role] = v.text;
    if (v.own) own |= roleBit(role);
  }
  return { texts, own, cells };
}

function isTotalsText(folded: string): boolean {
  // "Tổng cộng: 25 nhiệm vụ", "Cộng" alone; not "công tác …", which folds to the same letters.
  return TOTALS_OPENING.test(folded) || TOTALS_ALONE.test(folded);
}

/**
 * A totals line, a note or the next appendix's title: where a table ends. Most rows open with
 * their STT, and none of these opens with a digit: those are not folded to tell.
 */
export function endsTable(firstText: string): boolean {
  if (opensWithDigit(firstText)) return false;
  const folded = foldVietnamese(firstText);
  return isTotalsText(folded) || NOTE_OPENING.test(folded) || APPENDIX_TITLE.test(folded);
}

/** A row numbering the columns ("(1) (2) (3)", "(4)=(2)/(3)") under the header. */
export function isColumnNumberRow(view: SheetView, header: TableHeader, row: number): boolean {
  let count = 0;
  for (let c = header.left; c <= header.right; c++) {
    const t = view.ownText(row, c);
    if (!t) continue;
    if (!COLUMN_NUMBER.test(t) && !COLUMN_FORMULA.test(t)) return false;
    count++;
  }
  return count >= 3;
}

/** The row's first text of its own within the table, and its column. */
export function firstOwnText(
  view: SheetView,
  header: TableHeader,
  row: number,
): { text: string; col: number } | undefined {
  for (let c = header.left; c <= header.right; c++) {
    const text = view.ownText(row, c);
    if (text) return { text, col: c };
  }
  return undefined;
}

/** A text that opens in lower case: the rest of a sentence broken across a page. */
export function startsLowercase(text: string): boolean {
  const first = text.trim().charAt(0);
  return first !== '' && first === first.toLowerCase() && first !== first.toUpperCase();
}

/** Text joined across a page break: a new bullet starts a new line, a broken sentence a space. */
export function joinText(before: string, after: string): string {
  if (!before) return after;
  return BULLET.test(after) ? `${before}\n${after}` : `${before} ${after}`;
}

/** What a row says it does, where a sub-row's letter ("a) …") is written. */
export function subjectText(texts: RoleTexts): string {
  return texts.content ?? texts.deliverable ?? texts.activity ?? '';
}
