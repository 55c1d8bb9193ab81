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

/** An expected failure: printed as its message alone, never with a stack trace. */
export class CliError extends Error {
  /**
   * @param {string} message plain words, naming the file and what to do
   * @param {number} code one of EXIT
   */
  constructor(message, code) {
    super(message);
    this.name = 'CliError';
    this.code = code;
  }
}
