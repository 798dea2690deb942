/**
 * The printed report (docs/DOMAIN.md §5, ready to print: checked by rendering it to PDF with
 * LibreOffice and reading the pages as the director who signs it would). Two reports: the
 * demo's (the samples' plan and unit workbooks consolidated, the plan's sheets copied in) and
 * the print fixture's (39 tasks, task 1 in parts a) and b), 10 indicators, 5 units). Each is
 * converted with `soffice --headless --convert-to pdf` and read back with poppler
 * (test/_lib/pdf-pages.ts), then judged (test/_lib/print-judge.ts): page numbers top-centre from
 * a sheet's second page, no page of only repeated headers or signers, no page under 40 % used
 * but a sheet's last, headings never last on a page, totals with their breakdown, signers never
 * alone, text at least 11 pt as printed (word heights against a 12 pt word printed at 100 %),
 * figures and names whole, the 39 tasks on at most 6 pages and the indicators on one (the
 * demo's tasks on 4); the indicators and the tracker as the report's unsigned appendices I and
 * II; plus A4 landscape, the table header on every page, no column cut off, Times New Roman, the
 * report sheets first.
 *
 * Needs `soffice` (libreoffice-calc) and `pdfinfo`/`pdftotext`/`pdftoppm`/`pdffonts`
 * (poppler-utils); without them the suite is skipped with a notice. The checks of the font and
 * of the printed size also need fonts-liberation2 (Times New Roman's metrics) and
 * fonts-crosextra-carlito (Calibri's: Excel column widths are counted in its digits), looked up
 * with `fc-list`; without them those checks are skipped with a notice naming the package. With
 * PHULUC_REQUIRE_BINARIES=1 (CI) every such skip is a failure instead.
 *
 * The PDF and 60-dpi PNG pages are left in test-artifacts/print/ for people to look at.
 */
import { spawnSync } from 'child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import path from 'path';
import { consolidate } from '../src/core/consolidate/consolidate';
import type { Consolidation } from '../src/core/consolidate/types';
import { buildReport } from '../src/core/report-model/build';
import type { ReportBook, ReportSheet, StyleName } from '../src/core/report-model/types';
import { scanBook } from '../src/core/scan';
import { readWorkbook } from '../src/io/xlsx/read';
import { consolidatedWorkbookBytes } from '../src/io/xlsx/write';
import { DEMO_AS_OF, DEMO_PLAN_FILE } from './fixtures/demo';
import { CENTRE, printFixture, WHOLE_FIGURES } from './fixtures/print-report';
import { largeConsolidation } from './fixtures/report-consolidation';
import {
  missingBinaries,
  readPages,
  run,
  toPdf,
  twelvePointHeight,
  type Page,
} from './_lib/pdf-pages';
import { layoutFaults, pagesBySheet, wholeTextFaults, type SheetPrint } from './_lib/print-judge';
import { announceSkip, suiteNeeding } from './_lib/skip-notice';

const missing = missingBinaries();
const required = process.env.PHULUC_REQUIRE_BINARIES === '1';
const OUT = path.join(__dirname, '..', 'test-artifacts', 'print');
const TIMEOUT = 480_000;

const suite = suiteNeeding(
  'test/print.test.ts',
  missing,
  'apt-get install libreoffice-calc poppler-utils fonts-liberation2 fonts-crosextra-carlito',
);

/** A font the page measurements rely on, and the Debian package that brings its metric twin. */
interface PrintFont {
  readonly role: string;
  readonly family: RegExp;
  /** The fontconfig pattern to list: `:lang=vi` when the font must cover Vietnamese. */
  readonly pattern: string;
  readonly debianPackage: string;
}
// fonts-liberation (1.x) has a "Liberation Serif" too, without Vietnamese letters: LibreOffice then
// takes them from DejaVu, which breaks words and widths. Only a family covering Vietnamese counts.
const TIMES: PrintFont = {
  role: 'Times New Roman with Vietnamese letters (the report font)',
  family: /^(Liberation Serif|Times New Roman)$/im,
  pattern: ':lang=vi',
  debianPackage: 'fonts-liberation2',
};
const CALIBRI: PrintFont = {
  role: "Calibri (Excel's column widths are counted in its digits)",
  family: /^(Carlito|Calibri)$/im,
  pattern: ':',
  debianPackage: 'fonts-crosextra-carlito',
};

