import { foldVietnamese } from '../text/fold';

export interface PlanYears {
  readonly from: number;
  readonly to: number;
}

const YEAR = '((?:19|20)\\d{2})';
const RANGE = new RegExp(
  `giai doan\\s*(?:tu\\s*)?(?:nam\\s*)?${YEAR}\\s*(?:-|–|den|toi)\\s*(?:nam\\s*)?${YEAR}`,
);
const YEAR_WORD = new RegExp(`\\bnam\\s+${YEAR}\\b`);
const DATE = new RegExp(`\\b\\d{1,2}/\\d{1,2}/${YEAR}\\b`);
/** The line that ties the appendix to its plan: "(Kèm theo Kế hoạch số … ngày … năm 2025)". */
const ATTACHED = /^\(?(kem theo|ban hanh kem theo)/;
/** A line that cites the documents the plan carries out, not the plan itself. */
const CITING = /^[-+•\s(]*(thuc hien|can cu|trien khai|theo|xet de nghi)\b/;
/**
 * A cited document inside a line: its kind, number and date ("Nghị quyết số 57-NQ/TW ngày 22
 * tháng 12 năm 2024", "Quyết định 749/QĐ-TTg ngày 03/6/2020"); the date is that document's.
 */
const CITED_DOCUMENT = new RegExp(
  `\\b(?:nghi quyet|quyet dinh|ke hoach|chi thi|thong tu|nghi dinh|chuong trinh|cong van|ket luan|luat|van ban|de an|chien luoc)\\s+(?:so\\s*:?\\s*)?\\S*\\d\\S*(?:\\s+ngay\\s+(?:\\d{1,2}\\s*(?:thang|/|-|\\.)\\s*\\d{1,2}\\s*(?:nam|/|-|\\.)\\s*${YEAR.replace('(', '(?:')}))?`,
  'g',
);

/**
 * The plan's year(s) from its title lines (DOMAIN.md §2): "giai đoạn 2021-2025" gives a range;
 * otherwise "năm 2025" (a title's "… NĂM 2023", "Chỉ tiêu năm 2025", "ngày 19 tháng 03 năm 2024"),
 * otherwise a date "29/12/2021". Lines are tried in order; the first kind found wins. Lines that
 * cite other documents ("Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 …") and the dates of
 * documents cited inside a line never give the plan's year.
 * @example detectPlanYears(['KẾ HOẠCH', 'Cải cách hành chính giai đoạn 2021-2025']) // { from: 2021, to: 2025 }
 * @example detectPlanYears(['(Kèm theo Kế hoạch số 25/KH-SKHCN ngày 19/3/2024)']) // { from: 2024, to: 2024 }
 */
export function detectPlanYears(lines: readonly string[]): PlanYears | undefined {
  const own = ownLines(lines);
  return titleYears(own) ?? attachedYear(own) ?? anyYear(own);
}

/**
 * The plan's years from its own lines and the years its deadlines name (the clean entry point
 * for a plan's year, used by the scan and by whoever shows the plan's title). A year written in
 * the title, or a "giai đoạn" range, wins. When the title gives none and the deadlines run over
 * several years ("Năm 2025" … "Năm 2030"), the plan is multi-year: from its own date's year (the
 * "(Kèm theo … năm 2025)" line, else the earliest deadline year) to the latest deadline year.
 * Otherwise the year of the plan's own date.
 * @example readPlanYears(['CHƯƠNG TRÌNH HÀNH ĐỘNG', '(Kèm theo Nghị quyết số 71/NQ-CP ngày 01 tháng 4 năm 2025)'], [2025, 2026, 2030]) // { from: 2025, to: 2030 }
 * @example readPlanYears(['KẾ HOẠCH CCHC NĂM 2024'], [2024, 2025]) // { from: 2024, to: 2024 }
 */
export function readPlanYears(
  lines: readonly string[],
  deadlineYears: readonly number[] = [],
): PlanYears | undefined {
  const own = ownLines(lines);
  const fromTitle = titleYears(own);
  if (fromTitle) return fromTitle;
  const dated = attachedYear(own) ?? anyYear(own);
  const years = deadlineYears.filter((y) => y >= 1900 && y <= 2200);
  if (years.length > 0) {
    const first = Math.min(...years);
    const last = Math.max(...years);
    if (last > first && last - first <= 10) {
      const from = dated && dated.from <= first ? dated.from : first;
      return { from, to: last };
    }
  }
  return dated;
}

/**
 * The years a deadline text names in four digits, outside cited documents.
 * @example yearsNamedIn('Quý II/2025; năm 2026') // [2025, 2026]
 */
export function yearsNamedIn(text: string): number[] {
  const folded = foldVietnamese(text).replace(CITED_DOCUMENT, ' ');
  return [...folded.matchAll(/(?<!\d)((?:19|20)\d{2})(?![\d/])/g)].map((m) => Number(m[1]));
}

interface OwnLine {
  readonly text: string;
  readonly attached: boolean;
}

/** The lines folded, citing lines left out and cited documents' dates blanked. */
function ownLines(lines: readonly string[]): OwnLine[] {
  const own: OwnLine[] = [];
  for (const line of lines) {
    const folded = foldVietnamese(line);
    const attached = ATTACHED.test(folded);
    if (!attached && CITING.test(folded)) continue;
    // The "(Kèm theo Kế hoạch số … ngày …)" line's document is the plan itself.
    own.push({ text: attached ? folded : folded.replace(CITED_DOCUMENT, ' '), attached });
  }
  return own;
}

function titleYears(lines: readonly OwnLine[]): PlanYears | undefined {
  for (const { text } of lines) {
    const m = RANGE.exec(text);
    if (m) {
      const from = Number(m[1]);
      const to = Number(m[2]);
      if (to >= from && to - from <= 10) return { from, to };
    }
  }
  // "năm 2024" outside the attached line, not "năm 2030" goals, not a year column ("Năm 2025").
  for (const { text, attached } of lines) {
    if (attached || /^(den )?nam \d{4}$/.test(text)) continue;
    const m = YEAR_WORD.exec(text);
    if (m && !/dinh huong den nam/.test(text.slice(0, m.index + 4))) return single(Number(m[1]));
  }
  return undefined;
}

function attachedYear(lines: readonly OwnLine[]): PlanYears | undefined {
  for (const { text, attached } of lines) {
    if (!attached) continue;
    const m = YEAR_WORD.exec(text) ?? DATE.exec(text);
    if (m) return single(Number(m[1]));
  }
  return undefined;
}

function anyYear(lines: readonly OwnLine[]): PlanYears | undefined {
  for (const { text } of lines) {
    const m = YEAR_WORD.exec(text);
    if (m) return single(Number(m[1]));
  }
  for (const { text } of lines) {
    const m = DATE.exec(text);
    if (m) return single(Number(m[1]));
  }
  return undefined;
}

function single(year: number): PlanYears {
  return { from: year, to: year };
}
