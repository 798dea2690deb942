import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'fs';
import path from 'path';
import type { Grid, GridBook } from '../../core/grid/types';
import { readWorkbook } from '../../io/xlsx/read';
import { App } from '../app/App';
import { DEFAULT_SETTINGS } from '../engine/settings';
import type { LoadedBook, SelectOutcome } from '../host/types';
import { createFakeHost } from '../_test/fake-host';
import { ISSUE_PAGE } from './_lib/IssueBrowser';

const ROOT = path.resolve(__dirname, '../../..');
const VALIDATION = 'test/fixtures/xlsx/validation-tasks.xlsx';
const settings = { ...DEFAULT_SETTINGS, asOf: '2024-10-20' };

function sampleFile(relative: string): File {
  return new File([readFileSync(path.join(ROOT, relative))], path.basename(relative));
}

async function loaded(relative: string): Promise<LoadedBook> {
  const name = path.basename(relative);
  const book = await readWorkbook(new Uint8Array(readFileSync(path.join(ROOT, relative))), name);
  return { name, book };
}

async function pickPlan(relative: string) {
  await act(async () => {
    fireEvent.change(screen.getByTestId('plan-file'), {
      target: { files: [sampleFile(relative)] },
    });
  });
  await screen.findByTestId('check-tables');
}

async function scanInExcel(workbook: LoadedBook, options: { selectResult?: SelectOutcome } = {}) {
  const host = createFakeHost({ kind: 'excel', openWorkbook: workbook, ...options });
  render(<App host={host} initialSettings={settings} />);
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Quét sổ tính' }));
  });
  await screen.findByTestId('check-tables');
  return host;
}

const issueTexts = (group: string) =>
  within(screen.getByTestId(`issues-${group}`))
    .getAllByTestId('issue')
    .map((el) => el.textContent);

