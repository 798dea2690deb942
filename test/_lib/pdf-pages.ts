/**
 * Renders a workbook to PDF with LibreOffice and reads the pages back with poppler: the text of
 * each page (`pdftotext -layout`) and its words with their boxes (`pdftotext -bbox`), so a test
 * can judge what a reader of the printed report sees.
 */
import { execFileSync, spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';

export const PDF_BINARIES = ['soffice', 'pdfinfo', 'pdftotext', 'pdftoppm', 'pdffonts'];

/** The binaries of {@link PDF_BINARIES} that are not on the PATH. */
export function missingBinaries(): string[] {
  return PDF_BINARIES.filter(
    (b) => spawnSync('/bin/sh', ['-c', `command -v ${b}`], { encoding: 'utf8' }).status !== 0,
  );
}

export interface Word {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

export interface Page {
  /** 1-based, in the whole PDF. */
  readonly number: number;
  readonly width: number;
  readonly height: number;
  /** `pdftotext -layout`. */
  readonly text: string;
  readonly words: readonly Word[];
}

export function run(cmd: string, args: string[], timeout = 60_000): string {
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

/** Converts `xlsx` to a PDF next to it (a LibreOffice profile of its own) and returns its path. */
export function toPdf(xlsx: string, timeout = 150_000): string {
  const outDir = path.dirname(xlsx);
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
        outDir,
        xlsx,
      ],
      timeout,
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return path.join(outDir, `${path.basename(xlsx, '.xlsx')}.pdf`);
}

const WORD =
  /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;

/** Every page of a PDF, with its text and word boxes. */
export function readPages(pdf: string): Page[] {
  const info = run('pdfinfo', [pdf]);
  const count = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  const sizes = run('pdfinfo', ['-f', '1', '-l', String(count), pdf]);
  const bbox = run('pdftotext', ['-bbox', pdf, '-']);
  const pageBoxes = bbox.split(/<page /).slice(1);
  const pages: Page[] = [];
  for (let n = 1; n <= count; n++) {
    const size = new RegExp(`Page\\s+${n} size:\\s+([\\d.]+) x ([\\d.]+)`).exec(sizes)!;
    const words = [...(pageBoxes[n - 1] ?? '').matchAll(WORD)].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: decode(m[5]!),
    }));
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

/**
 * The height of a word box of 12 pt Times New Roman printed at 100 %, measured on a sheet
 * LibreOffice renders without any scaling: what "12 pt as printed" looks like in `-bbox`.
 */
export async function twelvePointHeight(dir: string): Promise<number> {
  mkdirSync(dir, { recursive: true });
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('calibration');
  ws.getColumn(1).width = 40;
  const cell = ws.getCell('A1');
  cell.value = 'Hiệu chỉnh cỡ chữ 12';
  cell.font = { name: 'Times New Roman', size: 12 };
  ws.pageSetup = { paperSize: 9 as ExcelJS.PageSetup['paperSize'], scale: 100 };
  const xlsx = path.join(dir, 'calibration.xlsx');
  writeFileSync(xlsx, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  const words = readPages(toPdf(xlsx))[0]!.words;
  const heights = words.map((w) => w.yMax - w.yMin);
  return Math.max(...heights);
}
