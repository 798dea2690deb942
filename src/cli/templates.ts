import { promises as fs } from 'fs';
import path from 'path';
import { parseArgs } from 'util';
import { inputFailureMessage } from '../core/issues/messages';
import { scanBook, scanFailure } from '../core/scan';
import { buildTemplates } from '../core/templates/build';
import { templateWorkbookBytes } from '../io/xlsx/template';
import { paint, type CliIo } from './io';
import { InputError } from '../io/input-error';
import { loadWorkbook } from './load';

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
 * Resolves to the exit status: 0 done, 1 the plan cannot be read, 2 bad usage (through `usage`),
 * also when a template would overwrite the plan.
 */
export async function runTemplates(
  io: CliIo,
  args: string[],
  usage: (message: string) => number,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: false,
      options: {
        plan: { type: 'string' },
        'out-dir': { type: 'string' },
        json: { type: 'boolean' },
      },
    });
  } catch (e) {
    return usage(e instanceof Error ? e.message : String(e));
  }
  const { values } = parsed;
  const planPath = values.plan;
  const outDir = values['out-dir'];
  if (!planPath) return usage('Thiếu --plan <plan.xlsx> / Missing --plan <plan.xlsx>.');
  if (!outDir) return usage('Thiếu --out-dir <thư mục> / Missing --out-dir <dir>.');

  let templates;
  try {
    const book = await loadWorkbook(io, planPath);
    const scan = scanBook(book, { asOf: io.today() });
    const fatal = scanFailure(scan);
    if (fatal) throw new InputError(fatal, planPath);
    templates = buildTemplates(scan);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const message = inputFailureMessage(e.failure, e.file);
    io.err(`${message}\n`);
    if (values.json)
      io.out(`${JSON.stringify({ plan: e.file, error: { code: e.failure, message } })}\n`);
    return 1;
  }

  const plan = path.resolve(planPath);
  const clash = templates.find((t) => path.resolve(outDir, t.fileName) === plan);
  if (clash) {
    return usage(
      `Mẫu báo cáo không được ghi đè kế hoạch / A template must not overwrite the plan: ${path.join(outDir, clash.fileName)}`,
    );
  }

  await fs.mkdir(outDir, { recursive: true });
  const written: TemplatesJson['templates'][number][] = [];
  for (const t of templates) {
    const file = path.join(outDir, t.fileName);
    await fs.writeFile(file, await templateWorkbookBytes(t));
    written.push({ unit: t.unit, file: t.fileName, tasks: t.tasks, indicators: t.indicators });
    if (!values.json) {
      io.out(
        `${paint(io, 'green', 'Đã ghi / Written')}: ${file} — ${t.unit}: ${t.tasks} nhiệm vụ / tasks, ${t.indicators} chỉ tiêu / indicators\n`,
      );
    }
  }

  if (values.json) {
    const json: TemplatesJson = { plan: planPath, outDir, templates: written };
    io.out(`${JSON.stringify(json, null, 2)}\n`);
  } else if (written.length === 0) {
    io.out(
      `${paint(io, 'yellow', 'Không có đơn vị nào trong danh mục, không ghi mẫu nào / No units in the roster, no template written')}.\n`,
    );
  } else {
    io.out(
      `${paint(io, 'bold', 'Tổng cộng / Total')}: ${written.length} mẫu báo cáo / templates ${paint(io, 'dim', `→ ${outDir}`)}\n`,
    );
  }
  return 0;
}
