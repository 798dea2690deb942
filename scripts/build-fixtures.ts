/**
 * Builds the test workbooks in test/fixtures/xlsx/ (and copies three of them to samples/), and
 * the consolidation demo set (test/fixtures/demo.ts) in samples/tong-hop/.
 *
 *   npx tsx scripts/build-fixtures.ts            # default output dirs, demo set included
 *   npx tsx scripts/build-fixtures.ts <outDir>   # fixtures only, into <outDir>
 *
 * The output is deterministic (fixed dates, re-packed zip): running it twice gives the same bytes.
 * What each file contains and which rule it exercises: test/fixtures/README.md; what a reader
 * should find in it: test/fixtures/expected.ts.
 */
import { validationSpecs } from '../test/fixtures/validation';
import { otherLevelsSpec } from '../test/fixtures/other-levels';
import { localLevelsSpecs } from '../test/fixtures/local-levels';
import { DEMO_DIR_NAME, demoSpecs } from '../test/fixtures/demo';
import { promises as fs } from 'fs';
import * as path from 'path';
import {
  RowsBuilder,
  writeWorkbook,
  type CellSpec,
  type SheetSpec,
  type WorkbookSpec,
} from '../test/fixtures/_lib/sheet-spec';
import { seed000Sheet } from '../test/fixtures/seed-tables/seed000';
import { seed001Sheet } from '../test/fixtures/seed-tables/seed001';
import { seed003Sheet } from '../test/fixtures/seed-tables/seed003';
import { SEED004_LINES } from '../test/fixtures/seed-tables/seed004';
import {
  NQ03_FILE,
  nq03IndicatorSheet,
  nq03Sheet,
} from '../test/fixtures/seed-tables/nq03-cp-2025';

const ROOT = path.resolve(__dirname, '..');
export const DEFAULT_FIXTURES_DIR = path.join(ROOT, 'test', 'fixtures', 'xlsx');
export const DEFAULT_SAMPLES_DIR = path.join(ROOT, 'samples');
/** The consolidation demo set (a plan and the units' copies): test/fixtures/demo.ts. */
export const DEMO_DIR = path.join(DEFAULT_SAMPLES_DIR, DEMO_DIR_NAME);

/** fixture file → sample file name */
export const SAMPLE_COPIES: Readonly<Record<string, string>> = {
  'seed001-tasks.xlsx': 'ke-hoach-cchc-2021-2025.xlsx',
  'seed003-tasks.xlsx': 'kiem-soat-tthc-2023.xlsx',
  'seed000-indicators.xlsx': 'chi-tieu-cai-cach-tthc-2024.xlsx',
};

export const NOT_A_WORKBOOK_TEXT =
  'Đây không phải là tệp Excel.\nThis is a plain UTF-8 text file with an .xlsx name.\n';

// ---------------------------------------------------------------------------------------------
// variant-messy-tasks.xlsx

