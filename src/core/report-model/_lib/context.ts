/**
 * What every report sheet is built from: the consolidation and who signs where, plus the text of
 * the document frame (agency block, place and date, title, period line) each sheet heads with.
 */
import type { Consolidation } from '../../consolidate/types';
import { periodHeading } from '../../period/period';
import { placeFromAgency, PLACEHOLDER } from './frame';

export interface ReportOptions {
  /** Who signs for the agency; default "GIÁM ĐỐC". */
  readonly signer?: string;
  /** Who prepared the figures; default "NGƯỜI LẬP BIỂU". */
  readonly preparer?: string;
  /** Place in the date line; default: the province of the parent agency ("UBND TỈNH QUẢNG TRỊ" → "Quảng Trị"), else a dotted placeholder. */
  readonly place?: string;
}

export interface ReportContext {
  readonly c: Consolidation;
  readonly place: string;
  readonly signer: string;
  readonly preparer: string;
}

/**
 * The options with their defaults filled in.
 * @example reportContext(consolidation).signer // 'GIÁM ĐỐC'
 */
export function reportContext(c: Consolidation, options: ReportOptions = {}): ReportContext {
  return {
    c,
    place: options.place ?? placeFromAgency(c.plan.parentAgency) ?? PLACEHOLDER,
    signer: options.signer ?? 'GIÁM ĐỐC',
    preparer: options.preparer ?? 'NGƯỜI LẬP BIỂU',
  };
}

/**
 * The frame text of a sheet titled `title`: the plan's title under it, the period line.
 * @example frameText(ctx, 'TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ').title[0] // 'TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ'
 */
export function frameText(ctx: ReportContext, title: string) {
  const planTitle = ctx.c.plan.title?.trim();
  return {
    plan: ctx.c.plan,
    place: ctx.place,
    asOf: ctx.c.asOf,
    title: planTitle ? [title, planTitle.toLocaleUpperCase('vi')] : [title],
    period: periodHeading(ctx.c.period),
  };
}
