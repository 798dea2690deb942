import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'fs';
import path from 'path';
import { readWorkbook } from '../../io/xlsx/read';
import { App } from '../app/App';
import { DEFAULT_SETTINGS } from '../engine/settings';
import {
  createFakeHost,
  SAMPLE_AS_OF,
  SAMPLE_PLAN,
  SAMPLE_UNITS,
  type FakeHost,
} from '../_test/fake-host';
import {
  RECURRING_AS_OF,
  RECURRING_PLAN,
  RECURRING_UNIT,
  recurringBooks,
} from './deadlines/_test/recurring-books';

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

async function pick(testId: string, files: File[]) {
  await act(async () => {
    fireEvent.change(screen.getByTestId(testId), { target: { files } });
  });
}

/** On Tổng hợp: adds the unit files, consolidates, and comes back to Thời hạn. */
async function consolidateUnits(files: File[]) {
  fireEvent.click(screen.getByRole('tab', { name: 'Tổng hợp' }));
  await pick('unit-files', files);
  await waitFor(() => expect(screen.getAllByTestId('unit-item')).toHaveLength(files.length));
  await waitFor(() => expect(screen.queryByTestId('job')).toBeNull());
  await act(async () => {
    fireEvent.click(screen.getByTestId('run-consolidation'));
  });
  await screen.findByTestId('summary', {}, { timeout: 20000 });
  fireEvent.click(screen.getByRole('tab', { name: 'Thời hạn' }));
}

/** Each group's heading as "Name: n" ("Quá hạn (7)" reads "Quá hạn: 7"). */
const summary = () =>
  within(screen.getByTestId('deadlines-view'))
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent!.replace(/ \((\d+)\)$/, ': $1'));

/** The key figures at the top, "Name: n". */
const figures = () =>
  within(screen.getByTestId('due-figures'))
    .getAllByRole('listitem')
    .map((li) => `${li.lastChild!.textContent}: ${li.firstChild!.textContent}`);

const keys = (group: string) =>
  within(screen.getByTestId(`due-${group}`))
    .queryAllByTestId('due-task')
    .map((t) => t.firstElementChild?.firstElementChild?.textContent);

