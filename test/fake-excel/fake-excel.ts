/// <reference types="office-js" />
/**
 * A strict fake of the Excel JavaScript API, for the Office.js adapter's tests (not
 * office-addin-mock). It is driven by a plain workbook model (sheet name → cells, formats,
 * merges) and behaves like Office.js where it matters for correctness and speed:
 *
 * - Calls only queue operations; `context.sync()` runs them in order against the model.
 * - Reading a property that was not `load`ed and `sync`ed throws `PropertyNotLoaded`; so does
 *   reading anything the adapter merely set.
 * - `*OrNullObject` methods give null objects (`isNullObject`), the others `ItemNotFound`.
 * - Every sync is recorded: the bytes of its request (the JSON of the queued operations) and of
 *   its response (the JSON of what was loaded). Requests over `requestLimit` are rejected
 *   (`RequestPayloadSizeLimitExceeded`, nothing runs), responses over `responseLimit` too.
 * - APIs above the fake's ExcelApi version fail the sync with `ApiNotFound`, so a test at
 *   version 1.8 proves the adapter never called a 1.9 API.
 * - Every operation that ran is logged in order (`log`), so tests can check that a text format
 *   was set before the value it protects, in the same request.
 * - While the user edits a cell (`startCellEdit`), Excel refuses requests with
 *   `InvalidOperationInCellEditMode`, unless the batch came through `run({ delayForCellEdit:
 *   true })` on ExcelApi 1.11 or later: then it waits until the edit ends (`endCellEdit`).
 * - Merging drops the fill and borders already set on the merged cells other than the top-left
 *   one, as Excel can: a writer must merge first, then format.
 * - A request that fails part-way keeps what ran before the failing operation, as Excel does
 *   (nothing is rolled back); `failAfter(n)` makes the n+1-th operation from now fail, so a test
 *   can break a write at every step. Deleting a `VeryHidden` sheet fails (`InvalidOperation`),
 *   as the Office.js reference says: make it visible first.
 */
import { columnLetters, parseA1 } from '../../src/core/grid/a1';
import type { CellRange } from '../../src/core/grid/types';
import { numberText } from '../../src/core/grid/types';

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';
export type FakeLocale = 'en-US' | 'vi-VN';
export type Scalar = string | number | boolean;

export interface FakeCell {
  /** `''` is an empty cell. */
  value: Scalar;
  /** What Excel displays; derived from the value and number format when absent. */
  text?: string;
  /** Absent = "General". */
  numberFormat?: string;
  /** Set when a written string became a formula. */
  formula?: string;
  /** Cell formatting by property path: `font.bold`, `horizontalAlignment`, `border.top`, … */
  format?: Record<string, Scalar>;
}

export interface FakeSheet {
  readonly id: number;
  name: string;
  visibility: Visibility;
  /** Keyed `row,col` (0-based). */
  cells: Map<string, FakeCell>;
  merges: CellRange[];
  /** Points, by 0-based column. */
  columnWidths: Map<number, number>;
  /** Points, by 0-based row. */
  rowHeights: Map<number, number>;
  customProperties: Map<string, string>;
  /** Page layout properties as set (`orientation`, `topMargin`, `zoom`, `printTitleRows`, `centerFooter`, …). */
  pageLayout: Record<string, unknown>;
  /** 0-based rows that start a page (manual breaks), in the order added. */
  pageBreaks: number[];
  freezeRows?: number;
  showGridlines: boolean;
}

/** A sheet for `createFakeExcel`: rows of values, optionally displayed text and number formats. */
export interface FakeSheetSpec {
  readonly values: readonly (readonly (Scalar | null | undefined)[] | undefined)[];
  readonly text?: readonly (readonly (string | undefined)[] | undefined)[];
  readonly numberFormat?: readonly (readonly (string | undefined)[] | undefined)[];
  /** A1 ranges. */
  readonly merges?: readonly string[];
  readonly visibility?: Visibility;
  readonly customProperties?: Readonly<Record<string, string>>;
}

export interface FakeOptions {
  /** Highest ExcelApi version the host supports; default 1.17. */
  readonly version?: string;
  /** Request size limit in bytes (Excel on the web: 5 MB). */
  readonly requestLimit?: number;
  /** Response size limit in bytes (Excel on the web: 5 MB). */
  readonly responseLimit?: number;
  /**
   * The machine's locale, in which `Range.text` is rendered (default en-US): vi-VN writes
   * "1.234,5" and "85,5%" as Vietnamese Windows does.
   */
  readonly locale?: FakeLocale;
  /**
   * Whether merging drops the fill and borders already set on the merged cells other than the
   * top-left one, as Excel can (default true); false shows what the writer asked for.
   */
  readonly mergeDropsFormats?: boolean;
}

/** What one `context.sync()` sent and received. */
export interface FakeRequest {
  readonly bytes: number;
  readonly responseBytes: number;
  readonly ops: number;
  readonly failed?: string;
}

/** One operation that ran, in order. */
export interface FakeLogEntry {
  readonly sync: number;
  /** `set`, `call` or `load`. */
  readonly o: string;
  /** The object: `ws(Name)`, `ws(Name).range(A1:B2)`, `ws(Name).range(A1).format.font`, … */
  readonly t: string;
  /** Property or method. */
  readonly p: string;
  readonly a?: unknown;
  /** The sheet (its name then, and its id) and rectangle an operation on a range touched. */
  readonly sheet?: string;
  readonly sheetId?: number;
  readonly rect?: CellRange;
}

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'OfficeExtension.Error';
  }
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
const FIVE_MB = 5 * 1024 * 1024;
const READ_CELL_LIMIT = 5_000_000;
const MAX_MERGED_AREAS = 512;

