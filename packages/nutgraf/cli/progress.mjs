/**
 * Progress output on stderr, so stdout stays clean for results. Steps are printed as they
 * start; a long loop prints its percentage at most every half second. `--quiet` silences it.
 *
 * @module
 */

import process from 'node:process';

/**
 * @param {{ quiet?: boolean, stream?: { write: (s: string) => unknown } }} [options]
 */
export function progress({ quiet = false, stream = process.stderr } = {}) {
  let last = 0;
  return {
    /** @param {string} message */
    step(message) {
      if (!quiet) stream.write(`… ${message}\n`);
    },
    /**
     * @param {string} what
     * @param {number} done
     * @param {number} total
     */
    tick(what, done, total) {
      if (quiet || total < 200) return;
      const now = Date.now();
      if (done !== total && now - last < 500) return;
      last = now;
      stream.write(`… ${what}: ${Math.round((done / total) * 100)}% (${done}/${total})\n`);
    },
  };
}
