/**
 * `phuluc`: dispatches to a command. Kept small on purpose: help and version print without
 * loading exceljs or the core; a command's module is imported only when that command runs.
 */
import { CliFailure, distance, UsageError, wantsHelp } from './args';
import { COMMAND_NAMES, commandHelp, EXIT, generalHelp, isCommand, version } from './commands';
import { nodeIo, type CliIo } from './io';

export { EXIT } from './commands';

/** A bug's message, on one line and not too long: the user sees it, not its stack. */
function oneLine(e: unknown): string {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const line = text.replace(/\s*\n\s*/g, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}

/** The line printed for a bug (exit 70). */
export function unexpectedErrorLine(e: unknown): string {
  return `Lỗi không mong đợi trong PhuLuc (xin báo lại kèm lệnh đã chạy): ${oneLine(e)} / Unexpected error in PhuLuc (please report it with the command you ran): ${oneLine(e)}`;
}

function unknownCommand(command: string): UsageError {
  const near = COMMAND_NAMES.find((c) => distance(command.toLowerCase(), c) <= 2);
  if (/\.xlsx$/i.test(command))
    return new UsageError(
      `Thiếu lệnh trước ${command}; có phải: phuluc scan ${command}?`,
      `Missing the command before ${command}; did you mean: phuluc scan ${command}?`,
    );
  return new UsageError(
    `Không có lệnh "${command}"${near ? ` (có phải "${near}"?)` : ''}; các lệnh: ${COMMAND_NAMES.join(', ')}`,
    `Unknown command "${command}"${near ? ` (did you mean "${near}"?)` : ''}; commands: ${COMMAND_NAMES.join(', ')}`,
  );
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.out(generalHelp());
    return EXIT.ok;
  }
  if (command === '-v' || command === '--version' || command === 'version') {
    io.out(`${version()}\n`);
    return EXIT.ok;
  }
  if (command === '-h' || command === '--help' || command === 'help') {
    const topic = rest[0];
    if (topic === undefined || topic === '-h' || topic === '--help') io.out(generalHelp());
    else if (isCommand(topic)) io.out(commandHelp(topic));
    else throw unknownCommand(topic);
    return EXIT.ok;
  }
  if (!isCommand(command)) {
    if (command.startsWith('-'))
      throw new UsageError(
        `Thiếu lệnh: ${command} phải đứng sau một lệnh (${COMMAND_NAMES.join(', ')})`,
        `Missing command: ${command} goes after a command (${COMMAND_NAMES.join(', ')})`,
      );
    throw unknownCommand(command);
  }
  if (wantsHelp(rest)) {
    io.out(commandHelp(command));
    return EXIT.ok;
  }
  switch (command) {
    case 'scan':
      return (await import('./scan')).runScan(io, rest);
    case 'consolidate':
      return (await import('./consolidate')).runConsolidate(io, rest);
    case 'templates':
      return (await import('./templates')).runTemplates(io, rest);
  }
}

/**
 * Runs `phuluc` with its arguments; resolves to the exit status (0 done, 1 an input could not be
 * read or the output could not be written, 2 bad usage, 70 a bug). Never rejects: every failure
 * is one line on stderr, Vietnamese then English. PHULUC_DEBUG=1 adds a bug's stack.
 * @example await main(['scan', 'samples/kiem-soat-tthc-2023.xlsx', '--json'])
 */
export async function main(argv: string[], io: CliIo = nodeIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    if (e instanceof CliFailure) {
      io.err(`${e.line}\n`);
      return e.exitCode;
    }
    io.err(`${unexpectedErrorLine(e)}\n`);
    if (process.env.PHULUC_DEBUG && e instanceof Error && e.stack) io.err(`${e.stack}\n`);
    return EXIT.bug;
  }
}

/** Runs the command line of this process and sets its exit status (bin/phuluc.js). */
export function run(argv: string[] = process.argv.slice(2)): Promise<void> {
  return main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`${unexpectedErrorLine(e)}\n`);
      process.exitCode = EXIT.bug;
    },
  );
}

if (require.main === module) void run();
