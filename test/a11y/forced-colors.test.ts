// Forced colours (Windows high contrast), emulated: marks and their legend keys are painted in
// the same system colours, and nothing is told by colour alone that is lost: the donut's
// slices stay apart, the map's members stay distinct from the rest, and the relation types, all
// one system colour now, keep apart by a shape on each line, the same as on the type's key.
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { hex, mount, rgba } from './helpers.js';

const paint = (el: Element | null, prop: 'fill' | 'stroke' = 'fill') => {
  expect(el, 'element painted').to.not.equal(null);
  const v = getComputedStyle(el!)[prop];
  return v === 'none' ? 'none' : hex(rgba(v));
};

/** The system colours as this (emulated) high-contrast theme paints them. */
function systemColours(): Map<string, string> {
  const probe = document.createElement('div');
  probe.style.forcedColorAdjust = 'none';
  document.body.append(probe);
  const out = new Map<string, string>();
  for (const name of [
    'Canvas',
    'CanvasText',
    'Highlight',
    'HighlightText',
    'GrayText',
    'LinkText',
    'ButtonText',
  ]) {
    probe.style.color = name;
    out.set(hex(rgba(getComputedStyle(probe).color)), name);
  }
  probe.remove();
  return out;
}

describe('forced colours', function () {
  this.timeout(60000);
  before(async () => {
    await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
  });
  after(() => executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'none' }]));

  for (const [tag, line] of [
    ['alliance-map', '.arc'],
    ['actor-network', 'svg.chart .edge'],
  ] as const)
    it(`<${tag}>: every type has its own shape, on its lines and on its key`, async () => {
      const [el] = await mount(
        tag === 'alliance-map' ? html`<alliance-map></alliance-map>` : html`<actor-network></actor-network>`,
        900,
      );
      const root = el!.shadowRoot!;
      const typeOf = (g: Element) =>
        g.getAttribute('data-type') ?? g.closest('[data-edge]')!.getAttribute('data-edge')!;
      const keyShapes = new Map<string, string>();
      for (const b of root.querySelectorAll<HTMLElement>('button.legend-item[data-key]')) {
        const m = b.querySelector('.type-marker')!;
        expect(getComputedStyle(m).display, 'the key shows its shape').to.not.equal('none');
        expect(paint(m), 'in a system colour').to.equal(paint(b.querySelector('.legend-key path'), 'stroke'));
        keyShapes.set(b.dataset.key!, m.getAttribute('d')!);
      }
      expect(keyShapes.size).to.be.greaterThan(1);
      if (keyShapes.size <= 7)
        expect(new Set(keyShapes.values()).size, 'one shape per type').to.equal(keyShapes.size);
      const lines = [...root.querySelectorAll(`${line}:not(.negative)`)];
      expect(lines.length).to.be.greaterThan(1);
      for (const g of lines) {
        const m = g.querySelector('.type-marker');
        expect(m, 'a shape on the line').to.not.equal(null);
        expect(getComputedStyle(m!).display).to.not.equal('none');
        const relation =
          tag === 'alliance-map'
            ? g.getAttribute('data-type')!
            : [...keyShapes.keys()].find((t) => m!.getAttribute('d')! === keyShapes.get(t));
        expect(m!.getAttribute('d')!, `${typeOf(g)}`).to.equal(keyShapes.get(relation!));
      }
    });

  it('<alliance-map>: each legend key is painted as its marks, in system colours', async () => {
    const system = systemColours();
    const [el] = await mount(html`<alliance-map></alliance-map>`, 900);
    const root = el!.shadowRoot!;
    const key = (id: string, sel = 'rect') =>
      root.querySelector(`.legend-item[data-key="${id}"] .legend-key ${sel}`);
    const full = root.querySelector('.country.full');
    expect(full, 'a full member drawn').to.not.equal(null);
    expect(paint(key('full'))).to.equal(paint(full));
    expect(system.get(paint(full)), `full members in a system colour (${paint(full)})`).to.be.a('string');
    const land = paint(root.querySelector('.land'));
    expect(paint(full), 'members stand out from the land').to.not.equal(land);
    const outside = root.querySelector('.country.outside');
    if (outside) expect(paint(key('outside'))).to.equal(paint(outside));
    if (root.querySelector('.country.partial')) {
      expect(paint(key('partial', 'path'), 'stroke')).to.equal(
        paint(root.querySelector('.hatch-line'), 'stroke'),
      );
      expect(system.get(paint(root.querySelector('.hatch-line'), 'stroke'))).to.be.a('string');
    }
    // Arrows of each type and their toggles in the key.
    const types = [...root.querySelectorAll<HTMLElement>('button.legend-item[data-key]')].map(
      (b) => b.dataset.key!,
    );
    expect(types.length).to.be.greaterThan(1);
    for (const type of types) {
      const line = root.querySelector(`.arc:not(.negative)[data-type="${type}"] .arc-line`);
      if (!line) continue;
      expect(paint(key(type, 'path'), 'stroke'), type).to.equal(paint(line, 'stroke'));
      expect(system.get(paint(line, 'stroke')), type).to.be.a('string');
    }
  });

  it('<share-donut>: each legend key is painted as its slice, and neighbouring slices stay apart', async () => {
    const system = systemColours();
    const [el] = await mount(html`<share-donut></share-donut>`, 600);
    const root = el!.shadowRoot!;
    const slices = [...root.querySelectorAll<SVGPathElement>('.slice')];
    expect(slices.length).to.be.greaterThan(1);
    const fillOf = (s: SVGPathElement) =>
      getComputedStyle(s).fill.startsWith('url') ? paint(root.querySelector('pattern rect')) : paint(s);
    for (const s of slices) {
      const id = s.dataset.id!;
      const k = root.querySelector(`.legend-item[data-key="${id}"] .legend-key`)!;
      const shape = s.classList.contains('hatch') ? k.querySelector('path') : k.querySelector('rect');
      expect(paint(shape, s.classList.contains('hatch') ? 'stroke' : 'fill'), `key of ${id}`).to.equal(
        fillOf(s),
      );
      expect(system.get(fillOf(s)), `slice ${id} in a system colour (${fillOf(s)})`).to.be.a('string');
    }
    slices.forEach((a, i) => {
      const b = slices[(i + 1) % slices.length]!;
      const [fa, fb] = [fillOf(a), fillOf(b)];
      const sa = getComputedStyle(a);
      const separated =
        parseFloat(sa.strokeWidth) >= 1 && paint(a, 'stroke') !== fa && paint(a, 'stroke') !== fb;
      expect(fa !== fb || separated, `slices ${a.dataset.id} and ${b.dataset.id} apart`).to.equal(true);
      expect(paint(a, 'stroke'), 'a separator, not the slice colour').to.not.equal(fa);
    });
  });

  it('<actor-network>: edges and their type keys in the same system colour; nodes outlined', async () => {
    const system = systemColours();
    const [el] = await mount(html`<actor-network></actor-network>`, 900);
    const root = el!.shadowRoot!;
    const edges = new Set([...root.querySelectorAll('svg.chart .edge .line')].map((l) => paint(l, 'stroke')));
    const keys = new Set(
      [...root.querySelectorAll('button.legend-item[data-key] .legend-key path:not(.type-marker)')].map((p) =>
        paint(p, 'stroke'),
      ),
    );
    expect(keys.size).to.be.greaterThan(0);
    for (const k of keys) expect(edges.has(k), `type key ${k} as drawn on an edge`).to.equal(true);
    for (const c of edges) expect(system.get(c), `edge colour ${c}`).to.be.a('string');
    const page = hex(rgba(getComputedStyle(el!).backgroundColor));
    for (const s of root.querySelectorAll('svg.chart .node .shape')) {
      expect(paint(s, 'stroke'), 'a node outlined against the page').to.not.equal(page);
      expect(system.get(paint(s, 'stroke'))).to.be.a('string');
    }
  });
});
