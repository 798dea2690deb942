import type { UnmatchedRow } from '../../../core/consolidate/types';
import type { Issue } from '../../../core/issues/types';

export type UnmatchedReason = UnmatchedRow['reason'];

/** One file's rows of one cause, with the issue that says why (the unit not identified). */
export interface FileRows {
  readonly file: string;
  /** The unit the file was taken for, or the text that could not be matched. */
  readonly unit: string;
  readonly rows: readonly UnmatchedRow[];
  /** The file's own issue behind the cause (`unit-not-identified`), when there is one. */
  readonly cause: Issue | null;
}

/** Every unmatched row of one cause, by file. */
export interface CauseGroup {
  readonly reason: UnmatchedReason;
  /** How many rows in all files. */
  readonly count: number;
  /** The files, the one with most rows first. */
  readonly files: readonly FileRows[];
}

/** The issue that explains a whole file's rows: the sender could not be told. */
function fileCause(issues: readonly Issue[], file: string): Issue | null {
  return issues.find((i) => i.code === 'unit-not-identified' && i.file === file) ?? null;
}

const byCountThenName = (a: { count: number; name: string }, b: { count: number; name: string }) =>
  b.count - a.count || a.name.localeCompare(b.name);

/**
 * The units' unmatched rows grouped by cause, then by file, so that 735 rows of 60 files read as
 * a few causes with counts: the biggest cause first, in it the file with most rows first; rows
 * keep the order of their file. A file whose sender could not be told carries that issue.
 * @example groupUnmatched(c.unmatched, c.issues)[0] // { reason: 'unknown-unit', count: 700, files: [{ file: 'bc-07.xlsx', rows: [...13], cause: { code: 'unit-not-identified', … } }, …] }
 */
export function groupUnmatched(
  rows: readonly UnmatchedRow[],
  issues: readonly Issue[],
): CauseGroup[] {
  const byReason = new Map<UnmatchedReason, Map<string, UnmatchedRow[]>>();
  for (const row of rows) {
    const files = byReason.get(row.reason) ?? new Map<string, UnmatchedRow[]>();
    byReason.set(row.reason, files);
    const list = files.get(row.file) ?? [];
    files.set(row.file, list);
    list.push(row);
  }
  const groups = [...byReason].map(([reason, files]) => {
    const fileRows = [...files].map(([file, list]) => ({
      file,
      unit: list[0]!.unit,
      rows: list,
      cause: fileCause(issues, file),
    }));
    fileRows.sort((a, b) =>
      byCountThenName(
        { count: a.rows.length, name: a.file },
        { count: b.rows.length, name: b.file },
      ),
    );
    return { reason, count: fileRows.reduce((n, f) => n + f.rows.length, 0), files: fileRows };
  });
  return groups.sort((a, b) =>
    byCountThenName({ count: a.count, name: a.reason }, { count: b.count, name: b.reason }),
  );
}
