/** Private number helpers for indicator targets and reported values. */

/**
 * Reads a number written the Vietnamese way or the English way; `undefined` when the text is not
 * just a number. A comma is the decimal mark ("85,5"); with both marks the last one is the
 * decimal mark ("1.234,5", "1,234.5"); several dots are thousands separators ("1.234.567").
 * A single dot is a decimal point ("85.5"), except with `thousandsDots` when it is followed by
 * exactly three digits and the number does not start with 0 ("1.234" → 1234, "0.125" → 0.125).
 * @example parseNumberText('85,5') // 85.5
 * @example parseNumberText('1.234', { thousandsDots: true }) // 1234
 */
export function parseNumberText(
  text: string,
  options: { readonly thousandsDots?: boolean } = {},
): number | undefined {
  const t = text.trim().replace(/^[−–]/, '-');
  const m = /^([-+]?)(\d[\d.,]*)$/.exec(t);
  if (!m) return undefined;
  const sign = m[1] === '-' ? -1 : 1;
  const body = m[2]!;
  let normalized: string | undefined;
  if (/^\d+$/.test(body)) normalized = body;
  else if (/^\d{1,3}(\.\d{3})+,\d+$/.test(body))
    normalized = body.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(,\d{3})+\.\d+$/.test(body)) normalized = body.replace(/,/g, '');
  else if (/^\d+,\d+$/.test(body)) normalized = body.replace(',', '.');
  else if (/^\d{1,3}(\.\d{3}){2,}$/.test(body)) normalized = body.replace(/\./g, '');
  else if (/^\d+\.\d+$/.test(body)) {
    normalized =
      options.thousandsDots && /^[1-9]\d{0,2}\.\d{3}$/.test(body) ? body.replace('.', '') : body;
  }
  if (normalized === undefined) return undefined;
  const n = sign * Number(normalized);
  return Number.isFinite(n) ? n + 0 : undefined;
}

/**
 * Whether a number format shows the value as a percentage (an unquoted, unescaped "%": Excel then
 * stores the fraction, 0.92 for 92%).
 * @example hasPercentFormat('0.0%') // true
 * @example hasPercentFormat('0"%"') // false
 */
export function hasPercentFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /%/.test(format.replace(/"[^"]*"/g, '').replace(/\\./g, ''));
}

/**
 * A fraction as a percentage, without floating-point noise.
 * @example toPercent(0.07) // 7
 */
export function toPercent(fraction: number): number {
  return Number((fraction * 100).toPrecision(12)) + 0;
}

/**
 * Rounds to a number of decimals, half away from zero, correctly for values like 1.005.
 * @example roundTo(1.005, 2) // 1.01
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const sign = value < 0 ? -1 : 1;
  const abs = Math.abs(value);
  const shifted = Number(`${abs}e${decimals}`);
  const rounded =
    Number.isFinite(shifted) && !/e/i.test(String(abs))
      ? Number(`${Math.round(shifted)}e-${decimals}`)
      : Math.round(abs * 10 ** decimals) / 10 ** decimals;
  return sign * rounded + 0;
}
