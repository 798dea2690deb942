import { boundedMemo } from '../_lib/memo';
import { foldLabel, opensWithDigit } from '../text/fold';

/** What a column of an appendix table holds (DOMAIN.md §1, "Header recognition"). */
export type ColumnRole =
  | 'number'
  | 'content'
  | 'activity'
  | 'objective'
  | 'deliverable'
  | 'lead'
  | 'support'
  | 'units'
  | 'deadline'
  | 'budget'
  | 'note'
  | 'indicatorName'
  | 'measureUnit'
  | 'target'
  | 'actual'
  | 'numerator'
  | 'denominator'
  | 'status'
  | 'completionDate'
  | 'evidence'
  /** The hidden row key PhuLuc writes into unit templates, so merging back is exact. */
  | 'rowKey';

/**
 * A label's reading before the table's kind is known. `chi tieu` and `don vi` change meaning
 * with the table: resolved by {@link resolveAmbiguousRole}.
 */
export type LabelReading = ColumnRole | 'indicatorOrTarget' | 'unitOrMeasure';

// Ordered: the first pattern that matches wins, so the specific labels come before the general.
const LABEL_PATTERNS: ReadonlyArray<readonly [RegExp, LabelReading]> = [
  [/^(stt|tt|so tt|so thu tu)$/, 'number'],
  [/\(tu so\)$|^tu so\b|^so dat\b|^so luong dat\b/, 'numerator'],
  [/\(mau so\)$|^mau so\b|^tong so\b/, 'denominator'],
  [/^(ngay hoan thanh|thoi gian hoan thanh thuc te|ngay hoan thanh thuc te)$/, 'completionDate'],
  [
    /^(thoi gian|thoi gian thuc hien|thoi gian hoan thanh|thoi han|thoi han hoan thanh|tien do thuc hien|tien do)$/,
    'deadline',
  ],
  [/^(tinh trang|tinh hinh thuc hien|muc do hoan thanh|trang thai)( thuc hien)?$/, 'status'],
  [
    /^(van ban minh chung|minh chung|san pham da co|so ky hieu van ban|tai lieu minh chung)$/,
    'evidence',
  ],
  [/^(don vi chu tri|chu tri|co quan chu tri|chu tri thuc hien|don vi chu tri thuc hien)$/, 'lead'],
  [
    /^(don vi phoi hop|phoi hop|co quan phoi hop|phoi hop thuc hien|don vi phoi hop thuc hien)$/,
    'support',
  ],
  [
    /^(phong don vi thuc hien|don vi thuc hien|co quan thuc hien|co quan don vi thuc hien|phong ban thuc hien|don vi thuc hien chu tri phoi hop)$/,
    'units',
  ],
  [/^(don vi tinh|dvt)$/, 'measureUnit'],
  [/^don vi$/, 'unitOrMeasure'],
  [
    /^(chi tieu|muc tieu|ke hoach) (nam )?\d{4}$|^chi tieu giao$|^ke hoach$|^chi tieu ke hoach$/,
    'target',
  ],
  [/^(noi dung chi tieu|ten chi tieu)$/, 'indicatorName'],
  [/^chi tieu$/, 'indicatorOrTarget'],
  [
    /^(ket qua thuc hien( \(%\))?|thuc hien|ket qua dat duoc|uoc thuc hien|ket qua thuc hien nam \d{4}|uoc thuc hien nam \d{4}|thuc hien nam \d{4})$/,
    'actual',
  ],
  [/^muc tieu$/, 'objective'],
  [/^hoat dong$/, 'activity'],
  [
    /^(noi dung cong viec|noi dung nhiem vu|noi dung|nhiem vu|cong viec|ten nhiem vu|nhiem vu giai phap|noi dung cong viec nhiem vu)$/,
    'content',
  ],
  [
    /^(ket qua|ket qua cong viec|ket qua san pham|san pham|ket qua du kien|san pham dau ra|ket qua dau ra)$/,
    'deliverable',
  ],
  [/^kinh phi( thuc hien)?( \(.*\))?$/, 'budget'],
  [/^ghi chu$/, 'note'],
  [/^ma dong( \(?phuluc\)?)?$/, 'rowKey'],
];

/**
 * Reads a header label; `undefined` when it names no known column.
 * Matching ignores case, diacritics, spacing, line breaks and punctuation.
 * @example readHeaderLabel('Thời gian\n thực hiện') // 'deadline'
 * @example readHeaderLabel('Chỉ tiêu              năm 2024') // 'target'
 */
export function readHeaderLabel(label: string): LabelReading | undefined {
  // Every cell of every row is tried; numbers and dates ("12", "15/12/2025") are most of the
  // short ones, and no label opens with a digit (only "(tử số)" and "(mẫu số)" end a label).
  if (opensWithDigit(label) && !label.includes('(')) return undefined;
  return readings(label);
}

/** Every row is tried as a header; unit names, deadlines and labels repeat, so memoize. */
const readings = boundedMemo(
  (label: string): LabelReading | undefined => {
    const folded = foldLabel(label);
    if (!folded) return undefined;
    return LABEL_PATTERNS.find(([pattern]) => pattern.test(folded))?.[1];
  },
  { limit: 20_000 },
);

/**
 * Settles an ambiguous label once the table's kind is known: in an indicator table the first
 * `Chỉ tiêu` names the indicator and `Đơn vị` is the unit of measure.
 * @example resolveAmbiguousRole('unitOrMeasure', 'indicators', false) // 'measureUnit'
 */
export function resolveAmbiguousRole(
  reading: LabelReading,
  kind: 'tasks' | 'indicators',
  hasIndicatorName: boolean,
): ColumnRole {
  if (reading === 'unitOrMeasure') return kind === 'indicators' ? 'measureUnit' : 'units';
  if (reading === 'indicatorOrTarget') return hasIndicatorName ? 'target' : 'indicatorName';
  return reading;
}
