/**
 * What a reader of a printed report sheet checks, as code over the PDF's pages (test/_lib/
 * pdf-pages.ts): page numbers, pages that hold nothing but the repeated header or the signers,
 * near-empty pages, headings at the foot of a page, a total parted from its breakdown, the
 * signers alone, text printed too small, figures or names broken. Each check returns the faults
 * it found, in words, so a failing test says what is wrong on which page.
 */
import type { Page, Word } from './pdf-pages';

/** The top margin (20 mm): the page header (page number) prints above it. */
const BODY_TOP = 56.7;
/** Words above this are the page header. */
const HEADER_BAND = 50;

export interface SheetPrint {
  readonly name: string;
  /** The sheet's pages in order. */
  readonly pages: readonly Page[];
  /** Words of the repeated table header row. */
  readonly headerWords: readonly string[];
  /** Words of the signer block ("Nơi nhận:", the lines under it, the signer's title). */
  readonly signerWords: readonly string[];
  /** The signer's title as printed ("GIÁM ĐỐC"); absent on an unsigned sheet. */
  readonly signerTitle?: string;
  /** Section headings as printed, each a line of its own. */
  readonly headings: readonly string[];
  /** A total and the last line of its breakdown, which must print on one page. */
  readonly total?: readonly [string, string];
  /**
   * The sheet is an appendix of the report: its label ("PHỤ LỤC I") and the line naming the
   * report it goes with ("(Kèm theo Báo cáo số …)").
   */
  readonly appendix?: { readonly label: string; readonly reference: string };
}

const bodyWords = (p: Page) => p.words.filter((w) => w.yMax > HEADER_BAND);
const isNumber = (w: Word) => /^\d+$/.test(w.text);

/**
 * Page numbers as Nghị định 30/2020 places them: none on a sheet's first page, then 2, 3, …
 * top-centre.
 */
export function pageNumberFaults(s: SheetPrint): string[] {
  const faults: string[] = [];
  s.pages.forEach((p, i) => {
    const top = p.words.filter((w) => w.yMax <= HEADER_BAND && isNumber(w));
    if (i === 0) {
      if (top.length > 0)
        faults.push(`${s.name} p.1: a page number "${top[0]!.text}" on the first page`);
      return;
    }
    const centred = top.find(
      (w) => w.text === String(i + 1) && Math.abs((w.xMin + w.xMax) / 2 - p.width / 2) < 30,
    );
    if (!centred) {
      faults.push(
        `${s.name} p.${i + 1}: no "${i + 1}" top-centre (top: ${top.map((w) => w.text).join(' ') || 'nothing'})`,
      );
    }
  });
  return faults;
}

/** Pages whose only content is the repeated table header and/or the signer block. */
export function furnitureOnlyFaults(s: SheetPrint): string[] {
  const furniture = new Set([...s.headerWords, ...s.signerWords]);
  return s.pages.flatMap((p, i) =>
    bodyWords(p).some((w) => !furniture.has(w.text))
      ? []
      : [`${s.name} p.${i + 1}: only the repeated header and/or the signers`],
  );
}

/**
 * Share of the printable height a page uses, from the body's top margin to its lowest word
 * (the page's table rows end at or below their text).
 */
export function usedShare(p: Page): number {
  const words = bodyWords(p);
  if (words.length === 0) return 0;
  const lowest = Math.max(...words.map((w) => w.yMax));
  return (lowest - BODY_TOP) / (p.height - 2 * BODY_TOP);
}

/** Pages less than `min` used, except a sheet's last. */
export function emptyPageFaults(s: SheetPrint, min = 0.4): string[] {
  return s.pages.slice(0, -1).flatMap((p, i) => {
    const used = usedShare(p);
    return used < min ? [`${s.name} p.${i + 1}: only ${Math.round(used * 100)} % used`] : [];
  });
}

const squash = (t: string) => t.replace(/\s+/g, ' ').trim();

/** The page (index) and line whose text contains `text`; null when no page does. */
function findLine(s: SheetPrint, text: string): { page: number; line: number } | null {
  const want = squash(text);
  for (let page = 0; page < s.pages.length; page++) {
    const lines = s.pages[page]!.text.split('\n');
    const line = lines.findIndex((l) => squash(l).includes(want));
    if (line >= 0) return { page, line };
  }
  return null;
}

/** Section headings printed as the last line of a page, or not printed at all. */
export function headingFaults(s: SheetPrint): string[] {
  return s.headings.flatMap((h) => {
    const at = findLine(s, h);
    if (!at) return [`${s.name}: heading "${h}" not printed whole`];
    const after = s.pages[at.page]!.text.split('\n').slice(at.line + 1);
    return after.some((l) => l.trim() !== '')
      ? []
      : [`${s.name} p.${at.page + 1}: heading "${h}" ends the page`];
  });
}

