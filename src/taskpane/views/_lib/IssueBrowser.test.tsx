import { render, screen } from '@testing-library/react';
import type { Issue } from '../../../core/issues/types';
import { PaneStoreProvider } from '../../app/store';
import { LocaleProvider } from '../../i18n/locale';
import type { Locale } from '../../i18n/text';
import { createFakeHost } from '../../_test/fake-host';
import { IssueBrowser } from './IssueBrowser';

const issues: Issue[] = [
  { severity: 'warning', code: 'blank-row', file: 'vp.xlsx', sheet: 'PL1', cell: 'A7' },
  { severity: 'warning', code: 'orphan-row', sheet: 'PL1', cell: 'A9' },
  { severity: 'warning', code: 'blank-row', file: 'tt.xlsx', sheet: 'PL1', cell: 'A8' },
];

function show(locale: Locale) {
  render(
    <PaneStoreProvider host={createFakeHost()}>
      <LocaleProvider locale={locale}>
        <IssueBrowser
          issues={issues}
          tables={[]}
          heading={{ vi: 'Vấn đề', en: 'Issues' }}
          idPrefix="issues"
          as="h2"
          byFile
        />
      </LocaleProvider>
    </PaneStoreProvider>,
  );
  return screen.getAllByTestId('issue-file-head').map((h) => h.textContent);
}

describe('IssueBrowser', () => {
  it('heads the issues of no file with a name of their own, in the pane’s language', () => {
    expect(show('vi')).toEqual([
      'Chung, không thuộc tệp nào (1)',
      // The first issue's file (the plan's, in Tổng hợp) first.
      'vp.xlsx (1)',
      'tt.xlsx (1)',
    ]);
  });

  it('says it in English too', () => {
    expect(show('en')[0]).toBe('General, of no one file (1)');
  });
});
