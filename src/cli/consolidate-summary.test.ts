import { readFileSync, readdirSync } from 'fs';
import path from 'path';
import { fakeIo } from '../../test/_lib/fake-io';
import { consolidate } from '../core/consolidate/consolidate';
import type { Consolidation } from '../core/consolidate/types';
import { issue } from '../core/issues/types';
import { scanBook } from '../core/scan';
import { readWorkbook } from '../io/xlsx/read';
import { consolidateSummary } from './consolidate-summary';

const dir = path.join(__dirname, '..', '..', 'samples', 'tong-hop');
const PLAN = 'ke-hoach-cai-cach-tthc-2024.xlsx';
const UNITS = readdirSync(dir)
  .filter((f) => f.endsWith('.xlsx') && f !== PLAN)
  .sort();

/** The demo consolidation (samples/tong-hop), as `phuluc consolidate` makes it at `asOf`. */
async function demo(asOf: string): Promise<Consolidation> {
  const read = async (file: string) =>
    readWorkbook(new Uint8Array(readFileSync(path.join(dir, file))), file);
  const plan = scanBook(await read(PLAN), { asOf });
  const units = [];
  for (const file of UNITS)
    units.push({ file, scan: scanBook(await read(file), { asOf, year: plan.planYear ?? 2024 }) });
  return consolidate(plan, units, { asOf });
}

const lineWith = (text: string, part: string): string => {
  const line = text.split('\n').find((l) => l.includes(part));
  if (line === undefined) throw new Error(`no line with ${JSON.stringify(part)} in:\n${text}`);
  return line;
};

