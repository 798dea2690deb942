const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Offers bytes as a file download through a temporary link (no dialogs, no navigation).
 * @example downloadBytes(document, 'bao-cao.xlsx', bytes)
 */
export function downloadBytes(doc: Document, fileName: string, bytes: Uint8Array): void {
  const blob = new Blob([bytes.slice().buffer as ArrayBuffer], { type: XLSX_TYPE });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the blob after click() returns.
  const timer: unknown = setTimeout(() => URL.revokeObjectURL(url), 60_000);
  // In Node (tests) the timer must not keep the process alive.
  (timer as { unref?: () => void }).unref?.();
}
