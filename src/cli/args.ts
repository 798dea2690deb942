/**
 * Reading a command's arguments with `util.parseArgs`, and saying what is wrong with them in one
 * line, Vietnamese then English, naming the option: parseArgs's own messages are English only.
 */
import { parseArgs } from 'util';
import { COMMAND_NAMES, COMMANDS, EXIT, type CommandName, type CommandSpec } from './commands';

/** A failure the command line reports as one line and an exit status, never as a stack. */
export class CliFailure extends Error {
  constructor(
    readonly line: string,
    readonly exitCode: number,
  ) {
    super(line);
    this.name = 'CliFailure';
  }
}

/** Bad usage (exit 2): what is wrong, in both languages, and where to read more. */
export class UsageError extends CliFailure {
  constructor(vi: string, en: string, command?: CommandName) {
    const help = command ? `phuluc ${command} --help` : 'phuluc --help';
    super(`${vi} (xem ${help}) / ${en} (see ${help})`, EXIT.usage);
    this.name = 'UsageError';
  }
}

export type Values = Record<string, string | boolean | undefined>;

export interface ParsedArgs {
  readonly values: Values;
  readonly positionals: string[];
}

/** `-h` or `--help` before any `--`: the command's help is wanted, whatever else was typed. */
export function wantsHelp(args: readonly string[]): boolean {
  for (const a of args) {
    if (a === '--') return false;
    if (a === '-h' || a === '--help') return true;
  }
  return false;
}

/** A negative number ("-3") typed after an option that takes a value is that value. */
const NEGATIVE_NUMBER = /^-\d/;

function parseOptions(spec: CommandSpec) {
  const options: Record<string, { type: 'string' | 'boolean' }> = {};
  for (const [name, o] of Object.entries(spec.options)) options[name] = { type: o.type };
  return options;
}

/** The option of another command by that name, to say where it belongs. */
function ownerOf(name: string, command: CommandName): CommandName | undefined {
  return COMMAND_NAMES.find((c) => c !== command && name in COMMANDS[c].options);
}

/** A known option one or two typing mistakes away ("--asof", "--out-dir" for "--out"…). */
function closest(name: string, spec: CommandSpec): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of Object.keys(spec.options)) {
    const d = distance(name.toLowerCase(), candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** Levenshtein distance, small strings only. */
export function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        previous[j]! + 1,
        row[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * Parses a command's arguments against its spec, or throws a {@link UsageError} naming the
 * unknown option, the option missing its value, the boolean given a value or the unexpected
 * argument. `--days -3` reads -3 as the value (then judged by the command).
 */
export function parseCommandArgs(spec: CommandSpec, args: readonly string[]): ParsedArgs {
  const options = parseOptions(spec);
  const normalised: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      normalised.push(...args.slice(i));
      break;
    }
    const next = args[i + 1];
    const name = a.startsWith('--') ? a.slice(2) : undefined;
    if (name && options[name]?.type === 'string' && next && NEGATIVE_NUMBER.test(next)) {
      normalised.push(`${a}=${next}`);
      i++;
    } else normalised.push(a);
  }
  try {
    const { values, positionals } = parseArgs({
      args: normalised,
      options,
      allowPositionals: spec.positionals,
      strict: true,
    });
    return { values: values as Values, positionals };
  } catch (e) {
    throw translate(spec, normalised, e);
  }
}

function translate(spec: CommandSpec, args: string[], e: unknown): UsageError {
  const command = spec.name;
  const code = (e as { code?: unknown }).code;
  const { tokens } = parseArgs({
    args,
    options: parseOptions(spec),
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const token = tokens.find((t) => t.kind === 'option' && !(t.name in spec.options));
    const raw = token?.kind === 'option' ? token.rawName : '?';
    const name = token?.kind === 'option' ? token.name : '';
    const owner = ownerOf(name, command);
    if (owner && name === 'days' && command === 'consolidate')
      return new UsageError(
        `--days chỉ dùng cho lệnh scan: báo cáo tổng hợp xếp nhiệm vụ theo trạng thái, không có mục "sắp đến hạn"`,
        `--days is for scan only: the consolidation sorts tasks by status and has no "due soon" list`,
        command,
      );
    if (owner)
      return new UsageError(
        `${raw} là tùy chọn của lệnh ${owner}, không dùng cho ${command}`,
        `${raw} belongs to ${owner}, not to ${command}`,
        command,
      );
    const near = raw.startsWith('--') ? closest(name, spec) : undefined;
    return new UsageError(
      `Không có tùy chọn ${raw} cho lệnh ${command}${near ? `; có phải --${near}?` : ''}`,
      `Unknown option ${raw} for ${command}${near ? `; did you mean --${near}?` : ''}`,
      command,
    );
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    for (const t of tokens) {
      if (t.kind !== 'option' || !(t.name in spec.options)) continue;
      const o = spec.options[t.name]!;
      if (o.type === 'boolean' && t.inlineValue)
        return new UsageError(
          `${t.rawName} không nhận giá trị (đã ghi "${t.value}")`,
          `${t.rawName} takes no value (got "${t.value}")`,
          command,
        );
      if (
        o.type === 'string' &&
        (t.value === undefined || (!t.inlineValue && t.value.startsWith('-')))
      )
        return new UsageError(
          `Thiếu giá trị sau ${t.rawName}: cần ${o.value ?? 'một giá trị'}`,
          `Missing a value after ${t.rawName}: ${o.value ?? 'a value'} expected`,
          command,
        );
    }
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const token = tokens.find((t) => t.kind === 'positional');
    const value = token?.kind === 'positional' ? token.value : '?';
    const plan = /\.xlsx$/i.test(value) && command === 'templates';
    return new UsageError(
      `Đối số thừa: ${value}${plan ? `; kế hoạch cần ghi sau --plan (--plan ${value})` : ''}`,
      `Unexpected argument: ${value}${plan ? `; the plan goes after --plan (--plan ${value})` : ''}`,
      command,
    );
  }
  const message = e instanceof Error ? e.message.split('\n')[0]! : String(e);
  return new UsageError(
    `Sai cú pháp lệnh ${command}: ${message}`,
    `Bad usage of ${command}: ${message}`,
    command,
  );
}
