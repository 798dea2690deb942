import { formatDateVi, type Locale } from '../../core/issues/messages';

export type { Locale };

/** ISO date as dd/mm/yyyy, which both languages use in these documents (the core's formatter). */
export const formatDate = formatDateVi;

/** A piece of interface text in both languages; views keep their own tables of these. */
export interface Text {
  readonly vi: string;
  readonly en: string;
}

/**
 * Picks a text's language.
 * @example pick({ vi: 'Kiểm tra', en: 'Check' }, 'en') // 'Check'
 */
export function pick(text: Text, locale: Locale): string {
  return text[locale];
}

/**
 * Whole numbers as the language writes them (Vietnamese groups thousands with dots).
 * @example formatCount(12345, 'vi') // '12.345'
 */
export function formatCount(n: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB').format(n);
}

/**
 * A ratio as a percentage with one decimal, in the language's decimal mark.
 * @example formatPercent(0.7168, 'vi') // '71,7%'
 */
export function formatPercent(ratio: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(ratio);
}
