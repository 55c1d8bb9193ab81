// Contrast (WCAG 1.4.3, 1.4.11) of what the three components draw, in light and dark, read
// from the painted styles of mounted components: every mark reaches 3:1 against what it
// touches or carries an outline that does; text reaches 4.5:1. Every palette slot is tried
// where a component can put it (a map's grouping, a slice, a line).
import { expect, html } from '@open-wc/testing';
import { PALETTE_SIZE } from '@nutgraf/core';
import { contrast, hex, mount, opacityOf, over, rgba } from '../../../test/a11y/helpers.js';
import type { RGBA } from '../../../test/a11y/helpers.js';

type Pair = { what: string; ratio: number; need: number };

const style = (el: Element) => getComputedStyle(el);
const px = (v: string) => parseFloat(v) || 0;
const token = (host: Element, name: string) => rgba(style(host).getPropertyValue(name).trim());

/** Collects pairs; `check` records one and returns whether it passes. */
function pairs() {
  const all: Pair[] = [];
  const check = (what: string, a: RGBA, b: RGBA, need: number) => {
    const ratio = contrast(a, b);
    all.push({ what: `${what} ${hex(a)}/${hex(b)}`, ratio, need });
    return ratio >= need;
  };
  const failures = () => all.filter((p) => p.ratio < p.need).map((p) => `${p.what} ${p.ratio.toFixed(2)}`);
  const worst = (n = 4) =>
    [...all]
      .sort((a, b) => a.ratio - b.ratio)
      .slice(0, n)
      .map((p) => `${p.what} ${p.ratio.toFixed(2)}`);
  return { all, check, failures, worst };
}

/** A shape touching `around`: its fill reaches 3:1, or its outline does (at least 0.75 px wide). */
function markAgainst(
  p: ReturnType<typeof pairs>,
  what: string,
  fill: RGBA,
  stroke: RGBA,
  width: number,
  around: [string, RGBA][],
) {
  const byFill = around.every(([, c]) => contrast(fill, c) >= 3);
  if (byFill) for (const [name, c] of around) p.check(`${what} fill on ${name}`, fill, c, 3);
  else {
    expect(width, `${what}: an outline where the fill is too light`).to.be.at.least(0.75);
    for (const [name, c] of around) p.check(`${what} outline on ${name}`, stroke, c, 3);
  }
}

