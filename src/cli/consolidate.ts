import { promises as fs } from 'fs';
import path from 'path';
import { parseArgs } from 'util';
import { consolidate, type UnitWorkbook } from '../core/consolidate/consolidate';
import type { Consolidation } from '../core/consolidate/types';
import { inputFailureMessage } from '../core/issues/messages';
import { issue } from '../core/issues/types';
import { isIsoDate, PERIOD_KINDS, type PeriodKind } from '../core/period/period';
import { buildReport } from '../core/report-model/build';
import { scanBook, scanFailure } from '../core/scan';
import { consolidateJsonSchema, toConsolidateJson } from '../core/schema/consolidate';
import { reportWorkbookBytes } from '../io/xlsx/write';
import type { CliIo } from './io';
import { InputError } from '../io/input-error';
import { loadWorkbook, loadWorkbookAndExcel } from './load';
import { consolidateSummary } from './consolidate-summary';

const PERIODS: readonly string[] = PERIOD_KINDS;

export interface ConsolidateRun {
  readonly consolidation: Consolidation;
  readonly output: string;
}

/**
 * The default output: beside the plan, its name + "-tong-hop.xlsx".
 * @example defaultOutput('/data/ke-hoach.xlsx') // '/data/ke-hoach-tong-hop.xlsx'
 */
export function defaultOutput(planPath: string): string {
  const parsed = path.parse(planPath);
  return path.join(parsed.dir, `${parsed.name}-tong-hop.xlsx`);
}

/**
 * `phuluc consolidate`: reads the plan and the unit workbooks, merges them, writes a NEW workbook
 * (the plan's sheets plus the report sheets) and prints the summary or the JSON.
 * Resolves to the exit status; usage errors are returned as 2 through `usage`.
 */
export async function runConsolidate(
  io: CliIo,
  args: string[],
  usage: (message: string) => number,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        plan: { type: 'string' },
        'as-of': { type: 'string' },
        period: { type: 'string' },
        out: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
  } catch (e) {
    return usage(e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  if (!values.plan) return usage('Thiếu --plan <plan.xlsx> / Missing --plan <plan.xlsx>.');
  const asOf = values['as-of'] ?? io.today();
  if (!isIsoDate(asOf)) {
    return usage(`--as-of phải là ngày YYYY-MM-DD / must be a date YYYY-MM-DD: ${asOf}`);
  }
  const period = (values.period ?? 'quarter') as PeriodKind;
  if (!PERIODS.includes(period))
    return usage(`--period phải là một trong / must be one of: ${PERIODS.join(', ')}`);

  const planPath = values.plan;
  const output = values.out ?? defaultOutput(planPath);
  const inputs = [planPath, ...positionals].map((p) => path.resolve(p));
  if (inputs.includes(path.resolve(output))) {
    return usage(
      `Tệp kết quả không được ghi đè tệp đầu vào / The output must not overwrite an input: ${output}`,
    );
  }

  // The plan's exceljs workbook is kept: the report is written into it (a copy of the file,
  // never the file itself), so the plan is loaded once.
  let planWorkbook;
  let planScan;
  try {
    const loaded = await loadWorkbookAndExcel(io, planPath);
    planWorkbook = loaded.workbook;
    planScan = scanBook(loaded.book, { asOf });
    const fatal = scanFailure(planScan);
    if (fatal) throw new InputError(fatal, planPath);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    io.err(`${inputFailureMessage(e.failure, e.file)}\n`);
    if (values.json)
      io.out(
        `${JSON.stringify({ file: e.file, error: { code: e.failure, message: inputFailureMessage(e.failure, e.file) } })}\n`,
      );
    return 1;
  }

  // A unit's file that cannot be read is named and left out; the others are still merged.
  const units: UnitWorkbook[] = [];
  const unreadable = [];
  for (const unitPath of positionals) {
    const file = path.basename(unitPath);
    try {
      const book = await loadWorkbook(io, unitPath);
      units.push({
        file,
        scan: scanBook(book, { asOf, ...(planScan.planYear ? { year: planScan.planYear } : {}) }),
      });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      io.err(`${inputFailureMessage(e.failure, e.file)}\n`);
      unreadable.push(issue({ code: 'unit-file-unreadable', file, failure: e.failure }));
    }
  }

  const merged = consolidate(planScan, units, { asOf, period });
  const consolidation: Consolidation = { ...merged, issues: [...merged.issues, ...unreadable] };
  const report = buildReport(consolidation);
  const bytes = await reportWorkbookBytes(planWorkbook, report);
  await fs.mkdir(path.dirname(path.resolve(output)), { recursive: true });
  await fs.writeFile(output, bytes);

  if (values.json) {
    const json = consolidateJsonSchema.parse(toConsolidateJson(consolidation, output));
    io.out(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    io.out(consolidateSummary(io, consolidation, output));
  }
  return 0;
}
