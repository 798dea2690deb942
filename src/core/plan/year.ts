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
/** The plan's place and date line: "Đắk Lắk, ngày 24 tháng 12 năm 2025" (the plan's own date). */
const PLACE_DATE = /^[^\d]{0,40}?,?\s*ngay\s+\S+\s+thang\s+\S+\s+nam\s+(?:19|20)\d{2}\s*$/;
/** A line that cites the documents the plan carries out, not the plan itself. */
const CITING = /^[-+•\s(]*(thuc hien|can cu|trien khai|theo|xet de nghi)\b/;
/**
 * A cited document inside a line: its kind, number and date ("Nghị quyết số 57-NQ/TW ngày 22
 * tháng 12 năm 2024", "Quyết định 749/QĐ-TTg ngày 03/6/2020"); the date is that document's.
 */
const CITED_DOCUMENT_SOURCE = `\\b(?:nghi quyet|quyet dinh|ke hoach|chi thi|thong tu|nghi dinh|chuong trinh|cong van|ket luan|luat|van ban|de an|chien luoc)\\s+(?:so\\s*:?\\s*)?\\S*\\d\\S*(?:\\s+ngay\\s+(?:\\d{1,2}\\s*(?:thang|/|-|\\.)\\s*\\d{1,2}\\s*(?:nam|/|-|\\.)\\s*${YEAR.replace('(', '(?:')}))?`;
const CITED_DOCUMENT = new RegExp(CITED_DOCUMENT_SOURCE, 'g');
const CITES_DOCUMENT = new RegExp(CITED_DOCUMENT_SOURCE);

/**
 * The plan's year(s) from its own lines alone: {@link readPlanYears} without deadlines.
 * @example detectPlanYears(['KẾ HOẠCH', 'Cải cách hành chính giai đoạn 2021-2025']) // { from: 2021, to: 2025 }
 * @example detectPlanYears(['(Kèm theo Kế hoạch số 25/KH-SKHCN ngày 19/3/2024)']) // { from: 2024, to: 2024 }
 */
export function detectPlanYears(lines: readonly string[]): PlanYears | undefined {
  return readPlanYears(lines);
}

/**
 * The plan's years from its own lines and the years its deadlines name (DOMAIN.md §2, RULES.md
 * "Plan year"; the one entry point for a plan's year). Lines that cite what the plan carries out
 * ("Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 …") and documents cited inside a line give
 * no year. In order: a "giai đoạn 2021-2025" range; a "năm 2025" in the title; a title running
 * "đến năm 2025" (from the plan's own date's year to 2025); deadlines over several years when
 * the title names none (from the plan's own date's year, else the earliest, to the latest); the
 * plan's own date ("(Kèm theo … ngày … năm 2025)", "Hà Nội, ngày 24 tháng 7 năm 2025"); any other
 * "năm YYYY" or "d/m/YYYY".
 * @example readPlanYears(['CHƯƠNG TRÌNH HÀNH ĐỘNG', '(Kèm theo Nghị quyết số 71/NQ-CP ngày 01 tháng 4 năm 2025)'], [2025, 2026, 2030]) // { from: 2025, to: 2030 }
 * @example readPlanYears(['KẾ HOẠCH CCHC NĂM 2024'], [2024, 2025]) // { from: 2024, to: 2024 }
 */
export function readPlanYears(
  lines: readonly string[],
  deadlineYears: readonly number[] = [],
): PlanYears | undefined {
  const own = ownLines(lines);
  const dated = datingYear(own) ?? anyYear(own);
  const fromTitle = titleYears(own) ?? untilHorizon(own, dated);
  if (fromTitle) return fromTitle;
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
  /** The line dates the plan: "(Kèm theo … ngày …)" or "Place, ngày … năm …". */
  readonly dating: boolean;
}

/** The lines folded, citing lines left out and cited documents' dates blanked. */
function ownLines(lines: readonly string[]): OwnLine[] {
  const own: OwnLine[] = [];
  for (const line of lines) {
    const folded = foldVietnamese(line);
    // The "(Kèm theo …)" line and the place-date line date the plan; neither is its title.
    const dating = ATTACHED.test(folded) || PLACE_DATE.test(folded);
    // "Thực hiện Quyết định số 749/QĐ-TTg … đến năm 2025": the cited programme's years, not the
    // plan's; a title line opening with "Thực hiện" and citing nothing stays.
    if (!dating && CITING.test(folded) && CITES_DOCUMENT.test(folded)) continue;
    // The "(Kèm theo Kế hoạch số … ngày …)" line's document is the plan itself.
    own.push({ text: dating ? folded : folded.replace(CITED_DOCUMENT, ' '), dating });
  }
  return own;
}

/**
 * The year a title runs to ("… đến năm 2025, định hướng đến năm 2030" → 2025): the plan runs
 * from its own date's year to it.
 */
function horizonYear(lines: readonly OwnLine[]): number | undefined {
  for (const { text, dating } of lines) {
    if (dating || /^(den )?nam \d{4}$/.test(text)) continue;
    const m = new RegExp(`\\bden\\s+nam\\s+${YEAR}\\b`).exec(text);
    if (m && !/dinh huong\s*$/.test(text.slice(0, m.index))) return Number(m[1]);
  }
  return undefined;
}

/** From the plan's own date's year to the year its title runs to. */
function untilHorizon(
  lines: readonly OwnLine[],
  dated: PlanYears | undefined,
): PlanYears | undefined {
  const until = horizonYear(lines);
  if (until === undefined) return undefined;
  if (dated && dated.from < until && until - dated.from <= 10)
    return { from: dated.from, to: until };
  return single(until);
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
  // "năm 2024" outside the lines that date the plan, not "năm 2030" goals, not a year column ("Năm 2025").
  for (const { text, dating } of lines) {
    if (dating || /^(den )?nam \d{4}$/.test(text)) continue;
    const m = YEAR_WORD.exec(text);
    if (m && !/den nam/.test(text.slice(Math.max(0, m.index - 4), m.index + 4)))
      return single(Number(m[1]));
  }
  return undefined;
}

function datingYear(lines: readonly OwnLine[]): PlanYears | undefined {
  for (const { text, dating } of lines) {
    if (!dating) continue;
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
