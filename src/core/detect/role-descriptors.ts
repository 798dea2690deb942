/**
 * The column roles of an appendix table, one descriptor each: the header labels that name the
 * column, the tables that have it, how its rows read it, the template column and the scan field
 * it becomes. Detection, parsing and the checks read these; adding a role is one entry here.
 */

/** The two kinds of appendix table (DOMAIN.md §1). */
export type TableKind = 'tasks' | 'indicators';

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

/** The columns a table must have, as the `missing-column` issue names them. */
export type RequiredColumn = 'content' | 'lead' | 'deadline' | 'indicatorName' | 'target';

export interface RoleDescriptor {
  readonly role: ColumnRole;
  /** The header labels naming the column, folded ({@link foldLabel}): DOMAIN.md §1. */
  readonly labels: RegExp;
  /** Read before every other role: the pattern matches label endings ("Số đạt (tử số)"). */
  readonly labelsFirst?: true;
  /** The table kinds that have the column. */
  readonly kinds: readonly TableKind[];
  /** Who writes it: the office's plan, the unit's report, or PhuLuc (the hidden row key). */
  readonly part: 'plan' | 'report' | 'key';
  /** A sub-row ("a) …") takes the opening row's text when it leaves this column blank. */
  readonly inherited: boolean;
  /** Names the row; the lowest rank written is the row's name. */
  readonly nameRank?: number;
  /**
   * A value of the plan's: a numbered row with one is a task, not a heading, and a header needs
   * one such column (or the STT) beside a naming one.
   */
  readonly data?: true;
  /** The required column this one stands for, per table kind. */
  readonly satisfies?: Partial<Record<TableKind, RequiredColumn>>;
  /** The column a unit template writes, per table kind: its title (labels the reader knows). */
  readonly template?: Partial<Record<TableKind, string>>;
  /** The item field (and scan JSON field) the column's text is read into, per table kind. */
  readonly field?: Partial<Record<TableKind, string>>;
}

const BOTH: readonly TableKind[] = ['tasks', 'indicators'];
const TASKS: readonly TableKind[] = ['tasks'];
const INDICATORS: readonly TableKind[] = ['indicators'];

