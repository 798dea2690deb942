/**
 * What every report sheet is built from: the consolidation and who signs where, plus the text of
 * the document frame (agency block, place and date, title, period line) each sheet heads with.
 */
import type { Consolidation } from '../../consolidate/types';
import type { Locale } from '../../issues/messages';
import { periodHeading } from '../../period/period';
import { placeFromAgency, PLACEHOLDER, type FrameText, type SignerText } from './frame';

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
 * The frame text of a sheet titled `title`: the plan's title under it, the period line, and the
 * document number unless the sheet is an internal one (`numbered: false`).
 * @example frameText(ctx, 'TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ').title[0] // 'TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ'
 */
export function frameText(ctx: ReportContext, title: string, numbered = true): FrameText {
  const planTitle = ctx.c.plan.title?.trim();
  return {
    plan: ctx.c.plan,
    place: ctx.place,
    asOf: ctx.c.asOf,
    title: planTitle ? [title, planTitle.toLocaleUpperCase('vi')] : [title],
    period: periodHeading(ctx.c.period),
    documentNumber: numbered ? ctx.documentNumber : null,
  };
}