describe('consolidate summary of the demo workbooks', () => {
  let inYear: Consolidation;
  beforeAll(async () => {
    inYear = await demo('2024-10-20');
  });

  it('writes the indicator results in Vietnamese, then in English, each with its number style', () => {
    const text = consolidateSummary(fakeIo('2024-10-20'), inYear, 'out/bao-cao.xlsx');
    expect(text).toContain(
      [
        '  [Không đạt]  1/3  71,68 % (bình quân gia quyền) / Tối thiểu 80 %  Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nh…',
        '      [not achieved] 71.68% (weighted) / at least 80%',
        '  [Không đạt]  1/4  86,16 % (bình quân gia quyền) / Tối thiểu 90 %  Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC.',
        '      [not achieved] 86.16% (weighted) / at least 90%',
      ].join('\n'),
    );
    expect(text).not.toContain('71.68% (weighted) / Tối thiểu');
    expect(text).toContain(
      '  Lưu ý: có chỉ tiêu tính bằng trung bình cộng tỷ lệ các đơn vị, vì không đơn vị nào gửi mẫu số.\n      Note: some rates are plain means',
    );
  });

  it('lists the overdue tasks under bilingual column labels, by date', () => {
    const text = consolidateSummary(fakeIo('2024-10-20'), inYear, 'out/bao-cao.xlsx');
    const header = lineWith(text, 'Tình trạng / Status');
    expect(header).toMatch(
      /^ {2}Tình trạng \/ Status +STT \/ Key +Thời hạn \/ Due +Số ngày \/ Days +Nội dung \/ Content +Chủ trì \/ Lead$/,
    );
    const first = lineWith(text, '19/06/2024');
    const second = lineWith(text, '30/09/2024');
    expect(text.indexOf(first)).toBeLessThan(text.indexOf(second));
    expect(first).toMatch(
      /^ {2}quá hạn \/ overdue +6 +19\/06\/2024 +quá 123 ngày \/ 123 days late +Rà soát, cắt giảm.+ {2}Phòng Quản lý chuyên ngành$/,
    );
    expect(first.indexOf('6 ')).toBe(header.indexOf('STT / Key'));
    expect(first.indexOf('quá 123')).toBe(header.indexOf('Số ngày / Days'));
    expect(second.indexOf('Các phòng, đơn vị thuộc Sở')).toBe(header.indexOf('Chủ trì / Lead'));
    expect(text).not.toContain('Lưu ý: kế hoạch');
  });

  it('lists the issues of each file, not only their counts', () => {
    const text = consolidateSummary(fakeIo('2024-10-20'), inYear, 'out/bao-cao.xlsx');
    expect(text).toContain(
      'Vấn đề / Issues: 0 lỗi / errors, 3 cảnh báo / warnings, 1 thông tin / info',
    );
    expect(text).toContain(
      [
        '  Tệp / File QLCN_bao cao quy 3.xlsx: 2 cảnh báo / warnings',
        '    [cảnh báo / warning] trang Báo cáo Q3, ô H13: Không hiểu tình trạng "Xong" (dùng: Đã hoàn thành, Đang thực hiện, Chưa thực hiện, Không phát sinh).',
        '        Unknown status "Xong" (use: Đã hoàn thành, Đang thực hiện, Chưa thực hiện, Không phát sinh).',
        '    [cảnh báo / warning] trang Báo cáo Q3, ô A24: Dòng STT 15',
      ].join('\n'),
    );
    expect(text).toContain(
      `  Tệp / File ${PLAN}: 1 cảnh báo / warning, 1 thông tin / info\n    [cảnh báo / warning] trang PL1 Nhiệm vụ, ô A10: Các đơn vị chủ trì báo cáo khác nhau`,
    );
    expect(text).toContain('Đã ghi báo cáo / Report written: out/bao-cao.xlsx');
  });

  it('groups repeated issues of one kind in a unit file, with their count and first cells', () => {
    const many = Array.from({ length: 11 }, (_, n) =>
      issue({
        code: 'status-unknown',
        file: 'phong-qlkh.xlsx',
        sheet: 'PL1 Nhiệm vụ',
        cell: `H${9 + n}`,
        text: 'Xong',
      }),
    );
    const c = { ...inYear, issues: [...inYear.issues, ...many] };
    const text = consolidateSummary(fakeIo('2024-10-20'), c, 'out/bao-cao.xlsx');
    expect(text).toContain(
      [
        '  Tệp / File phong-qlkh.xlsx: 11 cảnh báo / warnings',
        '    [cảnh báo / warning] 11 × trang PL1 Nhiệm vụ, ô H9, H10, H11, H12, H13 và 6 chỗ khác',
        '        Không hiểu tình trạng "Xong" (dùng: Đã hoàn thành, Đang thực hiện, Chưa thực hiện, Không phát sinh).',
        '        Unknown status "Xong"',
      ].join('\n'),
    );
    expect(text.match(/Không hiểu tình trạng "Xong"/g)).toHaveLength(2); // QLCN's one, and this group
  });

  it('says once that the plan year is over when judged today, and leaves out the overdue list', async () => {
    const late = await demo('2026-12-04');
    const text = consolidateSummary(fakeIo('2026-12-04'), late, 'out/bao-cao.xlsx');
    const note =
      '  Lưu ý: kế hoạch năm 2024 đã qua mà ngày tính là hôm nay (04/12/2026), nên nhiệm vụ nào chưa ghi là xong cũng thành quá hạn.';
    expect(text).toContain(note);
    expect(text.split('Lưu ý: kế hoạch')).toHaveLength(2);
    expect(text).toContain('Note: the plan year 2024 is over');
    expect(text).toContain('  Quá hạn / overdue: 5');
    expect(text).toContain(
      '  (Không liệt kê 5 nhiệm vụ quá hạn; xem bằng --as-of <ngày> hoặc --json.)\n      (5 overdue tasks not listed; see them with --as-of <date> or --json.)',
    );
    expect(text).not.toContain('Tình trạng / Status');
    // The same day given with --as-of while the machine's date is another: the list is shown.
    const chosen = consolidateSummary(fakeIo('2027-01-05'), late, 'out/bao-cao.xlsx');
    expect(chosen).not.toContain('Lưu ý: kế hoạch');
    expect(chosen).toContain('Tình trạng / Status');
  });
});
