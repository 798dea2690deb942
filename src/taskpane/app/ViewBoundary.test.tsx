import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { DEFAULT_SETTINGS, type Settings } from '../engine/settings';
import { LocaleProvider } from '../i18n/locale';
import { createFakeHost } from '../_test/fake-host';
import { PaneStoreProvider, usePane } from './store';
import { ViewBoundary } from './ViewBoundary';

/** A view that fails on one setting, as the period line did on a year 25. */
function Fragile() {
  const { settings } = usePane();
  if (settings.dueSoonDays === 30) throw new RangeError('Invalid report year: 25');
  return <p data-testid="fragile">{settings.dueSoonDays}</p>;
}

function Pane(props: { settings: Settings }) {
  const host = createFakeHost();
  render(
    <PaneStoreProvider host={host} initialSettings={props.settings}>
      <FluentProvider theme={webLightTheme}>
        <LocaleProvider locale={props.settings.locale}>
          <ViewBoundary>
            <Fragile />
          </ViewBoundary>
        </LocaleProvider>
      </FluentProvider>
    </PaneStoreProvider>,
  );
  return host;
}

describe('ViewBoundary', () => {
  let consoleError: jest.SpyInstance;
  beforeEach(() => {
    // React reports the caught error on the console; the test looks at the page instead.
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => consoleError.mockRestore());

  it('shows the failure with a way back instead of a blank page, and "Đặt lại cài đặt" works', async () => {
    const host = Pane({ settings: { ...DEFAULT_SETTINGS, dueSoonDays: 30, period: 'year' } });
    const failed = screen.getByTestId('view-error');
    expect(failed.textContent).toContain('Không hiển thị được phần này');
    expect(failed.textContent).toContain('Invalid report year: 25');
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Đặt lại cài đặt' }));
    });
    expect(screen.getByTestId('fragile').textContent).toBe('7');
    expect(screen.queryByTestId('view-error')).toBeNull();
    await waitFor(() => expect(host.saved.at(-1)).toEqual(DEFAULT_SETTINGS));
  });

  it('speaks English when the pane does, and keeps the language on reset', async () => {
    const host = Pane({ settings: { ...DEFAULT_SETTINGS, dueSoonDays: 30, locale: 'en' } });
    expect(screen.getByTestId('view-error').textContent).toContain('This part could not be shown');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Reset settings' }));
    });
    await waitFor(() => expect(host.saved.at(-1)).toEqual({ ...DEFAULT_SETTINGS, locale: 'en' }));
  });
});
