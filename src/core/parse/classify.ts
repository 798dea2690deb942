import type { TableHeader } from '../detect/header';
import { DATA_ROLES, type ColumnRole } from '../detect/roles';
import { toA1 } from '../grid/a1';
import { issue, type Issue } from '../issues/types';
import type { ItemCells, RoleTexts } from './model';
import { leadingLetter, readStt, SECTION_LEVEL, type SttReading } from './stt';
import { joinText, roleBit, startsLowercase, subjectText, type RowCells } from './_lib/rows';

export type RowKind = 'section' | 'numbered' | 'sub' | 'unnumbered';

/** One logical row: a printed row plus the continuation rows joined to it. */
export interface LogicalRow {
  kind: RowKind;
  row: number;
  stt: SttReading;
  /** For a row whose STT comes from a vertical merge: the merge's first row. */
  sttAnchorRow: number | undefined;
  letter: string | undefined;
  texts: RoleTexts;
  /** The roles whose text is the row's own (not filled down from a merge): role bits. */
  own: number;
  cells: ItemCells;
}

/** What the rows above tell how the next one is read. */
export interface RowPlacing {
  readonly header: TableHeader;
  readonly sheet: string;
  /** The table's roles, in column order. */
  readonly roles: readonly ColumnRole[];
  readonly logical: LogicalRow[];
  readonly issues: Issue[];
  /** The row follows a repeated header: a lower-case text continues the sentence above. */
  readonly afterPageBreak: boolean;
}

/** A printed row's STT: its reading, and where the STT cell stands. */
export interface RowStt {
  readonly reading: SttReading;
  /** The STT is the row's own, not filled down from a vertical merge. */
  readonly own: boolean;
  /** The STT cell's (or its merge's) first row, 0-based. */
  readonly row: number;
}

const NO_ROLES: readonly ColumnRole[] = [];

/**
 * True when the row carries a plan value of its own (a deadline, a unit, a target…).
 * @example ownsData({ own: roleBit('deadline') }) // true
 */
export function ownsData(row: { readonly own: number }): boolean {
  return DATA_ROLES.some((role) => (row.own & roleBit(role)) !== 0);
}

/**
 * Places a printed row (DOMAIN.md §1): a section heading, a task, a sub-row of the task above,
 * or the continuation of the row above (its texts joined to that row's).
 * @example placeRow(walk, 12, stt, readRowCells(view, columns, 12), 0) // walk.logical gains a 'numbered' row
 */
export function placeRow(
  at: RowPlacing,
  r: number,
  stt: RowStt,
  read: RowCells,
  firstCol: number | undefined,
): void {
  const add = (kind: RowKind, reading = stt.reading, letter?: string, anchor?: number): void => {
    // Logical rows all have one shape (no spreads): built for every row of every table.
    at.logical.push({
      kind,
      row: r,
      stt: reading,
      sttAnchorRow: anchor,
      letter,
      texts: read.texts,
      own: read.own,
      cells: read.cells,
    });
  };
  const reading = stt.reading;
  // Which cells the row fills itself matters only for a row without an STT (a heading, a
  // sub-row or a continuation), not for the numbered rows that are most of a table.
  const ownCells =
    reading.kind === 'none' || reading.kind === 'other'
      ? at.roles.filter((role) => role !== 'number' && (read.own & roleBit(role)) !== 0)
      : NO_ROLES;
  const loneText = ownCells.length === 1 ? (read.texts[ownCells[0]!] ?? '') : '';
  const loneHeading = reading.kind === 'none' && loneText ? readStt(loneText) : undefined;

  if (reading.kind === 'section') add('section');
  else if (loneHeading?.kind === 'section' && loneHeading.title) add('section', loneHeading);
  else if (reading.kind === 'number' && at.header.kind === 'indicators' && !hasData(read.texts)) {
    // "1 | Chỉ tiêu giao tại Nghị quyết số 01/NQ-CP" with no unit or target: a group heading.
    add('section', { kind: 'section', label: reading.stt, level: SECTION_LEVEL.number });
  } else if (reading.kind === 'number') {
    if (stt.own) add('numbered');
    else add('sub', reading, undefined, stt.row);
  } else if (reading.kind === 'letter') add('sub', reading, reading.letter);
  else placeUnnumbered(at, r, read, ownCells, firstCol, add);
}

function hasData(texts: RoleTexts): boolean {
  return DATA_ROLES.some((role) => texts[role] !== undefined);
}

/** A row with no STT: a lettered or dated sub-row, an unnumbered task, or a continuation. */
function placeUnnumbered(
  at: RowPlacing,
  r: number,
  read: RowCells,
  ownCells: readonly ColumnRole[],
  firstCol: number | undefined,
  add: (kind: RowKind, reading?: SttReading, letter?: string) => void,
): void {
  const prev = at.logical[at.logical.length - 1];
  const letter = leadingLetter(subjectText(read.texts));
  const ownDeadline = (read.own & roleBit('deadline')) !== 0;
  const prevIsTask = prev !== undefined && prev.kind !== 'section';
  // Lower-case texts go on with the row above after a repeated header, and also without one
  // when the deadline names no number: "năm tiếp theo" is what a page break cut off.
  const brokenSentence =
    ownCells.every((role) => startsLowercase(read.texts[role] ?? '')) &&
    (at.afterPageBreak || !/\d/.test(read.texts.deadline ?? ''));
  if (letter && prevIsTask) add('sub', undefined, letter);
  else if (ownDeadline && !brokenSentence) add(prevIsTask ? 'sub' : 'unnumbered');
  else if (prev) {
    for (const role of ownCells) {
      prev.texts[role] = joinText(prev.texts[role] ?? '', read.texts[role]!);
      prev.own |= roleBit(role);
    }
    const firstRole = ownCells[0];
    at.issues.push(
      issue({
        code: 'continuation-joined',
        sheet: at.sheet,
        cell: firstRole ? read.cells[firstRole]! : toA1(r, at.header.left),
        intoRow: prev.row + 1,
      }),
    );
  } else {
    at.issues.push(
      issue({ code: 'orphan-row', sheet: at.sheet, cell: toA1(r, firstCol ?? at.header.left) }),
    );
  }
}
