import { readFileSync } from 'fs';
import type { CliIo } from '../../src/cli/io';

export type FakeIo = CliIo & { stdout: string; stderr: string };

/** A CLI io that records what the command prints and reads real files; no colors. */
export function fakeIo(today = '2025-10-20'): FakeIo {
  const io = {
    stdout: '',
    stderr: '',
    out(t: string) {
      io.stdout += t;
    },
    err(t: string) {
      io.stderr += t;
    },
    readFile: async (p: string) => new Uint8Array(readFileSync(p)),
    color: false,
    today: () => today,
  };
  return io;
}