function utf8(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** A worksheet's `id` as Office.js gives it: a GUID in braces. */
export function sheetId(s: FakeSheet): string {
  return `{00000000-0001-0000-0000-${String(s.id).padStart(12, '0')}}`;
}

function key(r: number, c: number): string {
  return `${r},${c}`;
}

function versionAtLeast(have: string, need: string): boolean {
  const [a1 = 0, a2 = 0] = have.split('.').map(Number);
  const [b1 = 0, b2 = 0] = need.split('.').map(Number);
  return a1 !== b1 ? a1 > b1 : a2 >= b2;
}

/** A1 text of a rectangle, `A1` for a single cell. */
export function rectA1(r: CellRange): string {
  const a = `${columnLetters(r.left)}${r.top + 1}`;
  const b = `${columnLetters(r.right)}${r.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

/** A rectangle of an address: `A1`, `A1:B2`, `A:C` (whole columns), `5:9` (whole rows). */
export function parseAddress(address: string): CellRange {
  const [from, to = from] = address.split(':') as [string, string?];
  if (/^\$?[A-Za-z]{1,3}$/.test(from) && /^\$?[A-Za-z]{1,3}$/.test(to)) {
    const a = parseA1(`${from}1`).col;
    const b = parseA1(`${to}1`).col;
    return { top: 0, bottom: MAX_ROWS - 1, left: Math.min(a, b), right: Math.max(a, b) };
  }
  if (/^\$?\d+$/.test(from) && /^\$?\d+$/.test(to)) {
    const a = Number(from.replace('$', '')) - 1;
    const b = Number(to.replace('$', '')) - 1;
    return { top: Math.min(a, b), bottom: Math.max(a, b), left: 0, right: MAX_COLS - 1 };
  }
  const a = parseA1(from);
  const b = parseA1(to);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

function intersects(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function isDateFormatFake(fmt: string): boolean {
  const bare = fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhs]/i.test(bare);
}

/** What Excel would show for a serial under a simple day/month/year format. */
function renderDate(serial: number, fmt: string): string {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  const dd = String(d.getUTCDate()).padStart(2, '0');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  const yyyy = String(d.getUTCFullYear());
  const bare = fmt.replace(/\[[^\]]*]/g, '').replace(/\\/g, '');
  return bare.replace(/yyyy|yy|mm|m|dd|d/g, (t) =>
    t === 'yyyy'
      ? yyyy
      : t === 'yy'
        ? yyyy.slice(2)
        : t === 'mm'
          ? mm
          : t === 'm'
            ? String(Number(mm))
            : t === 'dd'
              ? dd
              : String(Number(dd)),
  );
}

/** The text Excel shows for a cell (the fake's approximation), in the machine's locale. */
export function displayedText(cell: FakeCell | undefined, locale: FakeLocale = 'en-US'): string {
  if (!cell) return '';
  if (cell.text !== undefined) return cell.text;
  const v = cell.value;
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  const fmt = cell.numberFormat;
  if (fmt && fmt !== 'General' && fmt !== '@' && isDateFormatFake(fmt)) return renderDate(v, fmt);
  const shown = thousands(numberText(v, fmt), fmt);
  // Vietnamese Windows: "." groups thousands, "," marks decimals.
  return locale === 'vi-VN' ? shown.replace(/[.,]/g, (ch) => (ch === '.' ? ',' : '.')) : shown;
}

/** Thousands separators, when the format asks for them ("#,##0.0"). */
function thousands(text: string, fmt: string | undefined): string {
  if (!fmt || !/#,##0/.test(fmt)) return text;
  const [int = '', frac] = text.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** The fake's model of a cell value written by `range.values`: strings that look like formulas become formulas unless the cell is formatted as text. */
function writeValue(cell: FakeCell, v: unknown): void {
  delete cell.formula;
  delete cell.text;
  if (v === null || v === undefined) return;
  if (typeof v === 'number' || typeof v === 'boolean') {
    cell.value = v;
    return;
  }
  const s = String(v);
  if (cell.numberFormat !== '@' && /^[=+\-@]/.test(s) && !/^[+-]?\d+(\.\d+)?$/.test(s)) {
    cell.formula = s.startsWith('=') ? s : `=${s}`;
    const link = /^=HYPERLINK\(".*?",\s*"(.*)"\)$/i.exec(s);
    cell.value = link ? link[1]!.replace(/""/g, '"') : '#NAME?';
    return;
  }
  cell.value = cell.numberFormat !== '@' && /^[+-]?\d+(\.\d+)?$/.test(s) ? Number(s) : s;
}

interface QueuedOp {
  readonly json: { o: string; t: string; p: string; a?: unknown };
  readonly run: () => void;
  readonly sheet?: () => FakeSheet | undefined;
  readonly rect?: () => CellRange | undefined;
}

// ---------------------------------------------------------------------------------------------
// Proxies

/** Properties test tools probe on any object (promises, matchers, printers). */
const LENIENT = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
  '_isMockFunction',
]);

abstract class FakeObject {
  private readonly data = new Map<string, unknown>();

  constructor(
    protected readonly fx: FakeExcel,
    readonly path: string,
  ) {
    // Anything the fake does not model throws instead of reading as undefined.
    return new Proxy(this, {
      get(target, prop, receiver) {
        if (typeof prop === 'string' && !(prop in target) && !LENIENT.has(prop))
          throw new FakeOfficeError(
            'PropertyNotLoaded',
            `${path}.${prop} is not modelled by the fake`,
          );
        return Reflect.get(target, prop, receiver) as unknown;
      },
    });
  }

  protected get<T>(prop: string): T {
    if (!this.data.has(prop))
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${prop}' of ${this.path} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    return this.data.get(prop) as T;
  }

  /** Stores loaded values (called when a sync succeeds). */
  commit(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.data.set(k, v);
  }

  get isNullObject(): boolean {
    return this.get<boolean>('isNullObject');
  }

  load(props?: string | string[]): this {
    if (props === undefined) throw new Error('fake: load() without properties is not allowed');
    const list = (Array.isArray(props) ? props : props.split(','))
      .map((p) => p.trim())
      .filter(Boolean);
    this.fx.queue({
      json: { o: 'load', t: this.path, p: list.join(',') },
      run: () => this.fx.stage(this, this.read(list)),
    });
    return this;
  }

  untrack(): this {
    this.fx.untracked += 1;
    return this;
  }

  /** The loaded values of `props`, at the time the load runs. */
  protected abstract read(props: readonly string[]): Record<string, unknown>;
}

class FakeWorksheetCollection extends FakeObject {
  constructor(fx: FakeExcel) {
    super(fx, 'worksheets');
  }

  get items(): FakeWorksheet[] {
    return this.get('items');
  }

  protected read(props: readonly string[]): Record<string, unknown> {
    const sub = props.map((p) => {
      if (!p.startsWith('items/')) throw new Error(`fake: load '${p}' on worksheets`);
      return p.slice(6);
    });
    const items = this.fx.sheets.map((s) => {
      const ws = new FakeWorksheet(this.fx, () => s, `ws(${s.name})`);
      this.fx.stage(ws, ws.readNow(sub));
      return ws;
    });
    return { items, isNullObject: false };
  }

  add(name?: string): FakeWorksheet {
    let created: FakeSheet | undefined;
    const ws = new FakeWorksheet(this.fx, () => created ?? null, `ws+(${name ?? ''})`);
    this.fx.queue({
      json: { o: 'call', t: this.path, p: 'add', a: name },
      run: () => {
        created = this.fx.addSheet(name ?? `Sheet${this.fx.sheets.length + 1}`);
      },
    });
    return ws;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.fx, () => this.fx.findSheet(name) ?? null, `ws(${name})`);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    this.fx.need('1.4', 'WorksheetCollection.getItemOrNullObject');
    return new FakeWorksheet(this.fx, () => this.fx.findSheet(name) ?? null, `ws?(${name})`, true);
  }
}

class FakeWorksheet extends FakeObject {
  private bound: FakeSheet | null | undefined;

  constructor(
    fx: FakeExcel,
    private readonly resolver: () => FakeSheet | null,
    path: string,
    private readonly orNull = false,
  ) {
    super(fx, path);
  }

  /** The sheet, resolved when first used in a sync and bound from then on. */
  target(): FakeSheet | null {
    if (this.bound) return this.fx.sheets.includes(this.bound) ? this.bound : null;
    const s = this.resolver();
    if (s && this.fx.sheets.includes(s)) this.bound = s;
    return s && this.fx.sheets.includes(s) ? s : null;
  }

  sheetOrThrow(): FakeSheet {
    const s = this.target();
    if (!s) throw new FakeOfficeError('ItemNotFound', `${this.path} does not exist`);
    return s;
  }

  readNow(props: readonly string[]): Record<string, unknown> {
    const s = this.target();
    if (!s) {
      if (!this.orNull) throw new FakeOfficeError('ItemNotFound', `${this.path} does not exist`);
      return Object.fromEntries([['isNullObject', true], ...props.map((p) => [p, null])]);
    }
    const out: Record<string, unknown> = { isNullObject: false };
    for (const p of props) {
      if (p === 'name') out.name = s.name;
      else if (p === 'visibility') out.visibility = s.visibility;
      else if (p === 'position') out.position = this.fx.sheets.indexOf(s);
      else if (p === 'id') out.id = sheetId(s);
      else if (p === 'showGridlines') out.showGridlines = s.showGridlines;
      else throw new Error(`fake: load '${p}' on a worksheet`);
    }
    return out;
  }

  protected read(props: readonly string[]): Record<string, unknown> {
    return this.readNow(props);
  }

  get name(): string {
    return this.get('name');
  }

  set name(value: string) {
    this.fx.set(this, 'name', value, () => this.fx.rename(this.sheetOrThrow(), value));
  }

  get visibility(): Visibility {
    return this.get('visibility');
  }

  get position(): number {
    return this.get('position');
  }

  /** Moves the sheet to a 0-based position among all sheets, hidden ones included (ExcelApi 1.1). */
  set position(value: number) {
    this.fx.set(this, 'position', value, () => this.fx.move(this.sheetOrThrow(), value));
  }

  get id(): string {
    return this.get('id');
  }

  set visibility(value: Visibility) {
    this.fx.set(this, 'visibility', value, () => {
      this.fx.setVisibility(this.sheetOrThrow(), value);
    });
  }

  get showGridlines(): boolean {
    return this.get('showGridlines');
  }

  set showGridlines(value: boolean) {
    this.fx.set(
      this,
      'showGridlines',
      value,
      () => {
        this.sheetOrThrow().showGridlines = value;
      },
      '1.8',
    );
  }

  get customProperties(): FakeCustomProperties {
    return new FakeCustomProperties(this.fx, this);
  }

  get pageLayout(): FakePageLayout {
    return new FakePageLayout(this.fx, this);
  }

  /** Manual page breaks: `add("A12")` starts a page at row 12, stored 0-based in `pageBreaks`. */
  get horizontalPageBreaks(): { add(pageBreakRange: string): void } {
    return {
      add: (cell: string) =>
        this.fx.call(
          this,
          'horizontalPageBreaks.add',
          cell,
          () => {
            const row = Number(/\d+$/.exec(cell)?.[0]) - 1;
            this.sheetOrThrow().pageBreaks.push(row);
          },
          '1.9',
        ),
    };
  }

  get freezePanes(): { freezeRows(count?: number): void } {
    return {
      freezeRows: (count = 1) =>
        this.fx.call(
          this,
          'freezePanes.freezeRows',
          count,
          () => {
            this.sheetOrThrow().freezeRows = count;
          },
          '1.7',
        ),
    };
  }

  activate(): void {
    this.fx.call(this, 'activate', undefined, () => {
      const s = this.sheetOrThrow();
      if (s.visibility !== 'Visible')
        throw new FakeOfficeError('InvalidOperation', `cannot activate hidden sheet ${s.name}`);
      this.fx.activeSheet = s.name;
    });
  }

  delete(): void {
    this.fx.call(this, 'delete', undefined, () => this.fx.deleteSheet(this.sheetOrThrow()));
  }

  getRange(address?: string): FakeRange {
    const rect = address === undefined ? undefined : parseAddress(address);
    return new FakeRange(
      this.fx,
      this,
      () => rect ?? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 },
      `${this.path}.range(${address ?? '*'})`,
    );
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== undefined) this.fx.need('1.2', 'Worksheet.getUsedRange(valuesOnly)');
    return new FakeRange(
      this.fx,
      this,
      () =>
        this.fx.usedRect(this.sheetOrThrow(), valuesOnly === true) ?? {
          top: 0,
          left: 0,
          bottom: 0,
          right: 0,
        },
      `${this.path}.used(${valuesOnly === true})`,
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.fx.need('1.4', 'Worksheet.getUsedRangeOrNullObject');
    return new FakeRange(
      this.fx,
      this,
      () => this.fx.usedRect(this.sheetOrThrow(), valuesOnly === true) ?? null,
      `${this.path}.used?(${valuesOnly === true})`,
      true,
    );
  }
}

class FakeCustomProperties extends FakeObject {
  constructor(
    fx: FakeExcel,
    private readonly ws: FakeWorksheet,
  ) {
    super(fx, `${ws.path}.customProperties`);
    fx.need('1.12', 'Worksheet.customProperties');
  }

  get items(): FakeCustomProperty[] {
    return this.get('items');
  }

  protected read(props: readonly string[]): Record<string, unknown> {
    const s = this.ws.sheetOrThrow();
    const items = [...s.customProperties.keys()].map((k) => {
      const p = new FakeCustomProperty(this.fx, this.ws, k, false);
      this.fx.stage(p, p.readNow(props.map((x) => x.replace(/^items\//, ''))));
      return p;
    });
    return { items, isNullObject: false };
  }

  add(key: string, value: string): void {
    this.fx.call(this.ws, 'customProperties.add', [key, value], () => {
      this.ws.sheetOrThrow().customProperties.set(key, value);
    });
  }

  getItemOrNullObject(key: string): FakeCustomProperty {
    return new FakeCustomProperty(this.fx, this.ws, key, true);
  }
}

class FakeCustomProperty extends FakeObject {
  constructor(
    fx: FakeExcel,
    private readonly ws: FakeWorksheet,
    private readonly k: string,
    private readonly orNull: boolean,
  ) {
    super(fx, `${ws.path}.customProperties(${k})`);
  }

  get key(): string {
    return this.get('key');
  }

  get value(): string {
    return this.get('value');
  }

  readNow(props: readonly string[]): Record<string, unknown> {
    const s = this.ws.sheetOrThrow();
    const found = [...s.customProperties.keys()].find(
      (k) => k.toLowerCase() === this.k.toLowerCase(),
    );
    if (found === undefined) {
      if (!this.orNull) throw new FakeOfficeError('ItemNotFound', this.path);
      return Object.fromEntries([['isNullObject', true], ...props.map((p) => [p, null])]);
    }
    return {
      isNullObject: false,
      ...(props.includes('key') ? { key: found } : {}),
      ...(props.includes('value') ? { value: s.customProperties.get(found) } : {}),
    };
  }

  protected read(props: readonly string[]): Record<string, unknown> {
    return this.readNow(props);
  }
}

const PAGE_LAYOUT_PROPS = [
  'orientation',
  'paperSize',
  'topMargin',
  'bottomMargin',
  'leftMargin',
  'rightMargin',
  'headerMargin',
  'footerMargin',
  'centerHorizontally',
  'centerVertically',
  'zoom',
  'firstPageNumber',
] as const;

class FakePageLayout {
  constructor(
    private readonly fx: FakeExcel,
    private readonly ws: FakeWorksheet,
  ) {
    for (const p of PAGE_LAYOUT_PROPS) {
      Object.defineProperty(this, p, {
        get: () => {
          throw new FakeOfficeError('PropertyNotLoaded', `pageLayout.${p} was not loaded`);
        },
        set: (v: unknown) =>
          fx.set(
            ws,
            `pageLayout.${p}`,
            v,
            () => {
              ws.sheetOrThrow().pageLayout[p] = v;
            },
            '1.9',
          ),
      });
    }
  }

  setPrintTitleRows(rows: string): void {
    this.fx.call(
      this.ws,
      'pageLayout.setPrintTitleRows',
      rows,
      () => {
        this.ws.sheetOrThrow().pageLayout.printTitleRows = rows;
      },
      '1.9',
    );
  }

  /**
   * Header and footer texts as set: `defaultForAllPages.centerFooter` is stored as
   * `centerFooter`, `firstPage.centerHeader` as `firstPage.centerHeader`; `state` as
   * `headersFootersState`.
   */
  get headersFooters(): {
    defaultForAllPages: Record<string, string>;
    firstPage: Record<string, string>;
    state: string;
  } {
    const fx = this.fx;
    const ws = this.ws;
    const group = (name: 'defaultForAllPages' | 'firstPage'): Record<string, string> => {
      const hf: Record<string, string> = {};
      for (const p of [
        'leftHeader',
        'centerHeader',
        'rightHeader',
        'leftFooter',
        'centerFooter',
        'rightFooter',
      ]) {
        const key = name === 'defaultForAllPages' ? p : `${name}.${p}`;
        Object.defineProperty(hf, p, {
          get: () => {
            throw new FakeOfficeError('PropertyNotLoaded', `headersFooters.${p} was not loaded`);
          },
          set: (v: string) =>
            fx.set(
              ws,
              `pageLayout.headersFooters.${name}.${p}`,
              v,
              () => {
                ws.sheetOrThrow().pageLayout[key] = v;
              },
              '1.9',
            ),
        });
      }
      return hf;
    };
    const result = {
      defaultForAllPages: group('defaultForAllPages'),
      firstPage: group('firstPage'),
      state: '',
    };
    Object.defineProperty(result, 'state', {
      get: () => {
        throw new FakeOfficeError('PropertyNotLoaded', 'headersFooters.state was not loaded');
      },
      set: (v: string) =>
        fx.set(
          ws,
          'pageLayout.headersFooters.state',
          v,
          () => {
            ws.sheetOrThrow().pageLayout.headersFootersState = v;
          },
          '1.9',
        ),
    });
    return result;
  }
}

class FakeRange extends FakeObject {
  private bound: CellRange | null | undefined;

  constructor(
    fx: FakeExcel,
    readonly ws: FakeWorksheet,
    private readonly resolver: () => CellRange | null,
    path: string,
    private readonly orNull = false,
  ) {
    super(fx, path);
  }

  rect(): CellRange | null {
    if (this.bound === undefined) this.bound = this.resolver();
    return this.bound;
  }

  rectOrThrow(): CellRange {
    const r = this.rect();
    if (!r) throw new FakeOfficeError('ItemNotFound', `${this.path} is a null object`);
    return r;
  }

  read(props: readonly string[]): Record<string, unknown> {
    const s = this.ws.sheetOrThrow();
    const r = this.rect();
    if (!r) {
      if (!this.orNull) throw new FakeOfficeError('ItemNotFound', this.path);
      return Object.fromEntries([['isNullObject', true], ...props.map((p) => [p, null])]);
    }
    const rows = r.bottom - r.top + 1;
    const cols = r.right - r.left + 1;
    const grid = (f: (cell: FakeCell | undefined) => unknown) => {
      if (rows * cols > READ_CELL_LIMIT)
        throw new FakeOfficeError(
          'ResponsePayloadSizeLimitExceeded',
          `${this.path}: ${rows * cols} cells`,
        );
      const out: unknown[][] = [];
      for (let i = 0; i < rows; i++) {
        const row: unknown[] = [];
        for (let j = 0; j < cols; j++) row.push(f(s.cells.get(key(r.top + i, r.left + j))));
        out.push(row);
      }
      return out;
    };
    const out: Record<string, unknown> = { isNullObject: false };
    for (const p of props) {
      if (p === 'values') out.values = grid((c) => c?.value ?? '');
      else if (p === 'text') out.text = grid((c) => displayedText(c, this.fx.locale));
      else if (p === 'numberFormat') out.numberFormat = grid((c) => c?.numberFormat ?? 'General');
      else if (p === 'formulas') out.formulas = grid((c) => c?.formula ?? c?.value ?? '');
      else if (p === 'address') out.address = `${quoteSheet(s.name)}!${rectA1(r)}`;
      else if (p === 'rowIndex') out.rowIndex = r.top;
      else if (p === 'columnIndex') out.columnIndex = r.left;
      else if (p === 'rowCount') out.rowCount = rows;
      else if (p === 'columnCount') out.columnCount = cols;
      else throw new Error(`fake: load '${p}' on a range`);
    }
    return out;
  }

  get values(): unknown[][] {
    return this.get('values');
  }

  set values(v: unknown[][]) {
    this.fx.set(this, 'values', v, () => this.fx.writeGrid(this, v, writeValue));
  }

  get text(): string[][] {
    return this.get('text');
  }

  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }

  set numberFormat(v: unknown[][]) {
    this.fx.set(this, 'numberFormat', v, () =>
      this.fx.writeGrid(this, v, (cell, f) => {
        if (f === null || f === undefined) return;
        cell.numberFormat = String(f);
        delete cell.text;
      }),
    );
  }

  get address(): string {
    return this.get('address');
  }

  get rowIndex(): number {
    return this.get('rowIndex');
  }

  get columnIndex(): number {
    return this.get('columnIndex');
  }

  get rowCount(): number {
    return this.get('rowCount');
  }

  get columnCount(): number {
    return this.get('columnCount');
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.fx, this);
  }

  merge(across = false): void {
    this.fx.call(this, 'merge', across, () => this.fx.merge(this), '1.2');
  }

  /** Clears values, formats and merges (`applyTo` 'All', the default). */
  clear(applyTo?: string): void {
    if (applyTo !== undefined && applyTo !== 'All')
      throw new Error(`fake: clear('${applyTo}') is not modelled`);
    this.fx.call(this, 'clear', applyTo, () => this.fx.clearCells(this));
  }

  select(): void {
    this.fx.call(this, 'select', undefined, () => {
      const s = this.ws.sheetOrThrow();
      if (s.visibility !== 'Visible')
        throw new FakeOfficeError('InvalidOperation', `cannot select on hidden sheet ${s.name}`);
      this.fx.activeSheet = s.name;
      this.fx.selection = { sheet: s.name, address: rectA1(this.rectOrThrow()) };
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.fx.need('1.13', 'Range.getMergedAreasOrNullObject');
    return new FakeRangeAreas(this.fx, this);
  }
}

class FakeRangeAreas extends FakeObject {
  constructor(
    fx: FakeExcel,
    private readonly range: FakeRange,
  ) {
    super(fx, `${range.path}.mergedAreas`);
  }

  /** The merges this object stands for, at the time it is first used. */
  private found: CellRange[] | undefined;

  merges(): CellRange[] {
    if (this.found) return this.found;
    const s = this.range.ws.sheetOrThrow();
    const r = this.range.rectOrThrow();
    const found = s.merges.filter((m) => intersects(m, r));
    if (found.length > MAX_MERGED_AREAS)
      throw new FakeOfficeError('GeneralException', `${found.length} merged areas in ${this.path}`);
    this.found = found;
    return found;
  }

  protected read(props: readonly string[]): Record<string, unknown> {
    const s = this.range.ws.sheetOrThrow();
    const found = this.merges();
    if (found.length === 0)
      return Object.fromEntries([['isNullObject', true], ...props.map((p) => [p, null])]);
    const out: Record<string, unknown> = { isNullObject: false };
    for (const p of props) {
      if (p === 'address')
        out.address = found.map((m) => `${quoteSheet(s.name)}!${rectA1(m)}`).join(', ');
      else if (p === 'areaCount') out.areaCount = found.length;
      else throw new Error(`fake: load '${p}' on RangeAreas`);
    }
    return out;
  }

  get address(): string {
    return this.get('address');
  }

  get areaCount(): number {
    return this.get('areaCount');
  }

  get areas(): FakeRangeCollection {
    return new FakeRangeCollection(this.fx, this, this.range.ws);
  }
}

class FakeRangeCollection extends FakeObject {
  constructor(
    fx: FakeExcel,
    private readonly owner: FakeRangeAreas,
    private readonly ws: FakeWorksheet,
  ) {
    super(fx, `${owner.path}.areas`);
  }

  get items(): FakeRange[] {
    return this.get('items');
  }

  protected read(props: readonly string[]): Record<string, unknown> {
    const items = this.owner.merges().map((m) => {
      const range = new FakeRange(this.fx, this.ws, () => m, `${this.ws.path}.range(${rectA1(m)})`);
      this.fx.stage(range, range.read(props.map((p) => p.replace(/^items\//, ''))));
      return range;
    });
    return { items, isNullObject: false };
  }
}

class FakeRangeFormat {
  constructor(
    private readonly fx: FakeExcel,
    private readonly range: FakeRange,
  ) {}

  private prop(path: string, v: Scalar, version = '1.1'): void {
    this.fx.set(
      this.range,
      `format.${path}`,
      v,
      () => this.fx.formatCells(this.range, path, v),
      version,
    );
  }

  set horizontalAlignment(v: string) {
    this.prop('horizontalAlignment', v);
  }
  get horizontalAlignment(): string {
    throw new FakeOfficeError('PropertyNotLoaded', 'format.horizontalAlignment');
  }
  set verticalAlignment(v: string) {
    this.prop('verticalAlignment', v);
  }
  get verticalAlignment(): string {
    throw new FakeOfficeError('PropertyNotLoaded', 'format.verticalAlignment');
  }
  set wrapText(v: boolean) {
    this.prop('wrapText', v);
  }
  get wrapText(): boolean {
    throw new FakeOfficeError('PropertyNotLoaded', 'format.wrapText');
  }
  set columnWidth(v: number) {
    this.fx.set(
      this.range,
      'format.columnWidth',
      v,
      () => {
        const r = this.range.rectOrThrow();
        const s = this.range.ws.sheetOrThrow();
        for (let c = r.left; c <= r.right; c++) s.columnWidths.set(c, v);
      },
      '1.2',
    );
  }
  get columnWidth(): number {
    throw new FakeOfficeError('PropertyNotLoaded', 'format.columnWidth');
  }
  set rowHeight(v: number) {
    this.fx.set(
      this.range,
      'format.rowHeight',
      v,
      () => {
        const r = this.range.rectOrThrow();
        const s = this.range.ws.sheetOrThrow();
        for (let i = r.top; i <= r.bottom; i++) s.rowHeights.set(i, v);
      },
      '1.2',
    );
  }
  get rowHeight(): number {
    throw new FakeOfficeError('PropertyNotLoaded', 'format.rowHeight');
  }

  get font(): Record<string, Scalar> {
    return this.group('font', ['name', 'size', 'bold', 'italic', 'underline', 'color']);
  }

  get fill(): Record<string, Scalar> {
    return this.group('fill', ['color']);
  }

  get borders(): { getItem(edge: string): Record<string, Scalar> } {
    return {
      getItem: (edge: string) => this.group(`border.${edge}`, ['style', 'weight', 'color']),
    };
  }

  private group(prefix: string, props: readonly string[]): Record<string, Scalar> {
    const obj: Record<string, Scalar> = {};
    for (const p of props) {
      Object.defineProperty(obj, p, {
        get: () => {
          throw new FakeOfficeError('PropertyNotLoaded', `format.${prefix}.${p}`);
        },
        set: (v: Scalar) => this.prop(`${prefix}.${p}`, v),
      });
    }
    return obj;
  }
}

// ---------------------------------------------------------------------------------------------
// The fake host

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly requests: FakeRequest[] = [];
  readonly log: FakeLogEntry[] = [];
  activeSheet?: string;
  selection?: { sheet: string; address: string };
  untracked = 0;
  readonly version: string;
  readonly requestLimit: number;
  readonly responseLimit: number;
  readonly mergeDropsFormats: boolean;
  readonly locale: FakeLocale;
  /** The object to pass where the adapter wants an `Excel.RequestContext`. */
  readonly context: Excel.RequestContext;

  private pending: QueuedOp[] = [];
  /** Operations left to run before the injected failure (`failAfter`). */
  private failIn: number | undefined;
  private failTimes = 0;
  /** Whether the user is typing in a cell, and who waits for them to finish. */
  private editing = false;
  private editWaiters: (() => void)[] = [];
  /** The options of every `run`, in order (`mergeUndoGroup`, `delayForCellEdit`). */
  readonly runs: Excel.RunOptions[] = [];
  /** Batches running under `delayForCellEdit`. */
  private delayedRuns = 0;
  private staged: [FakeObject, Record<string, unknown>][] = [];
  private nextId = 1;

  constructor(options: FakeOptions = {}) {
    this.version = options.version ?? '1.17';
    this.requestLimit = options.requestLimit ?? FIVE_MB;
    this.responseLimit = options.responseLimit ?? FIVE_MB;
    this.mergeDropsFormats = options.mergeDropsFormats ?? true;
    this.locale = options.locale ?? 'en-US';
    const worksheets = new FakeWorksheetCollection(this);
    this.context = {
      workbook: { worksheets },
      sync: () => this.sync(),
    } as unknown as Excel.RequestContext;
  }

  /** `Office.context.requirements.isSetSupported` of this host. */
  isSetSupported = (set: string, version = '1.1'): boolean =>
    set === 'ExcelApi' && versionAtLeast(this.version, version);

  /**
   * Makes the operation `count` operations from now fail (0: the next one) with
   * `GeneralException`, and the next `times - 1` operations after it too (each in its own
   * request: a failed request runs nothing more); what ran before it in its request stays done.
   */
  failAfter(count: number, times = 1): void {
    this.failIn = count;
    this.failTimes = times;
  }

  /** The user starts typing in a cell: requests fail, or wait under `delayForCellEdit`. */
  startCellEdit(): void {
    this.editing = true;
  }

  /** The user presses Enter or Esc. */
  endCellEdit(): void {
    this.editing = false;
    for (const resume of this.editWaiters.splice(0)) resume();
  }

  /**
   * `Excel.run` of this host: `run(work)` or `run({ delayForCellEdit }, work)`. The option is
   * honoured from ExcelApi 1.11 on (older hosts ignore it, as unknown options are).
   */
  async run<T>(
    a: Excel.RunOptions | ((context: Excel.RequestContext) => Promise<T>),
    b?: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> {
    const [options, work] = typeof a === 'function' ? [{}, a] : [a, b!];
    this.runs.push(options);
    const delay = options.delayForCellEdit === true && versionAtLeast(this.version, '1.11');
    if (delay) this.delayedRuns++;
    try {
      return await work(this.context);
    } finally {
      if (delay) this.delayedRuns--;
    }
  }

  /** Whether the failure `failAfter` asked for is still to come. */
  get failurePending(): boolean {
    return this.failIn !== undefined;
  }

  private maybeFail(op: QueuedOp): void {
    if (this.failIn === undefined) return;
    if (this.failIn-- > 0) return;
    this.failTimes--;
    this.failIn = this.failTimes > 0 ? 0 : undefined;
    throw new FakeOfficeError('GeneralException', `injected failure at ${op.json.t}.${op.json.p}`);
  }

  get syncs(): number {
    return this.requests.length;
  }

  /** Adds a sheet from a spec (test setup, not an API call). */
  addSpec(name: string, spec: FakeSheetSpec): FakeSheet {
    const s = this.addSheet(name);
    s.visibility = spec.visibility ?? 'Visible';
    spec.values.forEach((row, r) =>
      row?.forEach((v, c) => {
        const text = spec.text?.[r]?.[c];
        const fmt = spec.numberFormat?.[r]?.[c];
        if ((v === null || v === undefined || v === '') && fmt === undefined) return;
        s.cells.set(key(r, c), {
          value: v ?? '',
          ...(text !== undefined ? { text } : {}),
          ...(fmt !== undefined && fmt !== 'General' ? { numberFormat: fmt } : {}),
        });
      }),
    );
    for (const m of spec.merges ?? []) s.merges.push(parseAddress(m));
    for (const [k, v] of Object.entries(spec.customProperties ?? {})) s.customProperties.set(k, v);
    return s;
  }

  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheet(name: string): FakeSheet {
    const s = this.findSheet(name);
    if (!s) throw new Error(`fake: no sheet ${name}`);
    return s;
  }

  /** A cell of a sheet by A1 address. */
  cell(sheet: string, a1: string): FakeCell | undefined {
    const { row, col } = parseA1(a1);
    return this.sheet(sheet).cells.get(key(row, col));
  }

  /** A new host with deep copies of this one's sheets (same ids), as test setup. */
  clone(): FakeExcel {
    const copy = new FakeExcel({
      version: this.version,
      requestLimit: this.requestLimit,
      responseLimit: this.responseLimit,
      mergeDropsFormats: this.mergeDropsFormats,
      locale: this.locale,
    });
    for (const s of this.sheets) copy.sheets.push(structuredClone(s));
    copy.nextId = this.nextId;
    copy.activeSheet = this.activeSheet;
    return copy;
  }

  /** A deep copy of a sheet, for before/after comparisons. */
  snapshot(name: string): unknown {
    const s = this.sheet(name);
    return structuredClone({ ...s, cells: [...s.cells.entries()].sort() });
  }

  // -- queueing ---------------------------------------------------------------------------

  queue(op: QueuedOp): void {
    this.pending.push(op);
  }

  stage(obj: FakeObject, values: Record<string, unknown>): void {
    this.staged.push([obj, values]);
  }

  /** Fails the next sync when the host's version is below `version`. */
  need(version: string, api: string): void {
    if (!versionAtLeast(this.version, version))
      this.queue({
        json: { o: 'call', t: 'host', p: api },
        run: () => {
          throw new FakeOfficeError('ApiNotFound', `${api} needs ExcelApi ${version}`);
        },
      });
  }

  set(
    target: FakeObject | FakeRange,
    prop: string,
    value: unknown,
    run: () => void,
    version = '1.1',
  ): void {
    this.need(version, prop);
    this.queue({
      json: { o: 'set', t: target.path, p: prop, a: value },
      run,
      ...this.where(target),
    });
  }

  call(
    target: FakeObject | FakeRange,
    method: string,
    args: unknown,
    run: () => void,
    version = '1.1',
  ): void {
    this.need(version, method);
    this.queue({
      json: { o: 'call', t: target.path, p: method, a: args },
      run,
      ...this.where(target),
    });
  }

  private where(target: FakeObject): Pick<QueuedOp, 'sheet' | 'rect'> {
    if (target instanceof FakeRange)
      return {
        sheet: () => target.ws.target() ?? undefined,
        rect: () => target.rect() ?? undefined,
      };
    if (target instanceof FakeWorksheet) return { sheet: () => target.target() ?? undefined };
    return {};
  }

  async sync(): Promise<void> {
    if (this.editing && this.delayedRuns > 0)
      await new Promise<void>((resolve) => this.editWaiters.push(resolve));
    if (this.editing) {
      this.pending = [];
      this.requests.push({
        bytes: 0,
        responseBytes: 0,
        ops: 0,
        failed: 'InvalidOperationInCellEditMode',
      });
      throw new FakeOfficeError(
        'InvalidOperationInCellEditMode',
        'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
      );
    }
    const ops = this.pending;
    this.pending = [];
    this.staged = [];
    const sync = this.requests.length + 1;
    const bytes = utf8(JSON.stringify(ops.map((o) => o.json)));
    if (bytes > this.requestLimit) {
      this.requests.push({
        bytes,
        responseBytes: 0,
        ops: ops.length,
        failed: 'RequestPayloadSizeLimitExceeded',
      });
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `request of ${bytes} bytes`);
    }
    try {
      for (const op of ops) {
        this.maybeFail(op);
        op.run();
        this.log.push({
          sync,
          ...op.json,
          ...(op.sheet ? { sheet: op.sheet()?.name, sheetId: op.sheet()?.id } : {}),
          ...(op.rect ? { rect: op.rect() } : {}),
        });
      }
    } catch (e) {
      this.requests.push({
        bytes,
        responseBytes: 0,
        ops: ops.length,
        failed: (e as FakeOfficeError).code ?? 'Error',
      });
      this.staged = [];
      throw e;
    }
    const responseBytes = utf8(
      JSON.stringify(
        this.staged.map(([, v]) => v),
        (_k, v: unknown) => (v instanceof FakeObject ? v.path : v),
      ),
    );
    if (responseBytes > this.responseLimit) {
      this.requests.push({
        bytes,
        responseBytes,
        ops: ops.length,
        failed: 'ResponsePayloadSizeLimitExceeded',
      });
      this.staged = [];
      throw new FakeOfficeError(
        'ResponsePayloadSizeLimitExceeded',
        `response of ${responseBytes} bytes`,
      );
    }
    for (const [obj, values] of this.staged) obj.commit(values);
    this.staged = [];
    this.requests.push({ bytes, responseBytes, ops: ops.length });
  }

  // -- model operations (run at sync) -----------------------------------------------------

  addSheet(name: string): FakeSheet {
    this.checkName(name);
    const s: FakeSheet = {
      id: this.nextId++,
      name,
      visibility: 'Visible',
      cells: new Map(),
      merges: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      customProperties: new Map(),
      pageLayout: {},
      pageBreaks: [],
      showGridlines: true,
    };
    this.sheets.push(s);
    return s;
  }

  private checkName(name: string, except?: FakeSheet): void {
    if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name))
      throw new FakeOfficeError('InvalidArgument', `bad sheet name ${name}`);
    const other = this.findSheet(name);
    if (other && other !== except)
      throw new FakeOfficeError('ItemAlreadyExists', `a sheet named ${name} exists`);
  }

  rename(s: FakeSheet, name: string): void {
    this.checkName(name, s);
    if (this.activeSheet === s.name) this.activeSheet = name;
    s.name = name;
  }

  move(s: FakeSheet, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length)
      throw new FakeOfficeError('InvalidArgument', `position ${position} is out of range`);
    this.sheets.splice(this.sheets.indexOf(s), 1);
    this.sheets.splice(position, 0, s);
  }

  setVisibility(s: FakeSheet, v: Visibility): void {
    if (
      v !== 'Visible' &&
      this.sheets.filter((x) => x !== s && x.visibility === 'Visible').length === 0
    )
      throw new FakeOfficeError('InvalidOperation', 'a workbook must keep one visible sheet');
    s.visibility = v;
  }

  deleteSheet(s: FakeSheet): void {
    if (s.visibility === 'VeryHidden')
      throw new FakeOfficeError(
        'InvalidOperation',
        `cannot delete the very hidden sheet ${s.name}: set its visibility first`,
      );
    if (this.sheets.filter((x) => x !== s && x.visibility === 'Visible').length === 0)
      throw new FakeOfficeError('InvalidOperation', 'cannot delete the last visible sheet');
    this.sheets.splice(this.sheets.indexOf(s), 1);
    if (this.activeSheet === s.name) this.activeSheet = undefined;
  }

  usedRect(s: FakeSheet, valuesOnly: boolean): CellRange | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const include = (r: number, c: number) => {
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    };
    for (const [k, cell] of s.cells) {
      if (valuesOnly && cell.value === '' && cell.formula === undefined) continue;
      const [r, c] = k.split(',').map(Number) as [number, number];
      include(r, c);
    }
    if (!valuesOnly)
      for (const m of s.merges) {
        include(m.top, m.left);
        include(m.bottom, m.right);
      }
    return bottom < 0 ? undefined : { top, left, bottom, right };
  }

  writeGrid(
    range: FakeRange,
    grid: unknown[][],
    apply: (cell: FakeCell, v: unknown) => void,
  ): void {
    const s = range.ws.sheetOrThrow();
    const r = range.rectOrThrow();
    const rows = r.bottom - r.top + 1;
    const cols = r.right - r.left + 1;
    if (
      !Array.isArray(grid) ||
      grid.length !== rows ||
      grid.some((row) => !Array.isArray(row) || row.length !== cols)
    )
      throw new FakeOfficeError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rectA1(r)}).`,
      );
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < cols; j++) {
        const k = key(r.top + i, r.left + j);
        const cell = s.cells.get(k) ?? { value: '' };
        apply(cell, grid[i]![j]);
        s.cells.set(k, cell);
      }
  }

  formatCells(range: FakeRange, path: string, v: Scalar): void {
    const s = range.ws.sheetOrThrow();
    const r = range.rectOrThrow();
    if ((r.bottom - r.top + 1) * (r.right - r.left + 1) > 1_000_000)
      throw new Error('fake: formatting whole rows or columns is not modelled');
    const edge = /^border\.(\w+)\.(\w+)$/.exec(path);
    for (let i = r.top; i <= r.bottom; i++)
      for (let j = r.left; j <= r.right; j++) {
        const sides: string[] = [];
        if (edge) {
          const e = edge[1]!;
          if (e === 'EdgeTop' && i === r.top) sides.push('top');
          if (e === 'EdgeBottom' && i === r.bottom) sides.push('bottom');
          if (e === 'EdgeLeft' && j === r.left) sides.push('left');
          if (e === 'EdgeRight' && j === r.right) sides.push('right');
          if (e === 'InsideHorizontal') {
            if (i > r.top) sides.push('top');
            if (i < r.bottom) sides.push('bottom');
          }
          if (e === 'InsideVertical') {
            if (j > r.left) sides.push('left');
            if (j < r.right) sides.push('right');
          }
          if (sides.length === 0) continue;
        }
        const k = key(i, j);
        const cell = s.cells.get(k) ?? { value: '' };
        cell.format ??= {};
        if (edge) for (const side of sides) cell.format[`border.${side}.${edge[2]}`] = v;
        else cell.format[path] = v;
        s.cells.set(k, cell);
      }
  }

  clearCells(range: FakeRange): void {
    const s = range.ws.sheetOrThrow();
    const r = range.rectOrThrow();
    for (const k of [...s.cells.keys()]) {
      const [i, j] = k.split(',').map(Number) as [number, number];
      if (i >= r.top && i <= r.bottom && j >= r.left && j <= r.right) s.cells.delete(k);
    }
    s.merges = s.merges.filter((m) => !intersects(m, r));
  }

  merge(range: FakeRange): void {
    const s = range.ws.sheetOrThrow();
    const r = range.rectOrThrow();
    if (s.merges.some((m) => intersects(m, r)))
      throw new FakeOfficeError('InvalidOperation', `merge ${rectA1(r)} overlaps another merge`);
    if (r.top === r.bottom && r.left === r.right) return;
    s.merges.push(r);
    // Excel keeps the top-left cell; fill and borders set on the others before can be lost.
    if (this.mergeDropsFormats)
      for (let i = r.top; i <= r.bottom; i++)
        for (let j = r.left; j <= r.right; j++) {
          const format = i === r.top && j === r.left ? undefined : s.cells.get(key(i, j))?.format;
          if (!format) continue;
          for (const k of Object.keys(format))
            if (k.startsWith('fill.') || k.startsWith('border.')) delete format[k];
        }
  }
}

/** A fake Excel holding the given sheets, in order. */
export function createFakeExcel(
  sheets: Readonly<Record<string, FakeSheetSpec>> | readonly (readonly [string, FakeSheetSpec])[],
  options: FakeOptions = {},
): FakeExcel {
  const fx = new FakeExcel(options);
  const list = Array.isArray(sheets) ? sheets : Object.entries(sheets);
  for (const [name, spec] of list as [string, FakeSheetSpec][]) fx.addSpec(name, spec);
  return fx;
}
