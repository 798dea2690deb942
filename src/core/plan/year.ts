import { foldVietnamese } from '../text/fold';

export interface PlanYears {
  readonly from: number;
  readonly to: number;
}

const YEAR = '((?:19|20)\\d{2})';

/**
 * The plan's year(s) from its title lines (DOMAIN.md §2): "giai đoạn 2021-2025" gives a range;
 * otherwise "năm 2025" (a title's "… NĂM 2023", "Chỉ tiêu năm 2025", "ngày 19 tháng 03 năm 2024"),
 * otherwise a date "29/12/2021". Lines are tried in order; the first kind found wins.
 * @example detectPlanYears(['KẾ HOẠCH', 'Cải cách hành chính giai đoạn 2021-2025']) // { from: 2021, to: 2025 }
 * @example detectPlanYears(['(Kèm theo Kế hoạch số 25/KH-SKHCN ngày 19/3/2024)']) // { from: 2024, to: 2024 }
 */
export function detectPlanYears(lines: readonly string[]): PlanYears | undefined {
  const folded = lines.map((l) => foldVietnamese(l));
  for (const line of folded) {
    const m = new RegExp(
      `giai doan\\s*(?:tu\\s*)?(?:nam\\s*)?${YEAR}\\s*(?:-|–|den|toi)\\s*(?:nam\\s*)?${YEAR}`,
    ).exec(line);
    if (m) {
      const from = Number(m[1]);
      const to = Number(m[2]);
      if (to >= from && to - from <= 10) return { from, to };
    }
  }
  // "năm 2024" outside document references ("số 01/2017/QĐ-UBND") and not "năm 2030" goals.
  for (const line of folded) {
    if (/^\(?(kem theo|ban hanh kem theo)/.test(line)) continue;
    const m = new RegExp(`\\bnam\\s+${YEAR}\\b`).exec(line);
    if (m && !/dinh huong den nam/.test(line.slice(0, m.index + 4))) return single(Number(m[1]));
  }
  for (const line of folded) {
    const m = new RegExp(`\\bnam\\s+${YEAR}\\b`).exec(line);
    if (m) return single(Number(m[1]));
  }
  for (const line of folded) {
    const m = new RegExp(`\\b\\d{1,2}/\\d{1,2}/${YEAR}\\b`).exec(line);
    if (m) return single(Number(m[1]));
  }
  return undefined;
}

function single(year: number): PlanYears {
  return { from: year, to: year };
}
