import type { Deadline } from '../parse/model';

/** Something in a deadline cell the caller should warn about. */
export type DeadlineProblem =
  /** A date that does not exist: "31/6/2024", "30/02/2025", "Tháng 13/2024", "Quý V". */
  | { readonly kind: 'impossible-date'; readonly text: string }
  /** A part of the cell (a line, a bullet, a ";" piece) that none of the grammar reads. */
  | { readonly kind: 'unparsed'; readonly text: string };

export interface ParsedDeadline extends Deadline {
  readonly problems: readonly DeadlineProblem[];
}
