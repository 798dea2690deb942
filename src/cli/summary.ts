import { byPlace } from '../core/issues/order';
import { periodContaining, periodHeading, periodHeadingEn } from '../core/period/period';
import type { ScanResult } from '../core/scan';
import { paint, type CliIo } from './io';
import { deadlineLines } from './summary/deadlines';
import { vi } from './summary/format';
import { indicatorLines } from './summary/indicators';
import { issueCounts, issueLines } from './summary/issues';
import { bySection, tableLine } from './summary/tables';

// The readable summaries' pieces, shared with `consolidate` (each in ./summary/, by section).
export {
  bothLines,
  columnLines,
  displayWidth,
  en,
  shorten,
  vi,
  type Between,
  type Cell,
  type Row,
  type Style,
} from './summary/format';
export {
  DEADLINE_HEADER,
  daysText,
  deadlineCells,
  omittedOverdueLines,
  pastPlanNote,
  type DeadlineRow,
} from './summary/deadlines';
export {
  indicatorResultLines,
  targetPhrase,
  valueText,
  type IndicatorLine,
} from './summary/indicators';
export { issueCounts, issueLines } from './summary/issues';
export { tableRange } from './summary/tables';

/** The readable summary of `phuluc scan`: tables, counts by section, units, issues by severity. */
export function scanSummary(io: CliIo, result: ScanResult, dueSoonDays = 7): string {
  const lines: string[] = [];
  lines.push(paint(io, 'bold', `PhuLuc — ${result.file}`));
  const years = result.planYears;
  lines.push(
    `Năm kế hoạch / Plan year: ${years ? (years.from === years.to ? years.from : `${years.from}–${years.to}`) : 'không rõ / unknown (dùng / use --year)'}`,
  );
  const period = periodContaining(result.asOf);
  lines.push(`${periodHeading(period)}`);
  lines.push(paint(io, 'dim', periodHeadingEn(period)));
  lines.push('');
  lines.push(paint(io, 'bold', `Bảng phụ lục / Appendix tables: ${vi(result.tables.length)}`));
  for (const t of result.tables) {
    lines.push(`• ${tableLine(t)}`);
    lines.push(...bySection(io, t));
  }
  lines.push(...deadlineLines(io, result, dueSoonDays));
  lines.push(...indicatorLines(io, result));
  const source = {
    sheet: 'trang "Danh mục đơn vị" / roster sheet',
    settings: 'cài đặt / settings',
    plan: 'tên trong kế hoạch / names in the plan',
  }[result.roster.source];
  lines.push('');
  lines.push(paint(io, 'bold', `Đơn vị / Units: ${vi(result.roster.units.length)} (${source})`));
  for (const u of result.roster.units)
    lines.push(
      `  - ${u.name}${u.aliases.length ? paint(io, 'dim', ` (${u.aliases.join('; ')})`) : ''}`,
    );

  lines.push('');
  lines.push(paint(io, 'bold', `Vấn đề / Issues: ${issueCounts(result.issues)}`));
  lines.push(...issueLines(io, '  ', [...result.issues].sort(byPlace(result.tables))));
  return `${lines.join('\n')}\n`;
}