describe('CheckView', () => {
  it('lists the tables and the issues by severity, with message and place', async () => {
    render(<App host={createFakeHost()} initialSettings={settings} />);
    await pickPlan(VALIDATION);
    const rows = within(screen.getByTestId('check-tables')).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'TrangLoạiSố dòngSố mục',
      'PL1 nhiệm vụNhiệm vụ161',
      'PL2 bổ sungNhiệm vụ20',
    ]);
    expect(screen.getByTestId('severity-error').textContent).toBe('Lỗi (4)');
    expect(screen.getByTestId('severity-warning').textContent).toBe('Cảnh báo (18)');
    expect(screen.getByTestId('severity-info').textContent).toBe('Thông tin (1)');
    expect(issueTexts('error')).toEqual([
      'Ngày không có thật: "31/6/2025".trang PL1 nhiệm vụ, ô E8',
      'Ô có lỗi công thức #N/A; giá trị này không được dùng.trang PL1 nhiệm vụ, ô H21',
      'Ngày hoàn thành "cuối tháng 6" không phải là ngày (viết ngày/tháng/năm).trang PL1 nhiệm vụ, ô G22',
      'Bảng thiếu cột đơn vị chủ trì.trang PL2 bổ sung, ô A3:E3',
    ]);
    expect(issueTexts('warning')).toHaveLength(18);
    expect(issueTexts('warning')).toContain(
      'Không có đơn vị "Phòng Kế hoạch Tài chánh" trong danh mục đơn vị; có phải "Phòng Kế hoạch - Tài chính"?trang PL1 nhiệm vụ, ô C18',
    );
    // The standalone page cannot select cells: places are text, not buttons.
    expect(within(screen.getByTestId('issues-error')).queryAllByRole('button')).toEqual([]);
  });

  it('filters by severity, sheet and search words', async () => {
    render(<App host={createFakeHost()} initialSettings={settings} />);
    await pickPlan(VALIDATION);
    fireEvent.click(screen.getByTestId('severity-warning'));
    fireEvent.click(screen.getByTestId('severity-info'));
    expect(screen.queryByTestId('issues-warning')).toBeNull();
    expect(screen.queryByTestId('issues-info')).toBeNull();
    expect(issueTexts('error')).toHaveLength(4);
    fireEvent.click(screen.getByTestId('severity-warning'));
    fireEvent.change(screen.getByTestId('issue-sheet'), { target: { value: 'PL2 bổ sung' } });
    expect(issueTexts('error')).toEqual([
      'Bảng thiếu cột đơn vị chủ trì.trang PL2 bổ sung, ô A3:E3',
    ]);
    expect(issueTexts('warning')).toHaveLength(3);
    fireEvent.change(screen.getByTestId('issue-sheet'), { target: { value: '' } });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Tìm trong vấn đề' }), {
      target: { value: 'ngay hoan thanh' },
    });
    expect(issueTexts('error')).toEqual([
      'Ngày hoàn thành "cuối tháng 6" không phải là ngày (viết ngày/tháng/năm).trang PL1 nhiệm vụ, ô G22',
    ]);
    expect(issueTexts('warning')).toHaveLength(4);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Tìm trong vấn đề' }), {
      target: { value: 'không có chữ này' },
    });
    expect(screen.getByTestId('issues-none').textContent).toBe('Không có vấn đề nào khớp bộ lọc.');
  });

  it('shows issue messages in English after the language switch', async () => {
    render(<App host={createFakeHost()} initialSettings={settings} />);
    await pickPlan(VALIDATION);
    fireEvent.click(screen.getByTestId('language-switch'));
    expect(screen.getByTestId('severity-error').textContent).toBe('Errors (4)');
    expect(issueTexts('error')[0]).toBe('No such date: "31/6/2025".sheet PL1 nhiệm vụ, cell E8');
    expect(
      within(screen.getByTestId('check-tables'))
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toContain('PL1 nhiệm vụTasks161');
  });

  it('selects the issue’s cell in Excel by click and by keyboard', async () => {
    const host = await scanInExcel(await loaded(VALIDATION));
    const buttons = within(screen.getByTestId('issues-error')).getAllByRole('button');
    expect(buttons).toHaveLength(4);
    await act(async () => {
      fireEvent.click(buttons[1]!);
    });
    expect(host.selected).toEqual([{ sheet: 'PL1 nhiệm vụ', cell: 'H21' }]);
    const user = userEvent.setup();
    const warning = within(screen.getByTestId('issues-warning')).getAllByRole('button')[0]!;
    expect(warning.textContent).toContain('ô G7');
    act(() => warning.focus());
    expect(document.activeElement).toBe(warning);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(host.selected).toHaveLength(2));
    expect(host.selected[1]).toEqual({ sheet: 'PL1 nhiệm vụ', cell: 'G7' });
    expect(screen.queryByTestId('pane-message')).toBeNull();
  });

  it('says in the pane when Excel cannot select the cell', async () => {
    await scanInExcel(await loaded(VALIDATION), {
      selectResult: {
        ok: false,
        message: { vi: 'Trang "PL1 nhiệm vụ" đang ẩn.', en: 'Sheet "PL1 nhiệm vụ" is hidden.' },
      },
    });
    await act(async () => {
      fireEvent.click(within(screen.getByTestId('issues-error')).getAllByRole('button')[0]!);
    });
    expect((await screen.findByTestId('pane-message')).textContent).toContain(
      'Trang "PL1 nhiệm vụ" đang ẩn.',
    );
  });

  it('shows what this Excel could not read', async () => {
    const workbook = await loaded('samples/kiem-soat-tthc-2023.xlsx');
    await scanInExcel({
      ...workbook,
      notes: [{ id: 'merged-areas', vi: 'Không đọc được ô gộp', en: 'Merged cells not read' }],
    });
    expect(screen.getByTestId('read-notes').textContent).toContain('Không đọc được ô gộp');
    // `phuluc scan samples/kiem-soat-tthc-2023.xlsx`: 0 errors, 0 warnings, 20 info.
    expect(screen.getByTestId('severity-info').textContent).toBe('Thông tin (20)');
    expect(screen.queryByTestId('issues-error')).toBeNull();
  });

  it('draws long lists in pages so the pane stays responsive', async () => {
    // 450 tasks without a deadline: 450 warnings.
    const rows: Grid['rows'] = [
      ['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Thời gian thực hiện'].map((value) => ({
        value,
      })),
      ...Array.from({ length: 450 }, (_, i) => [
        { value: i + 1 },
        { value: `Nhiệm vụ số ${i + 1}` },
        { value: 'Văn phòng Sở' },
      ]),
    ];
    const book: GridBook = {
      name: 'lon.xlsx',
      sheets: [{ name: 'PL', rows, merges: [] }],
    };
    await scanInExcel({ name: 'lon.xlsx', book });
    expect(screen.getByTestId('severity-warning').textContent).toBe('Cảnh báo (450)');
    expect(issueTexts('warning')).toHaveLength(ISSUE_PAGE);
    fireEvent.click(screen.getByTestId('issues-warning-more'));
    expect(issueTexts('warning')).toHaveLength(2 * ISSUE_PAGE);
    fireEvent.click(screen.getByTestId('issues-warning-more'));
    expect(issueTexts('warning')).toHaveLength(450);
    expect(screen.queryByTestId('issues-warning-more')).toBeNull();
  });
});
