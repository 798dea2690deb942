import type { UnitTemplate } from '../../core/templates/build';
import type { Delivery } from '../host/types';
import { step, type Progress } from './steps';

/** How one unit's template reached the officer. */
export interface TemplateDelivery {
  readonly unit: string;
  readonly fileName: string;
  readonly delivery: Delivery;
}

/**
 * Writes each template to a workbook and hands it to the host (opened in Excel or downloaded),
 * one unit per step so the pane stays responsive and Cancel stops before the next unit.
 * exceljs is imported here, on first use. Throws CancelledError when cancelled; the templates
 * delivered until then have been reported through `onDelivered`.
 */
export async function generateTemplates(
  templates: readonly UnitTemplate[],
  deliver: (fileName: string, bytes: Uint8Array) => Promise<Delivery>,
  signal: AbortSignal,
  onProgress: (p: Progress) => void,
  onDelivered: (d: TemplateDelivery) => void = () => undefined,
): Promise<TemplateDelivery[]> {
  const { templateWorkbookBytes } = await import('../../io/xlsx/template');
  const out: TemplateDelivery[] = [];
  for (const [i, t] of templates.entries()) {
    onProgress({ done: i, total: templates.length, what: t.unit });
    const bytes = await step(signal, () => templateWorkbookBytes(t));
    const d: TemplateDelivery = {
      unit: t.unit,
      fileName: t.fileName,
      delivery: await deliver(t.fileName, bytes),
    };
    out.push(d);
    onDelivered(d);
  }
  onProgress({ done: templates.length, total: templates.length, what: '' });
  return out;
}
