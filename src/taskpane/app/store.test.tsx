import { act, render } from '@testing-library/react';
import { DEFAULT_SETTINGS, type Settings } from '../engine/settings';
import type { Progress } from '../engine/steps';
import { createFakeHost, repoFile, SAMPLE_AS_OF, SAMPLE_PLAN } from '../_test/fake-host';
import { capabilityNote, MissingCapabilityError } from '../../io/excel/capabilities';
import {
  CELL_EDIT_HINT,
  CELL_EDIT_TEXT,
  ExcelTaskError,
  ReportWriteError,
} from '../../io/excel/errors';
import { PaneStoreProvider, useJob, usePane, type PaneStore } from './store';

const settings = { ...DEFAULT_SETTINGS, asOf: SAMPLE_AS_OF };

/** Mounts the store with a view that records each store it renders with, and a progress bar. */
function mount(host = createFakeHost(), initialSettings: Settings | null = settings) {
  const stores: PaneStore[] = [];
  const ticks: (number | null)[] = [];
  function View() {
    stores.push(usePane());
    return null;
  }
  function ProgressBar() {
    const job = useJob();
    if (job) ticks.push(job.progress?.done ?? null);
    return null;
  }
  render(
    <PaneStoreProvider host={host} {...(initialSettings ? { initialSettings } : {})}>
      <View />
      <ProgressBar />
    </PaneStoreProvider>,
  );
  const latest = () => stores[stores.length - 1]!;
  return { stores, ticks, latest };
}

describe('PaneStoreProvider', () => {
  it('does not re-render views while a job’s progress ticks; the progress bar sees each tick', async () => {
    const { stores, ticks, latest } = mount();
    let report!: (p: Progress) => void;
    let finish!: () => void;
    let running!: Promise<unknown>;
    act(() => {
      running = latest().runJob({ vi: 'Đang làm', en: 'Working' }, (_signal, progress) => {
        report = progress;
        return new Promise<void>((resolve) => (finish = resolve));
      });
    });
    const rendersWhenStarted = stores.length;
    expect(latest().job?.label.en).toBe('Working');

    for (let done = 0; done < 5; done++) act(() => report({ done, total: 5, what: 'x.xlsx' }));
    expect(stores).toHaveLength(rendersWhenStarted);
    expect(ticks).toEqual([null, 0, 1, 2, 3, 4]);

    await act(async () => {
      finish();
      await running;
    });
    // Once more when the job ends (views enable their buttons again), and the same actions.
    expect(stores).toHaveLength(rendersWhenStarted + 1);
    expect(latest().job).toBeNull();
    expect(latest().runJob).toBe(stores[0]!.runJob);
  });

  it('scans the plan again when the as-of date changes, not when another setting does', async () => {
    const { latest } = mount();
    await act(() => latest().openPlanFile(repoFile(SAMPLE_PLAN)));
    const first = latest().scan;
    expect(first?.asOf).toBe(SAMPLE_AS_OF);

    act(() => latest().updateSettings({ locale: 'en' }));
    expect(latest().scan).toBe(first);

    act(() => latest().updateSettings({ asOf: '2025-08-01' }));
    expect(latest().scan?.asOf).toBe('2025-08-01');
    expect(latest().settings).toMatchObject({ asOf: '2025-08-01', locale: 'en' });
  });

  it('applies settings saved with the workbook to a plan already open', async () => {
    let arrive!: (saved: unknown) => void;
    const host = {
      ...createFakeHost(),
      loadSettings: () => new Promise<unknown>((resolve) => (arrive = resolve)),
    };
    const { latest } = mount(host, null);
    await act(async () => {
      latest().updateSettings({ asOf: SAMPLE_AS_OF });
      await latest().openPlanFile(repoFile(SAMPLE_PLAN));
    });
    expect(latest().scan?.asOf).toBe(SAMPLE_AS_OF);
    await act(async () => arrive({ asOf: '2025-08-01' }));
    expect(latest().scan?.asOf).toBe('2025-08-01');
  });
});

describe('errors that carry their own words', () => {
  it.each([
    ['a failed report write', new ReportWriteError(new Error('boom'), true, [])],
    ['a missing capability', new MissingCapabilityError(capabilityNote('write'))],
    ['cell edit mode', new ExcelTaskError(CELL_EDIT_TEXT, CELL_EDIT_HINT)],
  ])(
    '%s is shown in both languages, with its hint, not as an unexpected error',
    async (_, error) => {
      const { latest } = mount();
      await act(async () => {
        await latest().runJob({ vi: 'Đang ghi', en: 'Writing' }, () => Promise.reject(error));
      });
      const message = latest().message!;
      expect(message.intent).toBe('error');
      expect(message.text).toEqual(error.text);
      expect(message.text.vi).not.toMatch(/Có lỗi không lường trước|[Uu]nexpected/);
      expect(message.text.vi).not.toContain(error.text.en);
      if (error.hint) expect(message.hint).toEqual(error.hint);
    },
  );
});
