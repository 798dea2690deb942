/**
 * What every report sheet is built from: the consolidation and who signs where, plus the text of
 * the document frame (agency block, place and date, title, period line) each sheet heads with.
 */
import type { Consolidation } from '../../consolidate/types';
import type { Locale } from '../../issues/messages';
import { periodHeading, periodHeadingEn } from '../../period/period';
import {
  appendixReference,
  placeFromAgency,
  PLACEHOLDER,
  romanNumeral,
  type AppendixText,
  type FrameText,
  type SignerText,
} from './frame';

export interface ReportOptions {
  /** The signer's title; default "GIÁM ĐỐC" ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC" on two lines). */
  readonly signer?: string;
  /** The signer's full name; default none (a blank line to write it by hand). */
  readonly signerName?: string;
  /** What follows "Số: " under the agency name; default blank before "/BC-". */
  readonly documentNumber?: string;
  /** The lines under "Nơi nhận:"; default "- Như trên;" and "- Lưu: VT, …". */
  readonly recipients?: readonly string[];
  /** Language of the check log's messages ("Kết quả kiểm tra"); default Vietnamese. */
  readonly locale?: Locale;
  /** Place in the date line; default: the province of the parent agency ("UBND TỈNH QUẢNG TRỊ" → "Quảng Trị"), else a dotted placeholder. */
  readonly place?: string;
}

export interface ReportContext {
  readonly c: Consolidation;
  readonly place: string;
  readonly documentNumber: string;
  readonly signer: SignerText;
  readonly locale: Locale;
}

/** The number line when the office fills the number in by hand. */
export const BLANK_DOCUMENT_NUMBER = '          /BC-…………';

/** "Nơi nhận" of a report sent up: the addressee above, and the office's own file copy. */
export const DEFAULT_RECIPIENTS: readonly string[] = ['- Như trên;', '- Lưu: VT, …'];

const nonBlank = (s: string | undefined) => (s !== undefined && s.trim() !== '' ? s.trim() : null);

/**
 * The options with their defaults filled in.
 * @example reportContext(consolidation).signer.title // 'GIÁM ĐỐC'
 */
export function reportContext(c: Consolidation, options: ReportOptions = {}): ReportContext {
  const recipients = (options.recipients ?? []).map((l) => l.trim()).filter((l) => l !== '');
  return {
    c,
    place: nonBlank(options.place) ?? placeFromAgency(c.plan.parentAgency) ?? PLACEHOLDER,
    locale: options.locale ?? 'vi',
    documentNumber: nonBlank(options.documentNumber) ?? BLANK_DOCUMENT_NUMBER,
    signer: {
      title: nonBlank(options.signer)?.toLocaleUpperCase('vi') ?? 'GIÁM ĐỐC',
      name: nonBlank(options.signerName),
      recipients: recipients.length > 0 ? recipients : DEFAULT_RECIPIENTS,
    },
  };
}

/**
 * The frame text of the report's own sheet titled `title`: the plan's title under it, the period
 * line and the document number.
 * @example frameText(ctx, 'BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ').documentNumber // '          /BC-…………'
 */
export function frameText(ctx: ReportContext, title: string): FrameText {
  return {
    plan: ctx.c.plan,
    place: ctx.place,
    asOf: ctx.c.asOf,
    title: titleLines(ctx, title),
    period: periodHeading(ctx.c.period),
    documentNumber: ctx.documentNumber,
  };
}

/** A sheet's title, then the plan's title in capitals when the plan names itself. */
function titleLines(ctx: ReportContext, title: string): string[] {
  const planTitle = ctx.c.plan.title?.trim();
  return planTitle ? [title, planTitle.toLocaleUpperCase('vi')] : [title];
}

/**
 * The heading of appendix `n` (1 → "PHỤ LỤC I") titled `title`, tied to the report by its
 * number, date and agency; `n` null for an internal sheet, no part of the report sent.
 * @example appendixText(ctx, 1, 'TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU').label // 'PHỤ LỤC I'
 */
export function appendixText(ctx: ReportContext, n: number | null, title: string): AppendixText {
  // An appendix is part of the Vietnamese report sent up; an internal sheet follows the language.
  const period = n === null && ctx.locale === 'en' ? periodHeadingEn : periodHeading;
  return {
    label: n === null ? null : `PHỤ LỤC ${romanNumeral(n)}`,
    title: titleLines(ctx, title),
    reference:
      n === null ? null : appendixReference(ctx.documentNumber, ctx.c.asOf, ctx.c.plan.agency),
    period: period(ctx.c.period),
  };
}
