import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defaultDataset } from '@nutgraf/core';
import '../src/define.js';
import type { ActorNetwork } from '../src/actor-network.js';

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
