import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import '../src/define.js';
import type { ActorNetwork } from '../src/actor-network.js';
import { buildGraph } from '../src/graph.js';
import { forceInput, metrics } from '../src/layout.js';
import { quadtreeForces, runLayout } from '../src/layout-runner.js';
import type { Point } from '../src/geometry.js';
import { margins } from '../src/pins.js';
import { fitPositions } from '../src/fit.js';
import { runForceLayout } from '../src/simulate.js';
import { syntheticDataset } from '../src/synthetic.js';
import { shownCopy } from './fixtures.js';

const RealWorker = globalThis.Worker;
const realMatchMedia = globalThis.matchMedia;

/** Workers started while a test runs, and how many of them were terminated. */
let started: string[] = [];
let terminated = 0;

/** Wraps `Worker` so a test sees each one started and ended (it still runs). */
function watchWorkers(): void {
  globalThis.Worker = class extends RealWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      started.push(String(url));
    }
    override terminate(): void {
      terminated++;
      super.terminate();
    }
  };
}

/** A page where no worker can start (as under a CSP that refuses it). */
function blockWorkers(): void {
  globalThis.Worker = function () {
    throw new DOMException('Workers are blocked here.', 'SecurityError');
  } as unknown as typeof Worker;
}

/** A synthetic graph of `nodes` actors and `edges` relations, as the element builds it. */
const graphOf = (nodes: number, edges: number) =>
  buildGraph(syntheticDataset(nodes, edges), { memberships: 'edges', lang: 'en', compact: false });

async function ready(el: ActorNetwork, tries = 1500): Promise<void> {
  for (let i = 0; i < tries && (el.layoutRunning || !el.shadowRoot!.querySelector('svg.chart')); i++)
    await aTimeout(20);
  await el.updateComplete;
}

async function mount(nodes: number, edges: number): Promise<ActorNetwork> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
  const el = document.createElement('actor-network') as ActorNetwork;
  el.data = syntheticDataset(nodes, edges);
  wrap.append(el);
  return el;
}

