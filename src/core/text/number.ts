import type { Locale } from '../issues/messages';

/**
 * A number as running text of a language writes it: Vietnamese groups thousands with "." and
 * marks decimals with ","; English the other way round. At most `maxDecimals` decimals, rounded,
 * and no needless trailing zeros (200.0 → "200", 30.80 → "30,8"). Years and codes are not
 * numbers to format: pass only counts, amounts and rates.
 * @example formatNumber(71.68, 'vi') // '71,68'
 * @example formatNumber(1403, 'vi') // '1.403'
 * @example formatNumber(1234.5, 'en') // '1,234.5'
 */
export function formatNumber(value: number, locale: Locale, maxDecimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = Math.abs(value).toFixed(Math.max(0, Math.min(20, Math.trunc(maxDecimals))));
  if (/e/i.test(fixed)) return String(value); // beyond 1e21: no grouping to speak of
  const [whole = '0', fraction = ''] = fixed.split('.');
  const decimals = fraction.replace(/0+$/, '');
  const [group, mark] = locale === 'vi' ? ['.', ','] : [',', '.'];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  // -0.001 rounds to "0": no minus sign on a zero.
  const sign = value < 0 && /[1-9]/.test(whole + decimals) ? '-' : '';
  return `${sign}${grouped}${decimals ? `${mark}${decimals}` : ''}`;
}

/**
 * A value already in percent ("tỷ lệ" 71.68, not the fraction 0.7168) with its sign: Vietnamese
 * writes a space before "%" ("71,68 %"), English does not ("71.68%").
 * @example formatPercentage(71.68, 'vi') // '71,68 %'
 * @example formatPercentage(200.0, 'en') // '200%'
 */
export function formatPercentage(value: number, locale: Locale, maxDecimals = 2): string {
  const n = formatNumber(value, locale, maxDecimals);
  return locale === 'vi' ? `${n} %` : `${n}%`;
}
