import { identifyUnit } from '../../../core/consolidate/identify';
import { cellText, type GridBook } from '../../../core/grid/types';
import { reportingUnitText } from '../../../core/plan/heading';
import type { Roster } from '../../../core/units/roster';
import type { UnitFile } from '../../engine/workbooks';

/** How far down a sheet the "Đơn vị báo cáo: …" line is looked for (it sits above the table). */
const HEAD_ROWS = 40;

/**
 * The text of a workbook's first "Đơn vị báo cáo: …" line near the top of a sheet, or null.
 * @example reportingLineOf(book) // 'Văn phòng Sở'
 */
export function reportingLineOf(book: GridBook): string | null {
  for (const sheet of book.sheets) {
    const rows = sheet.rows.slice(0, HEAD_ROWS);
    for (const row of rows) {
      for (const cell of row ?? []) {
        const text = cell ? reportingUnitText(cellText(cell)) : null;
        if (text) return text;
      }
    }
  }
  return null;
}

/** Who has sent a file, as far as the files tell before consolidating. */
export interface Senders {
  /** Roster units no file comes from, in roster order. */
  readonly missing: string[];
  /** Files read whose sender cannot be told (no line, a name outside the roster). */
  readonly unknown: string[];
}

/**
 * Which roster units have not sent a file yet, told the way the consolidation tells them (the
 * "Đơn vị báo cáo: …" line, else the file name, against the roster and its other names); files
 * that could not be read say nothing about who sent them.
 * @example expectedSenders(scan.roster, units).missing // ['Trung tâm Thông tin và Ứng dụng tiến bộ KH&CN']
 */
export function expectedSenders(roster: Roster, units: readonly UnitFile[]): Senders {
  const sent = new Set<string>();
  const unknown: string[] = [];
  for (const u of units) {
    if (!u.loaded) continue;
    const who = identifyUnit(reportingLineOf(u.loaded.book), u.name, roster);
    if (who.kind === 'unit') sent.add(who.name);
    else unknown.push(u.name);
  }
  return { missing: roster.units.map((r) => r.name).filter((n) => !sent.has(n)), unknown };
}
