import { checkDate, dateText } from '../../engine/dates';
import {
  DAYS_MAX,
  DEFAULT_SETTINGS,
  RECIPIENTS_MAX,
  ROSTER_MAX,
  TEXT_MAX,
  YEAR_MAX,
  YEAR_MIN,
  type Settings,
} from '../../engine/settings';
import type { Text } from '../../i18n/text';

/** The settings form as typed: every field as text until it is checked. */
export interface SettingsForm {
  readonly asOf: string;
  readonly year: string;
  readonly roster: string;
  readonly dueSoonDays: string;
  readonly period: Settings['period'];
  readonly locale: Settings['locale'];
  readonly signer: string;
  readonly signerName: string;
  readonly documentNumber: string;
  /** One line under "Nơi nhận:" per line. */
  readonly recipients: string;
}

export type SettingsField = keyof SettingsForm;

export type FormResult =
  | { readonly ok: true; readonly settings: Settings }
  | { readonly ok: false; readonly errors: Readonly<Partial<Record<SettingsField, Text>>> };

/**
 * The form showing saved settings.
 * @example formOf({ ...DEFAULT_SETTINGS, roster: ['A', 'B'] }).roster // 'A\nB'
 */
export function formOf(s: Settings): SettingsForm {
  return {
    asOf: dateText(s.asOf),
    year: s.year === null ? '' : String(s.year),
    roster: s.roster.join('\n'),
    dueSoonDays: String(s.dueSoonDays),
    period: s.period,
    locale: s.locale,
    signer: s.signer,
    signerName: s.signerName,
    documentNumber: s.documentNumber,
    recipients: s.recipients.join('\n'),
  };
}

/**
 * The form after the saved settings changed elsewhere (the language switch, the period choice on
 * Tổng hợp): only fields whose saved value changed are replaced, so typing is never lost.
 */
export function syncForm(form: SettingsForm, before: Settings, after: Settings): SettingsForm {
  const a = formOf(before);
  const b = formOf(after);
  const out = { ...form };
  for (const key of Object.keys(b) as SettingsField[]) {
    if (a[key] !== b[key]) Object.assign(out, { [key]: b[key] });
  }
  return out;
}

function wholeNumber(text: string): number | null {
  const t = text.trim();
  return /^\d+$/.test(t) ? Number(t) : null;
}

/**
 * Checks the form: the settings to save, or a message per wrong field (nothing is saved then).
 * @example checkForm({ ...formOf(DEFAULT_SETTINGS), year: '1800' }).ok // false
 */
export function checkForm(form: SettingsForm): FormResult {
  const errors: Partial<Record<SettingsField, Text>> = {};
  const asOfCheck = checkDate(form.asOf);
  if (!asOfCheck.ok) errors.asOf = asOfCheck.problem;
  const yearText = form.year.trim();
  const year = wholeNumber(yearText);
  if (yearText !== '' && (year === null || year < YEAR_MIN || year > YEAR_MAX)) {
    errors.year = {
      vi: `Năm phải là số từ ${YEAR_MIN} đến ${YEAR_MAX}, hoặc để trống để lấy theo tiêu đề kế hoạch.`,
      en: `The year must be a number from ${YEAR_MIN} to ${YEAR_MAX}, or empty to take it from the plan's title.`,
    };
  }
  const days = wholeNumber(form.dueSoonDays);
  if (days === null || days > DAYS_MAX) {
    errors.dueSoonDays = {
      vi: `Số ngày phải là số nguyên từ 0 đến ${DAYS_MAX}.`,
      en: `The number of days must be a whole number from 0 to ${DAYS_MAX}.`,
    };
  }
  const roster = [...new Set(form.roster.split(/\r?\n/).map((l) => l.trim()))].filter(Boolean);
  if (roster.length > ROSTER_MAX) {
    errors.roster = {
      vi: `Danh mục có tối đa ${ROSTER_MAX} đơn vị.`,
      en: `The roster takes at most ${ROSTER_MAX} units.`,
    };
  }
  const recipients = form.recipients
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (recipients.length > RECIPIENTS_MAX) {
    errors.recipients = {
      vi: `"Nơi nhận" có tối đa ${RECIPIENTS_MAX} dòng.`,
      en: `"Nơi nhận" takes at most ${RECIPIENTS_MAX} lines.`,
    };
  }
  for (const field of ['signer', 'signerName', 'documentNumber'] as const) {
    if (form[field].trim().length > TEXT_MAX) {
      errors[field] = {
        vi: `Tối đa ${TEXT_MAX} ký tự.`,
        en: `At most ${TEXT_MAX} characters.`,
      };
    }
  }
  if (recipients.some((l) => l.length > TEXT_MAX)) {
    errors.recipients = {
      vi: `Mỗi dòng tối đa ${TEXT_MAX} ký tự.`,
      en: `At most ${TEXT_MAX} characters a line.`,
    };
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      asOf: asOfCheck.ok ? asOfCheck.iso : null,
      year: yearText === '' ? null : year,
      roster,
      dueSoonDays: days ?? 7,
      period: form.period,
      locale: form.locale,
      // An empty title signs as the default, GIÁM ĐỐC.
      signer: form.signer.trim() || DEFAULT_SETTINGS.signer,
      signerName: form.signerName.trim(),
      documentNumber: form.documentNumber.trim(),
      recipients,
    },
  };
}
