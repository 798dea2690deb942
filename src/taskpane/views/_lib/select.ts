import { useCallback } from 'react';
import { usePane } from '../../app/store';
import type { Text } from '../../i18n/text';

const FAILED: Text = { vi: 'Không chọn được ô: ', en: 'Could not select the cell: ' };

/**
 * Selects a cell of the open workbook (Excel only); a failure becomes the pane's message.
 * Returns null where cells cannot be selected (the standalone page).
 */
export function useSelectCell(): ((sheet: string, cell: string) => Promise<void>) | null {
  const pane = usePane();
  const { host, showMessage } = pane;
  const select = useCallback(
    async (sheet: string, cell: string) => {
      try {
        const outcome = await host.selectCell(sheet, cell);
        if (!outcome.ok) showMessage({ intent: 'warning', text: outcome.message });
      } catch (e) {
        const detail = e instanceof Error ? e.message : String(e);
        showMessage({ intent: 'error', text: { vi: FAILED.vi + detail, en: FAILED.en + detail } });
      }
    },
    [host, showMessage],
  );
  return host.canSelectCells ? select : null;
}
