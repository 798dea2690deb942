import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'fs';
import path from 'path';
import { scanBook } from '../../core/scan';
import { readWorkbook } from '../../io/xlsx/read';
import { App } from '../app/App';
import { DEFAULT_SETTINGS } from '../engine/settings';
import { createFakeHost, SAMPLE_AS_OF, SAMPLE_PLAN, type FakeHost } from '../_test/fake-host';

const settings = { ...DEFAULT_SETTINGS, asOf: SAMPLE_AS_OF };
const ROSTER = [
  ['Văn phòng Sở', 'van-phong-so.xlsx', 14],
  ['Phòng Quản lý Khoa học', 'phong-quan-ly-khoa-hoc.xlsx', 9],
  ['Phòng Quản lý chuyên ngành', 'phong-quan-ly-chuyen-nganh.xlsx', 10],
  ['Thanh tra Sở', 'thanh-tra-so.xlsx', 9],
  [
    'Trung tâm Thông tin và Ứng dụng tiến bộ KH&CN',
    'trung-tam-thong-tin-va-ung-dung-tien-bo-kh-cn.xlsx',
    9,
  ],
] as const;

function sampleFile(relative: string): File {
  const bytes = readFileSync(path.resolve(__dirname, '../../..', relative));
  return new File([bytes], path.basename(relative));
}

async function openTemplates(host: FakeHost) {
  render(<App host={host} initialSettings={settings} />);
  fireEvent.click(screen.getByRole('tab', { name: 'Biểu mẫu' }));
  await act(async () => {
    fireEvent.change(screen.getByTestId('plan-file'), {
      target: { files: [sampleFile(SAMPLE_PLAN)] },
    });
  });
  await screen.findByTestId('template-list');
  await waitFor(() => expect(screen.queryByTestId('job')).toBeNull());
}

describe('TemplatesView', () => {
  it('asks for the plan first', () => {
    render(<App host={createFakeHost()} initialSettings={settings} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Biểu mẫu' }));
    expect(screen.getByTestId('templates-empty').textContent).toBe(
      'Tại đây: mỗi đơn vị của kế hoạch một biểu mẫu báo cáo.',
    );
    // On the page the plan is a file to open: no word of scanning.
    expect(screen.getByTestId('templates-view').textContent).not.toMatch(/quét/i);
    expect(screen.queryByTestId('make-templates')).toBeNull();
  });

  it('lists one template per roster unit and makes them all, each workbook holding its unit’s rows', async () => {
    const host = createFakeHost();
    await openTemplates(host);
    // On the page, five downloads: the browser may ask to allow them, and the pane says so.
    expect(screen.getByTestId('many-downloads').textContent).toContain('Cho phép');
    const rows = screen.getAllByTestId('template-row');
    expect(rows.map((r) => r.textContent)).toEqual(
      ROSTER.map(([unit, file, tasks]) => `${unit}${file} · ${tasks} nhiệm vụ · 12 chỉ tiêuTạo`),
    );

    await act(async () => {
      fireEvent.click(screen.getByTestId('make-templates'));
    });
    await waitFor(() => expect(host.delivered).toHaveLength(ROSTER.length), { timeout: 30000 });
    expect(host.delivered.map((d) => d.fileName)).toEqual(ROSTER.map(([, file]) => file));
    for (const [i, [unit, , tasks]] of ROSTER.entries()) {
      const d = host.delivered[i]!;
      const back = scanBook(await readWorkbook(d.bytes, d.fileName), { asOf: SAMPLE_AS_OF });
      expect(back.reportingUnit?.text).toBe(unit);
      const items = back.tables.filter((t) => t.kind === 'tasks').flatMap((t) => t.items);
      expect(items).toHaveLength(tasks);
    }
    await waitFor(() =>
      expect(screen.getAllByTestId('template-delivery').map((e) => e.textContent)).toEqual(
        ROSTER.map(() => 'Đã tải về máy'),
      ),
    );
    expect(screen.getByTestId('pane-message').textContent).toContain('Đã tạo 5 biểu mẫu.');
  }, 90000);

  it('makes one unit’s template alone, and says it opened in Excel', async () => {
    const host = createFakeHost({ delivery: 'opened' });
    await openTemplates(host);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Tạo biểu mẫu cho Thanh tra Sở' }));
    });
    await waitFor(() => expect(host.delivered).toHaveLength(1));
    expect(host.delivered[0]!.fileName).toBe('thanh-tra-so.xlsx');
    const row = screen.getAllByTestId('template-row')[3]!;
    await waitFor(() =>
      expect(within(row).getByTestId('template-delivery').textContent).toBe(
        'Đã mở trong Excel (cửa sổ mới)',
      ),
    );
  }, 60000);

  it('cancels between units and says so', async () => {
    const host = createFakeHost();
    await openTemplates(host);
    act(() => {
      fireEvent.click(screen.getByTestId('make-templates'));
    });
    // The job shows at once; cancel before its first step runs.
    const job = screen.getByTestId('job');
    await act(async () => {
      fireEvent.click(within(job).getByRole('button', { name: 'Hủy' }));
    });
    expect((await screen.findByTestId('pane-message')).textContent).toContain('Đã hủy');
    expect(host.delivered.length).toBeLessThan(ROSTER.length);
  }, 60000);
});
