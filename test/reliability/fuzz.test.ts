/**
 * Fuzzing in the browser: 10,000 hostile datasets through `validateDataset`, and a seeded
 * subset rendered by each element. Asserts: no script from data runs, no prototype is
 * polluted, no error goes uncaught, every case ends in a chart or a clear state.
 *
 * Renders per element: 1,000 by default (under a minute here). For the full 10,000-render run:
 * `FUZZ_RUNS=10000 node test/reliability/fuzz-full.mjs` (writes fuzz-runs.json, which this
 * file reads, and runs it alone).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateDataset } from '@nutgraf/core';
import '@nutgraf/alliance-map/define';
import '@nutgraf/share-donut/define';
import '@nutgraf/actor-network/define';
import { buildDataset, fuzzCase, SENTINEL } from './fuzz-cases.js';

const SEED = 20261124;
const VALIDATE_RUNS = 10_000;
const renderRuns: number = await fetch(new URL('./fuzz-runs.json', import.meta.url))
  .then((r) => (r.ok ? r.json() : null))
  .then((c: { runs?: number } | null) => c?.runs ?? 1000)
  .catch(() => 1000);

const protoKeys = Object.getOwnPropertyNames(Object.prototype).sort().join();
const uncaught: string[] = [];
window.addEventListener('error', (e) => uncaught.push(`error: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => uncaught.push(`rejection: ${String(e.reason)}`));

function assertClean(where: string): void {
  const w = window as unknown as Record<string, unknown>;
  expect(w[SENTINEL], `${where}: a payload ran`).to.equal(undefined);
  expect(({} as Record<string, unknown>).polluted, `${where}: Object.prototype polluted`).to.equal(undefined);
  expect(
    Object.getOwnPropertyNames(Object.prototype).sort().join(),
    `${where}: Object.prototype changed`,
  ).to.equal(protoKeys);
  expect(uncaught, `${where}: uncaught errors`).to.deep.equal([]);
}

/** Elements a data string must never create. */
const DANGEROUS = 'img, script, iframe, object, embed, foreignObject, a[href^="javascript" i]';

function deepQuery(root: ParentNode, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  for (const el of root.querySelectorAll('*'))
    if (el.shadowRoot) found.push(...deepQuery(el.shadowRoot, selector));
  return found;
}

/** Resolves with what the element ended in: 'chart', 'error', 'empty', or 'stuck'. */
async function outcome(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<string> {
  const deadline = performance.now() + 5000;
  for (;;) {
    await el.updateComplete;
    const root = el.shadowRoot!;
    const alert = root.querySelector('[role="alert"]');
    if (alert && alert.textContent!.trim()) return 'error';
    const empty = root.querySelector('[data-kind="empty"]');
    if (empty && empty.textContent!.trim()) return 'empty';
    if (root.querySelector('svg') && !root.querySelector('[aria-busy="true"]')) return 'chart';
    if (performance.now() > deadline) return 'stuck';
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('fuzzing (fast-check)', () => {
  afterEach(() => assertClean('after test'));

  it(`validates ${VALIDATE_RUNS.toLocaleString('en')} hostile datasets without throwing or polluting`, function () {
    this.timeout(120_000);
    let valid = 0;
    fc.assert(
      fc.property(fuzzCase, (c) => {
        const result = validateDataset(buildDataset(c));
        if (result.ok) valid++;
        else {
          expect(result.problems.length).to.be.greaterThan(0);
          // Every problem names its field: nothing is only "could not be read".
          expect(result.problems.map((p) => p.message).join('\n')).not.to.contain('could not be read');
        }
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      }),
      { seed: SEED, numRuns: VALIDATE_RUNS },
    );
    // Some cases stay valid (harmless text changes), most do not: both paths are exercised.
    expect(valid).to.be.greaterThan(0);
    expect(valid).to.be.lessThan(VALIDATE_RUNS);
    console.log(`validation: ${valid} of ${VALIDATE_RUNS} cases valid`);
  });

  for (const tag of ['share-donut', 'actor-network', 'alliance-map']) {
    it(`<${tag}> draws ${renderRuns} hostile datasets as a chart or a clear state`, async function () {
      this.timeout(Math.max(90_000, renderRuns * 300));
      const host = document.createElement('div');
      host.style.width = '480px';
      document.body.append(host);
      const counts: Record<string, number> = {};
      const warn = console.warn;
      const error = console.error;
      console.warn = () => {};
      console.error = () => {};
      try {
        await fc.assert(
          fc.asyncProperty(fuzzCase, async (c) => {
            const el = document.createElement(tag) as HTMLElement & {
              data: unknown;
              updateComplete: Promise<boolean>;
            };
            el.data = buildDataset(c);
            host.append(el);
            try {
              const end = await outcome(el);
              counts[end] = (counts[end] ?? 0) + 1;
              expect(end, 'ends in a chart or a clear state').to.not.equal('stuck');
              expect(deepQuery(el.shadowRoot!, DANGEROUS).map((e) => e.localName)).to.deep.equal([]);
              assertClean(`<${tag}>`);
            } finally {
              el.remove();
            }
          }),
          { seed: SEED + tag.length, numRuns: renderRuns },
        );
      } finally {
        console.warn = warn;
        console.error = error;
        host.remove();
      }
      console.log(`<${tag}> outcomes: ${JSON.stringify(counts)}`);
      // Both outcomes happen: the generator reaches the chart and the error state.
      expect(counts.chart ?? 0, JSON.stringify(counts)).to.be.greaterThan(0);
      expect((counts.error ?? 0) + (counts.empty ?? 0), JSON.stringify(counts)).to.be.greaterThan(0);
    });
  }
});
