/**
 * Hostile inputs for PhuLuc (issue #7): damaged, disguised, oversized and odd workbooks, written
 * into a folder. Deterministic: the same bytes on every run.
 *
 *   npx tsx test/adversarial/generate.ts [dir]
 */
import ExcelJS from 'exceljs';
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import {
  FIXED_DATE,
  newWorkbook,
  planTasks,
  planWorkbook,
  TASK_HEADER,
  UNITS,
  workbookBytes,
  writePlanSheet,
  writeRoster,
  type PlanTask,
} from './plan';
import { deflated, patchZip, rawZip, zipText, type RawEntry } from './zip';
import { withFixedZipDates } from '../../src/io/xlsx/template';

export type Command = 'scan' | 'consolidate';

export interface AdversarialCase {
  readonly id: string;
  /** What is wrong with it, for test names. */
  readonly title: string;
  readonly command: Command;
  /** `scan`: the one file. `consolidate`: the plan, then the unit files. */
  readonly files: readonly string[];
}

const MB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Building blocks

/** A small but real plan: 12 tasks in two sections, and the roster. */
function basePlan(count = 12): Promise<Uint8Array> {
  return planWorkbook(planTasks(count, 7), { sectionEvery: 6 });
}

/** A unit's copy of a plan: the plan's rows, "Đơn vị báo cáo", a status column. */
function unitCopy(tasks: readonly PlanTask[], unit: string): Promise<Uint8Array> {
  return planWorkbook(tasks, {
    sectionEvery: 6,
    reportingUnit: unit,
    status: (_t, i) => (i % 3 === 0 ? 'Đã hoàn thành' : i % 3 === 1 ? 'Đang thực hiện' : undefined),
  });
}

/** A workbook from a function that fills its first sheet. */
async function sheetBook(
  fill: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void,
  name = 'PL1',
): Promise<Uint8Array> {
  const wb = newWorkbook();
  fill(wb.addWorksheet(name), wb);
  return workbookBytes(wb);
}

/**
 * An OLE compound file (what Excel writes for a password-protected workbook, and for old .xls):
 * the CFB header, a FAT, and a directory naming the given streams.
 */
