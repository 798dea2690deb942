import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'fs';
import path from 'path';
import { DEFAULT_SETTINGS } from '../engine/settings';
import { createFakeHost, SAMPLE_AS_OF, SAMPLE_PLAN } from '../_test/fake-host';
import { App, VIEWS } from './App';

const settings = { ...DEFAULT_SETTINGS, asOf: SAMPLE_AS_OF };

function sampleFile(relative: string): File {
  const bytes = readFileSync(path.resolve(__dirname, '../../..', relative));
  return new File([bytes], path.basename(relative));
}

describe('App shell', () => {
  it('shows every view as a tab, Vietnamese first, and switches language', async () => {
    const host = createFakeHost();
    render(<App host={host} initialSettings={settings} />);
    expect(screen.getAllByRole('tab')).toHaveLength(VIEWS.length);
    for (const v of VIEWS) expect(screen.getByRole('tab', { name: v.label.vi })).toBeTruthy();
    fireEvent.click(screen.getByTestId('language-switch'));
    for (const v of VIEWS) expect(screen.getByRole('tab', { name: v.label.en })).toBeTruthy();
    // The language is a setting: saved with the workbook / page.
    await waitFor(() => expect(host.saved).toHaveLength(1));
    expect(host.saved[0]).toMatchObject({ locale: 'en' });
  });

  it('reads a plan file the user picks and names it', async () => {
    const host = createFakeHost();
    render(<App host={host} initialSettings={settings} />);
    const input = screen.getByTestId('plan-file');
    await act(async () => {
      fireEvent.change(input, { target: { files: [sampleFile(SAMPLE_PLAN)] } });
    });
    await waitFor(() =>
      expect(screen.getByTestId('plan-source').textContent).toContain(
        'ke-hoach-cai-cach-tthc-2024.xlsx',
      ),
    );
  });

  it('says in the pane, in both languages, when a picked file is not a workbook', async () => {
    render(<App host={createFakeHost()} initialSettings={settings} />);
    await act(async () => {
      fireEvent.change(screen.getByTestId('plan-file'), {
        target: { files: [new File(['hello'], 'ghi-chu.txt')] },
      });
    });
    const message = await screen.findByTestId('pane-message');
    expect(message.textContent).toContain(
      'Tệp là văn bản (CSV hoặc văn bản thường), không phải sổ tính .xlsx; hãy mở bằng Excel và lưu lại dạng .xlsx: ghi-chu.txt',
    );
  });

  it('keeps a message with the view it came from', async () => {
    render(<App host={createFakeHost()} initialSettings={settings} />);
    await act(async () => {
      fireEvent.change(screen.getByTestId('plan-file'), {
        target: { files: [new File(['hello'], 'ghi-chu.txt')] },
      });
    });
    expect(await screen.findByTestId('pane-message')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
    expect(screen.getByTestId('pane-message')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Biểu mẫu' }));
    expect(screen.queryByTestId('pane-message')).toBeNull();
  });

  it('hides the standalone notice when asked, and remembers it', () => {
    localStorage.clear();
    const first = render(<App host={createFakeHost()} initialSettings={settings} />);
    expect(screen.getByTestId('standalone-notice').textContent).toContain(
      'Đang chạy dạng trang web',
    );
    fireEvent.click(screen.getByTestId('close-standalone-notice'));
    expect(screen.queryByTestId('standalone-notice')).toBeNull();
    // Focus goes to the view, not to the body the closed bar leaves behind.
    expect(document.activeElement?.id).toBe('content');
    first.unmount();
    render(<App host={createFakeHost()} initialSettings={settings} />);
    expect(screen.queryByTestId('standalone-notice')).toBeNull();
    localStorage.clear();
  });

  it('lists what this Excel lacks instead of failing', () => {
    const host = createFakeHost({
      kind: 'excel',
      missing: [{ id: 'page-layout', vi: 'Thiếu ExcelApi 1.9', en: 'Lacks ExcelApi 1.9' }],
    });
    render(<App host={host} initialSettings={settings} />);
    expect(screen.getByTestId('missing-features').textContent).toContain('Thiếu ExcelApi 1.9');
  });
});
