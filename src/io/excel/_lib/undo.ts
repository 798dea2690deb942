/// <reference types="office-js" />
/**
 * Putting the workbook back when a write fails. Excel keeps what a failed request did before
 * the failing call, so the writer reloads the sheets and undoes its own work: it deletes every
 * sheet the write added (made visible first: Excel refuses to delete a very hidden sheet),
 * gives the old report sheets their names back and restores the marker sheet's cells. The
 * writer deletes nothing of the old report until the new one is in place, so this is enough.
 */
import type { WorkbookSheets } from './replace';

/** What undoing a failed write achieved. */
export interface Undo {
  /** Whether the workbook is as it was before the write. */
  readonly restored: boolean;
  /** Sheets the write added that are still there (undefined: Excel could not even say). */
  readonly leftovers: readonly string[] | undefined;
}

/**
 * Undoes a failed write: `found` is the workbook as the write found it, `markerRowCount` how many
 * rows of the marker sheet the write may have written.
 * @example (await undoWrite(context, found, 9)).restored // true: only the user's sheets and the old report remain
 */
export async function undoWrite(
  context: Excel.RequestContext,
  found: WorkbookSheets,
  markerRowCount: number,
): Promise<Undo> {
  const before = new Map(found.existing.map((s) => [s.id, s]));
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/id,items/name,items/visibility');
    await context.sync();
    const now = worksheets.items;
    for (const ws of now.filter((w) => !before.has(w.id))) {
      if (ws.visibility !== 'Visible') ws.visibility = 'Visible';
      ws.delete();
    }
    for (const ws of now) {
      const was = before.get(ws.id);
      if (was && was.name !== ws.name) ws.name = was.name;
    }
    if (found.marker) restoreMarker(found, markerRowCount);
    await context.sync();
    return { restored: true, leftovers: [] };
  } catch {
    return { restored: false, leftovers: await addedSheets(context, before) };
  }
}

/** The marker sheet's cells as the write found them (the write rewrote its list in place). */
function restoreMarker(found: WorkbookSheets, rowCount: number): void {
  const ws = found.marker!.ws;
  ws.getRange(`A1:B${rowCount}`).clear();
  const cells = found.markerCells;
  if (!cells) return;
  const range = ws.getRange(cells.address);
  range.numberFormat = cells.numberFormat;
  range.values = cells.values;
}

/** The names of the sheets the write added that are still in the workbook, if Excel can say. */
async function addedSheets(
  context: Excel.RequestContext,
  before: ReadonlyMap<string, unknown>,
): Promise<string[] | undefined> {
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/id,items/name');
    await context.sync();
    return worksheets.items.filter((w) => !before.has(w.id)).map((w) => w.name);
  } catch {
    return undefined;
  }
}
