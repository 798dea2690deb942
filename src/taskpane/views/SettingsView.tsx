import {
  Button,
  Caption1,
  Field,
  Input,
  Radio,
  RadioGroup,
  Textarea,
  makeStyles,
  mergeClasses,
} from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { usePane } from '../app/store';
import { effectiveAsOf, type Settings } from '../engine/settings';
import { formatDate, type Text } from '../i18n/text';
import { useT } from '../i18n/locale';
import { DateField } from './_lib/DateField';
import { PeriodSelect } from './_lib/PeriodSelect';
import { useViewStyles } from './_lib/styles';
import {
  checkForm,
  formOf,
  syncForm,
  type SettingsField,
  type SettingsForm,
} from './settings/form';

const T = {
  savedExcel: {
    vi: 'Cài đặt được lưu cùng sổ tính này (mở lại sổ tính là có).',
    en: 'Settings are saved with this workbook (they come back when it is opened again).',
  },
  savedFiles: {
    vi: 'Cài đặt được lưu trong trình duyệt này, trên máy này.',
    en: 'Settings are saved in this browser, on this computer.',
  },
  asOf: { vi: 'Ngày báo cáo (ngày tính quá hạn)', en: 'As-of date (overdue is judged at)' },
  asOfHint: { vi: 'Để trống: hôm nay', en: 'Empty: today' },
  year: { vi: 'Năm kế hoạch', en: 'Plan year' },
  yearHint: { vi: 'Để trống: lấy theo tiêu đề kế hoạch', en: 'Empty: from the plan’s title' },
  roster: { vi: 'Danh mục đơn vị (mỗi dòng một đơn vị)', en: 'Roster (one unit per line)' },
  rosterHint: {
    vi: 'Để trống: dùng danh mục của kế hoạch',
    en: 'Empty: the plan’s own roster',
  },
  days: { vi: 'Số ngày "sắp đến hạn"', en: 'Days counted as "due soon"' },
  daysHint: { vi: 'Từ 0 đến 365 ngày', en: '0 to 365 days' },
  period: { vi: 'Kỳ báo cáo', en: 'Reporting period' },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  vi: { vi: 'Tiếng Việt', en: 'Tiếng Việt (Vietnamese)' },
  en: { vi: 'English (tiếng Anh)', en: 'English' },
  signer: { vi: 'Chức vụ người ký báo cáo', en: 'Signer’s title on the report' },
  signerHint: {
    vi: 'Ví dụ: GIÁM ĐỐC; ký thay: hai dòng "KT. GIÁM ĐỐC" và "PHÓ GIÁM ĐỐC"',
    en: 'E.g. GIÁM ĐỐC; signing for: two lines, "KT. GIÁM ĐỐC" and "PHÓ GIÁM ĐỐC"',
  },
  signerName: { vi: 'Họ tên người ký', en: 'Signer’s name' },
  signerNameHint: { vi: 'Để trống: ký và ghi tên tay', en: 'Empty: signed and named by hand' },
  documentNumber: { vi: 'Số báo cáo (sau "Số:")', en: 'Report number (after "Số:")' },
  documentNumberHint: {
    vi: 'Ví dụ 125/BC-SKHCN; để trống: văn thư điền số',
    en: 'E.g. 125/BC-SKHCN; empty: the office fills it in',
  },
  recipients: { vi: 'Nơi nhận (mỗi dòng một nơi)', en: 'Nơi nhận, recipients (one a line)' },
  recipientsHint: {
    vi: 'Để trống: "- Như trên;" và "- Lưu: VT, …"',
    en: 'Empty: "- Như trên;" and "- Lưu: VT, …"',
  },
  save: { vi: 'Lưu cài đặt', en: 'Save settings' },
  reset: { vi: 'Hoàn tác', en: 'Undo changes' },
  saved: { vi: 'Đã lưu cài đặt.', en: 'Settings saved.' },
  invalid: {
    vi: 'Chưa lưu: hãy sửa các ô được đánh dấu.',
    en: 'Not saved: correct the marked fields.',
  },
} satisfies Record<string, Text>;

const useStyles = makeStyles({
  // At page size a form as wide as its longest hint reads, not the screen's width.
  form: { maxWidth: '36rem' },
});

