/**
 * End to end on the two workbooks shaped like a province's and a district's plan
 * (test/fixtures/local-levels.ts: real unit cells, labels and deadlines, placeholder task names):
 * the workbook reader, the scan and the templates, against what the sheets say read by hand.
 */
import { readFileSync } from 'fs';
import path from 'path';
import type { IndicatorItem, TaskItem } from '../src/core/parse/model';
import { scanBook } from '../src/core/scan';
import { readWorkbook } from '../src/io/xlsx/read';
import { templateRows } from './_lib/template-rows';
import { DISTRICT_FILE, PROVINCE_FILE } from './fixtures/local-levels';

async function scan(file: string) {
  const buf = readFileSync(path.join(__dirname, 'fixtures', 'xlsx', file));
  return scanBook(await readWorkbook(buf, file), { asOf: '2025-06-30' });
}
type Result = Awaited<ReturnType<typeof scan>>;
const tasksOf = (r: Result) => r.tables[0]!.items as readonly TaskItem[];
const issuesOf = (r: Result) =>
  r.issues.filter((i) => i.severity !== 'info').map((i) => `${i.code}@${i.sheet}!${i.cell}`);
const rowsOf = (r: Result, unit: string, sheet: string) => templateRows(r, unit, sheet).sort();

describe(`${PROVINCE_FILE} — a Provincial People's Committee's plan: Sở, ban, ngành, districts`, () => {
  let result: Result;
  beforeAll(async () => {
    result = await scan(PROVINCE_FILE);
  });
  const SNV = 'Sở Nội vụ';
  const KHCN = 'Sở Khoa học và Công nghệ';
  const SECTORS = 'Các sở, ban, ngành';
  const DISTRICTS = 'UBND các huyện, thị xã, thành phố';

  it('reads the labels "Cơ quan, đơn vị chủ trì / phối hợp", "Hình thức văn bản"', () => {
    expect(tasksOf(result).map((t) => [t.key, t.lead, t.support, t.deliverable ?? null])).toEqual([
      ['1', [SNV], [SECTORS, DISTRICTS], 'Kế hoạch'],
      ['2', ['Sở Tư pháp', 'Cục Thuế tỉnh'], ['Sở Tài chính'], null],
      ['3', [DISTRICTS], [SNV, KHCN], 'Báo cáo'],
      ['4', [KHCN], [SNV, 'Sở'], null],
      ['5', ['UBND huyện Gio Linh'], [SNV, 'Công an tỉnh'], null],
    ]);
  });

  it('reads each deadline: quarter, from 2025 on, before each of two dates, on request, month', () => {
    expect(tasksOf(result).map((t) => [t.deadline.kind, t.deadline.due])).toEqual([
      ['date', ['2025-06-30']],
      ['continuous', []],
      ['date', ['2025-06-19', '2025-12-19']],
      ['on-demand', []],
      ['date', ['2025-10-31']],
    ]);
    expect(result.planYears).toEqual({ from: 2025, to: 2025 });
  });

  it('keeps the indicators\' targets with the year of their heading "Đến năm 2030"', () => {
    const indicators = result.tables[1]!.items as readonly IndicatorItem[];
    expect(indicators.map((i) => [i.key, i.lead, i.targets?.map((t) => [t.year, t.text])])).toEqual(
      [
        ['1', [KHCN], [[2030, '≥ 80']]],
        ['2', [SNV], [[2030, '100']]],
      ],
    );
  });

  it('reports the two pairs run together and the cut-off "Sở", and keeps "Sở" out of the roster', () => {
    expect(issuesOf(result)).toEqual([
      'unit-names-run-together@KH tỉnh!C6',
      'unit-name-cut-off@KH tỉnh!D8',
      'unit-names-run-together@KH tỉnh!D9',
    ]);
    expect(result.roster.units.map((u) => u.name)).toEqual([
      SNV,
      'Sở Tư pháp',
      'Cục Thuế tỉnh',
      'Sở Tài chính',
      KHCN,
      'UBND huyện Gio Linh',
      'Công an tỉnh',
    ]);
  });

  it("gives each unit the rows its name or its kind's group gives it", () => {
    // By hand: "Các sở, ban, ngành" reaches every body (Sở, Cục, Công an), never a district;
    // "UBND các huyện, thị xã, thành phố" reaches UBND huyện Gio Linh only.
    const rows = (unit: string) => rowsOf(result, unit, 'KH tỉnh');
    expect(rows('Sở Tài chính')).toEqual(['NV 1 support', 'NV 2 support']);
    expect(rows('Cục Thuế tỉnh')).toEqual(['NV 1 support', 'NV 2 lead']);
    expect(rows('Công an tỉnh')).toEqual(['NV 1 support', 'NV 5 support']);
    expect(rows('UBND huyện Gio Linh')).toEqual(['NV 1 support', 'NV 3 lead', 'NV 5 lead']);
    expect(rows(KHCN)).toEqual(['CT 1 lead', 'NV 1 support', 'NV 3 support', 'NV 4 lead']);
    expect(rows(SNV)).toEqual([
      'CT 2 lead',
      'NV 1 lead',
      'NV 3 support',
      'NV 4 support',
      'NV 5 support',
    ]);
  });
});

