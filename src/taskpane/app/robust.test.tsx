import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { DEFAULT_SETTINGS } from '../engine/settings';
import { createFakeHost, repoFile, SAMPLE_AS_OF, SAMPLE_PLAN } from '../_test/fake-host';
import { readWorkbookFile } from '../engine/workbooks';
import { App } from './App';

/** The pane in an Excel host with the sample plan open, and what it had saved. */
async function openPane(savedSettings?: unknown) {
  const openWorkbook = await readWorkbookFile(repoFile(SAMPLE_PLAN));
  const host = createFakeHost({ kind: 'excel', openWorkbook, savedSettings });
  // The saved settings arrive after the first render.
  await act(async () => {
    render(<App host={host} />);
  });
  return host;
}

async function scanWorkbook() {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Quét sổ tính' }));
  });
  await waitFor(() => expect(screen.queryByTestId('job')).toBeNull());
}

async function scanSample(savedSettings?: unknown) {
  const host = await openPane(savedSettings);
  await scanWorkbook();
  return host;
}

describe('No input crashes the pane (issue 19, point 1)', () => {
  it('never saves a year being typed into "Ngày tính hạn", and Tổng hợp still opens', async () => {
    const host = await scanSample({ ...DEFAULT_SETTINGS, asOf: SAMPLE_AS_OF });
    fireEvent.click(screen.getByRole('tab', { name: 'Thời hạn' }));
    const asOf = screen.getByLabelText('Ngày tính hạn');
    // Typing the year "25" passes through these: a native date input's values, then the
    // field's own dd/mm/yyyy.
    for (const partial of ['0002-10-20', '0025-10-20', '20/10/2', '20/10/25']) {
      fireEvent.change(asOf, { target: { value: partial } });
    }
    // The crash of the issue: "RangeError: Invalid report year: 25" blanked the pane here.
    fireEvent.click(screen.getByRole('tab', { name: 'Tổng hợp' }));
    expect(screen.getByTestId('consolidate-view').textContent).toContain('Quý IV năm 2024');
    expect(host.saved.some((s) => (s as { asOf?: unknown }).asOf === '0025-10-20')).toBe(false);
    fireEvent.click(screen.getByRole('tab', { name: 'Thời hạn' }));
    fireEvent.change(screen.getByLabelText('Ngày tính hạn'), { target: { value: '0025-10-20' } });
    expect(screen.getByTestId('deadlines-view').textContent).toContain('Năm phải từ 2000 đến 2100');
    // A complete date is taken at once.
    fireEvent.click(screen.getByRole('tab', { name: 'Thời hạn' }));
    fireEvent.change(screen.getByLabelText('Ngày tính hạn'), { target: { value: '2025-10-20' } });
    await waitFor(() => expect(host.saved.at(-1)).toMatchObject({ asOf: '2025-10-20' }));
    // Shown back as Vietnamese write it.
    expect((screen.getByLabelText('Ngày tính hạn') as HTMLInputElement).value).toBe('20/10/2025');
    fireEvent.change(screen.getByLabelText('Ngày tính hạn'), { target: { value: '21/10/2025' } });
    await waitFor(() => expect(host.saved.at(-1)).toMatchObject({ asOf: '2025-10-21' }));
    expect(screen.getByTestId('deadlines-view').textContent).not.toContain('Năm phải từ');
  }, 30000);

  it('replaces a bad saved as-of date and year by the defaults, says so, and Tổng hợp opens', async () => {
    const host = await openPane({ ...DEFAULT_SETTINGS, asOf: '0025-10-20', year: 25 });
    const message = await screen.findByTestId('pane-message');
    expect(message.textContent).toContain('Cài đặt đã lưu có giá trị không hợp lệ');
    expect(message.textContent).toContain('Ngày báo cáo');
    expect(message.textContent).toContain('Năm kế hoạch');
    // The cleaned settings are saved back, so the bad value does not return after a reload.
    await waitFor(() => expect(host.saved.at(-1)).toMatchObject({ asOf: null, year: null }));
    await scanWorkbook();
    fireEvent.click(screen.getByRole('tab', { name: 'Tổng hợp' }));
    expect(screen.getByTestId('consolidate-view').textContent).toContain('Kỳ báo cáo');
  }, 30000);

  it('Cài đặt refuses an as-of date outside 2000–2100 as it is typed, and on saving', async () => {
    const host = createFakeHost({ savedSettings: undefined });
    render(<App host={host} initialSettings={DEFAULT_SETTINGS} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Cài đặt' }));
    fireEvent.change(screen.getByTestId('setting-as-of'), { target: { value: '0025-10-20' } });
    expect(screen.getByTestId('settings-form').textContent).toContain('Năm phải từ 2000 đến 2100');
    fireEvent.click(screen.getByTestId('settings-save'));
    expect(screen.getByTestId('settings-status').textContent).toContain('Chưa lưu');
    expect(host.saved).toHaveLength(0);
  });
});