/** A total on another page than the end of its breakdown. */
export function totalFaults(s: SheetPrint): string[] {
  if (!s.total) return [];
  const [total, last] = s.total.map((t) => findLine(s, t));
  if (!total || !last) return [`${s.name}: "${s.total.join('" / "')}" not printed`];
  return total.page === last.page
    ? []
    : [`${s.name}: "${s.total[0]}" on p.${total.page + 1}, "${s.total[1]}" on p.${last.page + 1}`];
}

/** The signer block on a page without anything above it but the repeated header. */
export function signerFaults(s: SheetPrint): string[] {
  if (!s.signerTitle) return [];
  const p = s.pages.at(-1);
  const title = p?.text.includes(s.signerTitle);
  if (!p || !title) return [`${s.name}: the signer "${s.signerTitle}" is not on its last page`];
  const nao = p.words.find((w) => w.text === 'Nơi');
  const top = nao?.yMin ?? Number.POSITIVE_INFINITY;
  const furniture = new Set([...s.headerWords, ...s.signerWords]);
  const above = bodyWords(p).filter((w) => w.yMax < top && !furniture.has(w.text));
  return above.length > 0 ? [] : [`${s.name} p.${s.pages.length}: the signers are alone`];
}

/** What a reader would not sign for in an appendix (Nghị định 30/2020: a Phụ lục is not signed). */
const NOT_IN_APPENDIX = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Nơi nhận:'];

/**
 * An appendix that does not head with its label and the line naming its report, or that prints
 * the national name or "Nơi nhận:" (the signers' block).
 */
export function appendixFaults(s: SheetPrint): string[] {
  if (!s.appendix) return [];
  const faults: string[] = [];
  const firstLine = (s.pages[0]?.text ?? '').split('\n').find((l) => l.trim() !== '');
  if (squash(firstLine ?? '') !== s.appendix.label)
    faults.push(`${s.name} p.1: begins "${squash(firstLine ?? '')}", not "${s.appendix.label}"`);
  const reference = findLine(s, s.appendix.reference);
  if (reference?.page !== 0) faults.push(`${s.name} p.1: no "${s.appendix.reference}"`);
  s.pages.forEach((p, i) => {
    const text = squash(p.text);
    for (const t of NOT_IN_APPENDIX)
      if (text.includes(t)) faults.push(`${s.name} p.${i + 1}: an appendix printing "${t}"`);
  });
  return faults;
}

/**
 * Words printed smaller than `minPt`, measured against the box height of a 12 pt word printed
 * at 100 % (`twelve`); the agency rule (em dashes) and the page header are not text.
 */
export function smallTextFaults(s: SheetPrint, twelve: number, minPt = 11): string[] {
  let smallest: { size: number; word: Word; page: number } | null = null;
  s.pages.forEach((p, i) => {
    for (const w of bodyWords(p)) {
      if (/^[—–-]+$/.test(w.text)) continue;
      const size = ((w.yMax - w.yMin) / twelve) * 12;
      if (!smallest || size < smallest.size) smallest = { size, word: w, page: i };
    }
  });
  const found = smallest as { size: number; word: Word; page: number } | null;
  // A fifth of a point for the rounding of box heights (11 pt measures 10.87–11.1).
  return found && found.size < minPt - 0.2
    ? [`${s.name} p.${found.page + 1}: "${found.word.text}" prints at ${found.size.toFixed(1)} pt`]
    : [];
}

/** Texts that must print whole: a single word as one word box, a phrase on one line. */
export function wholeTextFaults(s: SheetPrint, texts: readonly string[]): string[] {
  const words = new Set(s.pages.flatMap((p) => p.words.map((w) => w.text)));
  return texts.flatMap((t) => {
    const whole = /\s/.test(t) ? findLine(s, t) !== null : words.has(t);
    return whole ? [] : [`${s.name}: "${t}" is not printed whole`];
  });
}

/** Every layout fault of a sheet. */
export function layoutFaults(s: SheetPrint, twelve: number): string[] {
  return [
    ...pageNumberFaults(s),
    ...furnitureOnlyFaults(s),
    ...emptyPageFaults(s),
    ...headingFaults(s),
    ...totalFaults(s),
    ...signerFaults(s),
    ...appendixFaults(s),
    ...smallTextFaults(s, twelve),
  ];
}

/**
 * Splits a PDF's pages into sheets: a sheet begins on the page that prints its title and goes on
 * while a page begins with its repeated header (`continued`, a label of it, in the first lines).
 * Other pages (the plan's own sheets) are left out.
 */
export function pagesBySheet(
  pages: readonly Page[],
  sheets: readonly { name: string; title: string; continued: string }[],
): Map<string, Page[]> {
  const bySheet = new Map<string, Page[]>(sheets.map((s) => [s.name, []]));
  let current: (typeof sheets)[number] | undefined;
  for (const p of pages) {
    const start = sheets.find((s) => p.text.includes(s.title));
    const top = p.text
      .split('\n')
      .filter((l) => l.trim() !== '')
      .slice(0, 12)
      .join('\n');
    if (start) current = start;
    else if (current && !top.includes(current.continued)) current = undefined;
    if (current) bySheet.get(current.name)!.push(p);
  }
  return bySheet;
}
