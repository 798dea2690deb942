import { formatIssue, inputFailureMessage, inputFailureText, issuePlace } from './messages';
import type { InputFailure } from './types';
import { issue, ISSUE_CODES, type Issue, type IssueCode } from './types';

const samples: Issue[] = [
  issue({ code: 'no-appendix-table' }),
  issue({ code: 'empty-workbook' }),
  issue({ code: 'repeated-header-skipped', rows: 1 }),
  issue({ code: 'column-numbers-skipped' }),
  issue({ code: 'continuation-joined', intoRow: 17 }),
  issue({ code: 'blank-row' }),
  issue({ code: 'missing-stt', inferred: '1' }),
  issue({ code: 'duplicate-key', key: '3', firstCell: 'A12' }),
  issue({ code: 'missing-value', field: 'deadline' }),
  issue({ code: 'unknown-unit', name: 'Phòng QLKH', suggestion: 'Phòng Quản lý Khoa học' }),
  issue({ code: 'unit-name-cut-off', name: 'Bộ' }),
  issue({
    code: 'unit-names-run-together',
    text: 'Bộ Tài chính Bộ Tư pháp',
    names: ['Bộ Tài chính', 'Bộ Tư pháp'],
  }),
  issue({ code: 'formula-error', value: '#REF!' }),
  issue({ code: 'orphan-row' }),
  issue({ code: 'missing-column', role: 'lead' }),
  issue({ code: 'duplicate-header', label: 'Thời gian thực hiện', firstCell: 'C3' }),
  issue({ code: 'blank-header' }),
  issue({ code: 'stt-gap', expected: '7', found: '9' }),
  issue({ code: 'stt-out-of-order', stt: '8', after: '9' }),
  issue({ code: 'deadline-unparsed', text: 'Tuần thứ hai' }),
  issue({ code: 'impossible-date', text: '31/6/2025' }),
  issue({ code: 'deadline-outside-plan', due: '2027-03-15', from: 2025, to: 2025 }),
  issue({ code: 'target-unparsed', text: 'Tăng so với năm trước' }),
  issue({ code: 'unit-mismatch', value: 120, unit: '%' }),
  issue({ code: 'actual-not-number', text: 'chưa tổng hợp' }),
  issue({ code: 'status-unknown', text: 'Xong rồi' }),
  issue({ code: 'completion-date-unparsed', text: 'cuối tháng' }),
  issue({ code: 'completion-after-as-of', date: '2026-01-10', asOf: '2025-10-20' }),
  issue({ code: 'completion-before-plan', date: '2024-05-01', planStart: '2025-01-01' }),
  issue({ code: 'unit-not-identified', text: 'Phòng TCCB', suggestion: 'Phòng Tổ chức cán bộ' }),
  issue({ code: 'unit-duplicate-file', unit: 'Văn phòng Sở', otherFile: 'vp-2.xlsx' }),
  issue({ code: 'unit-file-other-plan', matched: 1, rows: 20 }),
  issue({ code: 'unmatched-row', unit: 'Thanh tra Sở', stt: '15' }),
  issue({ code: 'unit-file-unreadable', failure: 'not-a-workbook' }),
  issue({ code: 'legacy-encoding', encoding: 'tcvn3', text: 'Néi dung c«ng viÖc' }),
  issue({
    code: 'report-conflict',
    key: 'II/3',
    units: ['Văn phòng Sở: Hoàn thành', 'Thanh tra Sở: Chưa thực hiện'],
  }),
];

describe('message catalogue', () => {
  it('has a sample for every code', () => {
    const codes = new Set<IssueCode>(samples.map((s) => s.code));
    expect(codes.size).toBe(samples.length);
    expect([...codes].sort()).toEqual([...ISSUE_CODES].sort());
  });
  it.each(samples.map((s) => [s.code, s] as const))('renders %s in both languages', (_code, s) => {
    const vi = formatIssue(s, 'vi');
    const en = formatIssue(s, 'en');
    expect(vi.length).toBeGreaterThan(5);
    expect(en.length).toBeGreaterThan(5);
    expect(vi).not.toBe(en);
  });
  it('carries the data into the text', () => {
    const s = issue({
      code: 'unknown-unit',
      name: 'Phòng QLKH',
      suggestion: 'Phòng Quản lý Khoa học',
    });
    expect(formatIssue(s, 'vi')).toContain('có phải "Phòng Quản lý Khoa học"?');
    expect(formatIssue(s, 'en')).toContain('did you mean "Phòng Quản lý Khoa học"?');
  });
  it('states the size limits of a file too large to read', () => {
    const message = inputFailureMessage('too-large', 'bomb.xlsx');
    expect(message).toMatch(
      /^Tệp quá lớn .*50 MB.*200 MB.*100 MB.*: bomb\.xlsx \/ The file is too large .*: bomb\.xlsx$/,
    );
  });
  it('names the legacy encoding and how to convert', () => {
    const s = issue({ code: 'legacy-encoding', encoding: 'vni', text: 'Noäi dung' });
    expect(formatIssue(s, 'vi')).toContain('VNI');
    expect(formatIssue(s, 'vi')).toContain('Unikey');
    expect(formatIssue(s, 'en')).toContain('"Noäi dung"');
    expect(inputFailureMessage('legacy-encoding', 'a.xlsx')).toContain('TCVN3/VNI');
  });
  it('names file, sheet and cell', () => {
    const s = { ...issue({ code: 'blank-row' }), file: 'a.xlsx', sheet: 'PL1', cell: 'A12' };
    expect(issuePlace(s, 'vi')).toBe('tệp a.xlsx, trang PL1, ô A12');
    expect(issuePlace(s, 'en')).toBe('file a.xlsx, sheet PL1, cell A12');
    expect(inputFailureMessage('not-a-workbook', 'x.xlsx')).toMatch(
      /^Tệp không phải .*: x\.xlsx \/ Not an Excel .*: x\.xlsx$/,
    );
  });
});

describe('input failures', () => {
  const FAILURES: InputFailure[] = [
    'file-not-found',
    'is-a-directory',
    'file-not-readable',
    'empty-file',
    'not-a-workbook',
    'legacy-xls',
    'xlsb-workbook',
    'ods-workbook',
    'text-file',
    'unreadable-workbook',
    'encrypted-workbook',
    'too-large',
    'legacy-encoding',
    'empty-workbook',
    'no-appendix-table',
  ];

  it('gives each failure its own one-line message in each language', () => {
    for (const locale of ['vi', 'en'] as const) {
      const texts = FAILURES.map((f) => inputFailureText(f, 'a.xlsx', locale));
      expect(new Set(texts).size).toBe(FAILURES.length);
      for (const t of texts) expect(t).not.toContain('\n');
    }
  });

  it('tells the formats a user tries what to do: save as .xlsx', () => {
    for (const f of ['legacy-xls', 'xlsb-workbook', 'ods-workbook', 'text-file'] as const) {
      expect(inputFailureText(f, 'a', 'vi')).toMatch(/lưu lại dạng \.xlsx/);
      expect(inputFailureText(f, 'a', 'en')).toMatch(/save it as \.xlsx/);
    }
  });
});
