import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { Consolidation } from '../../core/consolidate/types';
import type { ScanResult } from '../../core/scan';
import { bilingualError, type Host, type LoadedBook } from '../host/types';
import type { Text } from '../i18n/text';
import { DEFAULT_SETTINGS, loadSettings, readSettings, type Settings } from '../engine/settings';
import { REPLACED_SETTINGS_HINT, replacedSettingsText } from './settings-notice';
import { isStale, sameScanInputs, type MadeConsolidation } from './_lib/inputs';
import { mergeUnits } from './_lib/units';
import { CancelledError, type Progress } from '../engine/steps';
import {
  consolidateFiles,
  readWorkbookFile,
  scanPlan,
  unitSheetsOf,
  WorkbookError,
  type FileLike,
  type UnitFile,
} from '../engine/workbooks';

/** A line shown at the top of the pane (never alert()). */
export interface PaneMessage {
  readonly intent: 'error' | 'warning' | 'success' | 'info';
  readonly text: Text;
  /** What to do about it. */
  readonly hint?: Text;
}

/** Long work in progress. */
export interface Job {
  readonly label: Text;
  readonly progress: Progress | null;
}

export interface PaneStore {
  readonly host: Host;
  readonly now: () => Date;
  readonly settings: Settings;
  updateSettings(patch: Partial<Settings>): void;
  /** The plan workbook (the open workbook in Excel, an opened file on the page). */
  readonly plan: LoadedBook | null;
  readonly scan: ScanResult | null;
  /** Reads the open workbook (Excel) and scans it. */
  scanOpenWorkbook(): Promise<void>;
  /** Reads an .xlsx the user opened as the plan and scans it. */
  openPlanFile(file: FileLike): Promise<void>;
  readonly units: readonly UnitFile[];
  addUnitFiles(files: readonly FileLike[]): Promise<void>;
  /** Adds the open workbook's unit sheets ("Đơn vị báo cáo: …") as units. */
  addWorkbookUnitSheets(): Promise<void>;
  /** Removes the unit file of that (unique) name. */
  removeUnit(name: string): void;
  /** The consolidation of the current inputs, or null (none yet, or it is out of date). */
  readonly consolidation: Consolidation | null;
  /**
   * The last consolidation made, even when out of date; `stale` once the plan's scan, the unit
   * files or the period changed since (Tổng hợp shows it greyed and writes nothing from it).
   */
  readonly lastConsolidation: { readonly result: Consolidation; readonly stale: boolean } | null;
  runConsolidation(): Promise<Consolidation | null>;
  /**
   * The running job, or null: views disable their actions while it runs. It changes only when a
   * job starts or ends, so its `progress` stays null; the progress bar reads {@link useJob}.
   */
  readonly job: Job | null;
  cancelJob(): void;
  /**
   * Runs long work with progress and cancellation; errors become the pane's message.
   * Resolves to undefined when cancelled or failed.
   */
  runJob<T>(
    label: Text,
    work: (signal: AbortSignal, progress: (p: Progress) => void) => Promise<T>,
  ): Promise<T | undefined>;
  readonly message: PaneMessage | null;
  showMessage(message: PaneMessage | null): void;
}

const StoreContext = createContext<PaneStore | null>(null);
const JobContext = createContext<Job | null>(null);

/**
 * The pane's state and actions; throws outside {@link PaneStoreProvider}. A view re-renders when
 * any of them changes, but not at each tick of a job's progress (that is {@link useJob}).
 */
export function usePane(): PaneStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('usePane outside PaneStoreProvider');
  return store;
}

/**
 * The running job with its progress as it ticks, or null: for the progress bar only, since
 * whatever reads it re-renders at every step of the work.
 * @example const job = useJob(); job?.progress?.done // 2
 */
export function useJob(): Job | null {
  return useContext(JobContext);
}

