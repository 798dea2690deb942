import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'fs';
import path from 'path';
import { App } from '../../app/App';
import { DEFAULT_SETTINGS } from '../../engine/settings';
import { readWorkbookFile } from '../../engine/workbooks';
import {
  createFakeHost,
  repoFile,
  SAMPLE_AS_OF,
  SAMPLE_PLAN,
  SAMPLE_UNITS,
  type FakeHost,
} from '../../_test/fake-host';

const settings = { ...DEFAULT_SETTINGS, asOf: SAMPLE_AS_OF };

/** A repository file as the browser hands it over, with its path in a picked folder. */
function repoPicked(relative: string, name = path.basename(relative), folderPath?: string): File {
  const bytes = readFileSync(path.resolve(__dirname, '../../../..', relative));
  const file = new File([bytes], name);
  if (folderPath) Object.defineProperty(file, 'webkitRelativePath', { value: folderPath });
  return file;
}

async function pick(testId: string, files: File[]) {
  await act(async () => {
    fireEvent.change(screen.getByTestId(testId), { target: { files } });
  });
}

async function openConsolidate(host: FakeHost) {
  render(<App host={host} initialSettings={settings} />);
  fireEvent.click(screen.getByRole('tab', { name: 'Tổng hợp' }));
  if (host.kind === 'files') await pick('plan-file', [repoPicked(SAMPLE_PLAN)]);
  else {
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Quét sổ tính' }));
    });
  }
  await screen.findByTestId('run-consolidation');
  await waitFor(() => expect(screen.queryByTestId('job')).toBeNull());
}

const itemNames = () =>
  screen.getAllByTestId('unit-item').map((i) => i.querySelector(':scope > div > div')?.textContent);

describe('UnitFiles', () => {
  it('keeps files of one name from two folders apart: listed, removed and consolidated each', async () => {
    const errors = jest.spyOn(console, 'error');
    await openConsolidate(createFakeHost());
    await pick('unit-folder', [
      repoPicked(SAMPLE_UNITS[0]!, 'bao-cao.xlsx', 'q3/VP/bao-cao.xlsx'),
      repoPicked(SAMPLE_UNITS[1]!, 'bao-cao.xlsx', 'q3/TT/bao-cao.xlsx'),
    ]);
    await waitFor(() => expect(screen.getAllByTestId('unit-item')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByTestId('job')).toBeNull());
    expect(itemNames()).toEqual(['q3/VP/bao-cao.xlsx', 'q3/TT/bao-cao.xlsx']);
    // No two list items share a React key.
    expect(errors.mock.calls.flat().join(' ')).not.toMatch(/same key/);
    errors.mockRestore();

    await act(async () => {
      fireEvent.click(screen.getByTestId('run-consolidation'));
    });
    const summary = await screen.findByTestId('summary', {}, { timeout: 20000 });
    expect(summary).toBeTruthy();
    expect(screen.getByTestId('submitted-count').textContent).toBe('2/5');

    fireEvent.click(screen.getByRole('button', { name: 'Bỏ tệp q3/VP/bao-cao.xlsx' }));
    // The other stays, and takes its plain name back.
    expect(itemNames()).toEqual(['bao-cao.xlsx']);
  }, 60000);

  it('words the note on left-out files in the language chosen after the pick', async () => {
    await openConsolidate(createFakeHost());
    const others = Array.from({ length: 7 }, (_, i) => new File(['x'], `anh-${i}.png`));
    await pick('unit-files', others);
    const note = screen.getByTestId('skipped-files');
    expect(note.textContent).toBe(
      'Đã bỏ qua 7 tệp không phải sổ tính .xlsx/.xlsm: anh-0.png, anh-1.png, anh-2.png, anh-3.png, anh-4.png và 2 tệp khác',
    );
    fireEvent.click(screen.getByTestId('language-switch'));
    await screen.findByRole('tab', { name: 'Consolidate' });
    expect(screen.getByTestId('skipped-files').textContent).toBe(
      'Left out 7 files that are not .xlsx/.xlsm workbooks: anh-0.png, anh-1.png, anh-2.png, anh-3.png, anh-4.png and 2 more',
    );
  }, 30000);

  it('says the plan has no roster instead of counting "all 0 units"', async () => {
    // The demo's plan with its units' names taken out: no roster to check the files against.
    const loaded = await readWorkbookFile(repoFile('test/fixtures/xlsx/seed000-indicators.xlsx'));
    const blank = (value: unknown) => typeof value === 'string' && value.trim() === 'Văn phòng';
    const sheets = loaded.book.sheets.map((g) => ({
      ...g,
      rows: g.rows.map((r) => r?.map((c) => (c && blank(c.value) ? undefined : c))),
    }));
    await openConsolidate(
      createFakeHost({
        kind: 'excel',
        openWorkbook: { ...loaded, book: { ...loaded.book, sheets } },
      }),
    );
    await pick('unit-files', [repoPicked(SAMPLE_UNITS[0]!)]);
    await waitFor(() => expect(screen.queryByTestId('job')).toBeNull());
    await screen.findByTestId('unit-item');
    const missing = screen.getByTestId('missing-units').textContent;
    expect(missing).toContain('Kế hoạch chưa có danh mục đơn vị');
    expect(missing).not.toContain('cả 0 đơn vị');
  }, 30000);

  it('points the folded list’s toggle at the list only while there is one', async () => {
    await openConsolidate(createFakeHost());
    const copies = Array.from({ length: 9 }, (_, i) =>
      repoPicked('test/fixtures/xlsx/seed000-indicators.xlsx', `${i}.xlsx`),
    );
    await pick('unit-files', copies);
    const count = await screen.findByTestId('unit-count');
    await waitFor(() => expect(count.textContent).toBe('9 tệp · 9 đã đọc · 0 lỗi'));
    const toggle = screen.getByTestId('unit-list-toggle');
    // Folded and none failed: no list, so nothing to point at.
    expect(screen.queryByTestId('unit-list')).toBeNull();
    expect(toggle.hasAttribute('aria-controls')).toBe(false);
    fireEvent.click(toggle);
    const list = screen.getByTestId('unit-list');
    expect(toggle.getAttribute('aria-controls')).toBe(list.id);
  }, 30000);
});
