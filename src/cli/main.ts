import { parseArgs } from 'util';
import { inputFailureMessage } from '../core/issues/messages';
import { isIsoDate } from '../core/period/period';
import { scanBook, scanFailure } from '../core/scan';
import { toScanJson } from '../core/schema/scan';
import { nodeIo, type CliIo } from './io';
import { InputError } from '../io/input-error';
import { loadWorkbook } from './load';
import { scanSummary } from './summary';
import { runTemplates } from './templates';
import { runConsolidate } from './consolidate';

export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

const USAGE = `Cách dùng / Usage:
  phuluc scan <workbook.xlsx> [--as-of YYYY-MM-DD] [--year YYYY] [--days N] [--json]
  phuluc consolidate --plan <plan.xlsx> [<unit.xlsx> ...] [--as-of YYYY-MM-DD]
                     [--period month|quarter|half|nine-months|year] [--out <report.xlsx>] [--json]
  phuluc templates --plan <plan.xlsx> --out-dir <dir>
`;

function usageError(io: CliIo, message: string): number {
  io.err(`${message}\n\n${USAGE}`);
  return EXIT.usage;
}

async function scan(io: CliIo, args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        'as-of': { type: 'string' },
        year: { type: 'string' },
        days: { type: 'string' },
      },
    });
  } catch (e) {
    return usageError(io, e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1)
    return usageError(io, 'Cần đúng một tệp .xlsx / Exactly one .xlsx file is needed.');
  const asOf = values['as-of'];
  if (asOf !== undefined && !isIsoDate(asOf))
    return usageError(io, `--as-of phải là ngày YYYY-MM-DD / must be a date YYYY-MM-DD: ${asOf}`);
  const year = values.year;
  if (year !== undefined && !/^(19|20)\d{2}$/.test(year))
    return usageError(io, `--year phải là năm YYYY / must be a year YYYY: ${year}`);

  const days = values.days === undefined ? 7 : Number(values.days);
  if (!Number.isInteger(days) || days < 0 || days > 366)
    return usageError(
      io,
      `--days phải là số ngày 0–366 / must be a number of days 0–366: ${values.days}`,
    );

  const path = positionals[0]!;
  try {
    const book = await loadWorkbook(io, path);
    const result = scanBook(book, {
      asOf: asOf ?? io.today(),
      ...(year ? { year: Number(year) } : {}),
    });
    const fatal = scanFailure(result);
    if (fatal) throw new InputError(fatal, path);
    if (values.json) io.out(`${JSON.stringify(toScanJson(result, days), null, 2)}\n`);
    else io.out(scanSummary(io, result, days));
    return EXIT.ok;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    io.err(`${inputFailureMessage(e.failure, e.file)}\n`);
    if (values.json)
      io.out(
        `${JSON.stringify({ file: e.file, error: { code: e.failure, message: inputFailureMessage(e.failure, e.file) } })}\n`,
      );
    return EXIT.input;
  }
}

/**
 * Runs `phuluc` with its arguments; resolves to the exit status (0 done, 1 unreadable input, 2 bad usage).
 * @example await main(['scan', 'samples/kiem-soat-tthc-2023.xlsx', '--json'])
 */
export async function main(argv: string[], io: CliIo = nodeIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'scan':
      return scan(io, rest);
    case 'consolidate':
      return runConsolidate(io, rest, (message) => usageError(io, message));
    case 'templates':
      return runTemplates(io, rest, (message) => usageError(io, message));
    case '-h':
    case '--help':
    case 'help':
      io.out(USAGE);
      return EXIT.ok;
    default:
      return usageError(
        io,
        command ? `Lệnh không rõ / Unknown command: ${command}` : 'Thiếu lệnh / Missing command.',
      );
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // A bug, not bad input: say so plainly, with no stack trace for the user.
      process.stderr.write(
        `Lỗi không mong đợi / Unexpected error: ${e instanceof Error ? e.message : String(e)}\n`,
      );
      process.exitCode = 70;
    },
  );
}