describe('DeadlinesView', () => {
  it('tells what to do when no plan is open, in both languages', () => {
    render(<App host={createFakeHost()} initialSettings={settings} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Thời hạn' }));
    // What the tab is for, in a line; where the plan comes from is the button beside it.
    expect(screen.getByTestId('deadlines-empty').textContent).toBe(
      'Tại đây: các nhiệm vụ quá hạn, sắp đến hạn và đã hoàn thành của kế hoạch.',
    );
    fireEvent.click(screen.getByTestId('language-switch'));
    expect(screen.getByTestId('deadlines-empty').textContent).toBe(
      'Here: the plan’s tasks overdue, due soon and done.',
    );
    // The plan can be opened right here too.
    expect(screen.getByTestId('plan-file')).toBeTruthy();
  });

  it('groups the sample plan’s tasks as `phuluc scan --as-of 2024-10-20` does', async () => {
    await openSample();
    // Quarterly (10) and monthly (11) tasks: the 30/09 occurrence was not reported done.
    expect(summary()).toEqual([
      'Quá hạn: 7',
      'Sắp đến hạn: 0',
      'Chưa đến hạn: 4',
      'Không có ngày cố định: 3',
    ]);
    // First, what matters: overdue, due soon, done.
    expect(figures()).toEqual(['Quá hạn: 7', 'Sắp đến hạn: 0', 'Đã hoàn thành: 0']);
    expect(keys('overdue')).toEqual(['1', '6', '2', '3', '8', '10', '11']);
    expect(keys('not-yet-due')).toEqual(['4', '9', '14', '5']);
    expect(screen.getByTestId('due-source').textContent).toBe(
      'Đã hoàn thành theo cột tình trạng của kế hoạch.',
    );
    expect(keys('no-date')).toEqual(['7', '12', '13']);
    const first = within(screen.getByTestId('due-overdue')).getAllByTestId('due-task')[0]!;
    expect(first.textContent).toContain('19/06/2024 · quá 123 ngày');
    expect(first.textContent).toContain('Chủ trì: Các phòng, đơn vị thuộc Sở');
    expect(first.textContent).toContain('Thời gian: Trước ngày 20/6/2024 · Hạn: 19/06/2024');
    // A monthly task shows the due dates around the one it is judged against.
    const monthly = within(screen.getByTestId('due-overdue')).getAllByTestId('due-task')[6]!;
    expect(monthly.textContent).toContain('30/09/2024 · quá 20 ngày');
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
    expect(keys('overdue')).toEqual(['1', '2', '3', '10', '11']);
    expect(summary()[0]).toBe('Quá hạn: 5');
    fireEvent.change(unit, { target: { value: 'Phòng Quản lý chuyên ngành' } });
    expect(keys('overdue')).toEqual(['1', '6', '2', '8', '11']);
    fireEvent.change(unit, { target: { value: '' } });
    expect(keys('overdue')).toHaveLength(7);
  });

  it('rescans at another as-of date and widens the due-soon window (saved as settings)', async () => {
    const host = await openSample();
    fireEvent.change(screen.getByLabelText('Ngày tính hạn'), { target: { value: '2024-09-25' } });
    await waitFor(() => expect(summary()[0]).toBe('Quá hạn: 4'));
    expect(summary()).toEqual([
      'Quá hạn: 4',
      'Sắp đến hạn: 3',
      'Chưa đến hạn: 4',
      'Không có ngày cố định: 3',
    ]);
    expect(figures()).toEqual(['Quá hạn: 4', 'Sắp đến hạn: 3', 'Đã hoàn thành: 0']);
    expect(
      within(screen.getByTestId('due-due-soon')).getAllByTestId('due-task')[0]!.textContent,
    ).toContain('30/09/2024 · còn 5 ngày');
    await waitFor(() => expect(host.saved.at(-1)).toMatchObject({ asOf: '2024-09-25' }));

    fireEvent.change(screen.getByLabelText('Ngày tính hạn'), { target: { value: SAMPLE_AS_OF } });
    await waitFor(() => expect(summary()[0]).toBe('Quá hạn: 7'));
    const days = screen.getByRole('spinbutton', { name: 'Sắp đến hạn trong (ngày)' });
    fireEvent.change(days, { target: { value: '45' } });
    fireEvent.blur(days);
    await waitFor(() => expect(keys('due-soon')).toEqual(['4', '9', '14']));
    expect(summary()[1]).toBe('Sắp đến hạn: 3');
    expect(host.saved.at(-1)).toMatchObject({ dueSoonDays: 45 });
  });

  it('speaks English after the switch', async () => {
    await openSample();
    fireEvent.click(screen.getByTestId('language-switch'));
    expect(summary()[0]).toBe('Overdue: 7');
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
  it('once the units’ files are consolidated, takes what they reported (as Tổng hợp does)', async () => {
    await openSample();
    await consolidateUnits(SAMPLE_UNITS.map(sampleFile));
    // Tổng hợp: 2 overdue (2, 6), done 1, 3, 10, 11 and 12 "Không phát sinh"; 8 nobody reported
    // on and its 30/09 has passed, so it is overdue here as in the submission tracker.
    expect(summary()).toEqual([
      'Quá hạn: 3',
      'Sắp đến hạn: 0',
      'Chưa đến hạn: 4',
      'Không có ngày cố định: 2',
      'Đã hoàn thành: 5',
    ]);
    expect(figures()).toEqual(['Quá hạn: 3', 'Sắp đến hạn: 0', 'Đã hoàn thành: 5']);
    expect(keys('overdue')).toEqual(['6', '2', '8']);
    expect(keys('done')).toEqual(['1', '3', '10', '11', '12']);
    expect(screen.getByTestId('due-source').textContent).toContain('theo báo cáo của các đơn vị');
  }, 60000);

  it('judges a quarterly task reported "Đang thực hiện" overdue at 2025-08-01, before and after consolidating', async () => {
    const books = await recurringBooks();
    render(
      <App host={createFakeHost()} initialSettings={{ ...settings, asOf: RECURRING_AS_OF }} />,
    );
    await pick('plan-file', [new File([new Uint8Array(books.plan)], RECURRING_PLAN)]);
    await screen.findByTestId('check-tables');
    fireEvent.click(screen.getByRole('tab', { name: 'Thời hạn' }));
    const first = () =>
      within(screen.getByTestId('due-overdue')).getAllByTestId('due-task')[0]!.textContent;
    expect(keys('overdue')).toEqual(['1']);
    expect(first()).toContain('30/06/2025 · quá 32 ngày');

    await consolidateUnits([new File([new Uint8Array(books.unit)], RECURRING_UNIT)]);
    expect(keys('overdue')).toEqual(['1']);
    expect(first()).toContain('30/06/2025 · quá 32 ngày');
    expect(keys('not-yet-due')).toEqual(['2']);
    expect(screen.getByTestId('due-source').textContent).toContain('theo báo cáo của các đơn vị');
  }, 60000);
});