for (const theme of ['light', 'dark'] as const) {
  describe(`contrast (${theme})`, function () {
    this.timeout(60000);

    it('text tokens reach 4.5:1 and every palette slot 3:1 against the background', async () => {
      const [el] = await mount(html`<share-donut theme=${theme}></share-donut>`, 600);
      const p = pairs();
      const bg = rgba(style(el!).backgroundColor);
      const surface = token(el!, '--_surface');
      p.check('text on background', rgba(style(el!).color), bg, 4.5);
      p.check('muted text on background', token(el!, '--_fg-muted'), bg, 4.5);
      p.check('muted text on surface', token(el!, '--_fg-muted'), surface, 4.5);
      p.check('focus ring on background', token(el!, '--_focus'), bg, 3);
      for (let n = 1; n <= PALETTE_SIZE; n++)
        p.check(`colour ${n} on background`, token(el!, `--_c${n}`), bg, 3);
      p.check('neutral on background', token(el!, '--_neutral'), bg, 3);
      console.log(`[contrast ${theme}] tokens, worst: ${p.worst().join('; ')}`);
      expect(p.failures()).to.deep.equal([]);
    });

    it('<alliance-map>: members, story countries, points and arcs against land and sea', async () => {
      const [el] = await mount(html`<alliance-map theme=${theme}></alliance-map>`, 900);
      const root = el!.shadowRoot!;
      const p = pairs();
      const bg = rgba(style(el!).backgroundColor);
      const land = rgba(style(root.querySelector('.land')!).fill);
      const sea = rgba(style(root.querySelector('.sphere')!).fill);
      const select = root.querySelector('select')!;
      const groupings = [...select.options].map((o) => o.value);
      expect(groupings.length, 'groupings to colour by').to.be.greaterThan(0);
      const svg = () => root.querySelector<SVGSVGElement>('svg[part="svg"]')!;
      const countries = (label: string) => {
        const shapes = [...root.querySelectorAll<SVGPathElement>('.country[data-index]')];
        for (const c of shapes) {
          const s = style(c);
          const kind = [...c.classList].find((k) => k !== 'country') ?? '';
          markAgainst(p, `${label} ${kind} country`, rgba(s.fill), rgba(s.stroke), px(s.strokeWidth), [
            ['land', land],
            ['sea', sea],
          ]);
        }
        for (const dot of root.querySelectorAll<SVGElement>('.point .dot')) {
          const s = style(dot);
          const fill = s.fill.startsWith('url') ? land : rgba(s.fill);
          markAgainst(p, `${label} point`, fill, rgba(s.stroke), px(s.strokeWidth), [
            ['land', land],
            ['sea', sea],
          ]);
        }
        return shapes.filter((c) => !c.classList.contains('neutral')).length;
      };
      let members = 0;
      for (const g of groupings) {
        (el as unknown as { grouping: string }).grouping = g;
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        members += countries(g);
      }
      expect(members, 'member countries drawn').to.be.greaterThan(3);
      // Any palette slot a grouping can take.
      for (let n = 1; n <= PALETTE_SIZE; n++) {
        svg().style.setProperty('--fill', `var(--_c${n})`);
        countries(`colour ${n}`);
      }
      svg().style.removeProperty('--fill');
      // Arcs, on their halo over land or sea, and on the page.
      const arcs = [...root.querySelectorAll<SVGElement>('.arc')];
      expect(arcs.length).to.be.greaterThan(5);
      for (const arc of arcs) {
        const halo = arc.querySelector('.arc-halo')!;
        const hs = style(halo);
        const haloOn = (under: RGBA) =>
          over(rgba(hs.stroke), under, Number(hs.strokeOpacity) * opacityOf(halo));
        for (const part of arc.querySelectorAll<SVGElement>('.arc-line, .arc-head, .arc-cross')) {
          const s = style(part);
          const paint = part.classList.contains('arc-head') ? s.fill : s.stroke;
          const what = `arc ${arc.dataset.type} ${arc.dataset.certainty} ${part.getAttribute('class')}`;
          for (const [name, under] of [
            ['land', land],
            ['sea', sea],
            ['page', bg],
          ] as const) {
            const behind = haloOn(under);
            p.check(`${what} on ${name}`, over(rgba(paint), behind, opacityOf(part)), behind, 3);
          }
        }
      }
      // Labels on their halo.
      for (const t of root.querySelectorAll<SVGTextElement>('.label text')) {
        const s = style(t);
        p.check(`label ${t.textContent}`, rgba(s.fill), rgba(s.stroke), 4.5);
      }
      console.log(`[contrast ${theme}] map, ${p.all.length} pairs, worst: ${p.worst().join('; ')}`);
      expect(p.failures()).to.deep.equal([]);
    });

    it('<share-donut>: each slice against the page and its neighbours', async () => {
      const [el] = await mount(html`<share-donut theme=${theme}></share-donut>`, 600);
      const root = el!.shadowRoot!;
      const p = pairs();
      const bg = rgba(style(el!).backgroundColor);
      const hatch = rgba(style(root.querySelector('pattern rect')!).fill);
      const slices = [...root.querySelectorAll<SVGPathElement>('.slice')].map((s) => {
        const cs = style(s);
        return {
          id: s.dataset.id!,
          fill: cs.fill.startsWith('url') ? hatch : rgba(cs.fill),
          stroke: rgba(cs.stroke),
          width: px(cs.strokeWidth),
        };
      });
      expect(slices.length).to.be.greaterThan(1);
      for (const s of slices) markAgainst(p, `slice ${s.id}`, s.fill, s.stroke, s.width, [['page', bg]]);
      // Neighbours: 3:1 between their fills, or a separator of 3:1 against both.
      slices.forEach((a, i) => {
        const b = slices[(i + 1) % slices.length]!;
        if (a === b || contrast(a.fill, b.fill) >= 3)
          return void p.check(`slices ${a.id}|${b.id}`, a.fill, b.fill, 3);
        const sep = [a, b].find(
          (s) => s.width >= 1 && contrast(s.stroke, a.fill) >= 3 && contrast(s.stroke, b.fill) >= 3,
        );
        expect(sep, `a separator between slices ${a.id} and ${b.id}`).to.not.equal(undefined);
        p.check(`separator ${a.id}|${b.id} on ${a.id}`, sep!.stroke, a.fill, 3);
        p.check(`separator ${a.id}|${b.id} on ${b.id}`, sep!.stroke, b.fill, 3);
      });
      // A slice's separator is the page's colour: then any two palette slots side by side
      // are told apart through it, as each reaches 3:1 against the page (first test).
      expect(hex(slices[0]!.stroke) === hex(bg) || slices[0]!.width >= 1).to.equal(true);
      console.log(`[contrast ${theme}] donut, worst: ${p.worst().join('; ')}`);
      expect(p.failures()).to.deep.equal([]);
    });

    it('<actor-network>: edges of every kind and certainty, arrows and nodes against the page', async () => {
      const [el] = await mount(html`<actor-network theme=${theme}></actor-network>`, 900);
      const root = el!.shadowRoot!;
      const p = pairs();
      const bg = rgba(style(el!).backgroundColor);
      const edges = [...root.querySelectorAll<SVGElement>('.edge')];
      expect(edges.length).to.be.greaterThan(5);
      const certainties = new Set<string>();
      for (const edge of edges) {
        const line = edge.querySelector('.line')!;
        const certainty = [...line.classList].find((c) => c.startsWith('certainty-'))!;
        certainties.add(certainty);
        const what = `edge ${edge.dataset.edge} ${certainty}`;
        p.check(what, over(rgba(style(line).stroke), bg, opacityOf(line)), bg, 3);
        const arrow = edge.querySelector('.arrow');
        if (arrow?.getAttribute('d')) {
          const s = style(arrow);
          const paint = s.fill === 'none' ? s.stroke : s.fill;
          p.check(`${what} arrow`, over(rgba(paint), bg, opacityOf(arrow)), bg, 3);
        }
      }
      expect(certainties.size, 'several certainties drawn').to.be.greaterThan(1);
      for (const shape of root.querySelectorAll<SVGElement>('svg.chart .node .shape')) {
        const s = style(shape);
        markAgainst(p, 'node', rgba(s.fill), rgba(s.stroke), px(s.strokeWidth), [['page', bg]]);
      }
      for (const t of root.querySelectorAll<SVGTextElement>('text.label')) {
        const s = style(t);
        p.check(`label ${t.textContent}`, rgba(s.fill), rgba(s.stroke), 4.5);
      }
      console.log(`[contrast ${theme}] network, worst: ${p.worst().join('; ')}`);
      expect(p.failures()).to.deep.equal([]);
    });

    it('<actor-network> focused on an actor: the labels faded behind it still read at 4.5:1', async () => {
      const [el] = await mount(html`<actor-network theme=${theme} focus="iran"></actor-network>`, 900);
      const root = el!.shadowRoot!;
      const p = pairs();
      const bg = rgba(style(el!).backgroundColor);
      const faded = [...root.querySelectorAll<SVGTextElement>('.faded text.label')].filter(
        (t) => opacityOf(t) < 1,
      );
      expect(faded.length, 'labels faded behind the focus').to.be.greaterThan(3);
      for (const t of faded)
        p.check(`faded label ${t.textContent}`, over(rgba(style(t).fill), bg, opacityOf(t)), bg, 4.5);
      expect(p.failures()).to.deep.equal([]);
    });
  });
}
