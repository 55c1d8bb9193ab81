// A keyboard-only reader on the lazy article page (the demo, strict CSP): Tab from the top of the
// page reaches every graphic, loaded or not yet; inside each, the keys reach every mark, and
// Enter on a mark opens the same evidence (quotes, certainty, source) that its tooltip shows,
// so nothing is only on hover. Prints the figures the closing note of issue 19 quotes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TAGS, startHarness, waitForGraphics } from './page-harness.mjs';

/** What has the focus, through shadow roots: its host graphic, role, name, and whether it is a mark or a link. */
const focusInfo = () => {
  let el = document.activeElement;
  let host = null;
  while (el?.shadowRoot?.activeElement) {
    host = el;
    el = el.shadowRoot.activeElement;
  }
  if (!host) host = el?.closest?.('alliance-map, share-donut, actor-network') ?? null;
  return {
    host: host?.localName ?? null,
    tag: el?.localName ?? null,
    mark: el?.hasAttribute?.('data-index') ? Number(el.getAttribute('data-index')) : null,
    link: el?.localName === 'a',
    name: (el?.getAttribute?.('aria-label') ?? el?.textContent ?? '').trim().slice(0, 60),
  };
};

/** The text of the shadow root's `selector` (empty when absent), whitespace collapsed. */
const shadowText = (tag, selector) =>
  (document.querySelector(tag)?.shadowRoot?.querySelector(selector)?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();

describe('a keyboard-only walk of the article page', () => {
  let harness;
  before(async () => (harness = await startHarness({ csp: true })));
  after(async () => harness?.close());

  it('Tab from the top reaches every graphic, at most 5 stops each besides links', async () => {
    const { page, log } = await harness.open('/demo/', { width: 375, height: 800 });
    await page.evaluate(() => document.body.focus());
    const stops = Object.fromEntries(TAGS.map((t) => [t, []]));
    const placeholders = [];
    let left = 0;
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      await new Promise((r) => setTimeout(r, 40));
      let f = await page.evaluate(focusInfo);
      if (f.host && f.tag === f.host) {
        // A graphic whose code was not here yet: a Tab stop, which loads it and, once it is
        // drawn, hands the focus to its first control or mark; that counts as the same stop.
        placeholders.push(f.host);
        await page.waitForFunction(
          (t) => !document.querySelector(t).hasAttribute('data-nutgraf-waiting'),
          { timeout: 20000 },
          f.host,
        );
        f = await page.evaluate(focusInfo);
      }
      if (f.host) stops[f.host].push(f);
      // Past the last graphic and back at the page's start: done.
      if (!f.tag || f.tag === 'body') break;
      if (f.host === null && TAGS.every((t) => stops[t].length)) left++;
      if (left > 3) break;
    }
    const summary = {};
    for (const tag of TAGS) {
      const own = stops[tag];
      assert.ok(own.length, `<${tag}> is reached by Tab`);
      assert.ok(
        own.some((s) => s.mark !== null),
        `<${tag}>: one stop is a mark: ${JSON.stringify(own)}`,
      );
      const controls = own.filter((s) => !s.link);
      assert.ok(controls.length <= 5, `<${tag}>: ${controls.length} stops besides links`);
      summary[tag] = controls.map((s) => (s.mark !== null ? 'mark' : s.name || s.tag));
    }
    console.log(
      `Tab stops on the article page at 375 px: ${JSON.stringify(summary)}; reached before their code loaded: ${placeholders.join(', ') || 'none'}`,
    );
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('a graphic still loading is a Tab stop that says so, and hands the focus to its marks once drawn', async () => {
    const { page, release, log } = await harness.open('/test/pages/fixtures/lazy.html', {
      width: 375,
      height: 700,
      hold: /default-dataset\.json/,
    });
    await page.waitForFunction(() => customElements.get('share-donut'), { timeout: 15000 });
    await page.keyboard.press('Tab');
    const waiting = await page.evaluate(() => {
      const el = document.activeElement;
      return {
        tag: el.localName,
        role: el.getAttribute('role'),
        busy: el.getAttribute('aria-busy'),
        says: el.shadowRoot?.querySelector('[role="status"]')?.textContent.trim(),
      };
    });
    assert.deepEqual(waiting, {
      tag: 'share-donut',
      role: 'group',
      busy: 'true',
      says: 'Loading graphic…',
    });
    await release();
    await page.waitForFunction(
      () => !document.querySelector('share-donut').hasAttribute('data-nutgraf-waiting'),
      { timeout: 20000 },
    );
    const f = await page.evaluate(focusInfo);
    assert.equal(f.host, 'share-donut');
    assert.notEqual(f.mark, null, `the focus is on a slice: ${JSON.stringify(f)}`);
    assert.equal(
      await page.evaluate(() => document.querySelector('share-donut').hasAttribute('tabindex')),
      false,
      'no Tab stop of its own once drawn',
    );
    assert.deepEqual(log.pageErrors, []);
    await page.close();
  });

  for (const tag of ['alliance-map', 'share-donut'])
    it(`<${tag}>: arrow keys reach every mark, and Enter opens what its tooltip shows`, async () => {
      const { page } = await harness.open('/demo/', { width: 1280, height: 900 });
      await page.evaluate((t) => document.querySelector(t).scrollIntoView(), tag);
      await waitForGraphics(page, [tag]);
      // Its marks, not only its frame: the roving Tab stop is set once the marks are drawn.
      await page.waitForFunction(
        (t) => document.querySelector(t).shadowRoot.querySelector('[data-index][tabindex="0"]'),
        { timeout: 20000 },
        tag,
      );
      const count = await page.evaluate(
        (t) => document.querySelector(t).shadowRoot.querySelectorAll('[data-index][role="button"]').length,
        tag,
      );
      await page.evaluate(
        (t) => document.querySelector(t).shadowRoot.querySelector('[data-index][tabindex="0"]').focus(),
        tag,
      );
      const seen = new Set();
      const quotes = new Set();
      for (let i = 0; i < count; i++) {
        const f = await page.evaluate(focusInfo);
        assert.equal(f.host, tag, 'the focus stays in the graphic');
        seen.add(f.mark);
        const tooltip = await page.evaluate(shadowText, tag, '.tooltip');
        await page.keyboard.press('Enter');
        const panel = await page.evaluate(shadowText, tag, '.evidence');
        assert.equal(panel, tooltip, `mark ${f.mark} (${f.name}): the panel says what the tooltip said`);
        for (const q of await page.evaluate(
          (t) =>
            [...document.querySelector(t).shadowRoot.querySelectorAll('.evidence .tooltip-quote p')].map(
              (p) => p.textContent,
            ),
          tag,
        ))
          quotes.add(q);
        await page.keyboard.press('Escape');
        assert.equal(await page.evaluate(shadowText, tag, '.evidence'), '', 'Esc closes the panel');
        await page.keyboard.press('ArrowRight');
      }
      assert.equal(seen.size, count, `every one of the ${count} marks is reached`);
      console.log(
        `<${tag}>: ${seen.size} of ${count} marks reached by arrow keys; ${quotes.size} quotes read`,
      );
      assert.ok(quotes.size > 0);
      await page.close();
    });

  it('<actor-network>: walking relations by arrow keys and Backspace reaches every actor and every relation', async () => {
    const tag = 'actor-network';
    const { page } = await harness.open('/demo/', { width: 1280, height: 900 });
    await page.evaluate((t) => document.querySelector(t).scrollIntoView(), tag);
    await waitForGraphics(page, [tag]);
    const { nodes, relations } = await page.evaluate((t) => {
      const root = document.querySelector(t).shadowRoot;
      return {
        nodes: root.querySelectorAll('.node[data-index]').length,
        relations: new Set([...root.querySelectorAll('[data-edge]')].map((e) => e.getAttribute('data-edge')))
          .size,
      };
    }, tag);
    const live = () => page.evaluate(shadowText, tag, '[aria-live="polite"][aria-atomic]');
    const position = async () => {
      const m = /(\d+) of (\d+)\.?\s*$/.exec(await live());
      return m ? [Number(m[1]), Number(m[2])] : null;
    };
    const visited = new Set();
    const walked = new Set();
    const quotes = new Set();
    let presses = 0;
    // Depth first: from an actor, take each of its relations in turn (arrow), read it and its
    // evidence (Enter, then Esc), go on from an actor not seen yet, and come back (Backspace).
    async function walk(depth) {
      const here = (await page.evaluate(focusInfo)).mark;
      visited.add(here);
      for (let step = 1; ; step++) {
        await page.keyboard.press('ArrowRight');
        presses++;
        const at = await position();
        if (!at) return; // No relations shown from here.
        const f = await page.evaluate(focusInfo);
        const edge = await page.evaluate(
          (t) => document.querySelector(t).shadowRoot.querySelector('.tooltip')?.textContent ?? '',
          tag,
        );
        walked.add(`${Math.min(here, f.mark)}-${Math.max(here, f.mark)}:${edge.replace(/\s+/g, ' ').trim()}`);
        await page.keyboard.press('Enter');
        for (const q of await page.evaluate(
          (t) =>
            [...document.querySelector(t).shadowRoot.querySelectorAll('.evidence .tooltip-quote p')].map(
              (p) => p.textContent,
            ),
          tag,
        ))
          quotes.add(q);
        await page.keyboard.press('Escape');
        if (!visited.has(f.mark) && depth < 200) await walk(depth + 1);
        await page.keyboard.press('Backspace');
        presses += 3;
        if (at[0] >= at[1]) return;
      }
    }
    await page.evaluate(
      (t) => document.querySelector(t).shadowRoot.querySelector('.node[tabindex="0"]').focus(),
      tag,
    );
    await walk(0);
    // Actors the walk cannot reach from the first (another component of the graph): Home and End.
    for (const key of ['Home', 'End']) {
      await page.keyboard.press(key);
      if (!visited.has((await page.evaluate(focusInfo)).mark)) await walk(0);
    }
    console.log(
      `<${tag}>: ${visited.size} of ${nodes} actors and ${walked.size} relation steps (${relations} relations drawn) reached in ${presses} key presses; ${quotes.size} quotes read`,
    );
    assert.equal(visited.size, nodes, 'every actor');
    assert.ok(walked.size >= relations, `every relation: ${walked.size} of ${relations}`);
    assert.ok(quotes.size > 0);
    await page.close();
  });
});
