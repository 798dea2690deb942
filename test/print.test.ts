/**
 * The printed report (docs/DOMAIN.md §5, ready to print: checked by rendering it to PDF with
 * LibreOffice and looking at the pages). Writes a report workbook with 40 long tasks, converts it
 * with `soffice --headless --convert-to pdf`, and reads the PDF back with poppler: A4 pages, the
 * table header on every page, page numbers, no column cut off, text printed at (nearly) full
 * size in Times New Roman (or its metric twin Liberation Serif), Vietnamese intact, signers
 * never alone on a page.
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
import { execFileSync, spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { buildReport } from '../src/core/report-model/build';
import { consolidatedWorkbookBytes } from '../src/io/xlsx/write';
import type { Consolidation } from '../src/core/consolidate/types';
import { largeConsolidation } from './fixtures/report-consolidation';
import { announceSkip } from './_lib/skip-notice';

const BINARIES = ['soffice', 'pdfinfo', 'pdftotext', 'pdftoppm', 'pdffonts'];
const missing = BINARIES.filter(
  (b) => spawnSync('/bin/sh', ['-c', `command -v ${b}`], { encoding: 'utf8' }).status !== 0,
);
const required = process.env.PHULUC_REQUIRE_BINARIES === '1';
const OUT = path.join(__dirname, '..', 'test-artifacts', 'print');
const TIMEOUT = 180_000;

if (missing.length > 0 && !required) {
  announceSkip(
    `test/print.test.ts SKIPPED: missing ${missing.join(', ')}. Install: apt-get install ` +
      'libreoffice-calc poppler-utils fonts-liberation2 fonts-crosextra-carlito ' +
      '(set PHULUC_REQUIRE_BINARIES=1 to make this a failure)',
  );
}
const suite = missing.length > 0 && !required ? describe.skip : describe;

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

interface Word {
  readonly text: string;
  readonly xMin: number;
  readonly xMax: number;
}

interface Page {
  readonly number: number;
  readonly width: number;
  readonly height: number;
  /** `pdftotext -layout`. */
  readonly text: string;
  readonly words: readonly Word[];
}

