// Target size (WCAG 2.5.8): a country drawn smaller than 24 px is hovered and selected by a
// pointer 10–20 px from its centre, when nothing else is under the pointer (mouse and touch).
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../src/define.js';
import type { AllianceMap } from '../src/alliance-map.js';
import { TARGET_PX } from '../src/near-target.js';

type Spot = { el: SVGElement; x: number; y: number };

/** For each country smaller than 24 px, a point 10–20 px from its centre over no other mark. */
function spots(el: AllianceMap): Spot[] {
  const root = el.shadowRoot!;
  const out: Spot[] = [];
  for (const c of root.querySelectorAll<SVGElement>('.country[data-index]')) {
    const r = c.getBoundingClientRect();
    if (r.width >= TARGET_PX && r.height >= TARGET_PX) continue;
    const [cx, cy] = [r.left + r.width / 2, r.top + r.height / 2];
    search: for (const d of [12, 16, 20, 10])
      for (let a = 0; a < 16; a++) {
        const [x, y] = [cx + d * Math.cos((a * Math.PI) / 8), cy + d * Math.sin((a * Math.PI) / 8)];
        const under = root.elementFromPoint(x, y);
        if (!under || under.closest('[data-index], .label') || !under.closest('svg')) continue;
        // Nearer to this country than to any other small one.
        const others = [...root.querySelectorAll<SVGElement>('.country[data-index]')].filter((o) => {
          const q = o.getBoundingClientRect();
          return (
            o !== c &&
            (q.width < TARGET_PX || q.height < TARGET_PX) &&
            Math.hypot(x - q.left - q.width / 2, y - q.top - q.height / 2) <= d
          );
        });
        if (others.length) continue;
        out.push({ el: c, x, y });
        break search;
      }
  }
  return out;
}

describe('<alliance-map> small targets', function () {
  this.timeout(30000);
  afterEach(() => resetMouse());

  it('a pointer or a tap 10–20 px from a small country hovers and selects it', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width:375px"><alliance-map></alliance-map></div>`,
    );
    const el = wrap.querySelector('alliance-map')!;
    await waitUntil(() => el.shadowRoot!.querySelector('.country[data-index]'), 'the map draws', {
      timeout: 10000,
    });
    await el.updateComplete;
    await aTimeout(100);
    const found = spots(el);
    expect(found.length, 'small countries with room around them').to.be.greaterThan(1);
    for (const { el: country, x, y } of found) {
      const name = country.getAttribute('aria-label')!.split(/[:,.]/)[0]!;
      await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
      // A real pointer's move reaches the page at its next frame, which a busy machine delays.
      const says = () => el.shadowRoot!.querySelector('[role="tooltip"]')?.textContent ?? '';
      await waitUntil(() => says().includes(name), `hovering near ${name}: ${says()}`).catch(() => {});
      await el.updateComplete;
      const tip = el.shadowRoot!.querySelector('[role="tooltip"]');
      expect(tip?.textContent ?? '', `hovering near ${name}`).to.include(name);
      const chosen: string[] = [];
      const listen = (e: Event) => chosen.push((e as CustomEvent<{ entity: string }>).detail.entity);
      el.addEventListener('nutgraf-select', listen);
      await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
      // A tap: touch pointer events, then the click.
      const under = el.shadowRoot!.elementFromPoint(x, y)!;
      const at = { bubbles: true, composed: true, clientX: x, clientY: y };
      under.dispatchEvent(new PointerEvent('pointerdown', { ...at, pointerType: 'touch' }));
      under.dispatchEvent(new PointerEvent('pointerup', { ...at, pointerType: 'touch' }));
      under.dispatchEvent(new MouseEvent('click', at));
      el.removeEventListener('nutgraf-select', listen);
      const id = country.closest('[data-entity]')!.getAttribute('data-entity')!;
      expect(chosen, `a click, then a tap, near ${name}`).to.deep.equal([id, id]);
    }
  });
});