const T = {
  readingPlan: { vi: 'Đang đọc kế hoạch…', en: 'Reading the plan…' },
  readingWorkbook: { vi: 'Đang đọc sổ tính đang mở…', en: 'Reading the open workbook…' },
  readingUnits: { vi: 'Đang đọc tệp của các đơn vị…', en: 'Reading the units’ files…' },
  consolidating: { vi: 'Đang tổng hợp…', en: 'Consolidating…' },
  cancelled: { vi: 'Đã hủy.', en: 'Cancelled.' },
  noPlan: {
    vi: 'Chưa có kế hoạch: hãy mở tệp kế hoạch ở thẻ Kiểm tra trước.',
    en: 'No plan yet: open the plan file on the Check tab first.',
  },
  noPlanExcel: {
    vi: 'Chưa có kế hoạch: hãy quét sổ tính ở thẻ Kiểm tra trước.',
    en: 'No plan yet: scan the workbook on the Check tab first.',
  },
  failed: { vi: 'Có lỗi không lường trước: ', en: 'Unexpected error: ' },
  failedHint: {
    vi: 'Hãy thử lại; nếu vẫn lỗi, gửi tệp và dòng thông báo này cho bộ phận hỗ trợ.',
    en: 'Try again; if it persists, send the file and this message to support.',
  },
  noUnitSheets: {
    vi: 'Không thấy trang nào có dòng "Đơn vị báo cáo: …" trong sổ tính đang mở.',
    en: 'No sheet with a "Đơn vị báo cáo: …" line in the open workbook.',
  },
  settingsNotSaved: {
    vi: 'Không lưu được cài đặt vào sổ tính; cài đặt chỉ giữ trong lần mở này.',
    en: 'Settings could not be saved with the workbook; they last for this session only.',
  },
} satisfies Record<string, Text>;

function errorMessage(e: unknown): PaneMessage {
  if (e instanceof WorkbookError) {
    return {
      intent: 'error',
      text: e.text,
      hint: {
        vi: 'Kiểm tra tệp rồi mở lại; tệp gốc không bị thay đổi.',
        en: 'Check the file and open it again; the original file is not changed.',
      },
    };
  }
  const own = bilingualError(e);
  if (own) return { intent: 'error', text: own.text, ...(own.hint ? { hint: own.hint } : {}) };
  const detail = e instanceof Error ? e.message : String(e);
  return {
    intent: 'error',
    text: { vi: T.failed.vi + detail, en: T.failed.en + detail },
    hint: T.failedHint,
  };
}

