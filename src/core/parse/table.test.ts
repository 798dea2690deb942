import { SheetView } from '../_lib/sheet-view';
import type { Grid } from '../grid/types';
import { subRowLetter } from './keys';
import { findTables } from './table';

function grid(rows: (string | null)[][]): Grid {
  return {
    name: 'PL1',
    merges: [],
    rows: rows.map((r) => r.map((v) => (v === null ? undefined : { value: v }))),
  };
}

describe('sub-rows', () => {
  const view = new SheetView(
    grid([
      [
        'STT',
        'Nội dung công việc',
        'Kết quả',
        'Đơn vị chủ trì',
        'Thời gian',
        'Tình trạng',
        'Ngày hoàn thành',
      ],
      [
        '1',
        'Rà soát TTHC nội bộ',
        'a) Danh mục TTHC',
        'Văn phòng Sở',
        'Quý I',
        'Đã hoàn thành',
        '15/03/2025',
      ],
      [null, null, 'b) Báo cáo kết quả', null, 'Quý II', null, null],
    ]),
  );
  const rows = findTables(view, 'PL1')[0]!.table.rows;

  it('share the task text and units of the row that opens them', () => {
    expect(rows.map((i) => i.key)).toEqual(['1.a', '1.b']);
    expect(rows[1]!.texts).toMatchObject({
      content: 'Rà soát TTHC nội bộ',
      deliverable: 'Báo cáo kết quả',
    });
  });

  it('never take its report: each result is reported on its own row', () => {
    expect(rows[0]!.texts).toMatchObject({ status: 'Đã hoàn thành', completionDate: '15/03/2025' });
    expect(Object.keys(rows[1]!.texts)).not.toContain('status');
    expect(Object.keys(rows[1]!.texts)).not.toContain('completionDate');
  });
});

describe('subRowLetter', () => {
  it('runs a…z, then aa, ab, and never leaves the alphabet', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(subRowLetter)).toEqual([
      'a',
      'b',
      'z',
      'aa',
      'ab',
      'az',
      'ba',
      'zz',
      'aaa',
    ]);
    for (let i = 0; i < 100_000; i += 997) expect(subRowLetter(i)).toMatch(/^[a-z]+$/);
  });
});

describe('a header repeated on every printed page', () => {
  const row = (stt: string, content: string) => [stt, content, 'Văn phòng Sở', '12', '7', '9', '4'];
  const tableWith = (header: string[]) =>
    findTables(
      new SheetView(
        grid([
          header,
          row('1', 'Rà soát TTHC'),
          header,
          row('2', 'Công bố TTHC'),
          row('3', 'Niêm yết TTHC'),
        ]),
      ),
      'PL1',
    )[0]!;

  it('is skipped even when most of its labels are years', () => {
    // The three labels a header needs, then four years: the years decide that the row repeats it.
    const t = tableWith(['STT', 'Nội dung', 'Đơn vị chủ trì', '2023', '2024', '2025', '2026']);
    expect(t.table.rows.map((i) => i.stt)).toEqual(['1', '2', '3']);
    expect(t.issues.filter((i) => i.code === 'repeated-header-skipped')).toHaveLength(1);
  });

  it('is never a row with a number of its own in the STT column', () => {
    // Task 2's texts happen to be the header's labels; its STT makes it a task, not a header.
    const header = ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Thời gian'];
    const t = findTables(
      new SheetView(
        grid([
          header,
          ['1', 'Rà soát TTHC', 'Văn phòng Sở', 'Quý I'],
          ['2', 'Nội dung', 'Đơn vị chủ trì', 'Thời gian'],
          header,
          ['3', 'Niêm yết TTHC', 'Văn phòng Sở', 'Quý II'],
        ]),
      ),
      'PL1',
    )[0]!;
    expect(t.table.rows.map((i) => i.stt)).toEqual(['1', '2', '3']);
    expect(t.issues.filter((i) => i.code === 'repeated-header-skipped')).toHaveLength(1);
  });

  it('is told from a data row whose STT and figures are digits', () => {
    const t = tableWith(['STT', 'Nội dung', 'Đơn vị chủ trì', 'Tử số', 'Mẫu số', 'Số', 'Ghi chú']);
    expect(t.table.rows.map((i) => i.stt)).toEqual(['1', '2', '3']);
    expect(t.issues.filter((i) => i.code === 'repeated-header-skipped')).toHaveLength(1);
  });
});

describe('page-break fragments', () => {
  const view = new SheetView(
    grid([
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
      ['1', 'Xây dựng cơ sở dữ liệu', 'Bộ Nông', 'Bộ Tài chính', '2025 và những'],
      [null, null, 'nghiệp và Phát triển nông thôn', null, 'năm tiếp theo'],
      ['2', 'Ban hành quy chuẩn', 'Bộ Công Thương', null, 'Năm 2026'],
      [null, null, null, null, 'quý II/2026'],
    ]),
  );
  const { table, issues } = findTables(view, 'PL1')[0]!;

  it('join a lower-case fragment without a number to the row above, even with no repeated header', () => {
    expect(table.rows.map((r) => r.key)).toEqual(['1', '2.a', '2.b']);
    expect(table.rows[0]!.texts).toMatchObject({
      lead: 'Bộ Nông nghiệp và Phát triển nông thôn',
      deadline: '2025 và những năm tiếp theo',
    });
    expect(issues.filter((i) => i.code === 'continuation-joined').map((i) => i.cell)).toEqual([
      'C3',
    ]);
  });

  it('a lower-case deadline with a number is still a dated sub-row', () => {
    expect(table.rows[2]!.texts.deadline).toBe('quý II/2026');
  });
});