function run(cmd: string, args: string[], timeout = 60_000): string {
  return execFileSync(cmd, args, { encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
}

function decode(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function readPages(pdf: string): Page[] {
  const info = run('pdfinfo', [pdf]);
  const count = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  const sizes = run('pdfinfo', ['-f', '1', '-l', String(count), pdf]);
  const pages: Page[] = [];
  for (let n = 1; n <= count; n++) {
    const size = new RegExp(`Page\\s+${n} size:\\s+([\\d.]+) x ([\\d.]+)`).exec(sizes)!;
    const bbox = run('pdftotext', ['-f', String(n), '-l', String(n), '-bbox', pdf, '-']);
    const words = [
      ...bbox.matchAll(
        /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</g,
      ),
    ].map((m) => ({ xMin: Number(m[1]), xMax: Number(m[2]), text: decode(m[3]!) }));
    pages.push({
      number: n,
      width: Number(size[1]),
      height: Number(size[2]),
      text: run('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-']),
      words,
    });
  }
  return pages;
}

/** A unit whose name has a long word and whose figure is wide, as Sở KH&CN's centres report. */
const WIDE_UNIT = 'Trung tâm Thông tin và Ứng dụng tiến bộ KH&CN';

/** The 40-task consolidation, plus a unit that reported 700/1000 for the first indicator. */
function withWideUnit(): Consolidation {
  const c = largeConsolidation(40);
  const [first, ...rest] = c.indicators;
  const report = { ...first!.reports[0]!, unit: WIDE_UNIT, numerator: 700, denominator: 1000 };
  return {
    ...c,
    indicators: [{ ...first!, reports: [...first!.reports, { ...report, value: 70 }] }, ...rest],
  };
}

suite('the printed report (LibreOffice → PDF)', () => {
  let pages: Page[] = [];
  /** Pages of each sheet, found by the sheet's title on its first page. */
  const sheets: Record<'tasks' | 'indicators' | 'tracker' | 'issues', Page[]> = {
    tasks: [],
    indicators: [],
    tracker: [],
    issues: [],
  };
  let fonts = '';

  beforeAll(async () => {
    if (missing.length > 0) {
      throw new Error(
        `PHULUC_REQUIRE_BINARIES=1 but ${missing.join(', ')} missing: install libreoffice-calc ` +
          'poppler-utils fonts-liberation2 fonts-crosextra-carlito',
      );
    }
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const xlsx = path.join(OUT, 'report.xlsx');
    writeFileSync(xlsx, await consolidatedWorkbookBytes(null, buildReport(withWideUnit())));
    // A profile of its own: no clash with a running LibreOffice or a parallel test run.
    const profile = mkdtempSync(path.join(os.tmpdir(), 'phuluc-lo-'));
    try {
      run(
        'soffice',
        [
          `-env:UserInstallation=file://${profile}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          OUT,
          xlsx,
        ],
        TIMEOUT - 30_000,
      );
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const pdf = path.join(OUT, 'report.pdf');
    pages = readPages(pdf);
    fonts = run('pdffonts', [pdf]);
    run('pdftoppm', ['-png', '-r', '60', pdf, path.join(OUT, 'page')]);

    const titles: [keyof typeof sheets, string][] = [
      ['tasks', 'BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ'],
      ['indicators', 'BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU'],
      ['tracker', 'TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ'],
      ['issues', 'KẾT QUẢ KIỂM TRA CÁC TỆP BÁO CÁO'],
    ];
    let current: keyof typeof sheets | undefined;
    for (const p of pages) {
      current = titles.find(([, t]) => p.text.includes(t))?.[0] ?? current;
      if (current) sheets[current].push(p);
    }
  }, TIMEOUT);

  it('renders every sheet, with PNG pages saved to look at', () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
    expect(pages[0]!.text).toContain('BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ');
    for (const s of Object.values(sheets)) expect(s.length).toBeGreaterThanOrEqual(1);
    expect(readdirSync(OUT).filter((f) => f.endsWith('.png'))).toHaveLength(pages.length);
  });

  it('prints on A4 landscape (842 × 595 pt)', () => {
    for (const p of pages) {
      expect(Math.round(p.width)).toBe(842);
      expect(Math.round(p.height)).toBe(595);
    }
  });

  it('spreads the 40 tasks over several pages, the table header on every one', () => {
    expect(sheets.tasks.length).toBeGreaterThanOrEqual(2);
    for (const p of sheets.tasks) {
      expect(p.text).toContain('Nội dung nhiệm vụ');
      expect(p.text).toContain('STT');
    }
  });

  itWithFonts(
    [TIMES],
    'cuts no column off: the rightmost header is on every page, at the right edge',
    () => {
      const rightmost: [Page[], string][] = [
        [sheets.tasks, 'Ý'], // "Ý kiến của đơn vị"
        [sheets.indicators, 'Trung'], // "Trung tâm Chuyển đổi số", the last unit
        [sheets.tracker, 'Số'], // "Số vấn đề trong tệp"
        [sheets.issues, 'Message'],
      ];
      for (const [ps, word] of rightmost) {
        for (const p of ps) {
          const found = p.words.filter((w) => w.text === word && w.xMin > p.width * 0.75);
          expect({ page: p.number, found: found.length > 0 }).toEqual({
            page: p.number,
            found: true,
          });
        }
      }
      for (const p of pages) {
        const right = Math.max(...p.words.map((w) => w.xMax));
        expect(right).toBeLessThanOrEqual(p.width);
      }
    },
  );

  it('numbers the pages', () => {
    expect(pages[0]!.text).toMatch(/Trang 1\/\d+/);
    expect(pages[1]!.text).toMatch(/Trang 2\/\d+/);
  });

  itWithFonts([TIMES], 'keeps the Vietnamese text and the official header intact', () => {
    const first = pages[0]!.text;
    for (const text of [
      'UBND TỈNH QUẢNG TRỊ',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Quảng Trị, ngày 15 tháng 12 năm 2025',
      'Kỳ báo cáo: Quý IV năm 2025 (từ ngày 15/09/2025 đến ngày 14/12/2025)',
      'Tiếp tục rà soát',
      'Hoàn thành',
    ])
      expect(first).toContain(text);
  });

  itWithFonts([TIMES], 'prints in Times New Roman or its metric twin', () => {
    if (!/LiberationSerif|TimesNewRoman/.test(fonts) || /DejaVu/.test(fonts)) {
      throw new Error(
        `The PDF is not set in Times New Roman (install ${TIMES.debianPackage}):\n${fonts}`,
      );
    }
  });

  itWithFonts([TIMES, CALIBRI], 'prints at (nearly) full size', () => {
    // "UBND" at 12 pt in Times New Roman is 34 pt wide; fitting to the page may shrink a little.
    // Much smaller means LibreOffice measured the columns with a wider font than Excel's Calibri.
    const ubnd = pages[0]!.words.find((w) => w.text === 'UBND')!;
    const scale = (ubnd.xMax - ubnd.xMin) / 34;
    if (scale < 0.9) {
      throw new Error(
        `Printed at ${Math.round(scale * 100)} %: text too small. Is Carlito ` +
          `(${CALIBRI.debianPackage}, metric twin of Calibri) installed?`,
      );
    }
  });

  it('never leaves the signers alone: the last page of a sheet has table rows too', () => {
    const tasksLast = sheets.tasks[sheets.tasks.length - 1]!.text;
    expect(tasksLast).toContain('Tổng số nhiệm vụ');
    expect(tasksLast).toMatch(/Văn phòng Sở|Thanh tra Sở|Phòng Quản lý/);
    for (const s of Object.values(sheets)) {
      const last = s[s.length - 1]!.text;
      expect(last).toContain('NGƯỜI LẬP BIỂU');
      expect(last).toContain('GIÁM ĐỐC');
    }
  });

  it('breaks no figure and no word of a unit name in the indicator table', () => {
    const words = sheets.indicators.flatMap((p) => p.words.map((w) => w.text));
    // "700/1000" printed whole, not "700/100" over "0"; "KH&CN" whole, not "KH&C" over "N".
    expect(words).toContain('700/1000');
    expect(words).toContain('KH&CN');
    for (const figure of ['85/100', '45/50']) expect(words).toContain(figure);
  });
});