const familyLists = new Map<string, string>();

/** Font families fontconfig lists for a pattern, one per line (empty without fontconfig). */
function familiesFor(pattern: string): string {
  let families = familyLists.get(pattern);
  if (families === undefined) {
    families = (spawnSync('fc-list', [pattern, 'family'], { encoding: 'utf8' }).stdout ?? '')
      .split('\n')
      .flatMap((line) => line.split(','))
      .join('\n');
    familyLists.set(pattern, families);
  }
  return families;
}

/**
 * A check whose figures hold only with the fonts Excel's metrics assume. Without them it is
 * skipped with a notice naming the package, or fails when PHULUC_REQUIRE_BINARIES=1 (CI).
 */
function itWithFonts(fonts: readonly PrintFont[], name: string, check: () => void): void {
  const absent = fonts.filter((f) => !f.family.test(familiesFor(f.pattern)));
  if (absent.length === 0 || missing.length > 0) {
    it(name, check);
    return;
  }
  const notice =
    `test/print.test.ts "${name}": font missing: ` +
    absent.map((f) => `${f.role}; install: apt-get install ${f.debianPackage}`).join(' · ');
  if (required) {
    it(name, () => {
      throw new Error(`PHULUC_REQUIRE_BINARIES=1 but ${notice}`);
    });
    return;
  }
  announceSkip(`SKIPPED ${notice} (set PHULUC_REQUIRE_BINARIES=1 to make this a failure)`);
  it.skip(name, check);
}

interface Rendered {
  readonly book: ReportBook;
  readonly pages: Page[];
  /** Pages of each report sheet, by sheet name. */
  readonly sheets: Map<string, Page[]>;
  readonly fonts: string;
}

/** Each report sheet: its name, its title, a label of its repeated header. */
const SHEETS = [
  {
    name: 'Tổng hợp nhiệm vụ',
    title: 'BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ',
    continued: 'Nội dung nhiệm vụ',
  },
  {
    name: 'Tổng hợp chỉ tiêu',
    title: 'TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU',
    continued: 'Chỉ tiêu',
  },
  { name: 'Tình hình báo cáo', title: 'TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ', continued: 'Đã gửi' },
  { name: 'Kết quả kiểm tra', title: 'KẾT QUẢ KIỂM TRA CÁC TỆP BÁO CÁO', continued: 'Mức độ' },
];

const SIGNER_STYLES: readonly StyleName[] = [
  'recipientsLabel',
  'recipients',
  'signerRole',
  'signerName',
];

const words = (t: unknown) => (typeof t === 'string' ? t.split(/\s+/).filter(Boolean) : []);

/** What the model says a sheet prints: its header row, headings, signers and summary. */
function expectations(sheet: ReportSheet, pages: Page[]): SheetPrint {
  const cells = sheet.rows.flatMap((r) => r.cells);
  const header = sheet.rows[sheet.printTitleRows[0]]!.cells;
  const signer = cells.filter((c) => SIGNER_STYLES.includes(c.style));
  const hasTotal = cells.some((c) => c.value === 'Tổng số nhiệm vụ');
  const label = cells.find((c) => c.style === 'title' && String(c.value).startsWith('PHỤ LỤC'));
  const reference = cells.find((c) => c.style === 'reference');
  return {
    name: sheet.name,
    pages,
    headerWords: header.flatMap((c) => words(c.value)),
    signerWords: signer.flatMap((c) => words(c.value)),
    ...(signer.length > 0
      ? { signerTitle: String(cells.find((c) => c.style === 'signerRole')!.value) }
      : {}),
    headings: cells
      .filter((c) => c.style === 'section' && typeof c.value === 'string')
      .map((c) => String(c.value)),
    ...(hasTotal ? { total: ['Tổng số nhiệm vụ', 'Tỷ lệ hoàn thành (%)'] as const } : {}),
    ...(label && reference
      ? { appendix: { label: String(label.value), reference: String(reference.value) } }
      : {}),
  };
}

