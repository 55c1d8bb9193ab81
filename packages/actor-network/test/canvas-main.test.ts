import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { ActorNetwork } from '../src/actor-network.js';
import type { NetworkModel } from '../src/layout.js';
import { LARGE_GRAPH } from '../src/layout.js';
import { syntheticDataset } from '../src/synthetic.js';
import { pixelsAt } from './fixtures.js';

// A page where no worker starts (a CSP that refuses it, say): set before the first big graph,
// since the page learns once where its canvases are drawn.
const Worker = globalThis.Worker;
before(() => {
  globalThis.Worker = function () {
    throw new DOMException('refused', 'SecurityError');
  } as unknown as typeof globalThis.Worker;
});
after(() => {
  globalThis.Worker = Worker;
});

describe('a big graph where no worker starts', function () {
  this.timeout(60000);

  it('lays out and draws on the main thread, every node on its canvas', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
    const el = document.createElement('actor-network') as ActorNetwork;
    el.data = syntheticDataset(LARGE_GRAPH + 50, 2 * (LARGE_GRAPH + 50));
    wrap.append(el);
    await waitUntil(() => !el.layoutRunning && el.shadowRoot!.querySelector('svg.chart'), 'settled', {
      timeout: 50000,
    });
    const base = el.shadowRoot!.querySelector('canvas.base') as HTMLCanvasElement;
    // Not handed over: the page draws on it itself.
    expect(base.getContext('2d'), 'drawn by the page').to.not.equal(null);
    const model = (el as unknown as { model: NetworkModel }).model;
    const g = el.shadowRoot!.querySelector('svg.chart > g') as SVGGElement;
    // Every shown node's place is painted opaque (its fill, over the faint relations).
    const drawn = model.nodes.filter((n) => {
      if (n.hidden) return true;
      const p = new DOMPoint(n.x, n.y).matrixTransform(g.getScreenCTM()!);
      return pixelsAt(base, p, 1).some((v, i) => i % 4 === 3 && v > 200);
    });
    expect(drawn.length, 'nodes drawn').to.equal(model.nodes.length);
  });
});
