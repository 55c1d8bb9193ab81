/**
 * Long work on the main thread in slices, so that no task of the page runs long: the work is
 * a generator that yields between bounded pieces (a few hundred items), and {@link inSteps}
 * runs it for at most {@link SLICE_MS} per task. {@link runSteps} runs the same generator at
 * once, for callers that want the whole result now.
 *
 * @module
 */

/** Milliseconds of work per slice before yielding to the page. */
export const SLICE_MS = 12;

/**
 * Runs `steps` on the main thread in slices of at most {@link SLICE_MS} (each its own task,
 * after `setTimeout`), then hands its result to `done` in a task of its own: what the result
 * sets off (a render, say) does not add to the last slice. Returns a function that stops it;
 * nothing is called after it.
 */
export function inSteps<T>(steps: Generator<void, T, void>, done: (result: T) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const next = () => {
    const t0 = performance.now();
    for (;;) {
      const r = steps.next();
      if (r.done) return void (timer = setTimeout(() => done(r.value)));
      if (performance.now() - t0 >= SLICE_MS) break;
    }
    timer = setTimeout(next);
  };
  timer = setTimeout(next);
  return () => clearTimeout(timer);
}

/** Runs `steps` to its end at once and returns its result. */
export function runSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
