/**
 * Column widths a table's own text asks for: every word and figure on one line (no "KH&C" over
 * "N", no "15/10/202" over "4"), then the page's width shared out where it saves the most
 * printed lines, so rows are as short as the text allows and more of them fit on a page.
 */
import { linesAt, measureWords, oneLineWidth, type MeasuredWords } from './measure';

/** A cell's text as the table prints it. */
export interface CellText {
  readonly text: string;
  readonly size: number;
  readonly bold: boolean;
}

/** Widest a single word may ask for: longer "words" (paths, links) are broken. */
const WORD_CAP = 20;

/**
 * The narrowest width at which no word of any of the column's cells is broken, at least `min`.
 * @example wordWidth([{ text: 'Văn phòng Sở', size: 12, bold: false }], 4) // 6.5
 */
export function wordWidth(cells: readonly (CellText | null)[], min: number): number {
  let need = min;
  for (const c of cells) {
    if (!c) continue;
    for (const word of c.text.split(/\s+/)) {
      need = Math.max(need, Math.min(WORD_CAP, oneLineWidth(word, c.size, c.bold)));
    }
  }
  return need;
}

/** Lines of every cell at a width, cached per column and width. */
class LineTable {
  private readonly cache = new Map<string, readonly number[]>();
  /** Each column's cells measured once (null: empty), then wrapped at every width tried. */
  private readonly measured: (readonly (MeasuredWords | null)[])[] = [];
  constructor(private readonly rows: readonly (readonly (CellText | null)[])[]) {}

  lines(col: number, width: number): readonly number[] {
    const key = `${col}:${width}`;
    let lines = this.cache.get(key);
    if (!lines) {
      const words = (this.measured[col] ??= this.rows.map((r) => {
        const c = r[col];
        return c && c.text !== '' ? measureWords(c.text, c.size, c.bold) : null;
      }));
      lines = words.map((w) => (w ? linesAt(w, width) : 1));
      this.cache.set(key, lines);
    }
    return lines;
  }
}

/** Total printed lines (each row as tall as its tallest cell), then all cells' lines. */
function cost(table: LineTable, widths: readonly number[]): [number, number] {
  const perColumn = widths.map((w, c) => table.lines(c, w));
  let rowsTotal = 0;
  let cellsTotal = 0;
  const rowCount = perColumn[0]?.length ?? 0;
  for (let r = 0; r < rowCount; r++) {
    let tallest = 1;
    for (const col of perColumn) {
      tallest = Math.max(tallest, col[r]!);
      cellsTotal += col[r]!;
    }
    rowsTotal += tallest;
  }
  return [rowsTotal, cellsTotal];
}

/**
 * Widths for a table of `rows` (cells by column; null for an empty cell) filling `total` units:
 * each column starts at `min` widened so no word breaks (past `total`, flexible columns narrow
 * down to their longest word), then the rest goes, one unit at a time,
 * to the column of `flexible` where it saves the most printed lines (ties: the most wrapped
 * lines, then the first listed). Fixed columns keep their start width.
 * @example shareWidths([[{ text: 'a b c d e f g h', size: 12, bold: false }, null]], [4, 4], [0], 20) // [16, 4]
 */
export function shareWidths(
  rows: readonly (readonly (CellText | null)[])[],
  min: readonly number[],
  flexible: readonly number[],
  total: number,
): number[] {
  const words = min.map((_, c) =>
    wordWidth(
      rows.map((r) => r[c] ?? null),
      0,
    ),
  );
  const widths = min.map((m, c) => Math.max(m, words[c]!));
  squeeze(widths, words, flexible, total);
  const floor = widths.slice();
  const table = new LineTable(rows);
  let left = total - widths.reduce((s, w) => s + w, 0);
  while (left >= 1 && flexible.length > 0) {
    let best = flexible[0]!;
    let bestCost: [number, number] | null = null;
    for (const c of flexible) {
      const tried = widths.slice();
      tried[c]! += 1;
      const k = cost(table, tried);
      if (!bestCost || k[0] < bestCost[0] || (k[0] === bestCost[0] && k[1] < bestCost[1])) {
        best = c;
        bestCost = k;
      }
    }
    widths[best]! += 1;
    left -= 1;
  }
  // What is left below one unit goes to the first flexible column.
  if (left > 0 && flexible.length > 0) widths[flexible[0]!]! += left;
  return rebalance(table, widths, floor, flexible);
}

/** Widths moved at once: two columns must sometimes widen by several units to shorten a row. */
const STEPS = [1, 2, 4, 8, 16];

/**
 * Over the page's width (many units, wide figures), the flexible columns give up what they
 * have beyond their longest word, half a unit at a time from the widest.
 */
function squeeze(
  widths: number[],
  words: readonly number[],
  flexible: readonly number[],
  total: number,
): void {
  let over = widths.reduce((s, w) => s + w, 0) - total;
  while (over > 0) {
    const c = flexible
      .filter((f) => widths[f]! - 0.5 >= words[f]!)
      .sort((a, b) => widths[b]! - widths[a]!)[0];
    if (c === undefined) return;
    widths[c]! -= 0.5;
    over -= 0.5;
  }
}

const better = (a: [number, number], b: [number, number]) =>
  a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

/**
 * Moves width from one flexible column to another while that saves printed lines: one unit at
 * a time cannot see that a column must widen by several units to shorten a row.
 */
function rebalance(
  table: LineTable,
  widths: number[],
  floor: readonly number[],
  flexible: readonly number[],
): number[] {
  let current = cost(table, widths);
  for (let moves = 0; moves < 400; moves++) {
    let best: { from: number; to: number; step: number; cost: [number, number] } | null = null;
    for (const step of STEPS) {
      for (const from of flexible) {
        if (widths[from]! - step < floor[from]!) continue;
        for (const to of flexible) {
          if (to === from) continue;
          const tried = widths.slice();
          tried[from]! -= step;
          tried[to]! += step;
          const k = cost(table, tried);
          if (better(k, best?.cost ?? current)) best = { from, to, step, cost: k };
        }
      }
    }
    if (!best) break;
    widths[best.from]! -= best.step;
    widths[best.to]! += best.step;
    current = best.cost;
  }
  return widths;
}
