// Text spacing (WCAG 1.4.12): with line height 1.5, paragraph spacing 2em, letter spacing
// 0.12em and word spacing 0.16em applied to every component's text (inside its shadow root),
// no text is clipped, nothing spills out of the component's box, and no two labels overlap.
import { aTimeout, expect, html } from '@open-wc/testing';
import { TAGS, drawn, mount } from './helpers.js';

const SPACING = `*, :host { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }`;

function spaced(el: HTMLElement): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SPACING);
  el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
}

const overlap = (a: DOMRect, b: DOMRect, slack = 1) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > slack &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack;

for (const width of [375, 1280])
  describe(`text spacing (${width} px)`, function () {
    this.timeout(60000);
    for (const tag of TAGS)
      it(`<${tag}>: nothing clipped, nothing spilled, no labels overlapping`, async () => {
        const [el] = await mount(
          tag === 'alliance-map'
            ? html`<alliance-map></alliance-map>`
            : tag === 'share-donut'
              ? html`<share-donut></share-donut>`
              : html`<actor-network></actor-network>`,
          width,
        );
        spaced(el!);
        // The component lays its labels out again for the new metrics.
        el!.style.width = `${width - 1}px`;
        await aTimeout(200);
        await drawn(el!);
        const root = el!.shadowRoot!;
        expect(getComputedStyle(root.querySelector('p')!).letterSpacing, 'spacing applied').to.not.equal(
          'normal',
        );
        const problems: string[] = [];
        for (const e of root.querySelectorAll<HTMLElement>('*')) {
          if (
            e instanceof SVGElement ||
            !e.textContent?.trim() ||
            e.closest('[hidden], details:not([open]) > :not(summary)')
          )
            continue;
          const s = getComputedStyle(e);
          if (s.display === 'none' || e.classList.contains('visually-hidden')) continue;
          const clips =
            /hidden|clip|auto|scroll/.test(s.overflowX + s.overflowY) || s.textOverflow === 'ellipsis';
          if (clips && (e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1))
            problems.push(
              `${e.localName}.${e.className} clipped (${e.scrollWidth}×${e.scrollHeight} in ${e.clientWidth}×${e.clientHeight})`,
            );
        }
        // Nothing spills out of the box the component reserves.
        const box = el!.getBoundingClientRect();
        for (const e of root.querySelectorAll<HTMLElement>('.root > *, .frame > p, .after')) {
          const r = e.getBoundingClientRect();
          if (r.height && r.bottom > box.bottom + 1)
            problems.push(`${e.className} spills ${Math.round(r.bottom - box.bottom)} px below`);
        }
        // SVG labels do not overlap one another.
        const labels = [...root.querySelectorAll<SVGTextElement>('svg text')]
          .filter(
            (t) =>
              t.textContent!.trim() && getComputedStyle(t).display !== 'none' && !t.closest('.legend-key'),
          )
          .map((t) => ({ t: t.textContent!.trim(), r: t.getBoundingClientRect() }));
        labels.forEach((a, i) =>
          labels.slice(i + 1).forEach((b) => {
            if (overlap(a.r, b.r, 2)) problems.push(`labels "${a.t}" and "${b.t}" overlap`);
          }),
        );
        expect(problems).to.deep.equal([]);
      });
  });
