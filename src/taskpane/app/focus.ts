import { useEffect, useRef, type RefObject } from 'react';

/**
 * Whether the keyboard's focus is nowhere useful: on the page's body, or on a control that has
 * just been disabled (a button greyed while its work runs).
 * @example focusIsLost(document) // true right after the focused button was removed
 */
export function focusIsLost(doc: Document): boolean {
  const active = doc.activeElement;
  if (!active || active === doc.body) return true;
  return (active as HTMLButtonElement).disabled === true || !active.isConnected;
}

/**
 * Moves the focus to the view (the pane's main region) and brings its top into sight: where the
 * keyboard goes when what had the focus is gone (a closed message, the skip link).
 */
export function focusView(): void {
  const main = document.getElementById('content');
  main?.focus();
  main?.scrollIntoView?.({ block: 'start' });
}

/** The element for `focus()` after a job: its message, else what had the focus, else the view. */
function afterJobTarget(last: HTMLElement | null): HTMLElement | null {
  const message = document.querySelector<HTMLElement>('[data-testid="pane-message"]');
  if (message) return message;
  const usable = last?.isConnected && !(last as HTMLButtonElement).disabled;
  return usable ? last : document.getElementById('content');
}

/**
 * After long work (reading files, making templates) the button that started it was disabled, and
 * the browser dropped its focus to the body. When the work ends and a view has not put the focus
 * on its outcome, this puts it on the work's message, or back on that button, or on the view.
 */
export function useFocusAfterJob(busy: boolean): void {
  const last = useRef<HTMLElement | null>(null);
  const wasBusy = useRef(false);
  useEffect(() => {
    const remember = (e: FocusEvent) => {
      if (e.target instanceof HTMLElement) last.current = e.target;
    };
    document.addEventListener('focusin', remember);
    return () => document.removeEventListener('focusin', remember);
  }, []);
  useEffect(() => {
    if (busy) {
      wasBusy.current = true;
      return;
    }
    if (!wasBusy.current) return;
    wasBusy.current = false;
    // The view's own effects ran first (children before parents): they may have placed it.
    if (!focusIsLost(document)) return;
    const target = afterJobTarget(last.current);
    target?.focus();
    target?.scrollIntoView?.({ block: 'nearest' });
  }, [busy]);
}

/**
 * A view's outcome gets the focus when it arrives: when `outcome` becomes a new non-null value
 * after the view was drawn, and the focus was lost or is on the action that asked for it (inside
 * `actionSelector`), `target` takes it and comes into sight. Not on the first draw: opening a
 * tab leaves the focus on the tab.
 */
export function useFocusOnOutcome(
  target: RefObject<HTMLElement | null>,
  outcome: unknown,
  actionSelector?: string,
): void {
  const seen = useRef(outcome);
  useEffect(() => {
    if (outcome === seen.current) return;
    seen.current = outcome;
    if (outcome === null || outcome === undefined) return;
    const active = document.activeElement;
    const onAction = !!actionSelector && !!active?.closest(actionSelector);
    if (!onAction && !focusIsLost(document)) return;
    target.current?.focus();
    target.current?.scrollIntoView?.({ block: 'nearest' });
  }, [outcome, target, actionSelector]);
}
