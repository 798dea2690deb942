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

/** Room for the signature and the seal, in points (about 2.5 cm). */
const SIGNATURE_SPACE = 72;

/** Dotted placeholder for what the plan does not say: filled in by hand, never invented. */
export const PLACEHOLDER = '…………………';

const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
/** Narrowest the right-hand block may be: the national name on one line, 12 pt bold. */
const NATION_WIDTH = Math.ceil(textWidth(NATION, 12, true)) + 1;

/**
 * First column of the right-hand block: the right block must hold the national name on one line
 * and, on wide sheets, take at least half the width.
 * @example splitColumn([6, 40, 16, 12, 14, 12, 17, 13]) // 3
 */
export function splitColumn(widths: readonly number[]): number {
  const total = widths.reduce((s, w) => s + w, 0);
  const need = Math.min(total, Math.max(NATION_WIDTH, total / 2));
  let right = 0;
  for (let c = widths.length - 1; c > 0; c--) {
    right += widths[c] ?? 0;
    if (right >= need) return c;
  }
  return 1;
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
}

/** Writes the top block, title and period line, then a spacer row. */
export function addTopBlock(d: SheetDraft, t: FrameText): void {
  const split = splitColumn(d.widths);
  const left = { from: 0, to: split - 1 };
  const right = { from: split, to: d.last };
  d.add([
    {
      ...left,
      value: t.plan.parentAgency?.toLocaleUpperCase('vi') ?? PLACEHOLDER,
      style: 'parentAgency',
    },
    { ...right, value: NATION, style: 'nation' },
  ]);
  d.add([
    {
      ...left,
      value: t.plan.agency?.toLocaleUpperCase('vi') ?? `SỞ ${PLACEHOLDER}`,
      style: 'agency',
    },
    { ...right, value: 'Độc lập - Tự do - Hạnh phúc', style: 'motto' },
  ]);
  // The short rule under the agency name (a third to a half of its length).
  d.add([{ ...left, value: AGENCY_RULE, style: 'rule' }], { height: 10 });
  d.add([{ ...right, value: placeDateLine(t.place, t.asOf), style: 'placeDate' }]);
  d.blank(12);
  t.title.forEach((line, i) =>
    d.add([{ from: 0, to: d.last, value: line, style: i === 0 ? 'title' : 'subtitle' }]),
  );
  d.add([{ from: 0, to: d.last, value: t.period, style: 'period' }]);
  d.blank(10);
}

/** Writes the signers: the preparer on the left, the head of the agency on the right. */
export function addSignerBlock(d: SheetDraft, preparer: string, signer: string): void {
  const split = splitColumn(d.widths);
  const left = { from: 0, to: split - 1 };
  const right = { from: split, to: d.last };
  d.blank(12);
  d.add([
    { ...left, value: preparer, style: 'signerRole' },
    { ...right, value: signer, style: 'signerRole' },
  ]);
  d.add([
    { ...left, value: '(Ký, ghi rõ họ tên)', style: 'signerHint' },
    { ...right, value: '(Ký, ghi rõ họ tên, đóng dấu)', style: 'signerHint' },
  ]);
  d.blank(SIGNATURE_SPACE);
}

/** Print setup: A4, margins of Nghị định 30/2020 (top/bottom 20, left 30, right 15 mm), page numbers. */
export function printSetup(orientation: PrintSetup['orientation']): PrintSetup {
  return {
    paper: 'A4',
    orientation,
    marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
    fitToWidth: true,
    horizontalCentered: true,
    footerCenter: 'Trang &P/&N',
  };
}