describe(`${DISTRICT_FILE} — a district's plan: its offices and communes`, () => {
  let result: Result;
  beforeAll(async () => {
    result = await scan(DISTRICT_FILE);
  });
  const PNV = 'Phòng Nội vụ';
  const OFFICE = 'Văn phòng HĐND và UBND huyện';
  const COMMUNES = 'UBND các xã, thị trấn';

  it('reads the labels "Phòng, ban chủ trì / phối hợp", "Lộ trình thực hiện" and the units', () => {
    expect(tasksOf(result).map((t) => [t.key, t.lead, t.support])).toEqual([
      ['1', [PNV], [OFFICE, 'Phòng Tư pháp']],
      ['2', ['Các phòng, ban chuyên môn thuộc UBND huyện'], [COMMUNES]],
      ['3', [COMMUNES], ['Phòng Văn hóa và Thông tin']],
      ['4', ['Công an huyện'], ['Ủy ban MTTQ Việt Nam huyện', 'các tổ chức chính trị - xã hội']],
      ['5', ['UBND xã Gio An'], [PNV]],
      ['6', ['UBND thị trấn Gio Linh'], ['Phòng Tư pháp', 'Phòng']],
    ]);
    expect(tasksOf(result).map((t) => [t.deadline.kind, t.deadline.due.length])).toEqual([
      ['date', 1],
      ['recurring', 4],
      ['continuous', 0],
      ['date', 1],
      ['date', 1],
      ['on-demand', 0],
    ]);
  });

  it('makes its roster of the named units only, and reports the cut-off "Phòng"', () => {
    expect(result.roster.units.map((u) => u.name)).toEqual([
      PNV,
      OFFICE,
      'Phòng Tư pháp',
      'Phòng Văn hóa và Thông tin',
      'Công an huyện',
      'Ủy ban MTTQ Việt Nam huyện',
      'UBND xã Gio An',
      'UBND thị trấn Gio Linh',
    ]);
    expect(issuesOf(result)).toEqual(['unit-name-cut-off@KH huyện!D9']);
  });

  it("gives the offices' group to the offices and the communes' group to the communes", () => {
    // By hand: "Các phòng, ban chuyên môn thuộc UBND huyện" reaches the district's own offices,
    // never a commune's People's Committee, the police or the Fatherland Front; "UBND các xã, thị
    // trấn" reaches the communes only; "các tổ chức chính trị - xã hội" names bodies outside the
    // roster and reaches nobody.
    const rows = (unit: string) => rowsOf(result, unit, 'KH huyện');
    expect(rows('UBND xã Gio An')).toEqual(['NV 2 support', 'NV 3 lead', 'NV 5 lead']);
    expect(rows('UBND thị trấn Gio Linh')).toEqual(['NV 2 support', 'NV 3 lead', 'NV 6 lead']);
    expect(rows(PNV)).toEqual(['NV 1 lead', 'NV 2 lead', 'NV 5 support']);
    expect(rows(OFFICE)).toEqual(['NV 1 support', 'NV 2 lead']);
    expect(rows('Ủy ban MTTQ Việt Nam huyện')).toEqual(['NV 4 support']);
    expect(rows('Công an huyện')).toEqual(['NV 4 lead']);
  });
});
