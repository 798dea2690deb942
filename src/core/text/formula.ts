/**
 * Whether Excel would take a text typed into a cell as a formula or a signed number: it starts
 * with =, +, - or @. Such a text must be stored with the text format "@" (set before the value),
 * else "- Báo cáo số 12" or "=SUM(A1)" from a unit's file turns into a formula in the report.
 * @example looksLikeFormula('=SUM(A1)') // true
 * @example looksLikeFormula('-Báo cáo') // true
 * @example looksLikeFormula('Báo cáo') // false
 */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}
