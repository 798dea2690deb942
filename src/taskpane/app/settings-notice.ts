import type { Settings } from '../engine/settings';
import type { Text } from '../i18n/text';

/** Each setting by the name Cài đặt gives it. */
const SETTING_NAMES: Readonly<Record<keyof Settings, Text>> = {
  asOf: { vi: 'Ngày báo cáo', en: 'As-of date' },
  year: { vi: 'Năm kế hoạch', en: 'Plan year' },
  roster: { vi: 'Danh mục đơn vị', en: 'Roster' },
  dueSoonDays: { vi: 'Số ngày "sắp đến hạn"', en: 'Days counted as "due soon"' },
  period: { vi: 'Kỳ báo cáo', en: 'Reporting period' },
  locale: { vi: 'Ngôn ngữ', en: 'Language' },
  signer: { vi: 'Chức vụ người ký', en: 'Signer’s title' },
  signerName: { vi: 'Họ tên người ký', en: 'Signer’s name' },
  documentNumber: { vi: 'Số báo cáo', en: 'Report number' },
  recipients: { vi: 'Nơi nhận', en: 'Recipients' },
};

/**
 * What the pane says when saved settings had invalid values: which ones, and that their
 * defaults are used instead.
 * @example replacedSettingsText(['asOf']).vi // 'Cài đặt đã lưu có giá trị không hợp lệ, đã thay bằng mặc định: Ngày báo cáo.'
 */
export function replacedSettingsText(replaced: readonly (keyof Settings)[]): Text {
  const names = (locale: keyof Text) => replaced.map((k) => SETTING_NAMES[k][locale]).join(', ');
  return {
    vi: `Cài đặt đã lưu có giá trị không hợp lệ, đã thay bằng mặc định: ${names('vi')}.`,
    en: `Saved settings had invalid values, replaced by their defaults: ${names('en')}.`,
  };
}

/** The hint under that notice. */
export const REPLACED_SETTINGS_HINT: Text = {
  vi: 'Kiểm tra lại ở thẻ Cài đặt.',
  en: 'Check them on the Settings tab.',
};