export function PaneStoreProvider(props: {
  host: Host;
  now?: () => Date;
  initialSettings?: Settings;
  children: ReactNode;
}) {
  const { host, initialSettings } = props;
  const now = useMemo(() => props.now ?? (() => new Date()), [props.now]);
  const [settings, setSettings] = useState<Settings>(initialSettings ?? DEFAULT_SETTINGS);
  const [plan, setPlan] = useState<LoadedBook | null>(null);
  const [scan, setScan] = useState<ScanResult | null>(null);
  const [units, setUnits] = useState<readonly UnitFile[]>([]);
  const [made, setMade] = useState<MadeConsolidation | null>(null);
  // The job (its label) changes when work starts and ends; its progress ticks apart from it.
  const [job, setJob] = useState<Job | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [message, setMessage] = useState<PaneMessage | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  // The latest settings and plan for actions, which may run twice before the pane re-renders.
  const settingsRef = useRef(settings);
  const planRef = useRef(plan);

  /** Takes new settings; when they change what the plan's scan says, scans again (no re-read). */
  const applySettings = useCallback(
    (next: Settings) => {
      const previous = settingsRef.current;
      settingsRef.current = next;
      setSettings(next);
      const loaded = planRef.current;
      if (!loaded || sameScanInputs(previous, next)) return;
      try {
        setScan(scanPlan(loaded, next, now()));
      } catch (e) {
        setMessage(errorMessage(e));
      }
    },
    [now],
  );

  // Saved settings arrive once at start (unless a test gave them).
  useEffect(() => {
    if (initialSettings) return;
    let live = true;
    host.loadSettings().then(
      (saved) => {
        if (!live || saved === undefined) return;
        const { settings: loaded, replaced } = loadSettings(saved);
        applySettings(loaded);
        if (!replaced.length) return;
        // Said, and saved back cleaned, so a bad value does not return at the next start.
        setMessage({
          intent: 'warning',
          text: replacedSettingsText(replaced),
          hint: REPLACED_SETTINGS_HINT,
        });
        host.saveSettings(loaded).catch(() => undefined);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [host, initialSettings, applySettings]);

  const runJob = useCallback<PaneStore['runJob']>(async (label, work) => {
    abortRef.current?.abort();
    const controller = new AbortController();
    abortRef.current = controller;
    setJob({ label, progress: null });
    setProgress(null);
    try {
      return await work(controller.signal, setProgress);
    } catch (e) {
      setMessage(
        e instanceof CancelledError ? { intent: 'info', text: T.cancelled } : errorMessage(e),
      );
      return undefined;
    } finally {
      if (abortRef.current === controller) {
        abortRef.current = null;
        setJob(null);
        setProgress(null);
      }
    }
  }, []);

  const cancelJob = useCallback(() => abortRef.current?.abort(), []);

  const takePlan = useCallback(
    (loaded: LoadedBook) => {
      const result = scanPlan(loaded, settingsRef.current, now());
      planRef.current = loaded;
      setPlan(loaded);
      setScan(result);
      // Another plan: the last result is not even an old version of this one's.
      setMade(null);
      setMessage(null);
    },
    [now],
  );

  const scanOpenWorkbook = useCallback(async () => {
    await runJob(T.readingWorkbook, async () => takePlan(await host.readOpenWorkbook()));
  }, [host, runJob, takePlan]);

  const openPlanFile = useCallback(
    async (file: FileLike) => {
      await runJob(T.readingPlan, async () => takePlan(await readWorkbookFile(file)));
    },
    [runJob, takePlan],
  );

  const addUnitFiles = useCallback(
    async (files: readonly FileLike[]) => {
      await runJob(T.readingUnits, async (signal, progress) => {
        const added: UnitFile[] = [];
        for (const [i, file] of files.entries()) {
          progress({ done: i, total: files.length, what: file.name });
          if (signal.aborted) throw new CancelledError();
          const source = { name: file.name, ...(file.path && { path: file.path }) };
          try {
            added.push({ ...source, loaded: await readWorkbookFile(file) });
          } catch (e) {
            if (!(e instanceof WorkbookError)) throw e;
            added.push({ ...source, error: e });
          }
        }
        setUnits((old) => mergeUnits(old, added));
      });
    },
    [runJob],
  );

  const addWorkbookUnitSheets = useCallback(async () => {
    await runJob(T.readingWorkbook, async () => {
      // Read again: the officer may have pasted unit sheets in since the plan was scanned.
      const loaded = await host.readOpenWorkbook();
      const found = unitSheetsOf(loaded, settingsRef.current, now());
      if (!found.length) {
        setMessage({ intent: 'warning', text: T.noUnitSheets });
        return;
      }
      setUnits((old) => mergeUnits(old, found));
    });
  }, [host, now, runJob]);

  const removeUnit = useCallback((name: string) => {
    // Named again: a file that shared its name with the removed one takes its own name back.
    setUnits((old) => mergeUnits(old.filter((u) => u.name !== name)));
  }, []);

  const runConsolidation = useCallback(async () => {
    if (!scan) {
      setMessage({
        intent: 'warning',
        text: host.kind === 'excel' ? T.noPlanExcel : T.noPlan,
      });
      return null;
    }
    const { period } = settingsRef.current;
    const result = await runJob(T.consolidating, (signal, progress) =>
      consolidateFiles(scan, units, settingsRef.current, signal, progress),
    );
    if (result) setMade({ result, scan, units, period });
    return result ?? null;
  }, [host, runJob, scan, units]);

  const lastConsolidation = useMemo(
    () => made && { result: made.result, stale: isStale(made, scan, units, settings.period) },
    [made, scan, units, settings.period],
  );
  const consolidation =
    lastConsolidation && !lastConsolidation.stale ? lastConsolidation.result : null;

  const updateSettings = useCallback(
    (patch: Partial<Settings>) => {
      const next = readSettings({ ...settingsRef.current, ...patch });
      applySettings(next);
      host
        .saveSettings(next)
        .catch(() => setMessage({ intent: 'warning', text: T.settingsNotSaved }));
    },
    [host, applySettings],
  );

  const store = useMemo<PaneStore>(
    () => ({
      host,
      now,
      settings,
      updateSettings,
      plan,
      scan,
      scanOpenWorkbook,
      openPlanFile,
      units,
      addUnitFiles,
      addWorkbookUnitSheets,
      removeUnit,
      consolidation,
      lastConsolidation,
      runConsolidation,
      job,
      cancelJob,
      runJob,
      message,
      showMessage: setMessage,
    }),
    [
      host,
      now,
      settings,
      updateSettings,
      plan,
      scan,
      scanOpenWorkbook,
      openPlanFile,
      units,
      addUnitFiles,
      addWorkbookUnitSheets,
      removeUnit,
      consolidation,
      lastConsolidation,
      runConsolidation,
      job,
      cancelJob,
      runJob,
      message,
    ],
  );
  const liveJob = useMemo(() => job && { ...job, progress }, [job, progress]);
  return (
    <StoreContext.Provider value={store}>
      <JobContext.Provider value={liveJob}>{props.children}</JobContext.Provider>
    </StoreContext.Provider>
  );
}
