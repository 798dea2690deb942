import { useCallback, useState } from 'react';

/**
 * A yes/no the officer chose once and the pane keeps in this browser (a notice closed for good).
 * Without storage (private mode, a locked-down webview) it holds for this session only.
 * @example const [closed, close] = useRememberedFlag('phuluc.notice.standalone.closed');
 */
export function useRememberedFlag(key: string): [boolean, () => void] {
  const [value, setValue] = useState(() => {
    try {
      return globalThis.localStorage?.getItem(key) === '1';
    } catch {
      return false;
    }
  });
  const set = useCallback(() => {
    setValue(true);
    try {
      globalThis.localStorage?.setItem(key, '1');
    } catch {
      // Storage refused: closed for this session, shown again next time.
    }
  }, [key]);
  return [value, set];
}