/** Every role, in the order a template lays its columns out (left to right). */
export const ROLES: readonly RoleDescriptor[] = [
  {
    role: 'number',
    labels: /^(stt|tt|so tt|so thu tu)$/,
    kinds: BOTH,
    part: 'plan',
    inherited: false,
    template: { tasks: 'STT', indicators: 'STT' },
    field: { tasks: 'stt', indicators: 'stt' },
  },
  {
    role: 'objective',
    labels: /^muc tieu$/,
    kinds: TASKS,
    part: 'plan',
    inherited: true,
    nameRank: 3,
    satisfies: { tasks: 'content' },
    template: { tasks: 'Mục tiêu' },
    field: { tasks: 'objective' },
  },
  {
    role: 'content',
    labels:
      /^(noi dung cong viec|noi dung nhiem vu|noi dung|nhiem vu|cong viec|ten nhiem vu|nhiem vu giai phap|noi dung cong viec nhiem vu)$/,
    kinds: BOTH,
    part: 'plan',
    inherited: true,
    nameRank: 1,
    satisfies: { tasks: 'content', indicators: 'indicatorName' },
    template: { tasks: 'Nội dung công việc' },
    field: { tasks: 'content', indicators: 'name' },
  },
  {
    role: 'activity',
    labels: /^hoat dong$/,
    kinds: TASKS,
    part: 'plan',
    inherited: true,
    nameRank: 2,
    satisfies: { tasks: 'content' },
    template: { tasks: 'Hoạt động' },
    field: { tasks: 'activity' },
  },
  {
    role: 'deliverable',
    labels:
      /^(ket qua|ket qua cong viec|ket qua san pham|san pham|ket qua du kien|san pham dau ra|ket qua dau ra|san pham du kien|hinh thuc van ban|hinh thuc san pham)$/,
    kinds: TASKS,
    part: 'plan',
    inherited: true,
    data: true,
    template: { tasks: 'Kết quả' },
    field: { tasks: 'deliverable' },
  },
  {
    role: 'indicatorName',
    labels: /^(noi dung chi tieu|ten chi tieu)$/,
    kinds: INDICATORS,
    part: 'plan',
    inherited: true,
    nameRank: 4,
    satisfies: { indicators: 'indicatorName' },
    template: { indicators: 'Nội dung chỉ tiêu' },
    field: { indicators: 'name' },
  },
  {
    role: 'measureUnit',
    labels: /^(don vi tinh|dvt)$/,
    kinds: INDICATORS,
    part: 'plan',
    inherited: true,
    data: true,
    template: { indicators: 'Đơn vị tính' },
    field: { indicators: 'unit' },
  },
  {
    role: 'target',
    // "Chỉ tiêu năm 2024", "Chỉ tiêu đến năm 2030", "Giá trị mục tiêu", and year columns ("Năm
    // 2025", "Đến năm 2030") holding the targets by year (DOMAIN.md §1, Indicators).
    labels:
      /^(chi tieu|muc tieu|ke hoach|gia tri muc tieu)( den)? (nam )?\d{4}$|^(den )?nam \d{4}$|^chi tieu giao$|^ke hoach$|^chi tieu ke hoach$|^gia tri muc tieu$/,
    kinds: INDICATORS,
    part: 'plan',
    inherited: true,
    data: true,
    satisfies: { indicators: 'target' },
    template: { indicators: 'Chỉ tiêu giao' },
    field: { indicators: 'targetText' },
  },
  {
    role: 'lead',
    // "Cơ quan chủ trì theo dõi, đánh giá" and "Đơn vị theo dõi" lead an indicator's follow-up.
    // Any level's words for who leads: "Cơ quan, đơn vị chủ trì", "Phòng, ban chủ trì", "Bộ phận
    // chủ trì", "Công chức phụ trách" (a commune), "Đơn vị tham mưu".
    labels:
      /^(chu tri|chu tri thuc hien|(co quan|don vi)( chu tri)? theo doi( danh gia)?|(co quan|don vi|co quan don vi|phong|phong ban|bo phan|cong chuc|can bo) (chu tri( thuc hien| tham muu)?|phu trach|tham muu))$/,
    kinds: BOTH,
    part: 'plan',
    inherited: true,
    data: true,
    satisfies: { tasks: 'lead' },
    template: { tasks: 'Đơn vị chủ trì', indicators: 'Đơn vị chủ trì' },
    field: { tasks: 'lead', indicators: 'lead' },
  },
  {
    role: 'support',
    labels:
      /^(phoi hop|phoi hop thuc hien|(co quan|don vi|co quan don vi|phong|phong ban|bo phan|cong chuc|can bo) phoi hop( thuc hien)?)$/,
    kinds: BOTH,
    part: 'plan',
    inherited: true,
    data: true,
    template: { tasks: 'Đơn vị phối hợp', indicators: 'Đơn vị phối hợp' },
    field: { tasks: 'support', indicators: 'support' },
  },
  {
    // One column whose lines carry the roles: read into `lead` and `support`.
    role: 'units',
    labels:
      /^(phong don vi thuc hien|don vi thuc hien|co quan thuc hien|co quan don vi thuc hien|phong ban thuc hien|don vi thuc hien chu tri phoi hop|bo phan thuc hien|cong chuc thuc hien|nguoi thuc hien)$/,
    kinds: BOTH,
    part: 'plan',
    inherited: true,
    data: true,
    satisfies: { tasks: 'lead' },
    template: { tasks: 'Phòng, đơn vị thực hiện', indicators: 'Đơn vị thực hiện' },
  },
  {
    role: 'deadline',
    labels:
      /^(thoi gian|thoi gian thuc hien|thoi gian hoan thanh|thoi gian trien khai|thoi han|thoi han hoan thanh|thoi han thuc hien|tien do thuc hien|tien do|lo trinh|lo trinh thuc hien|moc thoi gian)$/,
    kinds: TASKS,
    part: 'plan',
    inherited: true,
    data: true,
    satisfies: { tasks: 'deadline' },
    template: { tasks: 'Thời gian thực hiện' },
    field: { tasks: 'deadlineText' },
  },
  {
    role: 'budget',
    labels: /^kinh phi( thuc hien)?( \(.*\))?$/,
    kinds: TASKS,
    part: 'plan',
    inherited: true,
    template: { tasks: 'Kinh phí' },
    field: { tasks: 'budget' },
  },
  {
    role: 'note',
    labels: /^ghi chu$/,
    kinds: TASKS,
    part: 'plan',
    inherited: true,
    template: { tasks: 'Ghi chú' },
    field: { tasks: 'note' },
  },
  {
    role: 'status',
    labels: /^(tinh trang|tinh hinh thuc hien|muc do hoan thanh|trang thai)( thuc hien)?$/,
    kinds: TASKS,
    part: 'report',
    inherited: false,
    template: { tasks: 'Tình trạng' },
    field: { tasks: 'report.status' },
  },
  {
    role: 'completionDate',
    labels: /^(ngay hoan thanh|thoi gian hoan thanh thuc te|ngay hoan thanh thuc te)$/,
    kinds: TASKS,
    part: 'report',
    inherited: false,
    template: { tasks: 'Ngày hoàn thành' },
    field: { tasks: 'report.completionDate' },
  },
  {
    role: 'actual',
    labels:
      /^(ket qua thuc hien( \(%\))?|thuc hien|ket qua dat duoc|uoc thuc hien|ket qua thuc hien nam \d{4}|uoc thuc hien nam \d{4}|thuc hien nam \d{4})$/,
    kinds: BOTH,
    part: 'report',
    inherited: false,
    template: { tasks: 'Kết quả thực hiện', indicators: 'Kết quả thực hiện' },
    field: { tasks: 'report.actual', indicators: 'actualText' },
  },
  {
    role: 'numerator',
    labels: /\(tu so\)$|^tu so\b|^so dat\b|^so luong dat\b/,
    labelsFirst: true,
    kinds: INDICATORS,
    part: 'report',
    inherited: false,
    template: { indicators: 'Tử số' },
    field: { indicators: 'numeratorText' },
  },
  {
    role: 'denominator',
    labels: /\(mau so\)$|^mau so\b|^tong so\b/,
    labelsFirst: true,
    kinds: INDICATORS,
    part: 'report',
    inherited: false,
    template: { indicators: 'Mẫu số' },
    field: { indicators: 'denominatorText' },
  },
  {
    role: 'evidence',
    labels:
      /^(van ban minh chung|minh chung|san pham da co|so ky hieu van ban|tai lieu minh chung)$/,
    kinds: TASKS,
    part: 'report',
    inherited: false,
    template: { tasks: 'Minh chứng' },
    field: { tasks: 'report.evidence' },
  },
  {
    role: 'rowKey',
    labels: /^ma dong( \(?phuluc\)?)?$/,
    kinds: BOTH,
    part: 'key',
    inherited: false,
    template: { tasks: 'Mã dòng (PhuLuc)', indicators: 'Mã dòng (PhuLuc)' },
    field: { tasks: 'rowKey', indicators: 'rowKey' },
  },
];
