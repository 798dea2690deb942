import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { LocaleProvider } from '../../i18n/locale';
import type { Locale } from '../../i18n/text';
import { ShowAll } from './ShowAll';

function Folded(props: { what?: { vi: string; en: string } }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <ShowAll
        open={open}
        onToggle={() => setOpen((o) => !o)}
        count={1234}
        {...(props.what && { what: props.what })}
        controls="the-list"
        testId="all"
      />
      <ul id="the-list" />
    </>
  );
}

function show(locale: Locale, what?: { vi: string; en: string }) {
  render(
    <LocaleProvider locale={locale}>
      <Folded {...(what && { what })} />
    </LocaleProvider>,
  );
  return screen.getByTestId('all');
}

describe('ShowAll', () => {
  it('says how many there are while folded, and folds again', () => {
    const button = show('vi', { vi: 'tệp', en: 'files' });
    expect(button.textContent).toBe('Xem tất cả (1.234 tệp)');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-controls')).toBe('the-list');
    fireEvent.click(button);
    expect(button.textContent).toBe('Thu gọn');
    expect(button.getAttribute('aria-expanded')).toBe('true');
  });

  it('says it in English, with the count alone when nothing is named', () => {
    const button = show('en');
    expect(button.textContent).toBe('Show all (1,234)');
    fireEvent.click(button);
    expect(button.textContent).toBe('Collapse');
  });
});
