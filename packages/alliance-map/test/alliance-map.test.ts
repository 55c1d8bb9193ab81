import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import { defaultDataset, typeColor } from '@nutgraf/core';
import type { Dataset } from '@nutgraf/core';
import '../src/define.js';
import type { AllianceMap } from '../src/alliance-map.js';
import { fewPlacesDataset, noPlacesDataset, refusalsDataset } from './fixtures.js';

const root = (el: AllianceMap) => el.shadowRoot!;
const ready = (el: AllianceMap) =>
  waitUntil(() => root(el).querySelector('svg [role="button"]'), 'the map did not render', { timeout: 8000 });
const marks = (el: AllianceMap) => [...root(el).querySelectorAll<SVGElement>('svg [data-index]')];
const byLabel = (el: AllianceMap, start: string) =>
  marks(el).find((m) => m.getAttribute('aria-label')!.startsWith(start))!;

async function axe(el: Element) {
  const result = await (
    window as unknown as {
      axe: { run: (e: Element) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
    }
  ).axe.run(el);
  expect(result.violations.map((v) => `${v.id} (${v.nodes.length})`)).to.deep.equal([]);
}

async function map(template = html`<alliance-map></alliance-map>`) {
  const el = await fixture<AllianceMap>(html`<div style="width: 900px">${template}</div>`);
  const m = el.querySelector('alliance-map') as AllianceMap;
  await ready(m);
  return m;
}

describe('<alliance-map>', () => {
  it('draws the story: countries, arcs, labels, legend, caption and table', async () => {
    const el = await map();
    const text = root(el).textContent!;
    // The countries outside the story are one path, of more than a hundred shapes.
    const land = root(el).querySelectorAll('.land');
    expect(land.length).to.equal(1);
    expect(land[0]!.getAttribute('d')!.match(/M/g)!.length).to.be.greaterThan(100);
    expect(root(el).querySelectorAll('.arc').length).to.be.greaterThan(5);
    const labels = [...root(el).querySelectorAll('.label text')].map((t) => t.textContent);
    expect(labels).to.include.members(['Iran', 'Russia', 'Ukraine', 'Israel']);
    expect(text).to.include('BRICS');
    expect(text).to.include('Source:');
    const details = root(el).querySelector('details')!;
    details.open = true;
    await oneEvent(details, 'toggle');
    await el.updateComplete;
    await waitUntil(() => details.querySelector('table'), 'the table loads');
    const [claims, actors] = [...details.querySelectorAll('table')];
    expect(claims!.caption!.textContent).to.contain("The article's claims about the actors");
    expect(claims!.tBodies[0]!.rows.length).to.equal(defaultDataset.relations.length);
    const heads = [...claims!.tHead!.rows[0]!.cells].map((c) => c.textContent!.trim());
    expect(heads).to.deep.equal([
      'Claim',
      'Who says it',
      'Certainty',
      'Polarity',
      'When',
      'Note',
      'Sentence',
    ]);
    // Who said it, and what did not happen, are in the claims.
    expect(claims!.textContent).to.include('according to some reports');
    expect(claims!.textContent).to.include('negative: did not happen');
    expect(actors!.caption!.textContent).to.contain('The actors');
    expect(actors!.tBodies[0]!.rows.length).to.be.greaterThan(5);
    // Roles and affiliations are in the table.
    expect(details.textContent).to.include('Role: ');
    expect(details.textContent).to.include('Affiliation: ');
    expect(root(el).querySelector('.title')!.textContent).to.equal(defaultDataset.presentation!.map!.heading);
    const summary = root(el).querySelector('.summary')!;
    expect(summary.textContent!.trim()).to.match(
      /^\d+ countries, coloured by \S+; \d+ arrows of .*\(\d+ only possible, \d+ did not happen\)\.$/,
    );
    expect(summary.getBoundingClientRect().height, 'visible').to.be.greaterThan(10);
    const svg = root(el).querySelector('svg[part="svg"]')!;
    expect(svg.getAttribute('aria-labelledby')).to.equal('title');
    expect(svg.getAttribute('aria-describedby')!.split(' ')).to.include('summary');
    expect(text.replace(/\s+/g, ' ')).to.include('Possible, not drawn as arrows: Iran might counter-strike');
    await axe(el);
  });

  for (const width of [375, 1280])
    it(`keeps every drawn arc inside the map's frame at ${width} px, with a usable map`, async () => {
      const el = await map(html`<div style="width: ${width}px"><alliance-map></alliance-map></div>`);
      await aTimeout(50);
      const frame = root(el).querySelector('.frame')!.getBoundingClientRect();
      expect(frame.height).to.be.greaterThan(width < 560 ? 300 : 500);
      const arcs = [...root(el).querySelectorAll<SVGGraphicsElement>('.arc-line, .arc-head')];
      expect(arcs.length).to.be.greaterThan(8);
      for (const arc of arcs) {
        const box = arc.getBoundingClientRect();
        expect(box.top, 'top').to.be.at.least(frame.top - 0.5);
        expect(box.left, 'left').to.be.at.least(frame.left - 0.5);
        expect(box.bottom, 'bottom').to.be.at.most(frame.bottom + 0.5);
        expect(box.right, 'right').to.be.at.most(frame.right + 0.5);
      }
    });

  it('names each mark by what it means', async () => {
    const el = await map();
    const iran = byLabel(el, 'Iran:');
    expect(iran.getAttribute('aria-label')).to.include('BRICS: member');
    expect(iran.getAttribute('aria-label')).to.include('Iran supplied Shahed drones');
    const possible = root(el).querySelector('.arc[data-relation="israel-iran-attack-possible"]')!;
    expect(possible.getAttribute('aria-label')).to.include('possible');
    expect(possible.querySelector('.arc-line')!.classList.contains('certainty-hypothetical')).to.equal(true);
    expect(getComputedStyle(possible.querySelector('.arc-line')!).strokeDasharray).to.not.equal('none');
  });

  it('moves along countries and arcs with the keyboard (one tab stop)', async () => {
    const el = await map();
    const tabbable = marks(el).filter((m) => m.getAttribute('tabindex') === '0');
    expect(tabbable.length).to.equal(1);
    tabbable[0].focus();
    tabbable[0].dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }),
    );
    await el.updateComplete;
    await aTimeout(0);
    expect(root(el).activeElement).to.equal(marks(el)[1]);
    (root(el).activeElement as SVGElement).dispatchEvent(
      new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }),
    );
    await el.updateComplete;
    await aTimeout(0);
    expect(root(el).activeElement!.classList.contains('arc')).to.equal(true);
    expect(marks(el).filter((m) => m.getAttribute('tabindex') === '0')).to.deep.equal([
      root(el).activeElement,
    ]);
  });

  it('opens a tooltip with the quote and certainty on focus, highlights and fades the rest', async () => {
    const el = await map();
    const arc = root(el).querySelector<SVGElement>('.arc[data-relation="russia-iran-arms-supply"]')!;
    const highlight = oneEvent(el, 'nutgraf-highlight');
    arc.focus();
    expect((await highlight).detail).to.include({ relation: 'russia-iran-arms-supply' });
    await el.updateComplete;
    const tip = root(el).querySelector('.tooltip')!;
    expect(tip.textContent).to.include('armoured vehicles and attack helicopters');
    expect(tip.textContent).to.include('reported');
    expect(tip.textContent).to.include('according to some reports');
    expect(tip.matches(':popover-open')).to.equal(true);
    expect(root(el).querySelector('svg')!.classList.contains('highlighting')).to.equal(true);
    const other = root(el).querySelector('.arc[data-relation="united-states-venezuela-military-operation"]')!;
    (other as SVGElement).style.transition = 'none'; // read the end state, not the fade
    expect(Number(getComputedStyle(other).opacity)).to.be.lessThan(0.5);
    await axe(el);
  });

  it('shows a country tooltip on hover with its memberships and quote', async () => {
    const el = await map();
    const iran = byLabel(el, 'Iran:');
    iran.dispatchEvent(new PointerEvent('pointerenter', { bubbles: false }));
    await el.updateComplete;
    const tip = root(el).querySelector('.tooltip')!.textContent!;
    expect(tip).to.include('Iran');
    expect(tip).to.include('BRICS');
    expect(tip).to.include('“');
    await axe(el);
    iran.dispatchEvent(new PointerEvent('pointerleave', { bubbles: false }));
    await el.updateComplete;
    expect(root(el).querySelector('svg')!.classList.contains('highlighting')).to.equal(false);
  });

  it('fires nutgraf-select on click and on Enter', async () => {
    const el = await map();
    const iran = byLabel(el, 'Iran:');
    setTimeout(() => iran.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    expect((await oneEvent(el, 'nutgraf-select')).detail).to.include({
      entity: 'iran',
      origin: 'alliance-map',
    });
    iran.focus();
    setTimeout(() =>
      iran.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true })),
    );
    expect((await oneEvent(el, 'nutgraf-select')).detail.entity).to.equal('iran');
  });

  it('zooms with Ctrl + wheel, buttons and keys, never with a plain wheel', async () => {
    const el = await map();
    const g = () => root(el).querySelector('svg > g')!.getAttribute('transform');
    const initial = g();
    const frame = root(el).querySelector('.frame')!;
    const plain = new WheelEvent('wheel', { deltaY: -100, cancelable: true, bubbles: true });
    frame.dispatchEvent(plain);
    expect(plain.defaultPrevented).to.equal(false);
    const ctrl = new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, cancelable: true, bubbles: true });
    frame.dispatchEvent(ctrl);
    expect(ctrl.defaultPrevented).to.equal(true);
    await el.updateComplete;
    expect(g()).to.not.equal(initial);
    root(el).querySelector<HTMLButtonElement>('.zoom button:last-child')!.click();
    await el.updateComplete;
    expect(g()).to.equal(initial);
    root(el).querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!.click();
    await el.updateComplete;
    expect(g()).to.not.equal(initial);
    const first = marks(el)[0];
    first.dispatchEvent(new KeyboardEvent('keydown', { key: '0', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(g()).to.equal(initial);
  });

  /** The map's transform: [scale, x, y]. */
  const view = (el: AllianceMap) => {
    const m = root(el)
      .querySelector('svg > g')!
      .getAttribute('transform')!
      .match(/-?[\d.]+(?:e-?\d+)?/g)!
      .map(Number);
    return [m[0]!, m[4]!, m[5]!];
  };
  const pointer = (
    target: Element,
    type: string,
    x: number,
    y: number,
    pointerType = 'mouse',
    pointerId = 1,
  ) =>
    target.dispatchEvent(
      new PointerEvent(type, {
        bubbles: true,
        composed: true,
        button: 0,
        pointerId,
        pointerType,
        clientX: x,
        clientY: y,
      }),
    );

  it('a mouse drag moves a zoomed-in map (not the fitted one), and the click that ends it chooses nothing', async () => {
    const el = await map();
    const iran = byLabel(el, 'Iran');
    const box = iran.getBoundingClientRect();
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    const drag = async () => {
      pointer(iran, 'pointerdown', x, y);
      for (let i = 1; i <= 5; i++) pointer(iran, 'pointermove', x + i * 10, y + i * 6);
      pointer(iran, 'pointerup', x + 50, y + 30);
      await el.updateComplete;
    };
    const fitted = view(el);
    await drag();
    expect(view(el), 'the fitted map stays').to.deep.equal(fitted);
    await aTimeout(10);
    root(el).querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!.click();
    await el.updateComplete;
    const zoomed = view(el);
    let chosen = 0;
    el.addEventListener('nutgraf-select', () => chosen++);
    await drag();
    iran.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const [k, dx, dy] = view(el);
    expect(k).to.equal(zoomed[0]);
    // The map follows the pointer (the first 4 px only tell a drag from a click).
    expect(dx - zoomed[1]!).to.be.closeTo(50, 0.5);
    expect(dy - zoomed[2]!).to.be.closeTo(30, 0.5);
    expect(chosen, 'no choice at the end of a drag').to.equal(0);
    await aTimeout(10);
    iran.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(chosen, 'a click after it chooses').to.equal(1);
  });

  it('a gesture cut short by removing the map does not hold back hover when it returns', async () => {
    const el = await map();
    const wrap = el.parentElement!;
    const iran = byLabel(el, 'Iran:');
    pointer(iran, 'pointerdown', 10, 10);
    el.remove();
    wrap.append(el);
    await ready(el);
    const again = byLabel(el, 'Iran:');
    again.dispatchEvent(new PointerEvent('pointerenter', { bubbles: false }));
    await el.updateComplete;
    expect(root(el).querySelector('.tooltip')!.textContent).to.include('Iran');
  });

  it('two fingers zoom about their midpoint; one finger leaves the page to scroll', async () => {
    const el = await map();
    const frame = root(el).querySelector('.frame')!;
    const box = frame.getBoundingClientRect();
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    const [k0] = view(el);
    pointer(frame, 'pointerdown', cx, cy, 'touch', 1);
    pointer(frame, 'pointermove', cx + 60, cy + 40, 'touch', 1);
    await el.updateComplete;
    expect(view(el)[0], 'one finger does not zoom').to.equal(k0);
    pointer(frame, 'pointerup', cx + 60, cy + 40, 'touch', 1);
    pointer(frame, 'pointerdown', cx - 50, cy, 'touch', 1);
    pointer(frame, 'pointerdown', cx + 50, cy, 'touch', 2);
    pointer(frame, 'pointermove', cx + 150, cy, 'touch', 2);
    await el.updateComplete;
    expect(view(el)[0] / k0).to.be.closeTo(2, 0.01);
    pointer(frame, 'pointerup', cx + 150, cy, 'touch', 2);
    pointer(frame, 'pointerup', cx - 50, cy, 'touch', 1);
  });

  it('switches grouping and toggles groups and arc types from the legend', async () => {
    const el = await map();
    const select = root(el).querySelector('select')!;
    select.value = 'csto';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const colours = root(el).querySelector('.legend')!.textContent!;
    expect(colours).to.include('CSTO');
    expect(colours).to.include('CSTO: frozen');
    expect(colours).to.not.include('BRICS');
    expect(
      root(el).querySelector('.mark[data-entity="armenia"] .country')!.classList.contains('partial'),
    ).to.equal(true);
    const attacks = [...root(el).querySelectorAll<HTMLButtonElement>('button.legend-item')].find((b) =>
      b.textContent!.includes('Attacks'),
    )!;
    attacks.click();
    await el.updateComplete;
    expect(root(el).querySelector('.arc[data-relation="israel-iran-attack-possible"]')).to.equal(null);
    expect(attacks.getAttribute('aria-pressed')).to.equal('false');
  });

  it('follows a highlight from another embed on the page', async () => {
    const el = await map();
    document.body.dispatchEvent(
      new CustomEvent('nutgraf-highlight', {
        detail: { entity: 'china', origin: 'share-donut' },
        bubbles: true,
        composed: true,
      }),
    );
    await el.updateComplete;
    expect(root(el).querySelector('.mark.on[data-entity="china"]'), 'exists').to.not.equal(null);
  });

  it('is accessible in the dark theme', async () => {
    const el = await map(html`<alliance-map theme="dark"></alliance-map>`);
    await axe(el);
  });

  it('shows Persian names on a right-to-left Persian page', async () => {
    const el = await map(html`<div lang="fa" dir="rtl"><alliance-map></alliance-map></div>`);
    const labels = [...root(el).querySelectorAll('.label text')].map((t) => t.textContent);
    expect(labels).to.include('ایران');
    expect(root(el).querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
  });
});

