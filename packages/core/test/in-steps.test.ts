import { expect, waitUntil } from '@open-wc/testing';
import { inSteps, runSteps } from '../src/in-steps.js';

/** A generator of `n` steps that logs each, and what the last one schedules. */
function* counting(n: number, log: string[]): Generator<void, number, void> {
  for (let i = 0; i < n; i++) {
    log.push(`step ${i}`);
    yield;
  }
  // A task queued by the work's last step runs before the result is handed over.
  setTimeout(() => log.push('queued by the last step'));
  return n;
}

describe('inSteps and runSteps', () => {
  it('runSteps gives the result at once', () => {
    const log: string[] = [];
    expect(runSteps(counting(3, log))).to.equal(3);
    expect(log).to.deep.equal(['step 0', 'step 1', 'step 2']);
  });

  it('inSteps does nothing in the calling task, and hands the result over in a task of its own', async () => {
    const log: string[] = [];
    let result: number | undefined;
    inSteps(counting(3, log), (n) => {
      result = n;
      log.push('done');
    });
    expect(log).to.deep.equal([]);
    await waitUntil(() => result !== undefined, 'no result');
    expect(result).to.equal(3);
    expect(log.slice(-2)).to.deep.equal(['queued by the last step', 'done']);
  });

  it('stops when told, even with only the hand-over left', async () => {
    let called = false;
    let stop = () => {};
    // The work's last step queues a task that stops it: it runs before the hand-over.
    function* work(): Generator<void, number, void> {
      yield;
      setTimeout(() => stop());
      return 1;
    }
    stop = inSteps(work(), () => (called = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(called).to.equal(false);
  });
});
