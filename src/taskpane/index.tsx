/**
 * PhuLuc task pane entry: finds out where it runs (Excel through office.js, or a plain browser
 * page) and renders the same pane over the matching host.
 */
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bootOffice } from './boot/load-office';
import { createFileHost } from './host/file-host';
import { createOfficeHost } from './host/office-host';
import type { Host } from './host/types';

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const params = new URLSearchParams(window.location.search);
  // ?standalone skips office.js altogether (quicker start for the page used on files).
  const boot = params.has('standalone')
    ? ({ host: null, reason: 'no-office-js' } as const)
    : await bootOffice(window);
  const host: Host =
    boot.host === 'excel'
      ? createOfficeHost({ office: boot.office, excel: boot.excel, document })
      : createFileHost(window);
  document.documentElement.dataset.phulucHost = host.kind;
  createRoot(container).render(<App host={host} />);
  document.documentElement.dataset.phulucReady = 'true';
}

void start();
