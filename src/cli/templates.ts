import path from 'path';
import { scanBook, scanFailure } from '../core/scan';
import { buildTemplates } from '../core/templates/build';
import { templateWorkbookBytes } from '../io/xlsx/template';
import { InputError } from '../io/input-error';
import { parseCommandArgs, UsageError } from './args';
import { COMMANDS, EXIT } from './commands';
import { paint, type CliIo } from './io';
import { loadWorkbook, reportInputError } from './load';
import {
  checkOutputDirectory,
  makeDirectory,
  OutputError,
  TEMPLATES,
  writeOutputFile,
} from './output';

/** `phuluc templates --json`: what was written (CLI.md). */
export interface TemplatesJson {
  readonly plan: string;
  readonly outDir: string;
  readonly templates: readonly {
    readonly unit: string;
    readonly file: string;
    readonly tasks: number;
    readonly indicators: number;
  }[];
}

/**
 * `phuluc templates --plan <plan.xlsx> --out-dir <dir>`: writes one report template per roster
 * unit into the folder (created if missing) and prints one line per file, or the JSON.
 * Resolves to the exit status: 0 done, 1 the plan cannot be read or a template cannot be
 * written; bad usage throws a UsageError (exit 2), also when a template would overwrite the plan.
 */
export async function runTemplates(io: CliIo, args: string[]): Promise<number> {
  const { values } = parseCommandArgs(COMMANDS.templates, args);
  const planPath = values.plan === undefined ? undefined : String(values.plan);
  const outDir = values['out-dir'] === undefined ? undefined : String(values['out-dir']);
  const json = values.json === true;
  if (!planPath)
    throw new UsageError(
      'Thiếu --plan <plan.xlsx>: kế hoạch để tạo biểu mẫu',
      'Missing --plan <plan.xlsx>: the plan to make templates from',
      'templates',
    );
  if (!outDir)
    throw new UsageError(
      'Thiếu --out-dir <thư mục>: nơi ghi các biểu mẫu',
      'Missing --out-dir <dir>: the folder to write the templates to',
      'templates',
    );
  try {
    // Before any reading: a file given as --out-dir, or standing where a folder should be.
    await checkOutputDirectory(outDir, TEMPLATES);
  } catch (e) {
    if (e instanceof OutputError) return reportOutputError(io, e, json, outDir);
    throw e;
  }

  let templates;
  try {
    const book = await loadWorkbook(io, planPath);
    const scan = scanBook(book, { asOf: io.today() });
    const fatal = scanFailure(scan);
    if (fatal) throw new InputError(fatal, planPath);
    templates = buildTemplates(scan);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return reportInputError(io, e, json, 'plan');
  }

  const plan = path.resolve(planPath);
  const clash = templates.find((t) => path.resolve(outDir, t.fileName) === plan);
  if (clash) {
    const file = path.join(outDir, clash.fileName);
    throw new UsageError(
      `Mẫu báo cáo không được ghi đè kế hoạch: ${file}`,
      `A template must not overwrite the plan: ${file}`,
      'templates',
    );
  }

  try {
    await makeDirectory(outDir, TEMPLATES);
  } catch (e) {
    if (e instanceof OutputError) return reportOutputError(io, e, json, outDir);
    throw e;
  }
  const written: TemplatesJson['templates'][number][] = [];
  for (const t of templates) {
    const file = path.join(outDir, t.fileName);
    try {
      await writeOutputFile(file, await templateWorkbookBytes(t), TEMPLATES);
    } catch (e) {
      if (e instanceof OutputError) return reportOutputError(io, e, json, outDir);
      throw e;
    }
    written.push({ unit: t.unit, file: t.fileName, tasks: t.tasks, indicators: t.indicators });
    if (!json) {
      io.out(
        `${paint(io, 'green', 'Đã ghi / Written')}: ${file} — ${t.unit}: ${t.tasks} nhiệm vụ / tasks, ${t.indicators} chỉ tiêu / indicators\n`,
      );
    }
  }

  if (json) {
    const doc: TemplatesJson = { plan: planPath, outDir, templates: written };
    io.out(`${JSON.stringify(doc, null, 2)}\n`);
  } else if (written.length === 0) {
    io.out(
      `${paint(io, 'yellow', 'Không có đơn vị nào trong danh mục, không ghi mẫu nào / No units in the roster, no template written')}.\n`,
    );
  } else {
    io.out(
      `${paint(io, 'bold', 'Tổng cộng / Total')}: ${written.length} mẫu báo cáo / templates ${paint(io, 'dim', `→ ${outDir}`)}\n`,
    );
  }
  return EXIT.ok;
}

/** A template cannot be written: one line; with --json also the JSON error document. */
function reportOutputError(io: CliIo, e: OutputError, json: boolean, outDir: string): number {
  io.err(`${e.line}\n`);
  if (json) io.out(`${JSON.stringify({ outDir, error: { code: e.failure, message: e.line } })}\n`);
  return e.exitCode;
}
