import { scanBook, scanFailure } from '../core/scan';
import { toScanJson } from '../core/schema/scan';
import { InputError } from '../io/input-error';
import { parseCommandArgs, UsageError } from './args';
import { COMMANDS, EXIT } from './commands';
import type { CliIo } from './io';
import { loadWorkbook, reportInputError } from './load';
import { asOfOption, yearOption } from './option-values';
import { scanSummary } from './summary';

/**
 * `phuluc scan <workbook.xlsx>`: prints the summary, or the JSON, of one workbook.
 * Resolves to the exit status: 0 done, 1 the workbook cannot be read; bad usage throws.
 */
export async function runScan(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(COMMANDS.scan, args);
  if (positionals.length === 0)
    throw new UsageError('Thiếu tệp .xlsx cần kiểm tra', 'Missing the .xlsx file to check', 'scan');
  if (positionals.length > 1)
    throw new UsageError(
      `Mỗi lần chỉ kiểm tra một tệp, đã ghi ${positionals.length} tệp: ${positionals.join(', ')}`,
      `Scan checks one file at a time, got ${positionals.length}: ${positionals.join(', ')}`,
      'scan',
    );
  const asOf = asOfOption(values['as-of'], io, 'scan');
  const year = yearOption(values.year, 'scan');
  const daysText = values.days === undefined ? '7' : String(values.days);
  const days = /^\d+$/.test(daysText) ? Number(daysText) : NaN;
  if (!Number.isInteger(days) || days > 366)
    throw new UsageError(
      `--days phải là số ngày từ 0 đến 366, đã ghi "${daysText}"`,
      `--days must be a number of days from 0 to 366, got "${daysText}"`,
      'scan',
    );

  const path = positionals[0]!;
  try {
    const book = await loadWorkbook(io, path);
    const result = scanBook(book, { asOf, ...(year ? { year } : {}) });
    const fatal = scanFailure(result);
    if (fatal) throw new InputError(fatal, path);
    if (values.json) io.out(`${JSON.stringify(toScanJson(result, days), null, 2)}\n`);
    else io.out(scanSummary(io, result, days));
    return EXIT.ok;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return reportInputError(io, e, values.json === true);
  }
}
