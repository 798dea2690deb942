/**
 * Timing in rounds: every round runs each stage once, in order, so two stages of one round ran
 * under the same load (a shared machine's load drifts over a minute). A stage is reported as the
 * median over rounds of its time divided by the floor's time in the same round.
 */
import { performance } from 'perf_hooks';

export interface Timing {
  /** The first (cold) round. */
  readonly first: number;
  /** The timed rounds, in order. */
  readonly runs: number[];
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The median over rounds of `stage / floor`, paired within each round. */
export function pairedRatio(stage: Timing, floor: Timing): number {
  return median(stage.runs.map((ms, i) => ms / floor.runs[i]!));
}

/**
 * Each run starts on a clean heap (node --expose-gc), so one stage does not pay for the garbage
 * another left behind; the run's own collections still count.
 */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export async function timeInRounds(
  stages: readonly (() => Promise<unknown> | unknown)[],
  runs: number,
): Promise<Timing[]> {
  const first: number[] = [];
  const all: number[][] = stages.map(() => []);
  for (let round = 0; round <= runs; round++) {
    for (const [i, fn] of stages.entries()) {
      collectGarbage();
      const t = performance.now();
      await fn();
      const ms = performance.now() - t;
      if (round === 0) first.push(ms);
      else all[i]!.push(ms);
    }
  }
  return stages.map((_, i) => ({ first: first[i]!, runs: all[i]! }));
}