async function render(name: string, planBytes: Uint8Array | null, c: Consolidation) {
  const book = buildReport(c);
  const xlsx = path.join(OUT, `${name}.xlsx`);
  writeFileSync(xlsx, await consolidatedWorkbookBytes(planBytes, book));
  const pdf = toPdf(xlsx, TIMEOUT / 3);
  const pages = readPages(pdf);
  run('pdftoppm', ['-png', '-r', '60', pdf, path.join(OUT, `${name}-page`)]);
  return { book, pages, sheets: pagesBySheet(pages, SHEETS), fonts: run('pdffonts', [pdf]) };
}

/** The demo's consolidation: the samples' plan and unit workbooks, as `npm run demo` makes it. */
async function demoConsolidation(): Promise<{ plan: Uint8Array; c: Consolidation }> {
  const dir = path.join(__dirname, '..', 'samples', 'tong-hop');
  const files = readdirSync(dir).filter((f) => f.endsWith('.xlsx') && f !== DEMO_PLAN_FILE);
  const scan = async (file: string, year?: number) =>
    scanBook(await readWorkbook(readFileSync(path.join(dir, file)), file), {
      asOf: DEMO_AS_OF,
      ...(year ? { year } : {}),
    });
  const plan = await scan(DEMO_PLAN_FILE);
  const units = [];
  for (const file of files.sort())
    units.push({ file, scan: await scan(file, plan.planYear ?? undefined) });
  return {
    plan: new Uint8Array(readFileSync(path.join(dir, DEMO_PLAN_FILE))),
    c: consolidate(plan, units, { asOf: DEMO_AS_OF }),
  };
}

