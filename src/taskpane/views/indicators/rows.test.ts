import { readFileSync } from 'fs';
import path from 'path';
import type { Consolidation } from '../../../core/consolidate/types';
import { scanBook, type ScanResult } from '../../../core/scan';
import { readWorkbook } from '../../../io/xlsx/read';
import { indicatorRows, verdictCounts } from './rows';

const ROOT = path.resolve(__dirname, '../../../..');

async function scan(relative: string): Promise<ScanResult> {
  const bytes = new Uint8Array(readFileSync(path.join(ROOT, relative)));
  return scanBook(await readWorkbook(bytes, path.basename(relative)), { asOf: '2024-10-20' });
}

describe('indicator rows', () => {
  it('judges as the command line does: 3 achieved, 1 not, 2 no data, 2 cannot judge', async () => {
    const rows = indicatorRows(await scan('test/fixtures/xlsx/validation-indicators.xlsx'), null);
    expect(verdictCounts(rows)).toEqual({
      achieved: 3,
      missed: 1,
      'no-data': 2,
      'not-judged': 2,
    });
    expect(rows.map((r) => `${r.key} ${r.verdict} ${r.actual} ${r.ratio} ${r.method}`)).toEqual([
      '1 achieved 85 106.25 counts',
      '2 not-judged 50 null reported',
      '3 no-data null null none',
      '4 achieved 120 120 reported',
      '5 not-judged 100 null reported',
      '6 achieved 100 100 reported',
      '7 no-data null null none',
      '8 missed 92 92 reported',
    ]);
  });

  it('keeps the headings the indicators stand under', async () => {
    const rows = indicatorRows(await scan('samples/chi-tieu-cai-cach-tthc-2024.xlsx'), null);
    expect(rows).toHaveLength(12);
    expect(verdictCounts(rows)['no-data']).toBe(12);
    expect(new Set(rows.map((r) => r.group)).size).toBe(2);
  });

  it('shows the consolidated figures and how they were combined when there are some', async () => {
    const plan = await scan('test/fixtures/xlsx/validation-indicators.xlsx');
    const consolidation = {
      asOf: '2024-10-20',
      indicators: [
        {
          key: '1',
          sheet: 'Chỉ tiêu',
          row: 5,
          stt: '1',
          name: 'Tỷ lệ hồ sơ trực tuyến',
          unit: '%',
          targetText: 'Tối thiểu 80',
          target: { op: '>=', value: 80 },
          actual: 70.2,
          method: 'weighted',
          achieved: false,
          ratio: 87.75,
          reports: [],
        },
      ],
    } as unknown as Consolidation;
    expect(indicatorRows(plan, consolidation)).toEqual([
      {
        sheet: 'Chỉ tiêu',
        key: '1',
        name: 'Tỷ lệ hồ sơ trực tuyến',
        unit: '%',
        targetText: 'Tối thiểu 80',
        actual: 70.2,
        ratio: 87.75,
        method: 'weighted',
        verdict: 'missed',
      },
    ]);
  });
});
