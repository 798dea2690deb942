import type { InputFailure } from '../core/issues/messages';

/**
 * A file the user gave that cannot be used, and why: thrown by the adapters (command line, task
 * pane) and rendered by the message catalogue (`inputFailureMessage`), never shown as a stack.
 */
export class InputError extends Error {
  constructor(
    readonly failure: InputFailure,
    readonly file: string,
  ) {
    super(`${failure}: ${file}`);
    this.name = 'InputError';
  }
}