suite('the printed report (LibreOffice → PDF)', () => {
  let fixture: Rendered;
  let demo: Rendered;
  let large: Rendered;
  /** Box height of a 12 pt word printed at 100 %. */
  let twelve = 0;

  beforeAll(async () => {
    if (missing.length > 0) {
      throw new Error(
        `PHULUC_REQUIRE_BINARIES=1 but ${missing.join(', ')} missing: install libreoffice-calc ` +
          'poppler-utils fonts-liberation2 fonts-crosextra-carlito',
      );
    }
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    twelve = await twelvePointHeight(path.join(OUT, 'calibration'));
    fixture = await render('fixture', null, printFixture());
    const d = await demoConsolidation();
    demo = await render('demo', d.plan, d.c);
    large = await render('large', null, largeConsolidation(40));
  }, TIMEOUT);

  const reports = () =>
    [
      ['fixture', fixture],
      ['demo', demo],
      ['large', large],
    ] as const;

  it('renders every report sheet, with PNG pages saved to look at', () => {
    for (const [, r] of reports()) {
      for (const { name } of SHEETS)
        expect({ name, pages: r.sheets.get(name)!.length > 0 }).toEqual({ name, pages: true });
    }
    expect(
      readdirSync(OUT).filter((f) => f.startsWith('fixture-page') && f.endsWith('.png')),
    ).toHaveLength(fixture.pages.length);
  });

  it('prints the report sheets first, before the plan’s own sheets', () => {
    for (const [, r] of reports()) {
      expect(r.pages[0]!.text).toContain(SHEETS[0]!.title);
      const reportPages = [...r.sheets.values()].reduce((n, ps) => n + ps.length, 0);
      expect(r.sheets.get('Kết quả kiểm tra')!.at(-1)!.number).toBe(reportPages);
    }
    // The demo's plan sheets follow, on A4 (they had no paper size of their own).
    expect(demo.pages.length).toBeGreaterThan([...demo.sheets.values()].flat().length);
    for (const p of demo.pages) {
      const [short, long] = [p.width, p.height].sort((a, b) => a - b);
      expect([Math.abs(short! - 595) < 2, Math.abs(long! - 842) < 2]).toEqual([true, true]);
    }
  });

  it('prints on A4 landscape (842 × 595 pt)', () => {
    for (const [, r] of reports()) {
      for (const p of [...r.sheets.values()].flat()) {
        expect([Math.round(p.width), Math.round(p.height)]).toEqual([842, 595]);
      }
    }
  });

  itWithFonts(
    [TIMES, CALIBRI],
    'reads as a director would sign it: numbers, pages, headings, totals, signers, text size',
    () => {
      expect(twelve).toBeGreaterThan(10);
      const faults = reports().flatMap(([label, r]) =>
        r.book.sheets.flatMap((sheet) =>
          layoutFaults(expectations(sheet, r.sheets.get(sheet.name)!), twelve).map(
            (f) => `${label}: ${f}`,
          ),
        ),
      );
      expect(faults).toEqual([]);
    },
  );

  itWithFonts(
    [TIMES, CALIBRI],
    'breaks every sheet where the model does: no page break of the host’s own',
    () => {
      for (const [label, r] of reports()) {
        for (const sheet of r.book.sheets) {
          const planned = (sheet.pageBreaks ?? []).length + 1;
          expect({ label, sheet: sheet.name, pages: r.sheets.get(sheet.name)!.length }).toEqual({
            label,
            sheet: sheet.name,
            pages: planned,
          });
        }
      }
    },
  );

  itWithFonts(
    [TIMES, CALIBRI],
    'prints the fixture’s 39 tasks on 6 pages at most, its 10 indicators for 5 units on one, the demo’s tasks on 4',
    () => {
      // Before the row heights counted one padding per row (not per line) and the table text
      // was 11 pt: 9 and 2 pages. The indicators fit on one page as an appendix of the report
      // (PHỤ LỤC I, no agency block, no signers): with the document's frame and signers (250 pt)
      // the header and two group headings left 120 pt of the page's 466 for ten rows.
      expect(fixture.sheets.get('Tổng hợp nhiệm vụ')!.length).toBeLessThanOrEqual(6);
      expect(fixture.sheets.get('Tổng hợp chỉ tiêu')!.length).toBe(1);
      // The summary two figures a row: the demo's last tasks, summary and signers share a page
      // (with the summary one figure a row, 5 pages, the last holding only summary and signers).
      expect(demo.sheets.get('Tổng hợp nhiệm vụ')!.length).toBeLessThanOrEqual(4);
    },
  );

  it('repeats the table header on every page', () => {
    for (const [, r] of reports()) {
      for (const p of r.sheets.get('Tổng hợp nhiệm vụ')!) {
        expect(p.text).toContain('Nội dung nhiệm vụ');
        expect(p.text).toContain('STT');
      }
    }
  });

  itWithFonts(
    [TIMES],
    'cuts no column off: the rightmost header is on every page, at the right edge',
    () => {
      const rightmost: [string, string][] = [
        ['Tổng hợp nhiệm vụ', 'Ý'], // "Ý kiến của đơn vị"
        ['Tổng hợp chỉ tiêu', 'Trung'], // the centre, the last unit
        ['Tình hình báo cáo', 'Số'], // "Số vấn đề trong tệp"
        ['Kết quả kiểm tra', 'Nội'], // "Nội dung"
      ];
      for (const [sheet, word] of rightmost) {
        for (const p of fixture.sheets.get(sheet)!) {
          const found = p.words.filter((w) => w.text === word && w.xMin > p.width * 0.6);
          expect({ sheet, page: p.number, found: found.length > 0 }).toEqual({
            sheet,
            page: p.number,
            found: true,
          });
        }
      }
      for (const p of fixture.pages) {
        const right = Math.max(...p.words.map((w) => w.xMax));
        expect(right).toBeLessThanOrEqual(p.width);
      }
    },
  );

  itWithFonts([TIMES], 'keeps the Vietnamese text, the document form and the figures whole', () => {
    const first = fixture.pages[0]!.text;
    for (const text of [
      'UBND TỈNH QUẢNG TRỊ',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số:',
      'Quảng Trị, ngày 15 tháng 12 năm 2025',
      'Kỳ báo cáo: Quý IV năm 2025 (từ ngày 15/09/2025 đến ngày 14/12/2025)',
    ])
      expect(first).toContain(text);
    const tasks = fixture.sheets
      .get('Tổng hợp nhiệm vụ')!
      .map((p) => p.text)
      .join('\n');
    expect(tasks).toMatch(/^\s*1a\s/m);
    expect(tasks).toMatch(/^\s*1b\s/m);
    const last = fixture.sheets.get('Tổng hợp nhiệm vụ')!.at(-1)!.text;
    for (const text of ['Nơi nhận:', '- Như trên;', 'GIÁM ĐỐC']) expect(last).toContain(text);
    const indicators = expectations(
      fixture.book.sheets[1]!,
      fixture.sheets.get('Tổng hợp chỉ tiêu')!,
    );
    expect(wholeTextFaults(indicators, [...WHOLE_FIGURES, 'KH&CN', CENTRE.split(' ')[0]!])).toEqual(
      [],
    );
    const tasksSheet = expectations(
      fixture.book.sheets[0]!,
      fixture.sheets.get('Tổng hợp nhiệm vụ')!,
    );
    expect(wholeTextFaults(tasksSheet, ['25/09/2025', 'Tỷ lệ hoàn thành (%)'])).toEqual([]);
    // The indicators and the tracker are the report's appendices I and II: tied to the report,
    // not signed, without the agency block.
    for (const [sheet, label] of [
      ['Tổng hợp chỉ tiêu', 'PHỤ LỤC I'],
      ['Tình hình báo cáo', 'PHỤ LỤC II'],
    ] as const) {
      const text = fixture.sheets
        .get(sheet)!
        .map((p) => p.text)
        .join('\n');
      expect({
        sheet,
        label: text
          .split('\n')
          .find((l) => l.trim() !== '')!
          .trim(),
      }).toEqual({
        sheet,
        label,
      });
      expect(text).toContain(
        '(Kèm theo Báo cáo số ……/BC-………… ngày 15 tháng 12 năm 2025 của SỞ KHOA HỌC VÀ CÔNG NGHỆ)',
      );
      for (const absent of ['GIÁM ĐỐC', 'Nơi nhận:', 'CỘNG HÒA'])
        expect({ sheet, absent, printed: text.includes(absent) }).toEqual({
          sheet,
          absent,
          printed: false,
        });
    }
    // The check log has no signers and, in a Vietnamese report, no English column.
    const log = fixture.sheets
      .get('Kết quả kiểm tra')!
      .map((p) => p.text)
      .join('\n');
    expect(log).not.toContain('GIÁM ĐỐC');
    expect(log).not.toContain('PHỤ LỤC');
    expect(log).not.toContain('Message');
  });

  itWithFonts([TIMES], 'prints in Times New Roman or its metric twin', () => {
    for (const [, r] of [['fixture', fixture] as const]) {
      if (!/LiberationSerif|TimesNewRoman/.test(r.fonts) || /DejaVu/.test(r.fonts)) {
        throw new Error(
          `The PDF is not set in Times New Roman (install ${TIMES.debianPackage}):\n${r.fonts}`,
        );
      }
    }
  });
});
