import type { SheetView } from '../_lib/sheet-view';
import { toA1 } from '../grid/a1';
import { foldVietnamese } from '../text/fold';

export interface PlanHeading {
  /** "UBND TỈNH QUẢNG TRỊ" */
  readonly parentAgency: string | null;
  /** "SỞ KHOA HỌC VÀ CÔNG NGHỆ" */
  readonly agency: string | null;
  /** "KẾ HOẠCH CẢI CÁCH THỦ TỤC HÀNH CHÍNH TRỌNG TÂM NĂM 2024" */
  readonly title: string | null;
}

export interface ReportingUnitLine {
  /** The unit as written after "Đơn vị báo cáo:". */
  readonly text: string;
  readonly sheet: string;
  readonly cell: string;
}

interface Line {
  readonly text: string;
  readonly row: number;
  readonly col: number;
}

function linesAbove(view: SheetView, beforeRow: number): Line[] {
  const lines: Line[] = [];
  for (let r = 0; r < Math.min(beforeRow, 40); r++) {
    for (let c = 0; c < view.colCount; c++) {
      const text = view.ownText(r, c);
      if (text) lines.push({ text, row: r, col: c });
    }
  }
  return lines;
}

const isUpper = (text: string) => text === text.toUpperCase() && /\p{Lu}/u.test(text);
const NATIONAL =
  /^(cong hoa xa hoi chu nghia viet nam|doc lap - tu do - hanh phuc|doc lap tu do hanh phuc)/;

/**
 * Reads the agency block and the title above a plan's first table: the top-left lines in
 * capitals (parent agency, then agency) and the line that names the document ("KẾ HOẠCH …").
 * @example readPlanHeading(view, 8) // { parentAgency: 'UBND TỈNH QUẢNG TRỊ', agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', title: 'KẾ HOẠCH …' }
 */
export function readPlanHeading(view: SheetView, headerRow: number): PlanHeading {
  const lines = linesAbove(view, headerRow);
  const agencyLines = lines.filter((l) => {
    const f = foldVietnamese(l.text);
    return (
      l.row < 6 &&
      isUpper(l.text) &&
      !NATIONAL.test(f) &&
      /^(ubnd|uy ban|so|bo|ban|cuc|chi cuc|tong cuc|van phong|trung tam|hoi dong|thanh tra|dang uy|tinh uy)\b/.test(
        f,
      ) &&
      l.text.length < 80
    );
  });
  const leftCol = Math.min(...agencyLines.map((l) => l.col), Number.POSITIVE_INFINITY);
  const left = agencyLines
    .filter((l) => l.col === leftCol)
    .map((l) => l.text.replace(/\s+/g, ' ').trim());
  const parentAgency = left.length >= 2 ? left[0]! : null;
  const agency = left.length >= 2 ? left[1]! : (left[0] ?? null);

  let title: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const f = foldVietnamese(line.text);
    if (
      /^(ke hoach|chuong trinh|phu luc)\b/.test(f) &&
      !/^(ke hoach|phu luc)( so)?[\s.:]*$/.test(f) &&
      !/^\(/.test(line.text)
    ) {
      // "PHỤ LỤC KẾ HOẠCH" / "Phụ lục I" labels the appendix: the plan's name is the line under
      // it, when one comes before the "(Kèm theo …)" line.
      const named = /^phu luc\b/.test(f) ? nameUnder(lines, i) : undefined;
      title = (named ?? line.text).replace(/\s+/g, ' ').trim();
      break;
    }
    if (/^(ke hoach|phu luc)[\s.:]*$/.test(f)) {
      const next = lines.slice(i + 1).find((l) => l.row > line.row && !/^\(/.test(l.text));
      if (next) {
        title = next.text.replace(/\s+/g, ' ').trim();
        break;
      }
    }
  }
  return { parentAgency, agency, title };
}

/** The line under line `i` of an appendix label, unless it is the "(Kèm theo …)" line. */
function nameUnder(lines: readonly Line[], i: number): string | undefined {
  const line = lines[i]!;
  const next = lines.slice(i + 1).find((l) => l.row > line.row);
  if (!next || /^\(/.test(next.text.trim()) || !isUpper(next.text)) return undefined;
  return next.text;
}

/**
 * Finds the line a unit writes above its table: "Đơn vị báo cáo: Phòng BCVT&CĐS".
 * @example findReportingUnit(view, 'PL1', 8) // { text: 'Phòng BCVT&CĐS', sheet: 'PL1', cell: 'A3' }
 */
export function findReportingUnit(
  view: SheetView,
  sheet: string,
  headerRow: number,
): ReportingUnitLine | undefined {
  for (const line of linesAbove(view, headerRow)) {
    const text = reportingUnitText(line.text);
    if (text) return { text, sheet, cell: toA1(line.row, line.col) };
  }
  return undefined;
}

/**
 * The unit a "Đơn vị báo cáo: …" line names, or null when the text is not such a line.
 * @example reportingUnitText('Đơn vị báo cáo: Thanh tra Sở') // 'Thanh tra Sở'
 * @example reportingUnitText('KẾ HOẠCH') // null
 */
export function reportingUnitText(text: string): string | null {
  const m =
    /^\s*(?:đơn vị|don vi|phòng, đơn vị|cơ quan) (?:báo cáo|bao cao|gửi báo cáo)\s*[:：]\s*(.+)$/iu.exec(
      text,
    );
  return m && m[1]!.trim() ? m[1]!.trim() : null;
}
