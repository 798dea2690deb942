import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'fs';
import path from 'path';
import { App } from '../app/App';
import { DEFAULT_SETTINGS } from '../engine/settings';
import { createFakeHost, SAMPLE_PLAN, type FakeHost } from '../_test/fake-host';

function sampleFile(relative: string): File {
  const bytes = readFileSync(path.resolve(__dirname, '../../..', relative));
  return new File([bytes], path.basename(relative));
}

function openSettings(host: FakeHost) {
  render(<App host={host} initialSettings={DEFAULT_SETTINGS} now={() => new Date(2024, 9, 20)} />);
  fireEvent.click(screen.getByRole('tab', { name: 'Cài đặt' }));
}

function type(testId: string, value: string) {
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
}

describe('SettingsView', () => {
  it('labels every field and says where settings are kept', () => {
    openSettings(createFakeHost());
    for (const label of [
      'Ngày báo cáo (ngày tính quá hạn)',
      'Năm kế hoạch',
      'Danh mục đơn vị (mỗi dòng một đơn vị)',
      'Số ngày "sắp đến hạn"',
      'Kỳ báo cáo',
    ]) {
      expect(screen.getByLabelText(label)).toBeTruthy();
    }
    expect(screen.getByTestId('settings-where').textContent).toContain('trong trình duyệt này');
    expect(screen.getByTestId('settings-form').textContent).toContain(
      'Để trống: hôm nay (20/10/2024)',
    );
  });

  it('says settings are saved with the workbook in Excel', () => {
    openSettings(createFakeHost({ kind: 'excel' }));
    expect(screen.getByTestId('settings-where').textContent).toContain('cùng sổ tính');
  });

  it('saves the checked settings through the host', async () => {
    const host = createFakeHost();
    openSettings(host);
    type('setting-as-of', '2024-10-20');
    type('setting-year', '2024');
    type('setting-roster', 'Văn phòng Sở\n\nThanh tra Sở\n');
    type('setting-days', '14');
    type('setting-period', 'half');
    type('setting-number', '125/BC-SKHCN');
    type('setting-signer', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC');
    type('setting-signer-name', 'Nguyễn Văn An');
    type('setting-recipients', '- UBND tỉnh (b/c);\n- Lưu: VT.');
    fireEvent.click(screen.getByRole('radio', { name: 'English (tiếng Anh)' }));
    fireEvent.click(screen.getByTestId('settings-save'));
    await waitFor(() => expect(host.saved).toHaveLength(1));
    expect(host.saved[0]).toEqual({
      asOf: '2024-10-20',
      year: 2024,
      roster: ['Văn phòng Sở', 'Thanh tra Sở'],
      dueSoonDays: 14,
      period: 'half',
      locale: 'en',
      signer: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC',
      signerName: 'Nguyễn Văn An',
      documentNumber: '125/BC-SKHCN',
      recipients: ['- UBND tỉnh (b/c);', '- Lưu: VT.'],
    });
    // The pane now speaks English, and the form keeps what was saved.
    expect(screen.getByTestId('settings-status').textContent).toBe('Settings saved.');
    expect(screen.getByRole('tab', { name: 'Settings' })).toBeTruthy();
    expect((screen.getByTestId('setting-year') as HTMLInputElement).value).toBe('2024');
  });

  it('shows a message on an invalid year and saves nothing', async () => {
    const host = createFakeHost();
    openSettings(host);
    type('setting-year', '1800');
    type('setting-days', '7');
    fireEvent.click(screen.getByTestId('settings-save'));
    expect(screen.getByTestId('settings-form').textContent).toContain(
      'Năm phải là số từ 1990 đến 2100',
    );
    expect(screen.getByTestId('settings-status').textContent).toContain('Chưa lưu');
    expect(screen.getByTestId('setting-year').getAttribute('aria-invalid')).toBe('true');
    // The keyboard goes to the field to correct, not left on Lưu.
    expect(document.activeElement).toBe(screen.getByTestId('setting-year'));
    await new Promise((r) => setTimeout(r, 20));
    expect(host.saved).toHaveLength(0);
    // Correcting the field clears its message and saves.
    type('setting-year', '');
    fireEvent.click(screen.getByTestId('settings-save'));
    await waitFor(() => expect(host.saved).toHaveLength(1));
    expect(host.saved[0]).toMatchObject({ year: null });
  });

  it('shows the plan’s roster as the hint and takes the language switch without losing typing', async () => {
    const host = createFakeHost();
    openSettings(host);
    fireEvent.click(screen.getByRole('tab', { name: 'Tổng hợp' }));
    await act(async () => {
      fireEvent.change(screen.getByTestId('plan-file'), {
        target: { files: [sampleFile(SAMPLE_PLAN)] },
      });
    });
    fireEvent.click(screen.getByRole('tab', { name: 'Cài đặt' }));
    await waitFor(() =>
      expect(screen.getByTestId('settings-form').textContent).toContain(
        'Để trống: dùng danh mục của kế hoạch: Văn phòng Sở; Phòng Quản lý Khoa học',
      ),
    );
    expect(screen.getByTestId('settings-form').textContent).toContain(
      'lấy theo tiêu đề kế hoạch (2024)',
    );
    type('setting-days', '10');
    fireEvent.click(screen.getByTestId('language-switch'));
    expect(screen.getByRole('tab', { name: 'Settings' })).toBeTruthy();
    expect((screen.getByTestId('setting-days') as HTMLInputElement).value).toBe('10');
    expect(screen.getByRole('radio', { name: 'English' })).toHaveProperty('checked', true);
  }, 30000);
});
