import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Dataset } from '@nutgraf/core';
import { defaultDataset } from '@nutgraf/core';
import '../src/define.js';
import type { ActorNetwork } from '../src/actor-network.js';
import { LARGE_GRAPH } from '../src/layout.js';
import { syntheticDataset } from '../src/synthetic.js';

describe('<actor-network> given its data before its width is known', () => {
  it('shows its loading state in the reserved box, not a half-filled frame, then draws', async () => {
    // A first graphic loads the validator, so the second checks its data at once, in the task
    // that connects it: its first render comes before the first frame, and its size with it.
    const first = await fixture<ActorNetwork>(html`<actor-network .data=${defaultDataset}></actor-network>`);
    await waitUntil(() => first.shadowRoot!.querySelector('svg.chart'), 'the first one drew');
    const el = document.createElement('actor-network') as ActorNetwork;
    el.data = defaultDataset;
    document.body.append(el);
    try {
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(!!root.querySelector('.root'), 'no frame without its summary and keys').to.equal(false);
      const state = root.querySelector('.state');
      expect(state?.parentNode === root, 'its own state, in its reserved box').to.equal(true);
      expect(state?.getAttribute('data-kind')).to.equal('loading');
      expect(state?.getAttribute('aria-busy')).to.equal('true');
      expect(state?.textContent?.trim()).to.equal('Laying out the network…');
      await waitUntil(() => root.querySelector('svg.chart'), 'drawn once sized');
      expect(root.querySelector('.summary')?.textContent?.trim()).to.not.equal('');
    } finally {
      el.remove();
    }
  });
});

describe('<actor-network> drawing its frame for the first time', function () {
  this.timeout(60000);

  /** What each render that shows the frame holds: the keys, and anything in the frame (a status line, a canvas, the svg). */
  async function renders(data: Dataset) {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
    const el = document.createElement('actor-network') as ActorNetwork;
    el.data = data;
    wrap.append(el);
    const root = el.shadowRoot!;
    const seen: { keys: boolean; drawn: boolean }[] = [];
    // Called in the task of each render, before anything else runs.
    const watch = new MutationObserver(() => {
      const frame = root.querySelector('.frame');
      if (frame)
        seen.push({
          keys: !!root.querySelector('.legends'),
          drawn: !!frame.querySelector('.state, canvas, svg'),
        });
    });
    watch.observe(root, { childList: true, subtree: true });
    try {
      await waitUntil(() => seen.some((s) => s.keys), 'the keys came', { timeout: 30000 });
    } finally {
      watch.disconnect();
      el.remove();
    }
    return seen;
  }

  it('a big graph: its keys a frame later, its status line with them', async () => {
    const seen = await renders(syntheticDataset(LARGE_GRAPH + 50, 2 * (LARGE_GRAPH + 50)));
    expect(seen[0], 'the first render').to.deep.equal({ keys: false, drawn: false });
    expect(seen.find((s) => s.keys)?.drawn, 'the frame once the keys are in').to.equal(true);
  });

  it('a small graph: its keys and its drawing in the first render', async () => {
    const seen = await renders(defaultDataset);
    expect(seen[0]).to.deep.equal({ keys: true, drawn: true });
  });
});
