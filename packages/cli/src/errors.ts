/**
 * Exit codes of every `nutgraf` command, and the error that carries one.
 *
 * | code | meaning |
 * |---|---|
 * | 0 | done; for `check`, the dataset is valid |
 * | 1 | the content has a problem: empty article, another language, a failed check |
 * | 2 | usage error: unknown command or option, missing argument, would overwrite |
 * | 3 | the input cannot be read: missing, a folder, binary, not UTF-8, not JSON, too large |
 *
 * @module
 */

export const EXIT = Object.freeze({ OK: 0, CONTENT: 1, USAGE: 2, UNREADABLE: 3 });

/** One of {@link EXIT}. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An expected failure: printed as its message alone, never with a stack trace. */
export class CliError extends Error {
  /** One of {@link EXIT}. */
  readonly code: ExitCode;

  /**
   * @param message plain words, naming the file and what to do
   * @param code one of EXIT
   */
  constructor(message: string, code: ExitCode) {
    super(message);
    this.name = 'CliError';
    this.code = code;
  }
}

/** The message of anything thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The `code` of a Node.js system error (`ENOENT`), if it has one. */
export function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const { code } = error;
  return typeof code === 'string' ? code : undefined;
}
