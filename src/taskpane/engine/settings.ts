import { z } from 'zod';
import { PERIOD_KINDS, type PeriodKind } from '../../core/period/period';
import type { ReportOptions } from '../../core/report-model/build';
import { todayIso } from '../../io/today';
import { isUsableDate } from './dates';

/** What the officer sets once per workbook; saved with the workbook (Office settings) or the page. */
export interface Settings {
  /** The date deadlines are judged at (ISO); null means today. */
  readonly asOf: string | null;
  /** The plan year when the title does not say it (or says it wrongly); null means from the title. */
  readonly year: number | null;
  /** The units expected to report, one name each; empty means the plan's own roster. */
  readonly roster: readonly string[];
  /** Days ahead that count as "due soon". */
  readonly dueSoonDays: number;
  /** The reporting period of the consolidated report. */
  readonly period: PeriodKind;
  readonly locale: 'vi' | 'en';
  /** The signer's title on the report ("GIÁM ĐỐC"; "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC" on two lines). */
  readonly signer: string;
  /** The signer's full name; empty leaves the line for it blank. */
  readonly signerName: string;
  /** The report's number after "Số:" ("125/BC-SKHCN"); empty leaves it for the office to fill. */
  readonly documentNumber: string;
  /** The lines under "Nơi nhận:"; none gives "- Như trên;" and "- Lưu: VT, …". */
  readonly recipients: readonly string[];
}

/** What a setting may be: the form checks these, the saved value is validated against them. */
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;
export const DAYS_MAX = 365;
export const ROSTER_MAX = 500;
export const RECIPIENTS_MAX = 30;
export const TEXT_MAX = 200;

export const DEFAULT_SETTINGS: Settings = {
  asOf: null,
  year: null,
  roster: [],
  dueSoonDays: 7,
  period: 'quarter',
  locale: 'vi',
  signer: 'GIÁM ĐỐC',
  signerName: '',
  documentNumber: '',
  recipients: [],
};

/** Each setting as it must be; a saved value that fails its own check is replaced alone. */
const FIELDS = {
  asOf: z.string().refine(isUsableDate).nullable(),
  year: z.number().int().min(YEAR_MIN).max(YEAR_MAX).nullable(),
  roster: z.array(z.string().trim().min(1)).max(ROSTER_MAX),
  dueSoonDays: z.number().int().min(0).max(DAYS_MAX),
  period: z.enum(PERIOD_KINDS),
  locale: z.enum(['vi', 'en']),
  signer: z.string().trim().min(1).max(TEXT_MAX),
  signerName: z.string().trim().max(TEXT_MAX),
  documentNumber: z.string().trim().max(TEXT_MAX),
  recipients: z.array(z.string().trim().min(1).max(TEXT_MAX)).max(RECIPIENTS_MAX),
} satisfies Record<keyof Settings, z.ZodType>;

/**
 * Every field of FIELDS, with its default in place of a missing or invalid value (typed as
 * Settings: FIELDS has every key of Settings, which Object.fromEntries cannot tell).
 */
const settingsSchema = z.object(
  Object.fromEntries(
    (Object.keys(FIELDS) as (keyof Settings)[]).map((key) => [
      key,
      // A function, so that a default list is a fresh copy each time.
      (FIELDS[key] as z.ZodType<unknown>).catch(() => {
        const value = DEFAULT_SETTINGS[key];
        return Array.isArray(value) ? [...value] : value;
      }),
    ]),
  ),
) as unknown as z.ZodType<Settings>;

/**
 * Settings from whatever was saved: every field that is missing or invalid takes its default,
 * so an old or hand-edited value never stops the pane.
 * @example readSettings({ dueSoonDays: 14, locale: 'fr' }) // { ...DEFAULT_SETTINGS, dueSoonDays: 14 }
 */
export function readSettings(saved: unknown): Settings {
  const base = typeof saved === 'object' && saved !== null ? saved : {};
  return settingsSchema.parse({ ...DEFAULT_SETTINGS, ...base });
}

/** Saved settings read back, with the fields whose saved value was invalid (now their default). */
export interface LoadedSettings {
  readonly settings: Settings;
  readonly replaced: readonly (keyof Settings)[];
}

/**
 * Reads saved settings (the browser's storage, the workbook) and names the fields that were
 * saved with an invalid value, so the pane can say what it replaced.
 * @example loadSettings({ asOf: '0025-10-20', year: 25 }).replaced // ['asOf', 'year']
 */
export function loadSettings(saved: unknown): LoadedSettings {
  const base: Record<string, unknown> =
    typeof saved === 'object' && saved !== null ? (saved as Record<string, unknown>) : {};
  const replaced = (Object.keys(FIELDS) as (keyof Settings)[]).filter(
    (key) => base[key] !== undefined && !FIELDS[key].safeParse(base[key]).success,
  );
  return { settings: readSettings(saved), replaced };
}

/**
 * The as-of date in force: the setting, else today in Vietnam ({@link todayIso}), as on the
 * command line.
 * @example effectiveAsOf({ ...DEFAULT_SETTINGS, asOf: '2025-10-20' }, new Date()) // '2025-10-20'
 * @example effectiveAsOf(DEFAULT_SETTINGS, new Date('2026-12-04T23:30:00Z')) // '2026-12-05'
 */
export function effectiveAsOf(settings: Settings, now: Date): string {
  return settings.asOf ?? todayIso(now);
}

/**
 * What the report sheets take from the settings: the signer, the number, "Nơi nhận" and the
 * language of the check log.
 * @example reportOptions(DEFAULT_SETTINGS).signer // 'GIÁM ĐỐC'
 */
export function reportOptions(settings: Settings): ReportOptions {
  return {
    signer: settings.signer,
    signerName: settings.signerName,
    documentNumber: settings.documentNumber,
    recipients: settings.recipients,
    locale: settings.locale,
  };
}
