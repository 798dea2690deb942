/**
 * The parts every report sheet shares, laid out as Nghị định 30/2020/NĐ-CP lays out an
 * administrative document: the agency block top-left and the national name top-right, the
 * place and date, the centered title, the period line; at the end the signers.
 */
import type { PlanInfo } from '../../consolidate/types';
import type { PrintSetup } from '../types';
import type { SheetDraft } from './draft';
import { textWidth } from './measure';

/** Em dashes of Times New Roman touch: a solid line about 2.5 cm long at 8 pt. */
const AGENCY_RULE = '—'.repeat(9);

/** Room for the signature and the seal between the signer's title and name, in points (2.5 cm). */
const SIGNATURE_SPACE = 72;

/** Dotted placeholder for what the plan does not say: filled in by hand, never invented. */
export const PLACEHOLDER = '…………………';

const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
/** Narrowest the right-hand block may be: the national name on one line, 12 pt bold. */
const NATION_WIDTH = Math.ceil(textWidth(NATION, 12, true)) + 1;

/**
 * First column of the right-hand block: the split nearest the middle of the sheet at which the
 * right block holds the national name on one line (the first column when none does).
 * @example splitColumn([6, 40, 16, 12, 14, 12, 17, 13]) // 3
 * @example splitColumn([5.5, 63, 11, 9, 12.5, 17, 10]) // 2
 */
export function splitColumn(widths: readonly number[]): number {
  const total = widths.reduce((s, w) => s + w, 0);
  let best = 1;
  let bestGap = Number.POSITIVE_INFINITY;
  let right = 0;
  for (let c = widths.length - 1; c > 0; c--) {
    right += widths[c] ?? 0;
    const gap = Math.abs(right - total / 2);
    if (right >= Math.min(total, NATION_WIDTH) && gap < bestGap) {
      best = c;
      bestGap = gap;
    }
  }
  return best;
}

/**
 * The place of a provincial body, from its parent agency line.
 * @example placeFromAgency('UBND TỈNH QUẢNG TRỊ') // 'Quảng Trị'
 * @example placeFromAgency('ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI') // 'Hà Nội'
 * @example placeFromAgency('BỘ KHOA HỌC VÀ CÔNG NGHỆ') // null
 */
export function placeFromAgency(parentAgency: string | null): string | null {
  if (!parentAgency) return null;
  const m = /^\s*(?:UBND|[ỦU]Y BAN NHÂN DÂN)\s+(?:TỈNH|THÀNH PHỐ|TP\.?)\s+(.+?)\s*$/iu.exec(
    parentAgency.normalize('NFC').replace(/\s+/g, ' '),
  );
  if (!m) return null;
  return m[1]!
    .toLocaleLowerCase('vi')
    .split(' ')
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
    .join(' ');
}

/**
 * The place and date line: "Quảng Trị, ngày 05 tháng 01 năm 2026".
 * @example placeDateLine('Quảng Trị', '2025-12-15') // 'Quảng Trị, ngày 15 tháng 12 năm 2025'
 */
export function placeDateLine(place: string, asOf: string): string {
  const [y, m, d] = asOf.split('-');
  return `${place}, ngày ${d} tháng ${m} năm ${y}`;
}

export interface FrameText {
  readonly plan: PlanInfo;
  readonly place: string;
  readonly asOf: string;
  /** Title lines, in capitals. */
  readonly title: readonly string[];
  readonly period: string;
  /** What follows "Số: " under the agency ("      /BC-SKHCN"). */
  readonly documentNumber: string;
}

/**
 * Writes the top block (agency and national name, the document number under the agency, place
 * and date), the title and period line, then a spacer row; every row is kept with the table
 * header that follows.
 */
export function addTopBlock(d: SheetDraft, t: FrameText): void {
  const split = splitColumn(d.widths);
  const left = { from: 0, to: split - 1 };
  const right = { from: split, to: d.last };
  const keepWithNext = true;
  d.add(
    [
      {
        ...left,
        value: t.plan.parentAgency?.toLocaleUpperCase('vi') ?? PLACEHOLDER,
        style: 'parentAgency',
      },
      { ...right, value: NATION, style: 'nation' },
    ],
    { keepWithNext },
  );
  d.add(
    [
      {
        ...left,
        value: t.plan.agency?.toLocaleUpperCase('vi') ?? `SỞ ${PLACEHOLDER}`,
        style: 'agency',
      },
      { ...right, value: 'Độc lập - Tự do - Hạnh phúc', style: 'motto' },
    ],
    { keepWithNext },
  );
  // The short rule under the agency name (a third to a half of its length).
  d.add([{ ...left, value: AGENCY_RULE, style: 'rule' }], { height: 10, keepWithNext });
  d.add(
    [
      { ...left, value: `Số: ${t.documentNumber}`, style: 'documentNumber' },
      { ...right, value: placeDateLine(t.place, t.asOf), style: 'placeDate' },
    ],
    { keepWithNext },
  );
  d.add([], { height: 12, keepWithNext });
  t.title.forEach((line, i) =>
    d.add([{ from: 0, to: d.last, value: line, style: i === 0 ? 'title' : 'subtitle' }], {
      keepWithNext,
    }),
  );
  d.add([{ from: 0, to: d.last, value: t.period, style: 'period' }], { keepWithNext });
  d.add([], { height: 10, keepWithNext });
}

