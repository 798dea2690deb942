/// <reference types="office-js" />
/**
 * The writer's queue: each Office.js call is queued with its estimated request bytes, calls that
 * must share a request are grouped into a unit, and units are packed into requests
 * (`packBatches`) so none passes Excel on the web's 5 MB.
 */
import type { Unit as Sized } from './chunk';

/** One queued call (or a few), with its estimated request bytes. */
export interface Op {
  readonly bytes: number;
  readonly run: () => void;
}

/** Calls that must go into the same request, in order. */
export interface Unit extends Sized {
  readonly ops: readonly Op[];
}

/**
 * The calls as one unit, their bytes added up.
 * @example unit([{ bytes: 400, run }, { bytes: 350, run }]).bytes // 750
 */
export function unit(ops: readonly Op[]): Unit {
  return { bytes: ops.reduce((s, o) => s + o.bytes, 0), ops };
}

/**
 * A `rows` × `cols` array of one value, as Office.js takes number formats.
 * @example grid(2, 1, '@') // [['@'], ['@']]
 */
export function grid<T>(rows: number, cols: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => value));
}

/** The worksheet proxy a sheet's calls go to, known only once the sheet is added. */
export type SheetRef = () => Excel.Worksheet;
