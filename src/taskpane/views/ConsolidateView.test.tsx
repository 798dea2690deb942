import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'fs';
import path from 'path';
import { REPORT_SHEET_NAMES } from '../../core/report-model/build';
import { App } from '../app/App';
import { CONSOLIDATION_ISSUE_PAGE } from './ConsolidateView';
import { DEFAULT_SETTINGS } from '../engine/settings';
import { readWorkbookFile } from '../engine/workbooks';
import {
  createFakeHost,
  repoFile,
  SAMPLE_AS_OF,
  SAMPLE_PLAN,
  SAMPLE_UNITS,
  type FakeHost,
} from '../_test/fake-host';

const settings = {
  ...DEFAULT_SETTINGS,
  asOf: SAMPLE_AS_OF,
  signerName: 'Nguyễn Văn An',
  documentNumber: '12/BC-SKHCN',
};
const REPORT_NAME = 'ke-hoach-cai-cach-tthc-2024-tong-hop.xlsx';

function sampleFile(relative: string): File {
  const bytes = readFileSync(path.resolve(__dirname, '../../..', relative));
  return new File([bytes], path.basename(relative));
}

async function pick(testId: string, files: File[]) {
  await act(async () => {
    fireEvent.change(screen.getByTestId(testId), { target: { files } });
  });
}

async function openConsolidate(host: FakeHost, initial = settings) {
  render(<App host={host} initialSettings={initial} />);
  fireEvent.click(screen.getByRole('tab', { name: 'Tổng hợp' }));
  if (host.kind === 'files') {
    await pick('plan-file', [sampleFile(SAMPLE_PLAN)]);
  } else {
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Quét sổ tính' }));
    });
  }
  await screen.findByTestId('run-consolidation');
  await waitFor(() => expect(screen.queryByTestId('job')).toBeNull());
  return host;
}

async function addSampleUnits() {
  await pick('unit-files', SAMPLE_UNITS.map(sampleFile));
  await waitFor(() => expect(screen.getAllByTestId('unit-item')).toHaveLength(4));
  // Reading is over (the buttons are enabled again).
  await waitFor(() => expect(screen.queryByTestId('job')).toBeNull());
}

async function consolidate() {
  await act(async () => {
    fireEvent.click(screen.getByTestId('run-consolidation'));
  });
  return screen.findByTestId('summary', {}, { timeout: 20000 });
}

