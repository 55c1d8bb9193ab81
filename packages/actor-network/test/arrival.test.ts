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

  /**
   * What each render that shows the frame holds: the keys (the node and line key, the relation
   * types' toolbar), the notes and the table's disclosure under them, anything in the frame (a
   * status line, a canvas, the svg), and how many frames the page had drawn by then.
   */
  async function renders(data: Dataset) {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
    const el = document.createElement('actor-network') as ActorNetwork;
    el.data = data;
    wrap.append(el);
    const root = el.shadowRoot!;
    const seen: {
      keys: boolean;
      types: boolean;
      notes: boolean;
      table: boolean;
      drawn: boolean;
      frame: number;
    }[] = [];
    let frame = 0;
    let ticking = requestAnimationFrame(function tick() {
      frame++;
      ticking = requestAnimationFrame(tick);
    });
    // Called in the task of each render, before anything else runs.
    const watch = new MutationObserver(() => {
      const inFrame = root.querySelector('.frame');
      if (inFrame)
        seen.push({
          keys: !!root.querySelector('.legends'),
          types: !!root.querySelector('.legends [role="toolbar"]'),
          notes: !!root.querySelector('.notes .source-note'),
          table: !!root.querySelector('.after details.data-table'),
          drawn: !!inFrame.querySelector('.state, canvas, svg'),
          frame,
        });
    });
    watch.observe(root, { childList: true, subtree: true });
    try {
      await waitUntil(() => seen.some((s) => s.types), 'the keys came', { timeout: 30000 });
    } finally {
      watch.disconnect();
      cancelAnimationFrame(ticking);
      el.remove();
    }
    return seen;
  }

  it('a big graph: its keys after a frame, in two parts a frame apart, the rest and its status line with the last', async () => {
    const seen = await renders(syntheticDataset(LARGE_GRAPH + 50, 2 * (LARGE_GRAPH + 50)));
    const { frame: first, ...held } = seen[0]!;
    expect(held, 'the first render').to.deep.equal({
      keys: false,
      types: false,
      notes: false,
      table: false,
      drawn: false,
    });
    const key = seen.find((s) => s.keys)!;
    expect(key.frame, 'the key after a frame').to.be.greaterThan(first);
    expect([key.types, key.notes, key.table], 'the key alone').to.deep.equal([false, false, false]);
    const rest = seen.find((s) => s.types)!;
    expect(rest.frame, 'the types a frame after the key').to.be.greaterThan(key.frame);
    expect(
      [rest.notes, rest.table, rest.drawn],
      'the notes, the table and the frame with them',
    ).to.deep.equal([true, true, true]);
  });

  it('a small graph: its keys, notes, table and drawing in the first render', async () => {
    const seen = await renders(defaultDataset);
    const { frame: _, ...first } = seen[0]!;
    expect(first).to.deep.equal({ keys: true, types: true, notes: true, table: true, drawn: true });
  });
});
