import { consolidateRate, judgeIndicator, type UnitRate } from '../indicator/achievement';
import { isRateUnit } from '../indicator/unit';
import type { ScanResult } from '../scan';
import type { Gathered } from './gather';
import type { ConsolidatedIndicator, UnitIndicatorReport } from './types';

/**
 * Phase 4 of a consolidation, indicators: each plan indicator's figure from its units' reports
 * — rates weighted by tử số/mẫu số, counts summed — judged against its target.
 * @example combineIndicators(planScan, gathered.indicatorReports)[0].method // 'weighted'
 */
export function combineIndicators(
  plan: ScanResult,
  indicatorReports: Gathered['indicatorReports'],
): ConsolidatedIndicator[] {
  const indicators: ConsolidatedIndicator[] = [];
  for (const table of plan.tables) {
    if (table.kind !== 'indicators') continue;
    for (const item of table.items) {
      const reports = indicatorReports.get(item) ?? [];
      const { actual, method } = combined(item.unit, reports);
      const target = item.target ?? null;
      const { achieved, ratio } = judgeIndicator(target ?? undefined, actual);
      indicators.push({
        key: item.key,
        sheet: table.sheet,
        row: item.row,
        stt: item.stt,
        ...(item.group ? { group: item.group } : {}),
        name: item.name,
        unit: item.unit,
        targetText: item.targetText,
        target,
        actual,
        method,
        achieved,
        ratio,
        reports,
      });
    }
  }
  return indicators;
}

function combined(
  unit: string,
  reports: readonly UnitIndicatorReport[],
): Pick<ConsolidatedIndicator, 'actual' | 'method'> {
  if (isRateUnit(unit) || reports.length <= 1) {
    const rates: UnitRate[] = reports.map((r) => ({
      unit: r.unit,
      ...(r.numerator !== null ? { numerator: r.numerator } : {}),
      ...(r.denominator !== null ? { denominator: r.denominator } : {}),
      ...(r.value !== null ? { value: r.value } : {}),
    }));
    const rate = consolidateRate(rates);
    return { actual: rate.value, method: rate.method };
  }
  const values = reports.map((r) => r.value).filter((v): v is number => v !== null);
  const actual =
    values.length > 0 ? Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100 : null;
  return { actual, method: values.length > 1 ? 'sum' : values.length === 1 ? 'single' : 'none' };
}
