/** Runs `phuluc` in-process on files, as the adversarial and data-safety tests need. */
import { createHash } from 'crypto';
import { readFileSync } from 'fs';
import { main } from '../../src/cli/main';
import { fakeIo } from '../_lib/fake-io';

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** `main(argv)` with a fake terminal; also checks that no input file changed. */
export async function phuluc(argv: string[], inputs: readonly string[]): Promise<Run> {
  const before = inputs.map(sha256);
  const io = fakeIo('2025-10-20');
  const code = await main(argv, io);
  const after = inputs.map(sha256);
  if (after.some((h, i) => h !== before[i])) throw new Error('an input file was modified');
  return { code, stdout: io.stdout, stderr: io.stderr };
}

/** A lone UTF-16 surrogate: text cut in the middle of an emoji. */
export const LONE_SURROGATE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
