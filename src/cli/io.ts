import { promises as fs } from 'fs';
import { styleText } from 'util';
import { timeZoneFrom, todayIso } from '../io/today';

/** What the CLI touches outside itself, so tests can run it in-process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  /** Colors only on a terminal, and never when NO_COLOR is set. */
  readonly color: boolean;
  /** The as-of date by default: today in Vietnam (or `PHULUC_TIME_ZONE`), ISO. */
  readonly today: () => string;
}

export const nodeIo: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  readFile: async (p) => new Uint8Array(await fs.readFile(p)),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  today: () => todayIso(new Date(), timeZoneFrom(process.env)),
};

type Style = 'bold' | 'red' | 'yellow' | 'green' | 'cyan' | 'gray' | 'dim';

/** Paints text for a terminal; plain when colors are off. */
export function paint(io: CliIo, style: Style, text: string): string {
  return io.color ? styleText(style, text) : text;
}
