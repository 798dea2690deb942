import { readFileSync } from 'fs';
import path from 'path';
import { scanBook } from '../../../core/scan';
import { readWorkbook } from '../../../io/xlsx/read';
import type { UnitFile } from '../../engine/workbooks';
import { expectedSenders, reportingLineOf } from './senders';

const ROOT = path.resolve(__dirname, '../../../..');
const DEMO = 'samples/tong-hop';

async function unit(file: string, name = file): Promise<UnitFile> {
  const bytes = new Uint8Array(readFileSync(path.join(ROOT, DEMO, file)));
  const book = await readWorkbook(bytes, name);
  return { name, loaded: { name, book } };
}

describe('expectedSenders', () => {
  it('tells the demo’s missing unit before consolidating, by line and by file name', async () => {
    const planUnit = await unit('ke-hoach-cai-cach-tthc-2024.xlsx');
    const plan = scanBook(planUnit.loaded!.book, { asOf: '2024-10-20' });
    const units = await Promise.all(
      ['phong-qlkh.xlsx', 'thanh-tra.xlsx', 'van-phong-so.xlsx', 'QLCN_bao cao quy 3.xlsx'].map(
        (f) => unit(f),
      ),
    );
    expect(reportingLineOf(units[1]!.loaded!.book)).toBe('Thanh tra Sở');
    // QLCN's file has no line: its name tells.
    expect(reportingLineOf(units[3]!.loaded!.book)).toBeNull();
    expect(expectedSenders(plan.roster, units)).toEqual({
      missing: ['Trung tâm Thông tin và Ứng dụng tiến bộ KH&CN'],
      unknown: [],
    });

    // QLCN's file under a name that says nothing: QLCN is missing and the file is unknown.
    const renamed = await unit('QLCN_bao cao quy 3.xlsx', 'bao-cao-07.xlsx');
    const unreadable: UnitFile = { name: 'hong.xlsx' };
    const senders = expectedSenders(plan.roster, [...units.slice(0, 3), renamed, unreadable]);
    expect(senders.missing).toEqual([
      'Phòng Quản lý chuyên ngành',
      'Trung tâm Thông tin và Ứng dụng tiến bộ KH&CN',
    ]);
    expect(senders.unknown).toEqual(['bao-cao-07.xlsx']);
    expect(expectedSenders(plan.roster, []).missing).toHaveLength(5);
  });
});
