/**
 * PhuLuc task pane entry: finds out where it runs (Excel through office.js, or a plain browser
 * page) and renders the same pane over the matching host. taskpane.html's ES5 loader runs first
 * and loads this script only where it can run (not in Internet Explorer 11 or EdgeHTML).
 */
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bootOffice, IN_OFFICE_PARAM, officeMissingText } from './boot/load-office';
import { createFileHost } from './host/file-host';
import { createOfficeHost } from './host/office-host';
import type { Host } from './host/types';

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const params = new URLSearchParams(window.location.search);
  // ?standalone: the page used on files, no waiting for Office at all.
  const boot = params.has('standalone')
    ? ({ host: null, reason: 'no-office-js' } as const)
    : await bootOffice(window, { inOffice: params.has(IN_OFFICE_PARAM) });
  if (boot.host === null && boot.reason === 'office-js-missing') {
    // Inside Excel without office.js: say so; the file page would pretend Excel is not there.
    const standalone = `${window.location.origin}${window.location.pathname}?standalone`;
    const text = officeMissingText(standalone);
    container.replaceChildren(
      ...[text.vi, text.en].map((line, i) => {
        const p = document.createElement('p');
        p.textContent = line;
        p.style.padding = '0 16px';
        if (i === 1) p.lang = 'en';
        return p;
      }),
    );
    container.setAttribute('role', 'alert');
    document.documentElement.dataset.phulucHost = 'office-js-missing';
    return;
  }
  const host: Host =
    boot.host === 'excel'
      ? createOfficeHost({ office: boot.office, excel: boot.excel, document })
      : createFileHost(window);
  document.documentElement.dataset.phulucHost = host.kind;
  createRoot(container).render(<App host={host} />);
  document.documentElement.dataset.phulucReady = 'true';
}

void start();
