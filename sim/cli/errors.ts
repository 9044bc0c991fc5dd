/** Errors the CLI turns into exit codes: only the CLI's outer edge prints and exits. */

/** Exit codes of `cogov`: 0 success, 1 runtime failure, 2 invalid input or usage. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** A failure with a message for the user and the exit code it maps to. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Invalid input or usage (exit 2). */
export function usageError(message: string): CliError {
  return new CliError(message, EXIT.usage);
}
