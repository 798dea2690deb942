import path from 'path';
import { consolidateBooks, type UnitBook } from '../core/consolidate/books';
import type { Consolidation } from '../core/consolidate/types';
import { inputFailureMessage } from '../core/issues/messages';
import { PERIOD_KINDS, type PeriodKind } from '../core/period/period';
import { buildReport, type ReportOptions } from '../core/report-model/build';
import { scanBook, scanFailure } from '../core/scan';
import { consolidateJsonSchema, toConsolidateJson } from '../core/schema/consolidate';
import { consolidatedWorkbookBytes } from '../io/xlsx/write';
import { InputError } from '../io/input-error';
import { parseCommandArgs, UsageError } from './args';
import { COMMANDS, EXIT } from './commands';
import { consolidateSummary } from './consolidate-summary';
import type { CliIo } from './io';
import { loadWorkbook, loadWorkbookAndBytes, reportInputError } from './load';
import { checkOutputFile, OutputError, REPORT, writeOutputFile } from './output';
import { asOfOption, yearOption } from './option-values';

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

/** The report's number, signer and recipients as given on the command line ("\\n" between lines). */
function reportOptions(values: Record<string, unknown>): ReportOptions {
  const text = (v: unknown) => (typeof v === 'string' ? v.replace(/\\n/g, '\n') : undefined);
  const options: { -readonly [K in keyof ReportOptions]: ReportOptions[K] } = {};
  const number = text(values.number);
  const signer = text(values.signer);
  const signerName = text(values['signer-name']);
  const recipients = text(values.recipients);
  if (number !== undefined) options.documentNumber = number;
  if (recipients !== undefined) options.recipients = recipients.split('\n').map(recipientLine);
  if (signer !== undefined) options.signer = signer;
  if (signerName !== undefined) options.signerName = signerName;
  return options;
}

/**
 * A line under "Nơi nhận:" with its dash: given without one, as the shell needs ("--recipients
 * -x" reads as an option), it gets "- ".
 * @example recipientLine('Lưu: VT, VP.') // '- Lưu: VT, VP.'
 * @example recipientLine(' - Như trên;') // '- Như trên;'
 */
export function recipientLine(line: string): string {
  const t = line.trim();
  return t === '' || t.startsWith('-') ? t : `- ${t}`;
}

/**
 * `phuluc consolidate`: reads the plan and the unit workbooks, merges them, writes a NEW workbook
 * (the plan's sheets plus the report sheets) and prints the summary or the JSON.
 * Resolves to the exit status: 0 done, 1 the plan cannot be read or the report cannot be
 * written (one line naming the path); bad usage throws a UsageError (exit 2).
 */
export async function runConsolidate(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(COMMANDS.consolidate, args);
  const planPath = values.plan === undefined ? undefined : String(values.plan);
  if (!planPath)
    throw new UsageError(
      'Thiếu --plan <plan.xlsx>: kế hoạch cần tổng hợp',
      'Missing --plan <plan.xlsx>: the plan to consolidate',
      'consolidate',
    );
  const asOf = asOfOption(values['as-of'], io, 'consolidate');
  const year = yearOption(values.year, 'consolidate');
  const period = String(values.period ?? 'quarter') as PeriodKind;
  if (!PERIODS.includes(period))
    throw new UsageError(
      `--period phải là một trong: ${PERIODS.join(', ')}; đã ghi "${period}"`,
      `--period must be one of: ${PERIODS.join(', ')}; got "${period}"`,
      'consolidate',
    );

  const output = values.out === undefined ? defaultOutput(planPath) : String(values.out);
  const json = values.json === true;
  const inputs = [planPath, ...positionals].map((p) => path.resolve(p));
  if (inputs.includes(path.resolve(output))) {
    throw new UsageError(
      `Tệp kết quả không được ghi đè tệp đầu vào: ${output}`,
      `The output must not overwrite an input: ${output}`,
      'consolidate',
    );
  }
  try {
    // Before any reading: a folder given as --out, or a file where its folder should be.
    await checkOutputFile(output, REPORT);
  } catch (e) {
    if (e instanceof OutputError) return reportOutputError(io, e, json);
    throw e;
  }
  if (!/\.xlsx$/i.test(output))
    throw new UsageError(
      `--out phải là tên tệp .xlsx vì báo cáo là sổ tính Excel, đã ghi "${output}"`,
      `--out must name an .xlsx file: the report is an Excel workbook, got "${output}"`,
      'consolidate',
    );

  // The plan's bytes are kept: the report is written into a copy of the file, never the file.
  let planBytes;
  let planScan;
  try {
    const loaded = await loadWorkbookAndBytes(io, planPath);
    planBytes = loaded.bytes;
    planScan = scanBook(loaded.book, { asOf, ...(year ? { year } : {}) });
    const fatal = scanFailure(planScan);
    if (fatal) throw new InputError(fatal, planPath);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return reportInputError(io, e, json);
  }

  // A unit's file that cannot be read is named and left out; the others are still merged.
  const units: UnitBook[] = [];
  for (const unitPath of positionals) {
    const file = path.basename(unitPath);
    try {
      units.push({ file, book: await loadWorkbook(io, unitPath) });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      io.err(`${inputFailureMessage(e.failure, e.file)}\n`);
      units.push({ file, failure: e.failure });
    }
  }

  const { consolidation } = await consolidateBooks(planScan, units, { period });
  const report = buildReport(consolidation, reportOptions(values));
  const bytes = await consolidatedWorkbookBytes(planBytes, report);
  try {
    await writeOutputFile(output, bytes, REPORT);
  } catch (e) {
    if (e instanceof OutputError) return reportOutputError(io, e, json);
    throw e;
  }

  if (json) {
    const doc = consolidateJsonSchema.parse(toConsolidateJson(consolidation, output));
    io.out(`${JSON.stringify(doc, null, 2)}\n`);
  } else {
    io.out(consolidateSummary(io, consolidation, output));
  }
  return EXIT.ok;
}

/** The report cannot be written: one line; with --json also the JSON error document. */
function reportOutputError(io: CliIo, e: OutputError, json: boolean): number {
  io.err(`${e.line}\n`);
  if (json)
    io.out(`${JSON.stringify({ output: e.file, error: { code: e.failure, message: e.line } })}\n`);
  return e.exitCode;
}