/**
 * The roman numeral of an appendix, 1–39.
 * @example romanNumeral(1) // 'I'
 * @example romanNumeral(14) // 'XIV'
 */
export function romanNumeral(n: number): string {
  const tens = ['', 'X', 'XX', 'XXX'][Math.floor(n / 10)] ?? '';
  const ones = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'][n % 10] ?? '';
  return tens + ones;
}

/**
 * The line tying an appendix to its report (Nghị định 30/2020, Phụ lục I, mục IV: a Phụ lục
 * names the document it goes with).
 * @example appendixReference('      /BC-…………', '2025-12-15', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ') // '(Kèm theo Báo cáo số ……/BC-………… ngày 15 tháng 12 năm 2025 của SỞ KHOA HỌC VÀ CÔNG NGHỆ)'
 * @example appendixReference('125/BC-SKHCN', '2025-12-15', null) // '(Kèm theo Báo cáo số 125/BC-SKHCN ngày 15 tháng 12 năm 2025 của …………………)'
 */
export function appendixReference(
  documentNumber: string,
  asOf: string,
  agency: string | null,
): string {
  const [y, m, d] = asOf.split('-');
  // A number left blank for the office (spaces before "/BC-") reads as dots inside a sentence.
  const number = documentNumber.trim().startsWith('/')
    ? `……${documentNumber.trim()}`
    : documentNumber.trim();
  const by = agency?.trim() || PLACEHOLDER;
  return `(Kèm theo Báo cáo số ${number} ngày ${d} tháng ${m} năm ${y} của ${by})`;
}

/** The heading of a sheet that is no document of its own: an appendix or an internal log. */
export interface AppendixText {
  /** "PHỤ LỤC I"; null for an internal sheet, no part of the report sent. */
  readonly label: string | null;
  /** Title lines, in capitals. */
  readonly title: readonly string[];
  /** "(Kèm theo Báo cáo số …)"; null for an internal sheet. */
  readonly reference: string | null;
  readonly period: string;
}

/**
 * Writes the compact heading of an appendix: "PHỤ LỤC I", the title, the line naming the report
 * it goes with, the period line, then a spacer row; no agency block, no national name (the
 * report carries them), every row kept with the table header that follows.
 */
export function addAppendixTop(d: SheetDraft, t: AppendixText): void {
  const whole = { from: 0, to: d.last };
  const keepWithNext = true;
  if (t.label !== null) d.add([{ ...whole, value: t.label, style: 'title' }], { keepWithNext });
  t.title.forEach((line, i) =>
    d.add([{ ...whole, value: line, style: i === 0 ? 'title' : 'subtitle' }], {
      keepWithNext,
    }),
  );
  if (t.reference !== null)
    d.add([{ ...whole, value: t.reference, style: 'reference' }], { keepWithNext });
  d.add([{ ...whole, value: t.period, style: 'period' }], { keepWithNext });
  d.add([], { height: 8, keepWithNext });
}

/** Who signs a sheet and whom it goes to (Nghị định 30/2020, Phụ lục I: "Nơi nhận", signature). */
export interface SignerText {
  /** "GIÁM ĐỐC", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC". */
  readonly title: string;
  /** The signer's full name; null leaves the line for it blank. */
  readonly name: string | null;
  /** The lines under "Nơi nhận:", e.g. "- Như trên;", "- Lưu: VT, VP.". */
  readonly recipients: readonly string[];
}

/**
 * Writes the end of a signed sheet: "Nơi nhận:" and its lines on the left; the signer's title,
 * room for the signature and seal, and the signer's name on the right. The row above (the last
 * of the table or of its summary) is kept with it, so the signers never print alone.
 */
export function addSignerBlock(d: SheetDraft, s: SignerText): void {
  const split = splitColumn(d.widths);
  const left = { from: 0, to: split - 1 };
  const right = { from: split, to: d.last };
  const keepWithNext = true;
  d.keepWithNext();
  d.add([], { height: 12, keepWithNext });
  d.add(
    [
      { ...left, value: 'Nơi nhận:', style: 'recipientsLabel' },
      { ...right, value: s.title, style: 'signerRole' },
    ],
    { keepWithNext },
  );
  let room = SIGNATURE_SPACE;
  for (const line of s.recipients) {
    room -= d.rowHeight(d.add([{ ...left, value: line, style: 'recipients' }], { keepWithNext }));
  }
  if (room > 0) d.add([], { height: Math.max(room, 4), keepWithNext });
  d.add(s.name === null ? [] : [{ ...right, value: s.name, style: 'signerName' }]);
}

/**
 * Print setup: A4, margins of Nghị định 30/2020 (top/bottom 20, left 30, right 15 mm), the page
 * number top-centre from the second page, each sheet numbered from 1.
 * @example printSetup('landscape').headerCenter // '&P'
 */
export function printSetup(orientation: PrintSetup['orientation']): PrintSetup {
  return {
    paper: 'A4',
    orientation,
    marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
    fitToWidth: false,
    horizontalCentered: true,
    headerCenter: '&P',
    firstPageNumber: 1,
  };
}