/** The 5-column layout with odd header labels, sections A–Đ, groups, a)/b) rows, merges … */
export function messySheet(): SheetSpec {
  const b = new RowsBuilder();
  for (const r of [
    b.add('UBND TỈNH QUẢNG TRỊ', null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
    b.add('SỞ KHOA HỌC VÀ CÔNG NGHỆ', null, 'Độc lập - Tự do - Hạnh phúc'),
  ]) {
    b.merge('A:B', r);
    b.merge('C:E', r);
    b.centeredRows.push(r);
    b.boldRows.push(r);
  }
  b.blank();
  const title = b.add('KẾ HOẠCH CẢI CÁCH THỦ TỤC HÀNH CHÍNH TRỌNG TÂM NĂM 2024');
  const sub = b.add('(Kèm theo Kế hoạch số 25/KH-SKHCN ngày 19/3/2024)');
  for (const r of [title, sub]) {
    b.merge('A:E', r);
    b.centeredRows.push(r);
  }
  b.boldRows.push(title);
  b.blank();

  const header = b.add(
    '  STT ',
    'Nội dung\ncông việc',
    'Kết quả  công việc',
    'Phòng, đơn vị\nthực hiện',
    'Thời gian\n  thực hiện',
  );
  const numbers = b.add('(1)', '(2)', '(3)', '(4)', '(5)');
  b.headerRows.push(header, numbers);

  const section = (stt: string, titleText: string, mergeTitle = false): number => {
    const r = b.add(stt, titleText);
    if (mergeTitle) b.merge('B:E', r);
    b.boldRows.push(r);
    return r;
  };

  section('A', 'CẢI CÁCH CÁC QUY ĐỊNH TTHC', true);
  section(
    'I',
    'Cắt giảm, đơn giản hóa quy định TTHC, nhóm TTHC quy định tại Chương V, Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 của Văn phòng Chính phủ',
  );
  // Group 1: no result, unit or deadline of its own; its sub-tasks 1.1 and 1.2 carry them.
  b.add(
    '1',
    'Rà soát, phát hiện các bất cập về TTHC, giấy tờ cần cắt giảm, đơn giản hóa, phân cấp thẩm quyền giải quyết',
  );
  b.add(
    '1.1',
    'Các phòng, đơn vị thuộc Sở chủ động rà soát, phát hiện các bất cập về TTHC, giấy tờ cần cắt giảm, đơn giản hóa, phân cấp thẩm quyền giải quyết, đề xuất phương án trình cấp có thẩm quyền sửa đổi, bổ sung văn bản QPPL để thực thi phương án cắt giảm, đơn giản hóa, phân cấp',
    'Kết quả rà soát gửi về Văn phòng Sở',
    'Các phòng, đơn vị thuộc Sở',
    'Trước ngày 20/6/2024',
  );
  b.add(
    '1.2',
    'Tổng hợp kết quả rà soát, tham mưu Lãnh đạo Sở trình UBND tỉnh phê duyệt theo quy định; tổ chức thực thi phương án cắt giảm, đơn giản hóa ngay sau khi được phê duyệt',
    'Phương án cắt giảm, đơn giản hóa được phê duyệt',
    '- Văn phòng Sở chủ trì.\n- Các phòng, đơn vị liên quan phối hợp',
    'Quý III/2024',
  );
  section(
    'II',
    'Cắt giảm, đơn giản hóa TTHC nội bộ trong cơ quan hành chính nhà nước đối với TTHC nội bộ thực hiện tại Sở',
  );
  // Task 2: results split into a) and b) rows; STT and content merged over both.
  const t2 = b.add(
    '2',
    'Thực hiện nhiệm vụ theo Kế hoạch số 198/KH-UBND ngày 31/10/2022 của UBND tỉnh về rà soát, đơn giản hóa thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước tỉnh Quảng Trị giai đoạn 2022-2025',
    'a) Danh mục TTHC nội bộ được rà soát, đơn giản hóa',
    'Phòng Quản lý Khoa học',
    'Quý II/2024',
  );
  b.add(
    null,
    null,
    'b) Báo cáo kết quả rà soát, đơn giản hóa TTHC nội bộ năm 2024',
    'Phòng Quản lý Khoa học, Văn phòng Sở',
    'Tháng 11/2024',
  );
  b.merge('A', t2, t2 + 1);
  b.merge('B', t2, t2 + 1);
  // Task 3: a) and b) rows again, but the STT and content cells of b) are simply empty.
  b.add(
    '3',
    'Triển khai Công văn số 179/SKHCN-VP ngày 06/3/2024 về việc triển khai thực hiện Thông báo số71/TB-VPCP ngày 28/02/2024 của Văn phòng Chính phủ bảo đảm cắt giảm, đơn giản hóa ít nhất 20% số lượng TTHC và cắt giảm ít nhất 20% chi phí tuân thủ TTHC',
    'a) Ít nhất 20% số lượng TTHC nội bộ được cắt giảm, đơn giản hóa',
    'Phòng Quản lý Khoa học',
    '30/6/2024',
  );
  b.add(
    null,
    null,
    'b) Ít nhất 20% chi phí tuân thủ TTHC được cắt giảm',
    'Phòng Quản lý Khoa học',
    '31/12/2024',
  );
  b.blank(); // a blank row inside the table
  section(
    'B',
    'VIỆC THỰC HIỆN, GIẢI QUYẾT TTHC, CUNG CẤP DỊCH VỤ CÔNG PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP',
  );
  // Tasks 4–6 share one deadline cell (E merged over 3 rows); 4–5 share one unit cell.
  const t4 = b.add(
    '4',
    {
      richText: [
        { text: 'Thực hiện nghiêm', bold: true },
        {
          text: ' việc gửi, nhận văn bản điện tử và xử lý hồ sơ công việc toàn trình trên môi trường điện tử',
        },
      ],
    },
    '100% văn bản, hồ sơ công việc được xử lý trên môi trường điện tử',
    'Văn phòng Sở',
    'Thường xuyên',
  );
  b.add(
    '5',
    'Thường xuyên theo dõi, kiểm tra và thao tác đồng bộ 100% trạng thái hồ sơ, kết quả giải quyết TTHC trên Hệ thống thông tin giải quyết TTHC cấp tỉnh, Cổng Dịch vụ công quốc gia',
    '100% trạng thái hồ sơ được đồng bộ',
    null,
    null,
  );
  b.add(
    '6',
    'Rà soát, đánh giá, tái cấu trúc quy trình đối với 52 dịch vụ công trực tuyến (DVCTT) đang được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia, bảo đảm nguyên tắc lấy người dùng làm trung tâm',
    {
      formula: '"Quy trình của "&52&" DVCTT được tái cấu trúc"',
      result: 'Quy trình của 52 DVCTT được tái cấu trúc',
    },
    'Các phòng, đơn vị thuộc Sở',
    null,
  );
  b.merge('D', t4, t4 + 1);
  b.merge('E', t4, t4 + 2);
  section('C', 'CÔNG BỐ, CÔNG KHAI TTHC');
  b.add(
    '7',
    'Tham mưu trình UBND tỉnh công bố, công khai kịp thời, đầy đủ, chính xác các TTHC trên Cơ sở dữ liệu quốc gia về TTHC để đội ngũ cán bộ, công chức và người dân, doanh nghiệp biết, thực hiện và giám sát việc thực hiện',
    'Quyết định công bố TTHC của UBND tỉnh',
    'Văn phòng Sở',
    new Date(Date.UTC(2024, 10, 15)),
  );
  section('D', 'SỐ HÓA HỒ SƠ, KẾT QUẢ GIẢI QUYẾT TTHC');
  b.add(
    '8',
    'Tiếp tục phát huy kết quả đạt được trong năm 2023 trong việc số hóa, làm sạch dữ liệu, gắn việc số hóa hồ sơ, kết quả giải quyết TTHC với việc thực hiện tiếp nhận, giải quyết TTHC',
    'Hồ sơ, kết quả giải quyết TTHC được số hóa',
    'Các phòng, đơn vị thuộc Sở',
    'Hằng tháng',
  );
  b.blank(); // another blank row inside the table
  section('Đ', 'TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ VỀ QUY ĐỊNH, TTHC');
  b.add(
    '9',
    'Tổ chức thực hiện nghiêm việc tiếp nhận, xử lý, tháo gỡ các khó khăn, vướng mắc về quy định, TTHC; tổ chức kiểm tra, xác minh, làm rõ hành vi nhũng nhiễu, gây khó khăn trong giải quyết TTHC',
    'Phản ánh, kiến nghị được xử lý đúng hạn',
    '- Văn phòng Sở chủ trì.\n- Thanh tra Sở phối hợp thực hiện',
    'Khi có phát sinh',
  );
  const t10 = b.add(
    '10',
    'Kịp thời tham mưu triển khai các giải pháp xử lý khó khăn, vướng mắc trong quá trình thực hiện Kế hoạch và triển khai các nhiệm vụ đột xuất có liên quan đến hoạt động cải cách thủ tục hành chính',
    'Văn bản chỉ đạo, xử lý',
    '- Các phòng, đơn vị thuộc Sở thực hiện.\n- Văn phòng Sở theo dõi, hướng dẫn, đôn đốc',
    'Đột xuất',
  );
  // Totals row: a count with its cached result, and a formula broken by deleted rows.
  const total = b.add(
    'Tổng cộng',
    null,
    { formula: `COUNTA(C${header + 5}:C${t10})`, result: 13 },
    { error: '#REF!' },
    null,
  );
  b.merge('A:B', total);
  b.boldRows.push(total);
  const note = b.add(
    '* Ghi chú: Các phòng, đơn vị báo cáo kết quả về Văn phòng Sở trước ngày 20 hằng tháng.',
  );
  b.merge('A:E', note);

  return {
    name: 'BC quy 3 (2)',
    rows: b.rows,
    merges: b.merges,
    headerRows: b.headerRows,
    boldRows: b.boldRows,
    centeredRows: b.centeredRows,
    tables: [`A${header}:E${total}`],
    colWidths: [7, 50, 30, 26, 16],
  };
}

// ---------------------------------------------------------------------------------------------
// variant-two-tables.xlsx

const FIVE_COL_HEADER: CellSpec[] = [
  'STT',
  'Nội dung công việc',
  'Kết quả công việc',
  'Phòng, đơn vị thực hiện',
  'Thời gian thực hiện',
];

export const ROSTER: ReadonlyArray<readonly [string, string]> = [
  ['Phòng Bưu chính, Viễn thông và Chuyển đổi số', 'Phòng BCVT&CĐS; BCVT&CĐS'],
  ['Văn phòng Sở', 'Văn phòng; VP Sở'],
  ['Phòng Quản lý Khoa học', 'Phòng QLKH'],
  ['Phòng Kế hoạch - Tài chính', 'Phòng Kế hoạch-Tài chính; Phòng KH-TC'],
  ['Thanh tra Sở', 'Thanh tra'],
  ['Trung tâm Chuyển đổi số và Đổi mới sáng tạo', 'Trung tâm CĐS&ĐMST'],
];

export function twoTablesSheets(): SheetSpec[] {
  const b = new RowsBuilder();
  const h1 = b.add('PHỤ LỤC I. NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025');
  b.boldRows.push(h1);
  b.blank();
  const th = b.add(...FIVE_COL_HEADER);
  b.headerRows.push(th);
  b.add(
    '1',
    'Rà soát, đơn giản hóa TTHC thuộc lĩnh vực khoa học và công nghệ',
    'Báo cáo kết quả rà soát',
    'Phòng Quản lý Khoa hoc',
    'Quý II/2025',
  );
  b.add(
    '2',
    'Số hóa hồ sơ, kết quả giải quyết TTHC trên Hệ thống thông tin giải quyết TTHC của tỉnh',
    'Hồ sơ, kết quả giải quyết TTHC được số hóa',
    'Phòng BCVT&CĐS, Văn phòng Sở, Trung tâm CĐS&ĐMST',
    'Thường xuyên',
  );
  b.add(
    '3',
    'Kiện toàn đội ngũ công chức đầu mối thực hiện nhiệm vụ kiểm soát TTHC',
    'Quyết định kiện toàn',
    'Phòng Tổ chức cán bộ',
    '30/6/2025',
  );
  const t4 = b.add(
    '4',
    'Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị thuộc Sở',
    'Báo cáo kết quả kiểm tra',
    '- Thanh tra Sở chủ trì.\n- Phòng Kế hoạch-Tài chính phối hợp',
    'Quý IV/2025',
  );
  b.blank();
  b.blank();
  b.blank();
  const h2 = b.add('PHỤ LỤC II. CHỈ TIÊU NĂM 2025');
  b.boldRows.push(h2);
  const ih = b.add(
    'Stt',
    'Nội dung chỉ tiêu',
    'Đơn vị tính',
    'Chỉ tiêu năm 2025',
    'Đơn vị thực hiện',
  );
  b.headerRows.push(ih);
  b.add(
    '1',
    'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC',
    '%',
    'Tối thiểu 80%',
    'Văn phòng Sở',
  );
  b.add(
    '2',
    'Tỷ lệ kết quả xử lý hồ sơ TTHC được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia',
    '%',
    // What Excel stores when a user types "100%": the number 1 formatted as a percentage.
    { value: 1, numFmt: '0%' },
    'Các phòng, đơn vị thuộc Sở',
  );
  b.add(
    '3',
    'Mức độ hài lòng trong tiếp nhận, giải quyết TTHC của người dân, doanh nghiệp',
    '%',
    '≥ 90',
    'Phòng BCVT&CĐS',
  );
  b.add('4', 'Số hồ sơ TTHC giải quyết quá hạn', 'Hồ sơ', 'Tối đa 5', 'Văn phòng Sở');
  const i5 = b.add(
    '5',
    'Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công',
    '%',
    'từ 60 đến 80',
    'Trung tâm CĐS&ĐMST',
  );

  const roster: SheetSpec = {
    name: 'Danh mục đơn vị',
    rows: [['Tên đơn vị', 'Tên khác'], ...ROSTER.map(([n, a]) => [n, a])],
    headerRows: [1],
    tables: [`A1:B${ROSTER.length + 1}`],
    colWidths: [48, 40],
  };
  return [
    {
      name: 'Sheet1',
      rows: b.rows,
      merges: b.merges,
      headerRows: b.headerRows,
      boldRows: b.boldRows,
      tables: [`A${th}:E${t4}`, `A${ih}:E${i5}`],
      colWidths: [6, 50, 28, 30, 18],
    },
    roster,
  ];
}

// ---------------------------------------------------------------------------------------------

export function fixtureSpecs(): WorkbookSpec[] {
  return [
    { file: 'seed000-indicators.xlsx', sheets: [seed000Sheet()] },
    { file: 'seed001-tasks.xlsx', sheets: [seed001Sheet()] },
    { file: 'seed003-tasks.xlsx', sheets: [seed003Sheet()] },
    { file: 'variant-messy-tasks.xlsx', sheets: [messySheet()] },
    { file: 'variant-two-tables.xlsx', sheets: twoTablesSheets() },
    {
      file: 'seed004-no-appendix.xlsx',
      sheets: [{ name: 'Kế hoạch', rows: SEED004_LINES.map((l) => [l]), colWidths: [100] }],
    },
    { file: 'empty.xlsx', sheets: [{ name: 'Sheet1', rows: [] }] },
    ...validationSpecs(),
    otherLevelsSpec(),
    ...localLevelsSpecs(),
    { file: NQ03_FILE, sheets: [nq03IndicatorSheet(), nq03Sheet()] },
  ];
}

export interface BuildOptions {
  /** Where to copy the three sample workbooks; omit to skip the copies. */
  samplesDir?: string;
}

/** Writes every fixture into `outDir` (created if needed); returns the paths written. */
export async function buildFixtures(outDir: string, options: BuildOptions = {}): Promise<string[]> {
  await fs.mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const spec of fixtureSpecs()) {
    const p = path.join(outDir, spec.file);
    await writeWorkbook(spec, p);
    written.push(p);
  }
  const text = path.join(outDir, 'not-a-workbook.xlsx');
  await fs.writeFile(text, NOT_A_WORKBOOK_TEXT, 'utf8');
  written.push(text);

  if (options.samplesDir) {
    await fs.mkdir(options.samplesDir, { recursive: true });
    for (const [from, to] of Object.entries(SAMPLE_COPIES)) {
      const p = path.join(options.samplesDir, to);
      await fs.copyFile(path.join(outDir, from), p);
      written.push(p);
    }
  }
  return written;
}

/** Writes the consolidation demo workbooks into `outDir` (created if needed); returns the paths. */
export async function buildDemo(outDir: string): Promise<string[]> {
  await fs.mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const spec of demoSpecs()) {
    const p = path.join(outDir, spec.file);
    await writeWorkbook(spec, p);
    written.push(p);
  }
  return written;
}

async function main(argv: string[]): Promise<void> {
  const outDir = argv[0] ? path.resolve(argv[0]) : DEFAULT_FIXTURES_DIR;
  const samplesDir = argv[0] ? undefined : DEFAULT_SAMPLES_DIR;
  const written = await buildFixtures(outDir, { samplesDir });
  if (!argv[0]) written.push(...(await buildDemo(DEMO_DIR)));
  for (const p of written) console.log(path.relative(process.cwd(), p));
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
