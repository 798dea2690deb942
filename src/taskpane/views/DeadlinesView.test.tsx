import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'fs';
import path from 'path';
import { readWorkbook } from '../../io/xlsx/read';
import { App } from '../app/App';
import { DEFAULT_SETTINGS } from '../engine/settings';
import { createFakeHost, SAMPLE_AS_OF, SAMPLE_PLAN, type FakeHost } from '../_test/fake-host';

const ROOT = path.resolve(__dirname, '../../..');
const settings = { ...DEFAULT_SETTINGS, asOf: SAMPLE_AS_OF };

function sampleFile(relative: string): File {
  return new File([readFileSync(path.join(ROOT, relative))], path.basename(relative));
}

async function openSample(host: FakeHost = createFakeHost()) {
  render(<App host={host} initialSettings={settings} />);
  await act(async () => {
    fireEvent.change(screen.getByTestId('plan-file'), {
      target: { files: [sampleFile(SAMPLE_PLAN)] },
    });
  });
  await screen.findByTestId('check-tables');
  fireEvent.click(screen.getByRole('tab', { name: 'Thời hạn' }));
  return host;
}

const summary = () =>
  within(screen.getByTestId('due-summary'))
    .getAllByText(/:/)
    .map((b) => b.textContent);

const keys = (group: string) =>
  within(screen.getByTestId(`due-${group}`))
    .queryAllByTestId('due-task')
    .map((t) => t.firstElementChild?.firstElementChild?.textContent);

describe('DeadlinesView', () => {
  it('tells what to do when no plan is open, in both languages', () => {
    render(<App host={createFakeHost()} initialSettings={settings} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Thời hạn' }));
    expect(screen.getByTestId('deadlines-empty').textContent).toContain(
      'Mở kế hoạch ở thẻ Kiểm tra',
    );
    fireEvent.click(screen.getByTestId('language-switch'));
    expect(screen.getByTestId('deadlines-empty').textContent).toContain(
      'Open the plan on the Check tab',
    );
    // The plan can be opened right here too.
    expect(screen.getByTestId('plan-file')).toBeTruthy();
  });

  it('groups the sample plan’s tasks as `phuluc scan --as-of 2024-10-20` does', async () => {
    await openSample();
    expect(summary()).toEqual([
      'Quá hạn: 5',
      'Sắp đến hạn: 0',
      'Chưa đến hạn: 6',
      'Không có ngày cố định: 3',
      'Đã hoàn thành: 0',
    ]);
    expect(keys('overdue')).toEqual(['1', '6', '2', '3', '8']);
    expect(keys('not-yet-due')).toEqual(['11', '4', '9', '14', '5', '10']);
    expect(keys('no-date')).toEqual(['7', '12', '13']);
    const first = within(screen.getByTestId('due-overdue')).getAllByTestId('due-task')[0]!;
    expect(first.textContent).toContain('19/06/2024 · quá 123 ngày');
    expect(first.textContent).toContain('Chủ trì: Các phòng, đơn vị thuộc Sở');
    expect(first.textContent).toContain('Thời gian: Trước ngày 20/6/2024 · Hạn: 19/06/2024');
    // A monthly task shows the due dates around the next one.
    const monthly = within(screen.getByTestId('due-not-yet-due')).getAllByTestId('due-task')[0]!;
    expect(monthly.textContent).toContain(
      'Thời gian: Hằng tháng · Hạn: …, 30/09/2024, 31/10/2024, 30/11/2024, 31/12/2024',
    );
    // Long content is cut to two lines; the whole text is its title.
    const content = first.querySelector('[title]')!;
    expect(content.getAttribute('title')).toMatch(/^Các phòng, đơn vị thuộc Sở chủ động rà soát/);
  });

  it('narrows to one lead unit, tasks of "Các phòng, đơn vị thuộc Sở" included', async () => {
    await openSample();
    const unit = screen.getByRole('combobox', { name: 'Đơn vị chủ trì' });
    expect(
      within(unit)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Tất cả đơn vị',
      'Văn phòng Sở',
      'Phòng Quản lý Khoa học',
      'Phòng Quản lý chuyên ngành',
      'Thanh tra Sở',
      'Trung tâm Thông tin và Ứng dụng tiến bộ KH&CN',
    ]);
    fireEvent.change(unit, { target: { value: 'Văn phòng Sở' } });
    expect(keys('overdue')).toEqual(['1', '2', '3']);
    expect(summary()[0]).toBe('Quá hạn: 3');
    fireEvent.change(unit, { target: { value: 'Phòng Quản lý chuyên ngành' } });
    expect(keys('overdue')).toEqual(['1', '6', '2', '8']);
    fireEvent.change(unit, { target: { value: '' } });
    expect(keys('overdue')).toHaveLength(5);
  });

  it('rescans at another as-of date and widens the due-soon window (saved as settings)', async () => {
    const host = await openSample();
    fireEvent.change(screen.getByLabelText('Ngày tính hạn'), { target: { value: '2024-09-25' } });
    await waitFor(() => expect(summary()[0]).toBe('Quá hạn: 2'));
    expect(summary()).toEqual([
      'Quá hạn: 2',
      'Sắp đến hạn: 5',
      'Chưa đến hạn: 4',
      'Không có ngày cố định: 3',
      'Đã hoàn thành: 0',
    ]);
    expect(
      within(screen.getByTestId('due-due-soon')).getAllByTestId('due-task')[0]!.textContent,
    ).toContain('30/09/2024 · còn 5 ngày');
    await waitFor(() => expect(host.saved.at(-1)).toMatchObject({ asOf: '2024-09-25' }));

    fireEvent.change(screen.getByLabelText('Ngày tính hạn'), { target: { value: SAMPLE_AS_OF } });
    await waitFor(() => expect(summary()[0]).toBe('Quá hạn: 5'));
    const days = screen.getByRole('spinbutton', { name: 'Sắp đến hạn trong (ngày)' });
    fireEvent.change(days, { target: { value: '14' } });
    fireEvent.blur(days);
    await waitFor(() => expect(keys('due-soon')).toEqual(['11']));
    expect(summary()[1]).toBe('Sắp đến hạn: 1');
    expect(host.saved.at(-1)).toMatchObject({ dueSoonDays: 14 });
  });

  it('speaks English after the switch', async () => {
    await openSample();
    fireEvent.click(screen.getByTestId('language-switch'));
    expect(summary()[0]).toBe('Overdue: 5');
    const first = within(screen.getByTestId('due-overdue')).getAllByTestId('due-task')[0]!;
    expect(first.textContent).toContain('19/06/2024 · 123 days late');
    expect(first.textContent).toContain('Lead: Các phòng, đơn vị thuộc Sở');
  });

  it('selects a task’s deadline cell in Excel', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(ROOT, SAMPLE_PLAN)));
    const name = path.basename(SAMPLE_PLAN);
    const host = createFakeHost({
      kind: 'excel',
      openWorkbook: { name, book: await readWorkbook(bytes, name) },
    });
    render(<App host={host} initialSettings={settings} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Quét sổ tính' }));
    });
    await screen.findByTestId('check-tables');
    fireEvent.click(screen.getByRole('tab', { name: 'Thời hạn' }));
    const button = within(screen.getByTestId('due-overdue')).getAllByRole('button', {
      name: '6',
    })[0]!;
    await act(async () => {
      fireEvent.click(button);
    });
    expect(host.selected).toEqual([{ sheet: 'PL1 Nhiệm vụ', cell: 'F14' }]);
  });
});