describe('ConsolidateView', () => {
  it('asks for the plan first', () => {
    render(<App host={createFakeHost()} initialSettings={settings} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Tổng hợp' }));
    expect(screen.getByTestId('consolidate-empty').textContent).toContain(
      'Tại đây: gộp tệp các đơn vị',
    );
    expect(screen.queryByTestId('run-consolidation')).toBeNull();
    expect(screen.getByTestId('plan-source')).toBeTruthy();
  });

  it('merges the sample units, shows who submitted, conflicts and unmatched rows, and downloads the report', async () => {
    const host = createFakeHost();
    await openConsolidate(host);
    await addSampleUnits();
    for (const item of screen.getAllByTestId('unit-item')) {
      expect(item.textContent).toContain('Đã đọc');
    }
    // The period of the as-of date.
    expect(screen.getByTestId('consolidate-view').textContent).toContain(
      'Kỳ báo cáo: Quý IV năm 2024 (từ ngày 15/09/2024 đến ngày 14/12/2024)',
    );

    const summary = await consolidate();
    expect(screen.getByTestId('submitted-count').textContent).toBe('4/5');
    expect(summary.textContent).toContain('Quá hạn2');
    expect(summary.textContent).toContain('Chưa báo cáo2');
    expect(summary.textContent).toContain('Nhiệm vụ14');

    const rows = screen.getAllByTestId('tracker-row');
    expect(rows).toHaveLength(5);
    expect(rows[0]!.textContent).toContain('Trung tâm Thông tin và Ứng dụng tiến bộ KH&CN');
    expect(within(rows[0]!).getByTestId('tracker-status').textContent).toBe('Chưa gửi');
    const vp = rows.find((r) => r.textContent?.includes('Văn phòng Sở'))!;
    expect(vp.textContent).toContain('Tệp: van-phong-so.xlsx');
    expect(vp.textContent).toContain('7 chủ trì · 5 xong · 0 quá hạn');
    expect(within(vp).getByTestId('tracker-status').textContent).toBe('Đã gửi');

    const conflicts = screen.getAllByTestId('conflict');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.textContent).toContain('Thanh tra Sở (thanh-tra.xlsx): Chưa thực hiện');
    expect(conflicts[0]!.textContent).toContain('Văn phòng Sở (van-phong-so.xlsx): Đã hoàn thành');

    const unmatched = screen.getAllByTestId('unmatched-row');
    expect(unmatched).toHaveLength(1);
    expect(unmatched[0]!.textContent).toContain('Tổ chức hội thảo chuyển đổi số');
    expect(screen.getByTestId('unmatched-file').textContent).toContain('QLCN_bao cao quy 3.xlsx');

    await act(async () => {
      fireEvent.click(screen.getByTestId('make-report'));
    });
    await waitFor(() => expect(host.reports).toHaveLength(1));
    const { report, fileName } = host.reports[0]!;
    expect(report.sheets.map((s) => s.name)).toEqual(Object.values(REPORT_SHEET_NAMES));
    expect(fileName).toBe(REPORT_NAME);
    // The signer's name and the report's number come from the settings.
    const texts = report.sheets[0]!.rows.flatMap((r) => r.cells.map((c) => c.value));
    expect(texts).toEqual(expect.arrayContaining(['Nguyễn Văn An', 'Số: 12/BC-SKHCN']));
    expect(SAMPLE_UNITS.map((u) => path.basename(u))).not.toContain(fileName);
    const outcome = await screen.findByTestId('report-outcome');
    expect(outcome.textContent).toContain(`Đã tải về tệp ${REPORT_NAME}`);
  }, 60000);

  it('in Excel, writes the report sheets into the workbook and names them', async () => {
    const openWorkbook = await readWorkbookFile(repoFile(SAMPLE_PLAN));
    const host = createFakeHost({ kind: 'excel', openWorkbook });
    await openConsolidate(host);
    // The plan has no pasted unit sheets: the pane says so instead of adding nothing silently.
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Dùng các trang đơn vị trong sổ tính' }));
    });
    expect((await screen.findByTestId('pane-message')).textContent).toContain(
      'Không thấy trang nào có dòng "Đơn vị báo cáo: …"',
    );
    await addSampleUnits();
    await consolidate();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Tạo báo cáo' }));
    });
    const outcome = await screen.findByTestId('report-outcome');
    expect(outcome.textContent).toContain(
      `Đã ghi vào sổ tính các trang: ${Object.values(REPORT_SHEET_NAMES).join(', ')}.`,
    );
    expect(host.reports[0]!.plan).toBe(openWorkbook);

    // A new consolidation is not the one the report was made from: its outcome is not shown.
    await consolidate();
    await waitFor(() => expect(screen.queryByTestId('report-outcome')).toBeNull());
    expect(screen.getByTestId('submitted-count').textContent).toBe('4/5');
  }, 60000);

  it('keeps the consolidation when a setting the scan does not read changes (the language)', async () => {
    await openConsolidate(createFakeHost());
    await addSampleUnits();
    await consolidate();
    fireEvent.click(screen.getByTestId('language-switch'));
    expect(await screen.findByRole('tab', { name: 'Consolidate' })).toBeTruthy();
    expect(screen.getByTestId('submitted-count').textContent).toBe('4/5');
  }, 60000);

  it('shows why a unit file cannot be read, and removes it by its labelled button', async () => {
    const host = createFakeHost();
    await openConsolidate(host);
    await pick('unit-files', [new File(['not a workbook'], 'ghi-chu.xlsx')]);
    const item = await screen.findByTestId('unit-item');
    expect(item.textContent).toContain(
      'Tệp là văn bản (CSV hoặc văn bản thường), không phải sổ tính .xlsx; hãy mở bằng Excel và lưu lại dạng .xlsx: ghi-chu.xlsx',
    );
    expect(screen.getByTestId('unit-count').textContent).toBe('1 tệp · 0 đã đọc · 1 lỗi');
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ tệp ghi-chu.xlsx' }));
    expect(screen.queryByTestId('unit-item')).toBeNull();
  }, 30000);

  it('keeps the chosen period as a setting and shows its heading', async () => {
    const host = createFakeHost();
    await openConsolidate(host);
    fireEvent.change(screen.getByTestId('period'), { target: { value: 'month' } });
    await waitFor(() => expect(host.saved.at(-1)).toMatchObject({ period: 'month' }));
    expect(screen.getByTestId('consolidate-view').textContent).toContain(
      'Kỳ báo cáo: Tháng 11 năm 2024',
    );
    fireEvent.click(screen.getByTestId('language-switch'));
    expect(screen.getByTestId('consolidate-view').textContent).toContain(
      'Reporting period: November 2024',
    );
    expect(screen.getByRole('button', { name: 'Consolidate' })).toBeTruthy();
  }, 30000);

  it('marks the result out of date when an input changes, and writes nothing until it is redone', async () => {
    const host = await openConsolidate(createFakeHost());
    await addSampleUnits();
    await consolidate();
    const result = () => screen.getByTestId('consolidation-result');
    expect(result().textContent).toContain('Quý IV năm 2024');
    expect(screen.queryByTestId('result-stale')).toBeNull();
    expect(screen.getByTestId('make-report')).toHaveProperty('disabled', false);

    // The period: the selector says "Năm", the result is still the quarter's.
    fireEvent.change(screen.getByTestId('period'), { target: { value: 'year' } });
    expect((await screen.findByTestId('result-stale')).textContent).toContain('Kết quả đã cũ');
    expect(screen.getByTestId('make-report')).toHaveProperty('disabled', true);
    await consolidate();
    await waitFor(() => expect(screen.queryByTestId('result-stale')).toBeNull());
    expect(result().textContent).toContain('Năm 2024');
    expect(screen.getByTestId('make-report')).toHaveProperty('disabled', false);

    // The files: one removed.
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ tệp thanh-tra.xlsx' }));
    expect(screen.getByTestId('result-stale')).toBeTruthy();
    expect(screen.getByTestId('make-report')).toHaveProperty('disabled', true);
    await consolidate();
    await waitFor(() => expect(screen.queryByTestId('result-stale')).toBeNull());

    // The as-of date (on Thời hạn), which scans the plan again.
    fireEvent.click(screen.getByRole('tab', { name: 'Thời hạn' }));
    fireEvent.change(screen.getByLabelText('Ngày tính hạn'), { target: { value: '2024-11-20' } });
    fireEvent.click(screen.getByRole('tab', { name: 'Tổng hợp' }));
    expect(screen.getByTestId('result-stale')).toBeTruthy();
    expect(screen.getByTestId('make-report')).toHaveProperty('disabled', true);
    expect(host.reports).toHaveLength(0);
  }, 90000);

  it('cancels a consolidation and says so', async () => {
    const host = createFakeHost();
    await openConsolidate(host);
    await addSampleUnits();
    act(() => {
      fireEvent.click(screen.getByTestId('run-consolidation'));
    });
    // The job shows at once; cancel before its first step runs.
    const job = screen.getByTestId('job');
    await act(async () => {
      fireEvent.click(within(job).getByRole('button', { name: 'Hủy' }));
    });
    expect((await screen.findByTestId('pane-message')).textContent).toContain('Đã hủy');
    expect(screen.queryByTestId('summary')).toBeNull();
  }, 60000);

  it('puts the key figures first and moves the focus to them after consolidating', async () => {
    await openConsolidate(createFakeHost());
    await addSampleUnits();
    await consolidate();
    const result = screen.getByTestId('consolidation-result');
    await waitFor(() => expect(document.activeElement).toBe(result));
    // The result comes before the files in the view, the figures before the report button.
    const view = screen.getByTestId('consolidate-view');
    const order = [
      result,
      screen.getByTestId('unit-drop'),
      screen.getByTestId('run-consolidation'),
    ];
    for (let i = 1; i < order.length; i++) {
      expect(order[i - 1]!.compareDocumentPosition(order[i]!) & 4).toBe(4);
    }
    expect(view.contains(result)).toBe(true);
    expect(screen.getByTestId('submitted-count').textContent).toBe('4/5');
    expect(screen.getByTestId('overdue-count').textContent).toBe('2');
    expect(screen.getByTestId('missed-count').textContent).toMatch(/^\d+\/12$/);
    expect(within(result).getByTestId('make-report')).toBeTruthy();
  }, 60000);

  it('lists the roster units without a file before consolidating, and leaves out non-workbooks', async () => {
    await openConsolidate(createFakeHost());
    await pick('unit-files', [
      ...SAMPLE_UNITS.slice(0, 3).map(sampleFile),
      new File(['x'], 'ghi-chu.docx'),
    ]);
    await waitFor(() => expect(screen.getAllByTestId('unit-item')).toHaveLength(3));
    expect(screen.getByTestId('skipped-files').textContent).toBe(
      'Đã bỏ qua 1 tệp không phải sổ tính .xlsx/.xlsm: ghi-chu.docx',
    );
    const missing = await screen.findAllByTestId('missing-unit');
    expect(missing.map((m) => m.textContent)).toEqual([
      'Phòng Quản lý chuyên ngành',
      'Trung tâm Thông tin và Ứng dụng tiến bộ KH&CN',
    ]);
    expect(screen.getByTestId('missing-units').textContent).toContain('Đơn vị chưa có tệp (2/5)');
  }, 60000);

  it('folds a long file list into one line of counts, and opens it', async () => {
    await openConsolidate(createFakeHost());
    const copies = Array.from({ length: 12 }, (_, i) => {
      const bytes = readFileSync(path.resolve(__dirname, '../../..', SAMPLE_UNITS[i % 4]!));
      return new File([bytes], `${i}-${path.basename(SAMPLE_UNITS[i % 4]!)}`);
    });
    await pick('unit-files', [...copies, new File(['x'], 'hong.xlsx')]);
    const count = await screen.findByTestId('unit-count', {}, { timeout: 20000 });
    await waitFor(() => expect(count.textContent).toBe('13 tệp · 12 đã đọc · 1 lỗi'));
    // Folded: only the file that failed is listed.
    expect(screen.getAllByTestId('unit-item').map((i) => i.textContent)).toEqual([
      expect.stringContaining('hong.xlsx'),
    ]);
    const toggle = screen.getByTestId('unit-list-toggle');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(screen.getAllByTestId('unit-item')).toHaveLength(13);
  }, 60000);

  it('takes a dropped folder: its workbooks, in sub-folders too, and names what it left out', async () => {
    await openConsolidate(createFakeHost());
    const entry = (f: File) => ({
      name: f.name,
      fullPath: `/q3/${f.name}`,
      isFile: true,
      isDirectory: false,
      file: (ok: (x: File) => void) => ok(f),
    });
    const dir = (name: string, children: object[]) => ({
      name,
      fullPath: `/${name}`,
      isFile: false,
      isDirectory: true,
      createReader: () => {
        let done = false;
        return {
          readEntries: (ok: (e: object[]) => void) => {
            ok(done ? [] : children);
            done = true;
          },
        };
      },
    });
    const units = SAMPLE_UNITS.map(sampleFile);
    const folder = dir('q3', [
      entry(units[0]!),
      entry(new File(['x'], 'anh.png')),
      dir('khac', units.slice(1).map(entry)),
    ]);
    await act(async () => {
      fireEvent.drop(screen.getByTestId('unit-drop'), {
        dataTransfer: {
          types: ['Files'],
          files: [],
          items: [{ kind: 'file', webkitGetAsEntry: () => folder }],
        },
      });
    });
    await waitFor(() => expect(screen.getAllByTestId('unit-item')).toHaveLength(4), {
      timeout: 20000,
    });
    expect(screen.getByTestId('skipped-files').textContent).toContain('/q3/anh.png');
    expect(screen.getByTestId('missing-units').textContent).toContain(
      'Trung tâm Thông tin và Ứng dụng tiến bộ KH&CN',
    );
  }, 60000);

  it('lists the issues of 37 files by severity and file, a page at a time, narrowed to a file', async () => {
    await openConsolidate(createFakeHost());
    const copies = Array.from({ length: 36 }, (_, i) => {
      const bytes = readFileSync(path.resolve(__dirname, '../../..', SAMPLE_UNITS[i % 4]!));
      return new File([bytes], `${i}-${path.basename(SAMPLE_UNITS[i % 4]!)}`);
    });
    await pick('unit-files', [...copies, sampleFile(SAMPLE_UNITS[1]!)]);
    await waitFor(() =>
      expect(screen.getByTestId('unit-count').textContent).toBe('37 tệp · 37 đã đọc · 0 lỗi'),
    );
    await consolidate();
    const warnings = screen.getByTestId('consolidation-issues-warning');
    const total = Number(/\((\d+)\)/.exec(warnings.querySelector('h3')!.textContent!)![1]);
    expect(total).toBeGreaterThan(CONSOLIDATION_ISSUE_PAGE);
    const entries = () => within(warnings).getAllByTestId('issue');
    expect(entries()).toHaveLength(CONSOLIDATION_ISSUE_PAGE);
    // Each file's run starts with its name and its count; the plan's first.
    const heads = within(warnings)
      .getAllByTestId('issue-file-head')
      .map((h) => h.textContent);
    expect(heads[0]).toMatch(/^ke-hoach-cai-cach-tthc-2024\.xlsx \(\d+\)$/);
    fireEvent.click(within(warnings).getByTestId('consolidation-issues-warning-more'));
    expect(entries()).toHaveLength(Math.min(total, 2 * CONSOLIDATION_ISSUE_PAGE));
    // One file: only its issues, its name once.
    fireEvent.change(screen.getByTestId('issue-file'), { target: { value: 'thanh-tra.xlsx' } });
    const only = screen.getByTestId('consolidation-issues-warning');
    expect(
      within(only)
        .getAllByTestId('issue-file-head')
        .map((h) => h.textContent),
    ).toEqual([expect.stringMatching(/^thanh-tra\.xlsx \(\d+\)$/)]);
  }, 90000);
});
