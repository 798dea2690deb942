import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../app/App';
import { DEFAULT_SETTINGS } from '../../engine/settings';
import { createFakeHost } from '../../_test/fake-host';

describe('Date fields show dd/mm/yyyy whatever the browser’s locale (issue 19, point 9)', () => {
  it('in an English browser, Cài đặt shows and reads day/month/year in both languages', async () => {
    // jsdom's browser speaks English (en-US), where a native date input shows mm/dd/yyyy.
    expect(navigator.language).toBe('en-US');
    const host = createFakeHost();
    render(<App host={host} initialSettings={{ ...DEFAULT_SETTINGS, asOf: '2024-10-05' }} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Cài đặt' }));
    const asOf = () => screen.getByTestId('setting-as-of') as HTMLInputElement;
    expect(asOf().value).toBe('05/10/2024');
    expect(asOf().type).toBe('text');
    expect(asOf().placeholder).toBe('nn/tt/nnnn');

    fireEvent.change(asOf(), { target: { value: '25/09/2024' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('settings-save'));
    });
    await waitFor(() => expect(host.saved.at(-1)).toMatchObject({ asOf: '2024-09-25' }));

    // English pane: still day first (the documents' own format).
    fireEvent.click(screen.getByTestId('language-switch'));
    expect(asOf().value).toBe('25/09/2024');
    expect(asOf().placeholder).toBe('dd/mm/yyyy');
  });

  it('says at once when the typed year is not complete, and saves nothing', () => {
    const host = createFakeHost();
    render(<App host={host} initialSettings={DEFAULT_SETTINGS} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Cài đặt' }));
    fireEvent.change(screen.getByTestId('setting-as-of'), { target: { value: '20/10/25' } });
    expect(screen.getByTestId('settings-form').textContent).toContain('Năm phải từ 2000 đến 2100');
    fireEvent.click(screen.getByTestId('settings-save'));
    expect(host.saved).toHaveLength(0);
  });
});