function compoundFile(streams: readonly string[]): Uint8Array {
  const SECTOR = 512;
  const out = Buffer.alloc(SECTOR * (3 + streams.length), 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(out, 0);
  out.writeUInt16LE(0x003e, 24); // minor version
  out.writeUInt16LE(0x0003, 26); // major version 3: 512-byte sectors
  out.writeUInt16LE(0xfffe, 28); // byte order
  out.writeUInt16LE(9, 30); // sector shift
  out.writeUInt16LE(6, 32); // mini sector shift
  out.writeUInt32LE(1, 44); // FAT sectors
  out.writeUInt32LE(1, 48); // first directory sector
  out.writeUInt32LE(0x1000, 56); // mini stream cutoff
  out.writeUInt32LE(0xfffffffe, 60);
  out.writeUInt32LE(0xfffffffe, 68);
  for (let i = 76; i < SECTOR; i += 4) out.writeUInt32LE(0xffffffff, i);
  out.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  const sector = (n: number) => SECTOR * (n + 1);
  // FAT: sector 0 is the FAT, 1 the directory, then one sector per stream.
  const fat = sector(0);
  for (let i = 0; i < SECTOR / 4; i++) out.writeUInt32LE(0xffffffff, fat + 4 * i);
  out.writeUInt32LE(0xfffffffd, fat);
  out.writeUInt32LE(0xfffffffe, fat + 4);
  streams.forEach((_, i) => out.writeUInt32LE(0xfffffffe, fat + 4 * (2 + i)));
  const entry = (at: number, name: string, type: number, start: number, size: number) => {
    const n = Buffer.from(`${name}\0`, 'utf16le');
    n.copy(out, at);
    out.writeUInt16LE(n.length, at + 64);
    out[at + 66] = type;
    out[at + 67] = 1; // black
    out.writeUInt32LE(0xffffffff, at + 68);
    out.writeUInt32LE(0xffffffff, at + 72);
    out.writeUInt32LE(0xffffffff, at + 76);
    out.writeUInt32LE(start, at + 116);
    out.writeUInt32LE(size, at + 120);
  };
  const dir = sector(1);
  entry(dir, 'Root Entry', 5, 0xfffffffe, 0);
  out.writeUInt32LE(1, dir + 76); // child: the first stream
  streams.forEach((name, i) => {
    const at = dir + 128 * (1 + i);
    entry(at, name, 2, 2 + i, SECTOR);
    if (i + 1 < streams.length) out.writeUInt32LE(2 + i, at + 72); // right sibling
    const data = sector(2 + i);
    for (let k = 0; k < SECTOR; k++) out[data + k] = (k * 31 + i * 7) & 0xff;
  });
  return new Uint8Array(out);
}

/** TCVN3 (ABC) and VNI-Windows spellings of the task header, as Excel shows them with a Unicode font. */
const TCVN3_HEADER = [
  'STT',
  'Néi dung c«ng viÖc',
  '§¬n vÞ chñ tr×',
  '§¬n vÞ phèi hîp',
  'Thêi gian thùc hiÖn',
];
const VNI_HEADER = [
  'STT',
  'Noäi dung coâng vieäc',
  'Ñôn vò chuû trì',
  'Ñôn vò phoái hôïp',
  'Thôøi gian thöïc hieän',
];

// ---------------------------------------------------------------------------------------------
// The cases

type Maker = () => Promise<Uint8Array | Record<string, Uint8Array>>;

interface Spec {
  readonly id: string;
  readonly title: string;
  readonly command?: Command;
  /** File name (scan) or names in order (consolidate: plan first), when not `<id>.xlsx`. */
  readonly make: Maker;
}

const SPECS: readonly Spec[] = [
  {
    id: 'not-a-zip',
    title: 'plain text with an .xlsx name',
    make: async () => new Uint8Array(Buffer.from('STT;Nội dung;Đơn vị\n1;Rà soát;VP\n', 'utf8')),
  },
  {
    id: 'zip-without-workbook',
    title: 'a zip archive that holds no workbook',
    make: async () =>
      rawZip([deflated('readme.txt', 'Không phải sổ tính'), deflated('data/a.csv', '1;2;3\n')]),
  },
  {
    id: 'docx-renamed',
    title: 'a Word document renamed .xlsx',
    make: async () =>
      rawZip([
        deflated('[Content_Types].xml', '<?xml version="1.0"?><Types/>'),
        deflated('word/document.xml', '<w:document/>'),
      ]),
  },
  {
    id: 'encrypted',
    title: 'a password-protected workbook (OLE container with EncryptionInfo)',
    make: async () => compoundFile(['EncryptionInfo', 'EncryptedPackage']),
  },
  {
    id: 'legacy-xls',
    title: 'an old .xls (OLE container with a Workbook stream) renamed .xlsx',
    make: async () => compoundFile(['Workbook']),
  },
  {
    id: 'empty-file',
    title: 'a file of zero bytes',
    make: async () => new Uint8Array(0),
  },
  {
    id: 'empty-workbook',
    title: 'a workbook whose sheets hold nothing',
    make: async () => {
      const wb = newWorkbook();
      wb.addWorksheet('Sheet1');
      wb.addWorksheet('Sheet2').getCell('C3').value = '   ';
      return workbookBytes(wb);
    },
  },
  {
    id: 'header-only',
    title: 'sheets with only a header row',
    make: async () => {
      const wb = newWorkbook();
      wb.addWorksheet('PL1').addRow([...TASK_HEADER]);
      wb.addWorksheet('PL2').addRow(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2025']);
      return workbookBytes(wb);
    },
  },
  {
    id: 'last-row',
    title: 'a used range of 1,048,576 rows with few values (a cell at A1048576)',
    make: () =>
      sheetBook((ws, wb) => {
        writePlanSheet(ws, planTasks(10, 3));
        ws.getCell('A1048576').value = 'cuối trang';
        ws.getCell('E1048576').numFmt = '@';
        writeRoster(wb);
      }),
  },
  {
    id: 'rows-100k',
    title: 'a 100,000-row task table',
    make: async () => {
      // The streaming writer keeps memory flat; shared strings and styles off, like big exports.
      const file = path.join(os.tmpdir(), `phuluc-100k-${process.pid}-${Date.now()}.xlsx`);
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
        filename: file,
        useStyles: false,
        useSharedStrings: false,
      });
      wb.created = FIXED_DATE;
      wb.modified = FIXED_DATE;
      const ws = wb.addWorksheet('PL1');
      ws.addRow(['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025']).commit();
      ws.addRow([...TASK_HEADER]).commit();
      const tasks = planTasks(100_000, 11);
      for (const t of tasks) ws.addRow([t.stt, t.content, t.lead, t.support, t.deadline]).commit();
      ws.commit();
      const roster = wb.addWorksheet('Danh mục đơn vị');
      roster.addRow(['Tên đơn vị']).commit();
      for (const u of UNITS) roster.addRow([u]).commit();
      roster.commit();
      await wb.commit();
      const bytes = withFixedZipDates(new Uint8Array(readFileSync(file)));
      unlinkSync(file);
      return bytes;
    },
  },
  {
    id: 'long-cells',
    title: 'cells of 32,767 characters (the Excel maximum) in every column',
    make: () =>
      sheetBook((ws, wb) => {
        const long = (unit: string) => {
          let s = '';
          while (s.length < 32_767) s += unit;
          return s.slice(0, 32_767);
        };
        ws.addRow(['KẾ HOẠCH NĂM 2025']);
        ws.addRow([...TASK_HEADER]);
        ws.addRow(['1', long('Rà soát thủ tục hành chính '), 'Văn phòng Sở', '', 'Quý III/2025']);
        ws.addRow(['2', 'Tổ chức kiểm tra', long('Phòng Kế hoạch, '), '', 'Quý III/2025']);
        ws.addRow(['3', 'Cập nhật dữ liệu', 'Thanh tra Sở', '', long('trước ngày 20/6/2025 ')]);
        ws.addRow(['4', 'Công khai kết quả', 'Thanh tra Sở', long('-'), long('1')]);
        ws.addRow([long('1.'), 'Số hóa hồ sơ', 'Văn phòng Sở', '', 'Quý IV/2025']);
        ws.addRow(['6', long('ờ'), long('Văn phòng Sở;'), long(' '), long('Quý ')]);
        writeRoster(wb);
      }),
  },
  {
    id: 'bomb-entry',
    title: 'a zip bomb: one 150 MB part in a 150 kB file',
    make: async () =>
      rawZip([
        deflated('[Content_Types].xml', '<Types/>'),
        deflated('xl/workbook.xml', '<workbook/>'),
        deflated('xl/worksheets/sheet1.xml', Buffer.alloc(150 * MB, 0x20)),
      ]),
  },
  {
    id: 'bomb-total',
    title: 'a zip bomb: three 90 MB parts (270 MB in all) in a small file',
    make: async () => {
      // One 90 MB part deflated once, stored under three names.
      const part = deflated('xl/worksheets/sheet1.xml', Buffer.alloc(90 * MB, 0x20));
      const entry = (name: string): RawEntry => ({ ...part, name });
      return rawZip([
        deflated('[Content_Types].xml', '<Types/>'),
        deflated('xl/workbook.xml', '<workbook/>'),
        entry('xl/worksheets/sheet1.xml'),
        entry('xl/worksheets/sheet2.xml'),
        entry('xl/worksheets/sheet3.xml'),
      ]);
    },
  },
  {
    id: 'bomb-file-size',
    title: 'a 51 MB file (above the 50 MB file limit)',
    make: async () => {
      // Stored, not deflated: the file itself is big.
      const noise = new Uint8Array(51 * MB).fill(0x41);
      return rawZip([
        deflated('xl/workbook.xml', '<workbook/>'),
        {
          name: 'xl/media/image1.png',
          data: noise,
          method: 0,
          crc: 0,
          uncompressedSize: noise.length,
        },
      ]);
    },
  },
  {
    id: 'bomb-lying-sizes',
    title: 'a zip bomb whose directory states small sizes for 150 MB of data',
    make: async () => {
      const huge = Buffer.alloc(150 * MB, 0x20);
      return rawZip([
        deflated('[Content_Types].xml', '<Types/>'),
        // A workbook whose one sheet is the lying part, so reading the workbook must inflate it.
        deflated(
          'xl/workbook.xml',
          '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
        ),
        deflated(
          'xl/_rels/workbook.xml.rels',
          '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        ),
        // The directory lies: 1,000 bytes stated for 150 MB.
        { ...deflated('xl/worksheets/sheet1.xml', huge), crc: 0, uncompressedSize: 1000 },
      ]);
    },
  },
  {
    id: 'bomb-zip64',
    title: 'a zip bomb stating a 5 GB part through ZIP64 sizes',
    make: async () =>
      rawZip([
        deflated('xl/workbook.xml', '<workbook/>'),
        {
          ...deflated('xl/worksheets/sheet1.xml', '<worksheet/>'),
          uncompressedSize: 5 * 1024 * MB,
        },
      ]),
  },
  {
    id: 'bomb-many-parts',
    title: 'a zip with 20,000 tiny parts',
    make: async () =>
      rawZip([
        deflated('xl/workbook.xml', '<workbook/>'),
        ...Array.from({ length: 20_000 }, (_, i) => deflated(`xl/x/${i}.xml`, '<x/>')),
      ]),
  },
  {
    id: 'formula-errors',
    title: 'formula errors in every data cell',
    make: () =>
      sheetBook((ws, wb) => {
        const errors = ['#DIV/0!', '#N/A', '#REF!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!'];
        ws.addRow(['KẾ HOẠCH NĂM 2025']);
        ws.addRow([...TASK_HEADER]);
        for (let r = 0; r < 14; r++) {
          ws.addRow(
            TASK_HEADER.map((_, c) => ({
              formula: `A${r + 1}/0`,
              result: { error: errors[(r + c) % errors.length] },
            })) as ExcelJS.CellValue[],
          );
        }
        ws.addRow(['15', { formula: 'NA()', result: { error: '#N/A' } }, 'Văn phòng Sở']);
        writeRoster(wb);
      }),
  },
  {
    id: 'merged-header',
    title: 'merged cells overlapping the header, from above, across and into the data',
    make: () =>
      sheetBook((ws, wb) => {
        writePlanSheet(ws, planTasks(12, 5));
        ws.mergeCells('A1:B3'); // the agency block reaches down to the row above the header
        ws.mergeCells('C4:C6'); // "Đơn vị chủ trì" merged into the first data rows
        ws.mergeCells('D7:E9'); // a block across two columns of data
        ws.mergeCells('E10:E40'); // the deadline column merged far below the table
        ws.mergeCells('F3:H4'); // a merge beside the header, reaching into it
        writeRoster(wb);
      }),
  },
  {
    id: 'overlapping-merges',
    title: 'overlapping merged ranges (which Excel never writes)',
    make: async () =>
      patchZip(await basePlan(), async (zip) => {
        const name = 'xl/worksheets/sheet1.xml';
        const xml = await zipText(zip, name);
        zip.file(
          name,
          xml.replace(
            /(<\/sheetData>)/,
            '$1<mergeCells count="3"><mergeCell ref="A4:C6"/><mergeCell ref="B5:D8"/><mergeCell ref="A6:C7"/></mergeCells>',
          ),
        );
      }),
  },
  {
    id: 'duplicate-headers',
    title: 'duplicate and contradictory header labels',
    make: () =>
      sheetBook((ws, wb) => {
        ws.addRow(['KẾ HOẠCH NĂM 2025']);
        ws.addRow([
          'STT',
          'Nội dung công việc',
          'Nội dung công việc',
          'Đơn vị chủ trì',
          'Đơn vị chủ trì',
          'Thời gian thực hiện',
          'Thời hạn',
          'STT',
          '',
          'Đơn vị phối hợp',
        ]);
        for (const t of planTasks(8, 4))
          ws.addRow([
            t.stt,
            t.content,
            'khác',
            t.lead,
            t.support,
            t.deadline,
            'Quý IV/2025',
            9,
            'x',
            t.lead,
          ]);
        writeRoster(wb);
      }),
  },
  {
    id: 'legacy-tcvn3',
    title: 'headers and text typed in TCVN3 (ABC) with a .VnTime font',
    make: () =>
      sheetBook((ws, wb) => {
        ws.addRow(['Së Khoa häc vµ C«ng nghÖ']);
        ws.addRow(['KÕ ho¹ch c¶i c¸ch hµnh chÝnh n¨m 2025']);
        ws.addRow(TCVN3_HEADER);
        ws.addRow(['1', 'Rµ so¸t thñ tôc hµnh chÝnh', 'V¨n phßng Së', '', 'Quý III/2025']);
        ws.addRow(['2', 'Tæ chøc kiÓm tra', 'Thanh tra Së', '', 'Th¸ng 6/2025']);
        writeRoster(wb);
      }),
  },
  {
    id: 'legacy-vni',
    title: 'headers and text typed in VNI-Windows',
    make: () =>
      sheetBook((ws, wb) => {
        ws.addRow(['Sôû Khoa hoïc vaø Coâng ngheä']);
        ws.addRow(['Keá hoaïch caûi caùch haønh chính naêm 2025']);
        ws.addRow(VNI_HEADER);
        ws.addRow(['1', 'Raø soaùt thuû tuïc haønh chính', 'Vaên phoøng Sôû', '', 'Quyù III/2025']);
        writeRoster(wb);
      }),
  },
  {
    id: 'legacy-tcvn3-table',
    title: 'a Unicode header over TCVN3 rows, with the TCVN3 header repeated',
    make: () =>
      sheetBook((ws, wb) => {
        ws.addRow(['KẾ HOẠCH NĂM 2025']);
        ws.addRow([...TASK_HEADER]);
        ws.addRow(TCVN3_HEADER.map((h, i) => (i === 0 ? '1' : h)));
        ws.addRow(['2', 'Rµ so¸t thñ tôc hµnh chÝnh', 'Văn phòng Sở', '', 'Quý III/2025']);
        writeRoster(wb);
      }),
  },
  {
    id: 'dates-1900',
    title: 'dates before 1900, serial 0, serial 60 (29/02/1900) and negative serials',
    make: () =>
      sheetBook((ws, wb) => {
        ws.addRow(['KẾ HOẠCH NĂM 2025']);
        ws.addRow([...TASK_HEADER, 'Tình trạng', 'Ngày hoàn thành']);
        const rows: [ExcelJS.CellValue, ExcelJS.CellValue][] = [
          [60, 60],
          [0, 0],
          [-5, -1],
          [1, 59],
          [61, 2958465], // 31/12/9999
          [2958466, 1e9],
          ['29/02/1900', '29/02/1900'],
          ['15/03/1899', '31/12/1899'],
          [new Date(Date.UTC(1899, 11, 30)), new Date(Date.UTC(1800, 0, 1))],
          [new Date(Date.UTC(1900, 0, 1)), new Date(Date.UTC(1900, 1, 28))],
        ];
        rows.forEach(([deadline, done], i) => {
          const row = ws.addRow([
            String(i + 1),
            `Nhiệm vụ ${i + 1}`,
            'Văn phòng Sở',
            '',
            deadline,
            'Đã hoàn thành',
            done,
          ]);
          for (const c of [5, 7])
            if (typeof row.getCell(c).value === 'number') row.getCell(c).numFmt = 'dd/mm/yyyy';
        });
        writeRoster(wb);
      }),
  },
  {
    id: 'text-in-numbers',
    title: 'text in number columns of an indicator table',
    make: () =>
      sheetBook((ws, wb) => {
        ws.addRow(['CHỈ TIÊU NĂM 2025']);
        ws.addRow([
          'STT',
          'Chỉ tiêu',
          'Đơn vị',
          'Chỉ tiêu\nnăm 2025',
          'Chủ trì\nthực hiện',
          'Kết quả thực hiện',
          'Tử số',
          'Mẫu số',
        ]);
        const weird = [
          'khoảng 80',
          'N/A',
          '1,2,3',
          '1e309',
          'Infinity',
          'NaN',
          '—',
          '80%%',
          '=1+1',
          '-0',
          '١٢٣',
          '８０',
        ];
        weird.forEach((w, i) =>
          ws.addRow([
            String(i + 1),
            `Tỷ lệ hồ sơ loại ${i + 1}`,
            '%',
            i % 2 ? w : 'Tối thiểu 80',
            'Văn phòng Sở',
            w,
            w,
            i % 3 ? '0' : w,
          ]),
        );
        ws.addRow([
          '13',
          'Số hồ sơ',
          'hồ sơ',
          true,
          'Văn phòng Sở',
          new Date(Date.UTC(2025, 0, 1)),
          false,
          0,
        ]);
        writeRoster(wb);
      }),
  },
  {
    id: 'types-swapped',
    title: 'numbers, booleans and dates where text is expected',
    make: () =>
      sheetBook((ws, wb) => {
        ws.addRow(['KẾ HOẠCH NĂM 2025']);
        ws.addRow([...TASK_HEADER]);
        ws.addRow([true, 12345, new Date(Date.UTC(2025, 5, 1)), false, true]);
        ws.addRow([
          1.5,
          { richText: [{ text: 'Rà soát ' }, { text: 'TTHC', font: { bold: true } }] },
          7,
          8,
          45000,
        ]);
        ws.addRow([
          { text: '3', hyperlink: 'https://example.invalid' },
          { formula: '"a"&"b"', result: 'ab' },
          { formula: 'X', result: 4 },
          '',
          { formula: 'TODAY()' },
        ]);
        ws.addRow([-1, '', '', '', '']);
        ws.addRow([1e308, 'Nhiệm vụ cuối', 'Văn phòng Sở', '', 'Quý IV/2025']);
        writeRoster(wb);
      }),
  },
  {
    id: 'units-not-in-roster',
    title: 'units that the roster does not list, and unit cells of punctuation only',
    make: async () => {
      const tasks = planTasks(8, 9).map((t, i) => ({
        ...t,
        lead: [
          'Phòng Bí Ẩn',
          'Sở XYZ',
          ';;;',
          ' , ',
          'Văn phòng Sở, Phòng Ma, Phòng Ma',
          'Thanh tra Sở',
          '-',
          'Văn phòng',
        ][i]!,
      }));
      return planWorkbook(tasks);
    },
  },
  {
    id: 'wide-16384',
    title: 'a sheet with all 16,384 columns used',
    make: () =>
      sheetBook((ws, wb) => {
        ws.addRow(Array.from({ length: 16_384 }, (_, i) => `(${i + 1})`));
        ws.addRow(['KẾ HOẠCH NĂM 2025']);
        ws.addRow([...TASK_HEADER]);
        for (const t of planTasks(20, 2)) {
          const row = ws.addRow([t.stt, t.content, t.lead, t.support, t.deadline]);
          row.getCell(16_384).value = 'XFD';
        }
        writeRoster(wb);
      }),
  },
  {
    id: 'nested-sections',
    title: 'sections nested 40 deep (I, A, 1, 1.1, 1.1.1, …, a), -, +)',
    make: () =>
      sheetBook((ws, wb) => {
        ws.addRow(['KẾ HOẠCH NĂM 2025']);
        ws.addRow([...TASK_HEADER]);
        ws.addRow(['I', 'PHẦN MỘT']);
        ws.addRow(['A', 'Mục A']);
        let stt = '1';
        for (let d = 0; d < 40; d++) {
          ws.addRow([
            stt,
            `Cấp ${d + 1}`,
            d % 2 ? 'Văn phòng Sở' : '',
            '',
            d % 3 ? 'Quý III/2025' : '',
          ]);
          stt += '.1';
        }
        for (const sub of ['a)', 'b)', '-', '+', '*', '1)', 'i.', 'ii.'])
          ws.addRow([sub, `Dòng ${sub}`, 'Thanh tra Sở', '', 'Thường xuyên']);
        ws.addRow(['II', 'PHẦN HAI']);
        ws.addRow(['1', 'Nhiệm vụ cuối', 'Văn phòng Sở', '', 'Quý IV/2025']);
        writeRoster(wb);
      }),
  },
  {
    id: 'merges-10k',
    title: '10,000 merged ranges',
    make: async () => {
      const tasks = planTasks(9_999, 8);
      const xlsx = await sheetBook((ws, wb) => {
        ws.addRow(['KẾ HOẠCH NĂM 2025']);
        ws.addRow(['STT', 'Nội dung công việc', '', 'Đơn vị chủ trì', 'Thời gian thực hiện']);
        for (const t of tasks) ws.addRow([t.stt, t.content, '', t.lead, t.deadline]);
        writeRoster(wb);
      });
      // exceljs checks each new merge against all the others; the XML is written directly.
      const refs = ['B2:C2', ...tasks.map((_, i) => `B${i + 3}:C${i + 3}`)];
      return patchZip(xlsx, async (zip) => {
        const name = 'xl/worksheets/sheet1.xml';
        const xml = await zipText(zip, name);
        const merges = `<mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join('')}</mergeCells>`;
        zip.file(name, xml.replace(/(<\/sheetData>)/, `$1${merges}`));
      });
    },
  },
  {
    id: 'emoji',
    title: 'non-BMP characters and emoji in cells, units and the sheet name',
    make: async () => {
      const tasks = planTasks(6, 1).map((t, i) => ({
        ...t,
        content: `🚀 ${t.content} 𠀀𠀁 👨‍👩‍👧 🇻🇳 ${'😀'.repeat(i * 40)}`,
        lead: i % 2 ? `${t.lead} 🏢` : t.lead,
        deadline: i === 2 ? 'Quý III/2025 ⏰' : t.deadline,
      }));
      return planWorkbook(tasks, { sheet: 'Kế hoạch 🚀' });
    },
  },
  {
    id: 'invisible-headers',
    title: 'zero-width, bidi and BOM characters inside the header labels',
    make: () =>
      sheetBook((ws, wb) => {
        ws.addRow(['KẾ HOẠCH NĂM 2025']);
        ws.addRow([
          '\u200fS\u200bTT\u200f',
          '\ufeffNội\u200b dung công\u00a0việc',
          'Đơn\u200c vị chủ\u200d trì',
          '\u202bĐơn vị phối hợp\u202c',
          'Thời\u2060 gian thực\u00ad hiện\u200e',
        ]);
        for (const t of planTasks(6, 6))
          ws.addRow([t.stt, t.content, `\u200b${t.lead}\u200f`, t.support, t.deadline]);
        writeRoster(wb);
      }),
  },
  {
    id: 'all-hidden',
    title: 'a workbook whose every sheet is hidden',
    make: async () => {
      const wb = newWorkbook();
      const ws = wb.addWorksheet('PL1');
      writePlanSheet(ws, planTasks(6, 12));
      writeRoster(wb);
      for (const s of wb.worksheets) s.state = 'veryHidden';
      return workbookBytes(wb);
    },
  },
  {
    id: 'sheet-names',
    title: 'sheet names with quotes, apostrophes, "!" and parentheses',
    make: async () =>
      patchZip(await basePlan(), async (zip) => {
        const xml = await zipText(zip, 'xl/workbook.xml');
        zip.file(
          'xl/workbook.xml',
          xml.replace(
            'name="PL1 Nhiệm vụ"',
            'name="PL1 &apos;Nhiệm vụ&apos; &quot;2025&quot;! (A)"',
          ),
        );
      }),
  },
  {
    id: 'sheet-names-brackets',
    title: 'a sheet name with brackets, which Excel forbids',
    make: async () =>
      patchZip(await basePlan(), async (zip) => {
        const xml = await zipText(zip, 'xl/workbook.xml');
        zip.file('xl/workbook.xml', xml.replace('name="PL1 Nhiệm vụ"', 'name="[PL1] Nhiệm vụ"'));
      }),
  },
  {
    id: 'xlsm-renamed',
    title: 'a macro-enabled .xlsm renamed .xlsx',
    make: async () =>
      patchZip(await basePlan(), async (zip) => {
        const types = await zipText(zip, '[Content_Types].xml');
        zip.file(
          '[Content_Types].xml',
          types
            .replace(
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
              'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
            )
            .replace(
              '</Types>',
              '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
            ),
        );
        zip.file('xl/vbaProject.bin', new Uint8Array(compoundFile(['VBA'])));
      }),
  },
  {
    id: 'xltx-renamed',
    title: 'an .xltx template renamed .xlsx',
    make: async () =>
      patchZip(await basePlan(), async (zip) => {
        const types = await zipText(zip, '[Content_Types].xml');
        zip.file(
          '[Content_Types].xml',
          types.replace(
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
            'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
          ),
        );
      }),
  },
  {
    id: 'truncated',
    title: 'a workbook cut off at 60 % of its bytes',
    make: async () => {
      const xlsx = await basePlan(60);
      return xlsx.slice(0, Math.floor(xlsx.length * 0.6));
    },
  },
  {
    id: 'truncated-directory',
    title: 'a workbook missing only its last 10 bytes (the end of the zip directory)',
    make: async () => {
      const xlsx = await basePlan();
      return xlsx.slice(0, xlsx.length - 10);
    },
  },
  {
    id: 'corrupt-shared-strings',
    title: 'an xlsx whose sharedStrings.xml is cut off mid-element',
    make: async () =>
      patchZip(await basePlan(), async (zip) => {
        const xml = await zipText(zip, 'xl/sharedStrings.xml');
        zip.file('xl/sharedStrings.xml', xml.slice(0, Math.floor(xml.length / 2)));
      }),
  },
  {
    id: 'short-shared-strings',
    title: 'an xlsx whose cells point past the end of sharedStrings.xml',
    make: async () =>
      patchZip(await basePlan(), async (zip) => {
        const xml = await zipText(zip, 'xl/sharedStrings.xml');
        zip.file(
          'xl/sharedStrings.xml',
          xml.replace(/(<sst[^>]*>)[\s\S]*(<\/sst>)/, '$1<si><t>STT</t></si>$2'),
        );
      }),
  },
  {
    id: 'xml-entities',
    title: 'an entity-expansion ("billion laughs") DOCTYPE in sharedStrings.xml',
    make: async () =>
      patchZip(await basePlan(), async (zip) => {
        const xml = await zipText(zip, 'xl/sharedStrings.xml');
        const dtd =
          '<!DOCTYPE sst [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">' +
          Array.from(
            { length: 8 },
            (_, i) =>
              `<!ENTITY ${String.fromCharCode(99 + i)} "${`&${String.fromCharCode(98 + i)};`.repeat(10)}">`,
          ).join('') +
          ']>';
        zip.file(
          'xl/sharedStrings.xml',
          xml.replace(/^(<\?xml[^>]*\?>)?/, `$1${dtd}`).replace('<t>STT</t>', '<t>&j;</t>'),
        );
      }),
  },

  // Consolidation
  {
    id: 'other-plan',
    title: 'a unit workbook for another plan',
    command: 'consolidate',
    make: async () => {
      const other = planTasks(12, 30).map((t, i) => ({
        ...t,
        content: `Xây dựng nông thôn mới tại xã số ${i + 1}, nâng cấp đường giao thông liên thôn, kênh mương nội đồng`,
      }));
      return {
        'plan.xlsx': await basePlan(),
        'van-phong-so.xlsx': await unitCopy(other, 'Văn phòng Sở'),
      };
    },
  },
  {
    id: 'same-file-twice',
    title: 'the same unit file given twice',
    command: 'consolidate',
    make: async () => ({
      'plan.xlsx': await basePlan(),
      'thanh-tra.xlsx': await unitCopy(planTasks(12, 7), 'Thanh tra Sở'),
    }),
  },
  {
    id: 'two-files-one-unit',
    title: 'two files naming the same unit, with contradictory statuses',
    command: 'consolidate',
    make: async () => {
      const tasks = planTasks(12, 7);
      return {
        'plan.xlsx': await basePlan(),
        'vp-lan-1.xlsx': await unitCopy(tasks, 'Văn phòng Sở'),
        'vp-lan-2.xlsx': await planWorkbook(tasks, {
          sectionEvery: 6,
          reportingUnit: 'VĂN PHÒNG SỞ',
          status: () => 'Chưa thực hiện',
        }),
      };
    },
  },
  {
    id: 'unknown-unit-file',
    title: 'a unit file from a unit the roster does not list',
    command: 'consolidate',
    make: async () => ({
      'plan.xlsx': await basePlan(),
      'phong-ma.xlsx': await unitCopy(planTasks(12, 7), 'Phòng Không Tồn Tại'),
    }),
  },
  {
    id: 'bad-unit-files',
    title:
      'unit files that are a zip bomb, encrypted, truncated and not workbooks, beside a good one',
    command: 'consolidate',
    make: async () => {
      const good = await unitCopy(planTasks(12, 7), 'Thanh tra Sở');
      const huge = Buffer.alloc(120 * MB, 0x20);
      return {
        'plan.xlsx': await basePlan(),
        'thanh-tra.xlsx': good,
        'bomb.xlsx': rawZip([
          deflated('xl/workbook.xml', '<workbook/>'),
          deflated('xl/worksheets/sheet1.xml', huge),
        ]),
        'encrypted.xlsx': compoundFile(['EncryptionInfo', 'EncryptedPackage']),
        'truncated.xlsx': good.slice(0, good.length >> 1),
        'notes.xlsx': new Uint8Array(Buffer.from('ghi chú', 'utf8')),
      };
    },
  },
  {
    id: 'plan-is-bomb',
    title: 'a plan that is a zip bomb',
    command: 'consolidate',
    make: async () => ({
      'plan.xlsx': rawZip([
        deflated('xl/workbook.xml', '<workbook/>'),
        deflated('xl/sharedStrings.xml', Buffer.alloc(110 * MB, 0x20)),
      ]),
      'thanh-tra.xlsx': await unitCopy(planTasks(12, 7), 'Thanh tra Sở'),
    }),
  },
];

/** The ids of every case, in order. */
export const CASE_IDS: readonly string[] = SPECS.map((s) => s.id);

/**
 * Writes the hostile inputs into `dir` (created if missing); all of them, or those named.
 * Returns each case with its files' paths.
 */
export async function generateAdversarial(
  dir: string,
  only?: readonly string[],
): Promise<Record<string, AdversarialCase>> {
  mkdirSync(dir, { recursive: true });
  const cases: Record<string, AdversarialCase> = {};
  for (const spec of SPECS) {
    if (only && !only.includes(spec.id)) continue;
    const t0 = Date.now();
    const made = await spec.make();
    if (process.env.PHULUC_GEN_TIMES) process.stderr.write(`${spec.id} ${Date.now() - t0} ms\n`);
    const files: string[] = [];
    if (made instanceof Uint8Array) {
      const file = path.join(dir, `${spec.id}.xlsx`);
      writeFileSync(file, made);
      files.push(file);
    } else {
      const sub = path.join(dir, spec.id);
      mkdirSync(sub, { recursive: true });
      for (const [name, bytes] of Object.entries(made)) {
        const file = path.join(sub, name);
        writeFileSync(file, bytes);
        files.push(file);
      }
    }
    cases[spec.id] = { id: spec.id, title: spec.title, command: spec.command ?? 'scan', files };
  }
  return cases;
}

if (require.main === module) {
  const dir = process.argv[2] ?? path.join(os.tmpdir(), 'phuluc-adversarial');
  generateAdversarial(dir).then(
    (cases) => {
      for (const c of Object.values(cases))
        process.stdout.write(`${c.id}: ${c.files.join(', ')}\n`);
    },
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
