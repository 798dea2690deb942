import { readFileSync } from 'fs';
import path from 'path';
import { scanBook } from '../../core/scan';
import { buildTemplates } from '../../core/templates/build';
import { readWorkbook } from '../../io/xlsx/read';
import { SAMPLE_AS_OF, SAMPLE_PLAN } from '../_test/fake-host';
import { CancelledError } from './steps';
import { generateTemplates } from './templates';

async function sampleTemplates() {
  const bytes = new Uint8Array(readFileSync(path.resolve(__dirname, '../../..', SAMPLE_PLAN)));
  const book = await readWorkbook(bytes, path.basename(SAMPLE_PLAN));
  return buildTemplates(scanBook(book, { asOf: SAMPLE_AS_OF }));
}

describe('generateTemplates', () => {
  it('delivers one workbook per unit, each naming its unit, with progress', async () => {
    const templates = await sampleTemplates();
    const delivered: { fileName: string; bytes: Uint8Array }[] = [];
    const progress: number[] = [];
    const result = await generateTemplates(
      templates,
      (fileName, bytes) => {
        delivered.push({ fileName, bytes });
        return Promise.resolve('downloaded');
      },
      new AbortController().signal,
      (p) => progress.push(p.done),
    );
    expect(result.map((d) => d.fileName)).toEqual(templates.map((t) => t.fileName));
    expect(progress).toEqual([...templates.keys(), templates.length]);
    const back = scanBook(await readWorkbook(delivered[0]!.bytes, delivered[0]!.fileName), {
      asOf: SAMPLE_AS_OF,
    });
    expect(back.reportingUnit?.text).toBe(templates[0]!.unit);
  }, 60000);

  it('stops before the next unit when cancelled', async () => {
    const templates = await sampleTemplates();
    const controller = new AbortController();
    const delivered: string[] = [];
    await expect(
      generateTemplates(
        templates,
        (fileName) => {
          delivered.push(fileName);
          controller.abort();
          return Promise.resolve('opened');
        },
        controller.signal,
        () => undefined,
      ),
    ).rejects.toBeInstanceOf(CancelledError);
    expect(delivered).toEqual([templates[0]!.fileName]);
  }, 60000);
});
