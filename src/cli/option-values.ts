/** The values of the options scan and consolidate share, checked; a wrong one is a UsageError. */
import { isIsoDate } from '../core/period/period';
import { UsageError } from './args';
import type { CliIo } from './io';

/** `--as-of`: a real calendar date, or today. @throws UsageError */
export function asOfOption(
  value: string | boolean | undefined,
  io: CliIo,
  command: 'scan' | 'consolidate',
): string {
  if (value === undefined) return io.today();
  const text = String(value);
  if (!isIsoDate(text))
    throw new UsageError(
      `--as-of phải là một ngày có thật dạng YYYY-MM-DD, đã ghi "${text}"`,
      `--as-of must be a real date YYYY-MM-DD, got "${text}"`,
      command,
    );
  return text;
}

/** `--year`: a plan year 1900–2099, or none. @throws UsageError */
export function yearOption(
  value: string | boolean | undefined,
  command: 'scan' | 'consolidate',
): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (!/^(19|20)\d{2}$/.test(text))
    throw new UsageError(
      `--year phải là một năm YYYY (ví dụ 2025), đã ghi "${text}"`,
      `--year must be a year YYYY (e.g. 2025), got "${text}"`,
      command,
    );
  return Number(text);
}