/** The drawn picture: a big graph's canvas, pixel for pixel (copied: the worker draws it). */
const copyOf = (el: ActorNetwork): string =>
  shownCopy(el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.base')!).toDataURL();

/** The picture once the worker's last frame is on the page: the same over three frames. */
async function drawnPicture(el: ActorNetwork): Promise<string> {
  let [last, same] = ['', 0];
  for (let i = 0; i < 100 && same < 3; i++) {
    await new Promise((r) => requestAnimationFrame(r));
    const now = copyOf(el);
    [last, same] = [now, now === last ? same + 1 : 0];
  }
  return last;
}

describe('the layout of a big graph, off the main thread', function () {
  // Big graphs on a machine that may be busy with other work.
  this.timeout(60000);
  beforeEach(() => {
    started = [];
    terminated = 0;
  });
  afterEach(() => {
    globalThis.Worker = RealWorker;
    globalThis.matchMedia = realMatchMedia;
  });

  it('runs in a module worker and gives exactly the positions of the main thread', async () => {
    const graph = graphOf(400, 900);
    const input = forceInput(graph, 900, 630, 3);
    watchWorkers();
    const settled = await new Promise<Point[]>((resolve, reject) => {
      runLayout(input, resolve, reject);
    });
    expect(started).to.have.length(1);
    expect(started[0]).to.match(/\/layout-worker\.js$/);
    expect(terminated).to.equal(1, 'the worker ends once the layout has settled');
    expect(settled).to.deep.equal(runForceLayout(input, quadtreeForces));
  });

  it('hands over the positions so far as dots fitted into the frame, made in the worker', async () => {
    const graph = graphOf(1500, 3000);
    const [width, height] = [700, 500];
    const input = forceInput(graph, width, height, 3);
    const sizes = metrics(graph.nodes.length, width);
    const early: Float64Array[] = [];
    const settled = await new Promise<Point[]>((resolve, reject) =>
      runLayout(input, resolve, reject, {
        frame: { width, height, sizes },
        draw: (dots) => early.push(dots),
      }),
    );
    expect(early.length, 'early positions came').to.be.above(0);
    const pad = margins(width, sizes);
    for (const dots of early) {
      // A square (5 x y w h) per node, each of the nodes' size, inside the frame's margins.
      expect(dots.length).to.equal(5 * graph.nodes.length);
      for (let i = 0; i < dots.length; i += 5) {
        expect([dots[i], dots[i + 3], dots[i + 4]]).to.deep.equal([5, 2 * sizes.r, 2 * sizes.r]);
        const [x, y] = [dots[i + 1]! + sizes.r, dots[i + 2]! + sizes.r];
        expect(x).to.be.within(pad.x - 0.05, width - pad.x + 0.05);
        expect(y).to.be.within(pad.y - 0.05, height - pad.y + 0.05);
      }
    }
    // The settled positions as the main thread gives them, fitted into the frame.
    expect(settled).to.deep.equal(
      fitPositions(runForceLayout(input, quadtreeForces), width, height, sizes, input.fixed),
    );
  });

  it('hands over no positions before the settled ones unless asked to', async () => {
    const graph = graphOf(1500, 3000);
    const input = forceInput(graph, 700, 500, 3);
    const messages: string[] = [];
    watchWorkers();
    const Watched = globalThis.Worker;
    globalThis.Worker = class extends Watched {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener('message', (e: MessageEvent) => messages.push(Object.keys(e.data).join()));
      }
    };
    await new Promise((resolve, reject) => runLayout(input, resolve, reject));
    expect(messages).to.deep.equal(['positions']);
  });

  it('draws the same picture through a worker as in slices where no worker starts', async () => {
    watchWorkers();
    const viaWorker = await mount(600, 1400);
    await ready(viaWorker);
    // One lays the graph out; the other draws the page's big graphs (started once per page).
    expect(started, 'a worker was started').to.have.length(2);
    await new Promise((r) => requestAnimationFrame(r));
    const a = await drawnPicture(viaWorker);
    viaWorker.remove();

    blockWorkers();
    const inSlices = await mount(600, 1400);
    await ready(inSlices);
    expect(inSlices.shadowRoot!.querySelector('.state[data-kind="error"]')).to.equal(null);
    await new Promise((r) => requestAnimationFrame(r));
    const b = await drawnPicture(inSlices);
    expect(a.length).to.be.greaterThan(1000);
    expect(b === a, 'the same pixels').to.equal(true);
  });

  it('still draws a big graph when workers are refused', async () => {
    blockWorkers();
    const el = await mount(300, 700);
    await ready(el);
    expect(el.shadowRoot!.querySelector('svg.chart.big')).to.not.equal(null);
    expect(el.layoutRunning).to.equal(false);
  });

  it('falls back to slices when the worker file does not load', async () => {
    globalThis.Worker = class extends RealWorker {
      constructor(_url: string | URL, options?: WorkerOptions) {
        super(new URL('./no-such-worker.js', import.meta.url), options);
        started.push('missing');
      }
    };
    const el = await mount(300, 700);
    await ready(el);
    expect(started).to.have.length(1);
    expect(el.shadowRoot!.querySelector('svg.chart.big')).to.not.equal(null);
  });

  it('shows an error raised inside the worker as the element’s error state', async () => {
    globalThis.Worker = class {
      onmessage: ((e: MessageEvent) => void) | null = null;
      onerror: ((e: Event) => void) | null = null;
      postMessage(): void {
        setTimeout(() =>
          this.onmessage?.(new MessageEvent('message', { data: { error: 'the layout broke' } })),
        );
      }
      terminate(): void {
        terminated++;
      }
    } as unknown as typeof Worker;
    const el = await mount(300, 700);
    for (let i = 0; i < 200 && !el.shadowRoot!.querySelector('.state[data-kind="error"]'); i++)
      await aTimeout(20);
    const state = el.shadowRoot!.querySelector('.state[data-kind="error"]');
    expect(state?.textContent).to.contain('the layout broke');
    expect(terminated).to.equal(1);
    expect(el.layoutRunning).to.equal(false);
  });

  it('an error inside the real worker reaches the caller', async () => {
    const input = { count: 2, links: [0, 7], radii: [4, 4], width: 100, height: 100 };
    const reason = await new Promise<string>((resolve) => runLayout(input, () => resolve('drawn'), resolve));
    expect(reason).to.not.equal('drawn');
    expect(reason.length).to.be.greaterThan(0);
  });

  it('ends the worker when the element is removed mid-layout', async () => {
    watchWorkers();
    const el = await mount(3000, 6000);
    for (let i = 0; i < 500 && !started.length; i++) await aTimeout(10);
    expect(started).to.have.length(1);
    expect(el.layoutRunning).to.equal(true);
    el.remove();
    expect(terminated).to.equal(1);
    expect(el.layoutRunning).to.equal(false);
    await aTimeout(300);
    expect(el.shadowRoot!.querySelector('svg.chart, .preview')).to.equal(null);
  });

  it('ends the worker when the data is replaced mid-layout', async () => {
    watchWorkers();
    const el = await mount(3000, 6000);
    for (let i = 0; i < 500 && !started.length; i++) await aTimeout(10);
    el.data = syntheticDataset(40, 80);
    await el.updateComplete;
    await aTimeout(50);
    expect(terminated).to.equal(1);
    await ready(el);
    expect(el.shadowRoot!.querySelectorAll('svg.chart .node')).to.have.length(40);
  });

  /** Whether early positions were drawn before the settled picture of a big graph. */
  async function sawPreview(): Promise<boolean> {
    watchWorkers();
    const el = await mount(1200, 2400);
    let seen = false;
    const watch = new MutationObserver(() => (seen ||= !!el.shadowRoot!.querySelector('canvas.preview')));
    watch.observe(el.shadowRoot!, { childList: true, subtree: true });
    await ready(el);
    watch.disconnect();
    expect(el.shadowRoot!.querySelector('svg.chart.big')).to.not.equal(null);
    return seen;
  }

  it('draws early positions, then the settled picture', async () => {
    expect(await sawPreview()).to.equal(true);
  });

  it('draws only the settled picture when the reader prefers reduced motion', async () => {
    globalThis.matchMedia = ((query: string) =>
      query.includes('reduced-motion')
        ? { matches: true, media: query, addEventListener() {}, removeEventListener() {} }
        : realMatchMedia.call(globalThis, query)) as typeof matchMedia;
    expect(await sawPreview()).to.equal(false);
  });

  it('says a sketch is drawn even when drawing it failed, so the page does not wait for ever', async () => {
    const worker = new RealWorker(new URL('../src/layout-worker.js', import.meta.url), { type: 'module' });
    const replies: unknown[] = [];
    worker.onmessage = (e: MessageEvent) => replies.push(e.data);
    worker.onerror = (e) => e.preventDefault();
    const canvas = document.createElement('canvas').transferControlToOffscreen();
    worker.postMessage({ hello: true });
    worker.postMessage({ id: 1, canvas }, [canvas]);
    // No steps to draw: replaying it throws in the worker.
    worker.postMessage({ id: 1, sketch: { ops: null, shapes: [] }, ack: 7 });
    worker.postMessage({ id: 1, sketch: { ops: [], shapes: [] }, ack: 8 });
    for (let i = 0; i < 250 && replies.length < 3; i++) await aTimeout(20);
    worker.terminate();
    expect(replies).to.deep.equal([{ ready: true }, { drawn: 7 }, { drawn: 8 }]);
  });
});
