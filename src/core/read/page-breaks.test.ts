import type { GridBook } from '../grid/types';
import { scanBook } from '../scan';

/** What a page break leaves in a plan typed from print: the cut-off rest of a heading or cell. */
const book = (rows: (string | null)[][]): GridBook => ({
  name: 'x.xlsx',
  sheets: [
    {
      name: 'PL',
      merges: [],
      rows: rows.map((r) => r.map((v) => (v === null ? undefined : { value: v }))),
    },
  ],
});

describe('page-break fragments', () => {
  const scan = scanBook(
    book([
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
      ['I', 'NHIỆM VỤ VỀ HOÀN THIỆN THỂ CHẾ GIAI ĐOẠN 2025 VÀ NHỮNG', null, null, null],
      [null, 'NĂM TIẾP THEO', null, null, null],
      ['1', 'Nhiệm vụ 1', 'Bộ Nông', 'Bộ Tài chính', 'Năm 2025'],
      [null, null, 'nghiệp và phát triển nông thôn, Bộ Công an', null, null],
      ['2', 'Nhiệm vụ 2', 'Bộ Tư pháp', null, '2025 và những'],
      [null, null, null, null, 'năm tiếp theo'],
    ]),
    { asOf: '2025-06-30' },
  );
  const table = scan.tables[0]!;

  it('are joined to the heading or row they belong to, and reported', () => {
    expect(table.sections.map((s) => s.title)).toEqual([
      'NHIỆM VỤ VỀ HOÀN THIỆN THỂ CHẾ GIAI ĐOẠN 2025 VÀ NHỮNG NĂM TIẾP THEO',
    ]);
    if (table.kind !== 'tasks') throw new Error('tasks');
    expect(table.items.map((i) => [i.key, i.lead, i.deadlineText, i.deadline.kind])).toEqual([
      ['1', ['Bộ Nông nghiệp và phát triển nông thôn', 'Bộ Công an'], 'Năm 2025', 'date'],
      ['2', ['Bộ Tư pháp'], '2025 và những năm tiếp theo', 'continuous'],
    ]);
    expect(scan.issues.map((i) => `${i.code}@${i.cell}`)).toEqual([
      'continuation-joined@B3',
      'continuation-joined@C5',
      'continuation-joined@E7',
    ]);
  });

  it('never become units of the roster', () => {
    expect(scan.roster.units.map((u) => u.name)).toEqual([
      'Bộ Nông nghiệp và phát triển nông thôn',
      'Bộ Công an',
      'Bộ Tài chính',
      'Bộ Tư pháp',
    ]);
  });

  it('a fragment with nothing to join is reported, not dropped', () => {
    const lone = scanBook(
      book([
        ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành'],
        [null, null, 'nghiệp và phát triển nông thôn', 'năm tiếp theo'],
        ['1', 'Nhiệm vụ 1', 'Bộ Tài chính', 'Năm 2025'],
      ]),
      { asOf: '2025-06-30' },
    );
    expect(lone.issues.map((i) => `${i.code}@${i.cell}`)).toContain('orphan-row@C2');
  });
});