/** Cài đặt: what the officer sets once per workbook, checked before it is saved. */
export function SettingsView() {
  const t = useT();
  const pane = usePane();
  const v = useViewStyles();
  const styles = useStyles();
  const { settings, scan } = pane;
  const formRef = useRef<HTMLFormElement>(null);
  // Bumped by a refused save: the first marked field then takes the focus.
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);
  const [form, setForm] = useState<SettingsForm>(() => formOf(settings));
  const [errors, setErrors] = useState<Partial<Record<SettingsField, Text>>>({});
  const [status, setStatus] = useState<Text | null>(null);
  const before = useRef<Settings>(settings);

  // Settings changed elsewhere (language switch, period on Tổng hợp): take only those fields.
  useEffect(() => {
    const previous = before.current;
    before.current = settings;
    setForm((f) => syncForm(f, previous, settings));
  }, [settings]);

  const set = (field: SettingsField, value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    setStatus(null);
    setErrors((e) => {
      const next = { ...e };
      delete next[field];
      return next;
    });
  };

  const save = (e: FormEvent) => {
    e.preventDefault();
    const result = checkForm(form);
    if (!result.ok) {
      setErrors(result.errors);
      setStatus(T.invalid);
      setRefusals((n) => n + 1);
      return;
    }
    setErrors({});
    pane.updateSettings(result.settings);
    setStatus(T.saved);
  };

  const reset = () => {
    setForm(formOf(settings));
    setErrors({});
    setStatus(null);
  };

  const err = (field: SettingsField) => {
    const e = errors[field];
    return e ? { validationState: 'error' as const, validationMessage: t(e) } : {};
  };

  const planRoster =
    scan && scan.roster.source !== 'settings' ? scan.roster.units.map((u) => u.name) : [];
  const today = formatDate(effectiveAsOf({ ...settings, asOf: null }, pane.now()));
  const titleYear = scan?.planYear;

  return (
    <form
      ref={formRef}
      className={mergeClasses(v.root, styles.form)}
      onSubmit={save}
      noValidate
      data-testid="settings-form"
    >
      <Caption1 className={v.muted} data-testid="settings-where">
        {t(pane.host.kind === 'excel' ? T.savedExcel : T.savedFiles)}
      </Caption1>
      <DateField
        label={t(T.asOf)}
        hint={`${t(T.asOfHint)} (${today})`}
        value={form.asOf}
        onChange={(text) => set('asOf', text)}
        testId="setting-as-of"
      />
      <Field
        label={t(T.year)}
        hint={titleYear ? `${t(T.yearHint)} (${titleYear})` : t(T.yearHint)}
        {...err('year')}
      >
        <Input
          inputMode="numeric"
          value={form.year}
          onChange={(_, d) => set('year', d.value)}
          data-testid="setting-year"
        />
      </Field>
      <Field
        label={t(T.roster)}
        hint={planRoster.length ? `${t(T.rosterHint)}: ${planRoster.join('; ')}` : t(T.rosterHint)}
        {...err('roster')}
      >
        <Textarea
          value={form.roster}
          placeholder={planRoster.join('\n')}
          resize="vertical"
          rows={4}
          onChange={(_, d) => set('roster', d.value)}
          data-testid="setting-roster"
        />
      </Field>
      <Field label={t(T.days)} hint={t(T.daysHint)} {...err('dueSoonDays')}>
        <Input
          inputMode="numeric"
          value={form.dueSoonDays}
          onChange={(_, d) => set('dueSoonDays', d.value)}
          data-testid="setting-days"
        />
      </Field>
      <Field label={t(T.period)}>
        <PeriodSelect
          value={form.period}
          onChange={(period) => set('period', period)}
          testId="setting-period"
        />
      </Field>
      <Field label={t(T.language)}>
        <RadioGroup
          layout="horizontal"
          value={form.locale}
          onChange={(_, d) => set('locale', d.value)}
        >
          <Radio value="vi" label={t(T.vi)} />
          <Radio value="en" label={t(T.en)} />
        </RadioGroup>
      </Field>
      <Field label={t(T.documentNumber)} hint={t(T.documentNumberHint)} {...err('documentNumber')}>
        <Input
          value={form.documentNumber}
          onChange={(_, d) => set('documentNumber', d.value)}
          data-testid="setting-number"
        />
      </Field>
      <Field label={t(T.signer)} hint={t(T.signerHint)} {...err('signer')}>
        <Textarea
          value={form.signer}
          resize="vertical"
          rows={2}
          onChange={(_, d) => set('signer', d.value)}
          data-testid="setting-signer"
        />
      </Field>
      <Field label={t(T.signerName)} hint={t(T.signerNameHint)} {...err('signerName')}>
        <Input
          value={form.signerName}
          onChange={(_, d) => set('signerName', d.value)}
          data-testid="setting-signer-name"
        />
      </Field>
      <Field label={t(T.recipients)} hint={t(T.recipientsHint)} {...err('recipients')}>
        <Textarea
          value={form.recipients}
          resize="vertical"
          rows={3}
          onChange={(_, d) => set('recipients', d.value)}
          data-testid="setting-recipients"
        />
      </Field>
      <div className={v.row}>
        <Button appearance="primary" type="submit" data-testid="settings-save">
          {t(T.save)}
        </Button>
        <Button type="button" onClick={reset}>
          {t(T.reset)}
        </Button>
        <span role="status" aria-live="polite" data-testid="settings-status">
          {status && t(status)}
        </span>
      </div>
    </form>
  );
}