describe('<alliance-map> states and bad input', () => {
  it('keeps its size and is accessible while loading', async () => {
    const original = window.fetch;
    window.fetch = (input, init) =>
      String(input).includes('/hang/') ? new Promise(() => {}) : original(input, init);
    try {
      const wrap = await fixture<HTMLElement>(
        html`<div style="width: 600px"><alliance-map src="/hang/x.json"></alliance-map></div>`,
      );
      const el = wrap.firstElementChild as AllianceMap;
      await el.updateComplete;
      const state = root(el).querySelector('.state')!;
      expect(state.getAttribute('aria-busy')).to.equal('true');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(300);
      await axe(el);
    } finally {
      window.fetch = original;
    }
  });

  it('draws its keys a frame after its first frame, the status line with them, while its geometry loads', async () => {
    const original = window.fetch;
    window.fetch = (input, init) =>
      String(input).includes('/hang/') ? new Promise(() => {}) : original(input, init);
    const wrap = await fixture<HTMLElement>(html`<div style="width: 600px"></div>`);
    const el = document.createElement('alliance-map') as AllianceMap;
    el.setAttribute('geometry-src', '/hang/world.json');
    wrap.append(el);
    const seen: { keys: boolean; status: boolean }[] = [];
    // Called in the task of each render that changes the shadow root.
    const watch = new MutationObserver(() => {
      const frame = root(el).querySelector('.frame');
      if (frame)
        seen.push({
          keys: !!root(el).querySelector('.keys .legend'),
          status: !!frame.querySelector('.state[data-kind="loading"]'),
        });
    });
    watch.observe(root(el), { childList: true, subtree: true });
    try {
      await waitUntil(() => seen.some((s) => s.keys), 'the keys came');
      expect(seen[0], 'the first render with the frame').to.deep.equal({ keys: false, status: false });
      expect(
        seen.find((s) => s.keys),
        'once the keys are in',
      ).to.deep.equal({ keys: true, status: true });
    } finally {
      watch.disconnect();
      window.fetch = original;
    }
  });

  it('names the URL of a bad src and keeps its size', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div style="width: 600px"><alliance-map src="/no/such/dataset.json"></alliance-map></div>`,
    );
    const el = wrap.firstElementChild as AllianceMap;
    await waitUntil(() => root(el).querySelector('[data-kind="error"]'), 'no error shown', { timeout: 8000 });
    expect(root(el).textContent).to.include('/no/such/dataset.json');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(300);
    await axe(el);
  });

  it('names the URL of bad geometry', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div style="width: 600px"><alliance-map geometry-src="/no/world.json"></alliance-map></div>`,
    );
    const el = wrap.firstElementChild as AllianceMap;
    await waitUntil(() => root(el).querySelector('[data-kind="error"]'), 'no error shown', { timeout: 8000 });
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.include('/no/world.json');
    await axe(el);
  });

  it('names an unknown country code in a visible warning and draws the rest', async () => {
    const data = structuredClone(defaultDataset) as Dataset;
    data.entities.push({
      ...data.entities.find((e) => e.id === 'iran')!,
      id: 'atlantis',
      name: 'Atlantis',
      iso3: 'ATL',
      isoNumeric: '999',
      iso2: undefined,
    });
    const el = await map(html`<alliance-map .data=${data}></alliance-map>`);
    const warning = root(el).querySelector('.warnings')!;
    expect(warning.textContent).to.include('Atlantis');
    expect(warning.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(byLabel(el, 'Iran:'), 'exists').to.not.equal(undefined);
    await axe(el);
  });

  it('shows names containing markup as text', async () => {
    const data = structuredClone(defaultDataset) as Dataset;
    const iran = data.entities.find((e) => e.id === 'iran')!;
    iran.name = '<img src=x onerror="window.__pwned=1">Iran';
    delete iran.iso2;
    const el = await map(html`<alliance-map .data=${data}></alliance-map>`);
    expect(root(el).querySelector('img')).to.equal(null);
    expect(byLabel(el, '<img src=x'), 'exists').to.not.equal(undefined);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('<alliance-map> on datasets of other shapes (version 2)', () => {
  const arc = (el: AllianceMap, id: string) =>
    root(el).querySelector<SVGGElement>(`.arc[data-relation="${id}"]`)!;
  const mark = (el: AllianceMap, id: string) =>
    root(el).querySelector<SVGElement>(`.mark[data-entity="${id}"]`)!;
  /** A CSS colour as the browser computes it (rgb()). */
  const rgb = (color: string) => {
    const probe = document.createElement('span');
    probe.style.color = color;
    document.body.append(probe);
    const value = getComputedStyle(probe).color;
    probe.remove();
    return value;
  };
  /** The value of one of the element's theme tokens, e.g. `--_c5`. */
  const token = (el: AllianceMap, name: string) => getComputedStyle(el).getPropertyValue(name).trim();
  /** Centre of a point mark, in the SVG's coordinates. */
  const centre = (el: AllianceMap, id: string) => {
    const hit = mark(el, id).querySelector('.hit')!;
    return [Number(hit.getAttribute('cx')), Number(hit.getAttribute('cy'))];
  };
  const firstPoint = (d: string) =>
    d
      .match(/^M(-?[\d.]+),(-?[\d.]+)/)!
      .slice(1)
      .map(Number);
  const focusTip = async (el: AllianceMap, target: SVGElement) => {
    target.focus();
    await el.updateComplete;
    return root(el).querySelector('.tooltip')!.textContent!.replace(/\s+/g, ' ');
  };

  it("colours each arc by its type's palette slot, the same colour core gives the type", async () => {
    const data = refusalsDataset();
    const el = await map(html`<alliance-map .data=${data}></alliance-map>`);
    const a = arc(el, 'argentina-sanctions-fleet');
    expect(a.style.getPropertyValue('--arc')).to.equal(typeColor(data, 'sanction'));
    expect(typeColor(data, 'sanction')).to.equal('var(--_c5)');
    expect(getComputedStyle(a.querySelector('.arc-line')!).stroke).to.equal(rgb(token(el, '--_c5')));
    const talks = arc(el, 'minister-talks-argentina');
    expect(talks.style.getPropertyValue('--arc')).to.equal(typeColor(data, 'talks'));
    expect(talks.querySelector('.arc-head'), 'an undirected type has no arrowhead').to.equal(null);
    const legend = [...root(el).querySelectorAll('button.legend-item')].map((b) => b.textContent!.trim());
    expect(legend).to.include.members(['Sanctions', 'Naval support', 'Fish purchases', 'Talks']);
  });

  it("runs a backward type's arrow from the target to the source", async () => {
    const el = await map(html`<alliance-map .data=${refusalsDataset()}></alliance-map>`);
    // "Harbour Foods buys fish from Southern Fleet": the fish flows from the fleet to the buyer.
    const a = arc(el, 'buyer-purchase-fleet');
    const [tx, ty] = firstPoint(a.querySelector('.arc-head')!.getAttribute('d')!);
    const [sx, sy] = firstPoint(a.querySelector('.arc-line')!.getAttribute('d')!);
    const [bx, by] = centre(el, 'buyer');
    const [fx, fy] = centre(el, 'fleet');
    expect(Math.hypot(tx - bx, ty - by), 'the head is at the buyer').to.be.lessThan(1);
    expect(Math.hypot(sx - fx, sy - fy), 'the line starts at the seller').to.be.lessThan(1);
    expect(a.getAttribute('aria-label')).to.include('Harbour Foods buys fish from Southern Fleet Ltd');
    expect(a.getAttribute('aria-label')).to.include('arrow from Southern Fleet Ltd to Harbour Foods');
  });

  it('draws a claim that did not happen distinctly, never as an arrow, and says "did not"', async () => {
    const data = refusalsDataset();
    const el = await map(html`<alliance-map .data=${data}></alliance-map>`);
    const refused = arc(el, 'uruguay-sanctions-fleet');
    const done = arc(el, 'argentina-sanctions-fleet');
    expect(refused.classList.contains('negative')).to.equal(true);
    expect(refused.querySelector('.arc-head'), 'no arrowhead').to.equal(null);
    expect(refused.querySelector('.arc-cross'), 'a cross').to.not.equal(null);
    const line = getComputedStyle(refused.querySelector('.arc-line')!);
    const positive = getComputedStyle(done.querySelector('.arc-line')!);
    expect(line.stroke, 'not in the colour of what happened').to.not.equal(positive.stroke);
    expect(parseFloat(line.strokeWidth)).to.be.lessThan(parseFloat(positive.strokeWidth));
    expect(getComputedStyle(refused.querySelector('.arc-cross')!).stroke).to.equal(positive.stroke);
    expect(refused.getAttribute('aria-label')).to.match(
      /^Uruguay refused to join the sanctions on Southern Fleet Ltd \(did not happen/,
    );
    expect(refused.getAttribute('aria-label')).to.include('Ana Ruiz said');
    // Certainty still shows: the reported refusal is dashed.
    const reported = arc(el, 'brazil-support-argentina');
    expect(reported.classList.contains('negative')).to.equal(true);
    expect(getComputedStyle(reported.querySelector('.arc-line')!).strokeDasharray).to.not.equal('none');
    expect(reported.getAttribute('aria-label')).to.include('did not: provides naval support to');
    expect(reported.getAttribute('aria-label')).to.include(
      'according to an official speaking on condition of anonymity',
    );
    const tip = await focusTip(el, refused);
    expect(tip).to.include('Sanctions: did not happen, asserted');
    expect(tip).to.match(/“Its neighbour refused to join\.” did not[^·]*· asserted · Ana Ruiz said/);
    const styles = root(el).querySelector('.legend.styles')!.textContent!;
    expect(styles).to.include('did not happen');
    expect(root(el).querySelector('.summary')!.textContent).to.include('2 did not happen');
    await axe(el);
  });

  it('does not fill an invited, predicted or outside-knowledge member like a full member', async () => {
    const el = await map(html`<alliance-map .data=${refusalsDataset()}></alliance-map>`);
    const country = (id: string) => mark(el, id).querySelector<SVGPathElement>('.country')!;
    const fill = (id: string) => getComputedStyle(country(id)).fill;
    expect(country('argentina').classList.contains('full')).to.equal(true);
    expect(country('chile').classList.contains('partial')).to.equal(true);
    expect(country('brazil').classList.contains('partial')).to.equal(true);
    expect(country('paraguay').classList.contains('outside')).to.equal(true);
    for (const id of ['chile', 'brazil', 'paraguay']) expect(fill(id), id).to.not.equal(fill('argentina'));
    expect(mark(el, 'chile').querySelector('.hatch'), 'hatched').to.not.equal(null);
    expect(mark(el, 'argentina').querySelector('.hatch')).to.equal(null);
    expect(country('chile').getAttribute('aria-label')).to.include('Fisheries pact: invited');
    expect(country('brazil').getAttribute('aria-label')).to.include('Fisheries pact: member (predicted)');
    const colours = root(el).querySelector('.legend')!.textContent!.replace(/\s+/g, ' ');
    expect(colours).to.include('Fisheries pact: invited and predicted');
    expect(colours).to.include('Fisheries pact, outside knowledge †');
    const tip = await focusTip(el, country('chile'));
    expect(tip).to.include('Fisheries pact: invited');
  });

  it('places a company by its location and a person at their affiliation, with roles in words', async () => {
    const el = await map(html`<alliance-map .data=${refusalsDataset()}></alliance-map>`);
    const fleet = mark(el, 'fleet');
    expect(fleet.getAttribute('role')).to.equal('button');
    expect(fleet.getAttribute('aria-label')).to.match(/^Southern Fleet Ltd: /);
    const sanctions = arc(el, 'argentina-sanctions-fleet');
    const [tx, ty] = firstPoint(sanctions.querySelector('.arc-head')!.getAttribute('d')!);
    const [fx, fy] = centre(el, 'fleet');
    expect(Math.hypot(tx - fx, ty - fy)).to.be.lessThan(1);
    expect(arc(el, 'minister-talks-argentina'), 'the minister speaks from Uruguay').to.not.equal(null);
    const uruguay = mark(el, 'uruguay').querySelector<SVGPathElement>('.country')!;
    expect(uruguay.getAttribute('aria-label')).to.include('Placed here: Ana Ruiz (deputy foreign minister)');
    const tip = await focusTip(el, sanctions);
    expect(tip).to.include('The sanctions bar the fleet from ports.');
    const details = root(el).querySelector('details')!;
    details.open = true;
    await oneEvent(details, 'toggle');
    await el.updateComplete;
    await waitUntil(() => details.querySelector('table'), 'the table loads');
    const [claims, actors] = [...details.querySelectorAll('table')];
    const row = [...actors!.tBodies[0]!.rows].find((r) => r.cells[0]!.textContent!.includes('Ana Ruiz'))!;
    expect(row.textContent).to.include('Role: deputy foreign minister');
    expect(row.textContent).to.include('Affiliation: Uruguay');
    expect(row.textContent).to.include('on the map at Uruguay');
    const note = [...claims!.tBodies[0]!.rows].find((r) =>
      r.textContent!.includes('sanctions on Southern Fleet'),
    )!;
    expect(note.cells[5]!.textContent).to.equal('The sanctions bar the fleet from ports.');
  });

  it('takes its heading, dek, notes and screen-reader summary from presentation.map', async () => {
    const data = refusalsDataset();
    const words = data.presentation!.map!;
    const el = await map(html`<alliance-map .data=${data}></alliance-map>`);
    expect(root(el).querySelector('.title')!.textContent).to.equal(words.heading);
    const dek = root(el).querySelector('.dek')!;
    expect(dek.textContent).to.equal(words.dek);
    expect(dek.getBoundingClientRect().top).to.be.greaterThan(
      root(el).querySelector('.title')!.getBoundingClientRect().top,
    );
    expect(root(el).textContent).to.include(words.notes![0]);
    const svg = root(el).querySelector('svg[part="svg"]')!;
    const [first] = svg.getAttribute('aria-describedby')!.split(' ');
    expect(root(el).getElementById(first!)!.textContent).to.equal(words.summary);
  });

  it('uses neutral words and draws every type but the grouped one without presentation', async () => {
    const data = structuredClone(defaultDataset) as Dataset;
    delete data.presentation;
    const el = await map(html`<alliance-map .data=${data}></alliance-map>`);
    expect(root(el).querySelector('.title')!.textContent).to.equal("Map of the story's actors");
    expect(root(el).querySelector('.dek')).to.equal(null);
    const grouped = new Set(data.groupings.map((g) => g.from?.type));
    const types = new Set([...root(el).querySelectorAll<SVGElement>('.arc')].map((a) => a.dataset.type));
    expect(types.size).to.be.greaterThan(defaultDataset.presentation!.map!.arcs!.length);
    for (const t of grouped) expect(types.has(t)).to.equal(false);
    // The first grouping colours the map.
    expect(root(el).querySelector('select')!.value).to.equal(data.groupings[0]!.id);
    await axe(el);
  });

  it('shows a short note, not an empty world, for a story with no places', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div style="width: 900px"><alliance-map .data=${noPlacesDataset(false)}></alliance-map></div>`,
    );
    const el = wrap.firstElementChild as AllianceMap;
    await waitUntil(() => root(el).querySelector('.root'), 'not drawn', { timeout: 8000 });
    const note = root(el).querySelector('[part="state"]')!;
    expect(note.textContent).to.match(/No places to map in this story/);
    expect(root(el).querySelector('svg[part="svg"]')).to.equal(null);
    expect(root(el).querySelector('.frame')).to.equal(null);
    expect(root(el).querySelector('.title')!.textContent).to.equal("Map of the story's actors");
    expect(el.getBoundingClientRect().height).to.be.lessThan(220);
    expect(note.getBoundingClientRect().height).to.be.greaterThan(10);
    await axe(el);
  });

  it('gives a story with few places a lower map', async () => {
    const wide = await map(html`<alliance-map .data=${refusalsDataset()}></alliance-map>`);
    const few = await map(html`<alliance-map .data=${fewPlacesDataset()}></alliance-map>`);
    expect(root(few).querySelector('.root')!.classList.contains('compact')).to.equal(true);
    expect(root(wide).querySelector('.root')!.classList.contains('compact')).to.equal(false);
    const height = (el: AllianceMap) => root(el).querySelector('.frame')!.getBoundingClientRect().height;
    expect(height(few)).to.be.lessThan(height(wide) * 0.9);
    expect(height(few)).to.be.greaterThan(200);
    expect(root(few).querySelectorAll('.arc').length).to.equal(1);
  });

  it('names an actor whose location the geometry does not know', async () => {
    const data = refusalsDataset();
    data.entities.find((e) => e.id === 'fleet')!.location = { iso3: 'ZZZ' };
    const el = await map(html`<alliance-map .data=${data}></alliance-map>`);
    await waitUntil(() => root(el).querySelector('.warnings'), 'no warning', { timeout: 4000 });
    expect(root(el).querySelector('.warnings')!.textContent).to.include('Southern Fleet Ltd (ZZZ)');
    expect(mark(el, 'fleet')).to.equal(null);
  });

  it('is accessible in the dark theme on a dataset of another shape', async () => {
    const el = await map(html`<alliance-map theme="dark" .data=${refusalsDataset()}></alliance-map>`);
    await axe(el);
  });
});
