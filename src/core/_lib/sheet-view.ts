import { cellText, type Cell, type CellRange, type Grid } from '../grid/types';
import { tidyText } from '../text/fold';

/** A cell's text as the table reader sees it. */
export interface ViewCell {
  readonly text: string;
  /** false when the text comes from a vertical merge that started on an earlier row. */
  readonly own: boolean;
  /** The cell that holds the value (the merge's top-left), 0-based. */
  readonly row: number;
  readonly col: number;
  readonly cell: Cell | undefined;
}

const EMPTY: Omit<ViewCell, 'row' | 'col'> = { text: '', own: true, cell: undefined };

/** A cell's tidied text (each view computes it once per cell: see `SheetView.textAt`). */
function textOf(cell: Cell | undefined): string {
  if (!cell) return '';
  const text = cellText(cell);
  // Only typed text can be untidy: numbers, dates, booleans and error codes are written
  // without spaces or line breaks.
  return cell.text !== undefined || typeof cell.value === 'string' ? tidyText(text) : text;
}

/**
 * Read access to a grid with its merges resolved: a vertically merged value belongs to every row
 * it spans (filled down in its left column); a horizontally merged value stays in its first column.
 */
export class SheetView {
  readonly rowCount: number;
  readonly colCount: number;
  private readonly mergeByCell = new Map<number, CellRange>();
  /** 1 for the rows a merge covers: the others (most rows) never look a cell up in the map. */
  private readonly mergedRows: Uint8Array;
  /** Each row's cell texts, filled on first use: a row is looked at many times per scan. */
  private readonly texts: (string[] | undefined)[] = [];

  constructor(readonly grid: Grid) {
    this.rowCount = grid.rows.length;
    let cols = 0;
    for (const row of grid.rows) if (row && row.length > cols) cols = row.length;
    for (const m of grid.merges) cols = Math.max(cols, m.right + 1);
    this.colCount = cols;
    this.mergedRows = new Uint8Array(this.rowCount + 2);
    for (const m of grid.merges) {
      // Only the left column of a merge matters for reading; cap absurd merges (whole columns).
      const bottom = Math.min(m.bottom, this.rowCount + 1);
      const right = Math.min(m.right, m.left + 256);
      for (let r = m.top; r <= bottom; r++) {
        if (r >= 0) this.mergedRows[r] = 1;
        for (let c = m.left; c <= right; c++) this.mergeByCell.set(this.key(r, c), m);
      }
    }
  }

  private key(row: number, col: number): number {
    return row * 16384 + col;
  }

  /** The merge a cell belongs to, if any. */
  mergeAt(row: number, col: number): CellRange | undefined {
    if (this.mergedRows[row] !== 1) return undefined;
    return this.mergeByCell.get(this.key(row, col));
  }

  raw(row: number, col: number): Cell | undefined {
    return this.grid.rows[row]?.[col];
  }

  /** The tidied text of the cell at (row, col) itself, merges aside. */
  private textAt(row: number, col: number): string {
    let line = this.texts[row];
    if (!line) {
      line = [];
      const cells = this.grid.rows[row];
      if (cells) for (let c = 0; c < cells.length; c++) line.push(textOf(cells[c]));
      this.texts[row] = line;
    }
    return line[col] ?? '';
  }

  /** The cell's text for table reading (see class comment). */
  at(row: number, col: number): ViewCell {
    const m = this.mergeAt(row, col);
    if (m) {
      if (col !== m.left) return { ...EMPTY, row, col };
      const anchor = this.raw(m.top, m.left);
      return {
        text: this.textAt(m.top, m.left),
        own: row === m.top,
        row: m.top,
        col: m.left,
        cell: anchor,
      };
    }
    return { text: this.textAt(row, col), own: true, row, col, cell: this.raw(row, col) };
  }

  /** The text as printed on this row: merged values only on their first row. */
  ownText(row: number, col: number): string {
    // Same as `at(row, col)` when own, without building the ViewCell (called for every cell).
    const m = this.mergeAt(row, col);
    if (!m) return this.textAt(row, col);
    return col === m.left && row === m.top ? this.textAt(m.top, m.left) : '';
  }

  /** True when no cell in [left, right] of the row has text of its own. */
  isBlank(row: number, left = 0, right = this.colCount - 1): boolean {
    for (let c = left; c <= right; c++) if (this.ownText(row, c)) return false;
    return true;
  }
}
