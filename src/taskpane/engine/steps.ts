/** Thrown by {@link step} when the user cancelled the work. */
export class CancelledError extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'CancelledError';
  }
}

/** Lets the browser paint and handle clicks (the Cancel button) before the next piece of work. */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Yields to the browser between two pieces of long work; throws if the user cancelled meanwhile.
 * @example await pause(signal) // throws CancelledError once signal is aborted
 */
export async function pause(signal: AbortSignal): Promise<void> {
  await yieldToBrowser();
  if (signal.aborted) throw new CancelledError();
}

/**
 * Runs one piece of long work after yielding to the browser, unless cancelled meanwhile.
 * @example await step(signal, () => scanBook(book)) // throws CancelledError once signal is aborted
 */
export async function step<T>(signal: AbortSignal, work: () => T | Promise<T>): Promise<T> {
  await pause(signal);
  const result = await work();
  if (signal.aborted) throw new CancelledError();
  return result;
}

/** Progress of a long job: done of total steps, and what is being done now. */
export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly what: string;
}
