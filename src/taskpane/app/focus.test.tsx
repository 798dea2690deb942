import { render, screen } from '@testing-library/react';
import { act, useRef, useState } from 'react';
import { focusIsLost, useFocusAfterJob, useFocusOnOutcome } from './focus';

/** A view with an action button that is disabled while it works, and its outcome. */
function Harness(props: { withMessage?: boolean }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<number | null>(null);
  const [message, setMessage] = useState(false);
  const figures = useRef<HTMLDivElement>(null);
  useFocusAfterJob(busy);
  useFocusOnOutcome(figures, outcome, '[data-testid="action-area"]');
  return (
    <main id="content" tabIndex={-1}>
      {message && <div tabIndex={-1} data-testid="pane-message" />}
      <div data-testid="action-area">
        <button disabled={busy} onClick={() => setBusy(true)} data-testid="act">
          act
        </button>
      </div>
      <button onClick={() => setOutcome((n) => (n ?? 0) + 1)} data-testid="elsewhere">
        elsewhere
      </button>
      <button
        onClick={() => {
          setBusy(false);
          if (props.withMessage) setMessage(true);
        }}
        data-testid="finish"
      >
        finish
      </button>
      <button onClick={() => setOutcome((n) => (n ?? 0) + 1)} data-testid="result-only">
        result
      </button>
      {outcome !== null && <div ref={figures} tabIndex={-1} data-testid="figures" />}
    </main>
  );
}

/** The job's end as the store brings it: `busy` false, the button enabled again. */
function finish() {
  act(() => screen.getByTestId('finish').click());
}

describe('focus after actions', () => {
  it('counts the body and a disabled control as lost focus', () => {
    document.body.focus();
    expect(focusIsLost(document)).toBe(true);
    render(<button data-testid="b">b</button>);
    screen.getByTestId('b').focus();
    expect(focusIsLost(document)).toBe(false);
    (screen.getByTestId('b') as HTMLButtonElement).disabled = true;
    expect(focusIsLost(document)).toBe(true);
  });

  it('puts the focus back on the button that started the job when nothing else took it', () => {
    render(<Harness />);
    const button = screen.getByTestId('act');
    button.focus();
    // The browser drops the focus of a control it disables (jsdom does not: blurred first).
    button.blur();
    act(() => button.click());
    expect(document.activeElement).toBe(document.body);
    finish();
    expect(document.activeElement).toBe(button);
  });

  it('puts it on the job’s message when there is one', () => {
    render(<Harness withMessage />);
    const button = screen.getByTestId('act');
    button.focus();
    // The browser drops the focus of a control it disables (jsdom does not: blurred first).
    button.blur();
    act(() => button.click());
    expect(document.activeElement).toBe(document.body);
    finish();
    expect(document.activeElement).toBe(screen.getByTestId('pane-message'));
  });

  it('leaves the focus where the user put it meanwhile, message or not', () => {
    render(<Harness withMessage />);
    act(() => screen.getByTestId('act').click());
    screen.getByTestId('elsewhere').focus();
    finish();
    expect(document.activeElement).toBe(screen.getByTestId('elsewhere'));
  });

  it('moves the focus to a new outcome from its action, not from elsewhere', () => {
    render(<Harness />);
    // From elsewhere (a tab, another field): the outcome comes, the focus stays.
    const elsewhere = screen.getByTestId('elsewhere');
    elsewhere.focus();
    act(() => elsewhere.click());
    expect(document.activeElement).toBe(elsewhere);
    // From the action: the outcome takes it.
    screen.getByTestId('act').focus();
    act(() => screen.getByTestId('result-only').click());
    expect(document.activeElement).toBe(screen.getByTestId('figures'));
  });
});
