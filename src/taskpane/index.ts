/**
 * PhuLuc task pane entry (placeholder). It only marks the page as loaded; office.js, the host
 * adapter and the React UI come in a later issue.
 *
 * Type-checked with tsconfig.web.json (DOM lib); the root tsconfig.json has no DOM so the core
 * cannot use it by accident.
 */

export const STATUS_ELEMENT_ID = 'phuluc-status';

/** Marks the placeholder page as ready: a data attribute for tests/tools, a line for people. */
export function markReady(doc: Document): void {
  doc.documentElement.dataset.phulucReady = 'true';
  const status = doc.getElementById(STATUS_ELEMENT_ID);
  if (!status) return;
  status.dataset.state = 'ready';
  const line = doc.createElement('p');
  line.className = 'en';
  line.textContent = 'Trang đã tải xong. / Page loaded.';
  status.appendChild(line);
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => markReady(document));
  } else {
    markReady(document);
  }
}
