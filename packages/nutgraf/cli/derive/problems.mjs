/**
 * The error a data build throws: every problem found, not just the first.
 *
 * @module
 */

/** @typedef {{ where: string, message: string }} Problem */

export class DataError extends Error {
  /** @param {Problem[]} problems */
  constructor(problems) {
    super(
      `${problems.length} problem(s) in the dataset:\n` +
        problems.map((p) => `  - ${p.where}: ${p.message}`).join('\n'),
    );
    this.name = 'DataError';
    /** @type {Problem[]} */
    this.problems = problems;
  }
}
