/**
 * Progress output on stderr, so stdout stays clean for results. Steps are printed as they
 * start; a long loop prints its percentage at most every half second. `--quiet` silences it.
 *
 * @module
 */

import process from 'node:process';

/** Where progress is written: stderr, or anything with `write`. */
export interface ProgressStream {
  write: (s: string) => unknown;
}

/** What a command reports its progress to. */
export interface Progress {
  /** A step, as it starts. */
  step(message: string): void;
  /** How far a long loop is. */
  tick(what: string, done: number, total: number): void;
}

export function progress({
  quiet = false,
  stream = process.stderr,
}: { quiet?: boolean; stream?: ProgressStream } = {}): Progress {
  let last = 0;
  return {
    step(message) {
      if (!quiet) stream.write(`… ${message}\n`);
    },
    tick(what, done, total) {
      if (quiet || total < 200) return;
      const now = Date.now();
      if (done !== total && now - last < 500) return;
      last = now;
      stream.write(`… ${what}: ${Math.round((done / total) * 100)}% (${done}/${total})\n`);
    },
  };
}
