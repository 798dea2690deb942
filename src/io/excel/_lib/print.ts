/// <reference types="office-js" />
/** A report sheet's print setup: done through ExcelApi 1.9, else described for the user to do by hand. */
import type { ReportSheet } from '../../../core/report-model/types';
import { capabilityNote, type CapabilityNote } from '../capabilities';
import { opBytes } from './bytes';
import { mmToPoints } from './format';
import type { Op, SheetRef } from './ops';

const HEADER_FOOTER_MARGIN_MM = 8;

/**
 * The page layout calls of a sheet (ExcelApi 1.9), as the exceljs writer sets them: A4,
 * orientation, margins, fit to width, repeated header rows, the page number top-centre with an
 * empty first-page header, each sheet numbered from 1, and the model's page breaks.
 * @example printSetupOp(ws, sheet).run() // ws().pageLayout.paperSize === 'A4'
 */
export function printSetupOp(ws: SheetRef, sheet: ReportSheet): Op {
  const p = sheet.print;
  const [a, b] = sheet.printTitleRows;
  const titles = `$${a + 1}:$${b + 1}`;
  const header = `&"Times New Roman,Regular"&13${p.headerCenter}`;
  const breaks = (sheet.pageBreaks ?? []).filter((r) => r > 0).map((r) => `A${r + 1}`);
  return {
    bytes: opBytes(titles, [header, ...breaks]) * (14 + breaks.length),
    run: () => {
      const layout = ws().pageLayout;
      layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      layout.paperSize = 'A4';
      layout.topMargin = mmToPoints(p.marginsMm.top);
      layout.bottomMargin = mmToPoints(p.marginsMm.bottom);
      layout.leftMargin = mmToPoints(p.marginsMm.left);
      layout.rightMargin = mmToPoints(p.marginsMm.right);
      layout.headerMargin = mmToPoints(HEADER_FOOTER_MARGIN_MM);
      layout.footerMargin = mmToPoints(HEADER_FOOTER_MARGIN_MM);
      layout.centerHorizontally = p.horizontalCentered;
      // At 100 % (Excel keeps manual page breaks), or fitted to the width when wider.
      layout.zoom = p.fitToWidth
        ? { horizontalFitToPages: 1, verticalFitToPages: 0 }
        : { scale: 100 };
      layout.setPrintTitleRows(titles);
      layout.firstPageNumber = p.firstPageNumber;
      layout.headersFooters.state = 'FirstAndDefault';
      layout.headersFooters.firstPage.centerHeader = '';
      layout.headersFooters.defaultForAllPages.centerHeader = header;
      // A break "at A12" starts a page at row 12, as the exceljs writer's break after row 11.
      const pageBreaks = ws().horizontalPageBreaks;
      for (const cell of breaks) pageBreaks.add(cell);
    },
  };
}

/** Rows (1-based) before which a sheet's pages break, as the user would type them. */
function breakRows(sheet: ReportSheet): string {
  return (sheet.pageBreaks ?? []).map((r) => String(r + 1)).join(', ');
}

/**
 * The per-sheet print setup a user must do by hand without ExcelApi 1.9: paper, margins,
 * repeated rows, the page number top-centre with a different first page, and the page breaks
 * the model placed (so headings, totals and signers stay with their rows).
 * @example printByHand([{ name: 'Tổng hợp nhiệm vụ', sheet }]).vi // '… "Tổng hợp nhiệm vụ": A4 ngang, lề trên 20 mm, …'
 */
export function printByHand(
  sheets: readonly { name: string; sheet: ReportSheet }[],
): CapabilityNote {
  const base = capabilityNote('page-layout');
  const vi = sheets.map(({ name, sheet }) => {
    const m = sheet.print.marginsMm;
    const o = sheet.print.orientation === 'landscape' ? 'ngang' : 'dọc';
    const [a, b] = sheet.printTitleRows;
    const breaks = breakRows(sheet);
    return (
      `"${name}": A4 ${o}, lề trên ${m.top} mm, dưới ${m.bottom} mm, trái ${m.left} mm, phải ${m.right} mm, in lặp dòng ${a + 1}–${b + 1}, ` +
      (sheet.print.fitToWidth ? 'vừa 1 trang theo chiều rộng, ' : '') +
      `số trang ở giữa đầu trang (trang đầu khác, không số), bắt đầu từ 1` +
      (breaks ? `, ngắt trang trước các dòng ${breaks}` : '')
    );
  });
  const en = sheets.map(({ name, sheet }) => {
    const m = sheet.print.marginsMm;
    const [a, b] = sheet.printTitleRows;
    const breaks = breakRows(sheet);
    return (
      `"${name}": A4 ${sheet.print.orientation}, margins top ${m.top} mm, bottom ${m.bottom} mm, left ${m.left} mm, right ${m.right} mm, print titles rows ${a + 1}–${b + 1}, ` +
      (sheet.print.fitToWidth ? 'fit to 1 page wide, ' : '') +
      `page number centred in the header (different first page, without one), starting at 1` +
      (breaks ? `, page breaks before rows ${breaks}` : '')
    );
  });
  return { id: base.id, vi: `${base.vi} ${vi.join('; ')}.`, en: `${base.en} ${en.join('; ')}.` };
}
