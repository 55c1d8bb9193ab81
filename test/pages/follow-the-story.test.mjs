// Graphics that follow the story: a paragraph marked `data-nutgraf-actors="a b …"` makes the
// graphics highlight its first actor while it crosses the reading line (the middle of the
// viewport), through the linked highlighting; the reader's hover and focus win; an unmarked
// paragraph on the line clears it. The demo page (lazy loader, strict CSP) is scrolled paragraph
// by paragraph; what a reader sees is read from each graphic: the map `.mark.on[data-entity]`,
// the donut `.slice.on[data-id]`, the network `.node.on[data-entity]` (the map and the network
// also light the actor's direct relations). Pages without a marked element never load the
// follower's chunk (`chunks/follow-story-page.js`), with the loader or the drop-in bundle.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { hoverShape } from './interact.mjs';
import { settle, startHarness, waitForGraphics } from './page-harness.mjs';

const FOLLOWER = /\/chunks\/follow-story-page\.js$/;

/**
 * What each graphic must show highlighted while a paragraph led by this actor is read: the
 * actor itself (or, on the map, the country a person is drawn at), and for the donut the exact
 * slices (it shows only the buyers of one country's oil).
 */
const EXPECTED = {
  putin: { map: ['russia'], donut: [], network: ['putin', 'russia'] },
  venezuela: { map: ['venezuela', 'united-states'], donut: [], network: ['venezuela', 'putin'] },
  lavrov: { map: ['russia', 'iran'], donut: [], network: ['lavrov', 'russia', 'iran'] },
  shoigu: { map: ['russia', 'iran'], donut: [], network: ['shoigu', 'larijani', 'putin'] },
  iran: { map: ['iran', 'russia'], donut: [], network: ['iran', 'russia'] },
  russia: { map: ['russia', 'iran', 'ukraine'], donut: [], network: ['russia', 'iran'] },
  'united-states': { map: ['united-states', 'iran'], donut: [], network: ['united-states', 'iran'] },
  syria: { map: ['syria', 'russia'], donut: [], network: ['syria', 'russia'] },
  china: { map: ['china', 'iran', 'russia'], donut: ['china'], network: ['china', 'iran', 'russia'] },
  brics: { map: [], donut: [], network: ['brics', 'russia', 'iran'] },
  armenia: { map: ['armenia', 'azerbaijan'], donut: [], network: ['armenia', 'csto', 'russia'] },
};

/** Which entities each graphic shows as highlighted, by id (graphics not drawn yet: null). */
function highlighted(page) {
  return page.evaluate(() => {
    const all = (tag, sel, key) => {
      const root = document.querySelector(tag)?.shadowRoot;
      if (!root?.querySelector('svg')) return null;
      return [...root.querySelectorAll(sel)].map((el) => el.dataset[key]).sort();
    };
    return {
      map: all('alliance-map', '.mark.on', 'entity'),
      donut: all('share-donut', '.slice.on', 'id'),
      network: all('actor-network', '.node.on', 'entity'),
    };
  });
}

/**
 * Scrolls so that the middle of `selector`'s `index`th match sits on the middle of the viewport.
 * Returns false when the page cannot scroll that far (the top of the first screen, the end).
 */
function centre(page, selector, index = 0) {
  return page.evaluate(
    (sel, i) => {
      const el = document.querySelectorAll(sel)[i];
      let r = el.getBoundingClientRect();
      window.scrollBy(0, r.top + r.height / 2 - innerHeight / 2);
      r = el.getBoundingClientRect();
      return r.top < innerHeight / 2 && r.bottom > innerHeight / 2;
    },
    selector,
    index,
  );
}

/** Waits until `check(highlighted)` holds (or `ms` pass), then returns what is highlighted. */
async function waitFor(page, check, ms = 3000) {
  const end = Date.now() + ms;
  let seen = await highlighted(page);
  while (!check(seen) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    seen = await highlighted(page);
  }
  await settle(page);
  return highlighted(page);
}

const nothing = (seen) => Object.values(seen).every((ids) => !ids || ids.length === 0);

/** Every expected id is highlighted in each drawn graphic (the donut exactly). */
function shows(seen, expected) {
  return (
    (!seen.map || expected.map.every((id) => seen.map.includes(id))) &&
    (!seen.network || expected.network.every((id) => seen.network.includes(id))) &&
    (!seen.donut || seen.donut.join() === expected.donut.join())
  );
}

/** Scrolls through the whole page, so the lazy loader loads every graphic, then back to the top. */
async function loadAll(page) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 400) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await new Promise((r) => setTimeout(r, 60));
  }
  await waitForGraphics(page);
  await page.evaluate(() => window.scrollTo(0, 0));
}

describe('graphics follow the story (demo page, lazy loader, strict CSP)', () => {
  let harness;
  let page;
  let log;
  let dir;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nutgraf-follow-'));
    harness = await startHarness({ csp: true, mounts: { follow: dir } });
    ({ page, log } = await harness.open('/demo/', { width: 1280, height: 900 }));
    await loadAll(page);
  });
  after(async () => {
    await page?.close();
    await harness?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the demo page marks paragraphs with known actors and loads the follower once', async () => {
    const marks = await page.evaluate(() =>
      [...document.querySelectorAll('[data-nutgraf-actors]')].map((p) => p.dataset.nutgrafActors),
    );
    assert.ok(marks.length >= 6, `marked paragraphs: ${marks.length}`);
    for (const ids of marks) assert.ok(ids.split(' ')[0] in EXPECTED, `a lead this test knows: ${ids}`);
    assert.equal(log.requests.filter((url) => FOLLOWER.test(url)).length, 1, 'one follower chunk');
  });

  it('each marked paragraph on the reading line highlights its actor in every graphic, and nothing scrolls', async () => {
    const marks = await page.evaluate(() =>
      [...document.querySelectorAll('[data-nutgraf-actors]')].map((p) => p.dataset.nutgrafActors),
    );
    let checked = 0;
    for (const [i, ids] of marks.entries()) {
      if (!(await centre(page, '[data-nutgraf-actors]', i))) continue; // cannot reach the line here
      const scrolled = await page.evaluate(() => window.scrollY);
      const expected = EXPECTED[ids.split(' ')[0]];
      const seen = await waitFor(page, (s) => shows(s, expected));
      assert.ok(
        shows(seen, expected),
        `"${ids}": expected ${JSON.stringify(expected)}, saw ${JSON.stringify(seen)}`,
      );
      assert.ok(seen.map && seen.donut && seen.network, 'every graphic is drawn');
      assert.equal(await page.evaluate(() => window.scrollY), scrolled, 'the follower scrolls nothing');
      checked++;
    }
    assert.ok(checked >= 6, `paragraphs that reach the reading line: ${checked}`);
  });

  it('an unmarked paragraph on the reading line clears the highlight', async () => {
    assert.ok(await centre(page, '[data-nutgraf-actors^="china"]', 1));
    assert.ok(shows(await waitFor(page, (s) => shows(s, EXPECTED.china)), EXPECTED.china));
    // The paragraph after the donut names no actor of its own here.
    assert.ok(await centre(page, '.graphic--narrow + p'));
    const seen = await waitFor(page, nothing);
    assert.ok(nothing(seen), `cleared: ${JSON.stringify(seen)}`);
  });

  it("the reader's hover wins, and the paragraph's highlight returns when it ends", async () => {
    // The paragraph before the network leads with a person; the reader points at another actor
    // in the network just below it.
    assert.ok(await centre(page, '[data-nutgraf-actors^="shoigu"]'));
    assert.ok(shows(await waitFor(page, (s) => shows(s, EXPECTED.shoigu)), EXPECTED.shoigu));
    assert.ok(
      await hoverShape(page, 'actor-network', '.node[data-entity="venezuela"]', { within: 'actor-network' }),
      'the network shows Venezuela below the paragraph',
    );
    const reader = (s) =>
      s.map?.includes('venezuela') && !s.map.includes('iran') && !s.network.includes('shoigu');
    let seen = await waitFor(page, reader);
    assert.ok(reader(seen), `the graphics follow the reader: ${JSON.stringify(seen)}`);
    // Still pointing after a while: the paragraph does not take it back.
    await new Promise((r) => setTimeout(r, 600));
    seen = await highlighted(page);
    assert.ok(reader(seen), `still the reader's: ${JSON.stringify(seen)}`);
    await page.mouse.move(0, 0);
    seen = await waitFor(page, (s) => shows(s, EXPECTED.shoigu) && !s.network.includes('venezuela'));
    assert.ok(shows(seen, EXPECTED.shoigu), `back to the paragraph: ${JSON.stringify(seen)}`);
  });

  it("the reader's focus wins while the page scrolls to another paragraph", async () => {
    assert.ok(await centre(page, '[data-nutgraf-actors^="lavrov"]'));
    await waitFor(page, (s) => shows(s, EXPECTED.lavrov));
    await page.evaluate(() =>
      document
        .querySelector('share-donut')
        .shadowRoot.querySelector('.slice[data-id="china"]')
        .focus({ preventScroll: true }),
    );
    await settle(page);
    // The reader reads on with a mark still focused: the next marked paragraph changes nothing.
    assert.ok(await centre(page, '[data-nutgraf-actors^="shoigu"]'));
    await new Promise((r) => setTimeout(r, 600));
    let seen = await highlighted(page);
    assert.ok(seen.network.includes('china') && !seen.network.includes('shoigu'), `network: ${seen.network}`);
    assert.ok(seen.map.includes('china'), `map: ${seen.map}`);
    await page.evaluate(() => document.activeElement.blur());
    seen = await waitFor(page, (s) => shows(s, EXPECTED.shoigu) && s.donut?.length === 0);
    assert.ok(shows(seen, EXPECTED.shoigu), `the paragraph's once focus leaves: ${JSON.stringify(seen)}`);
  });

  it('with reduced motion, following the story starts no transition', async () => {
    const transitions = async (media) => {
      await page.emulateMediaFeatures(media);
      await page.evaluate(() => {
        window.__transitions = 0;
        for (const tag of ['alliance-map', 'share-donut', 'actor-network'])
          document
            .querySelector(tag)
            .shadowRoot.addEventListener('transitionrun', () => window.__transitions++);
      });
      for (const lead of ['china', 'syria']) {
        assert.ok(await centre(page, `[data-nutgraf-actors^="${lead}"]`));
        await waitFor(page, (s) => shows(s, EXPECTED[lead]));
      }
      await settle(page, 4);
      return page.evaluate(() => window.__transitions);
    };
    assert.ok((await transitions([])) > 0, 'the graphics fade marks by default');
    assert.equal(await transitions([{ name: 'prefers-reduced-motion', value: 'reduce' }]), 0);
    await page.emulateMediaFeatures([]);
  });

  it('a graphic that loads later gets the paragraph being read', async () => {
    // A fresh page, scrolled straight to the paragraph above the donut: the donut loads now.
    const fresh = await harness.open('/demo/', { width: 1280, height: 900 });
    try {
      assert.ok(await centre(fresh.page, '[data-nutgraf-actors^="china"]', 1));
      // Where the page is: scrolling to the donut would take the paragraph off the reading line.
      await waitForGraphics(fresh.page, ['share-donut'], 20000, { scroll: false });
      const seen = await waitFor(fresh.page, (s) => s.donut?.join() === 'china');
      assert.deepEqual(seen.donut, ['china']);
      assert.deepEqual(fresh.log.pageErrors, []);
    } finally {
      await fresh.page.close();
    }
  });

  it('the drop-in bundle follows too; an unknown id highlights nothing and throws nothing', async () => {
    const filler = '<p>Filler paragraph without actors.</p>'.repeat(12);
    writeFileSync(
      join(dir, 'dropin.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>Drop-in</title>
<link rel="icon" href="data:," />
<script src="/test/pages/fixtures/csp-listener.js"></script>
<link rel="stylesheet" href="/packages/nutgraf/dist/nutgraf.css" />
<script type="module" src="/packages/nutgraf/dist/nutgraf.js"></script></head>
<body><main>${filler}<p data-nutgraf-actors="no-such-actor china">Unknown first.</p>${filler}
<p data-nutgraf-actors="  china   iran ">China, spaced.</p>${filler}
<share-donut></share-donut><actor-network></actor-network>${filler}</main></body></html>`,
    );
    const dropin = await harness.open('/mount/follow/dropin.html', { width: 1280, height: 700 });
    try {
      await waitForGraphics(dropin.page, ['share-donut', 'actor-network']);
      assert.ok(await centre(dropin.page, '[data-nutgraf-actors]', 1));
      // The network may still be laying out (it drew when the harness scrolled to it).
      let seen = await waitFor(
        dropin.page,
        (s) => s.donut?.join() === 'china' && !!s.network?.includes('china'),
        10000,
      );
      assert.deepEqual(seen.donut, ['china']);
      assert.ok(seen.network.includes('china'), `network: ${seen.network}`);
      assert.ok(await centre(dropin.page, '[data-nutgraf-actors]', 0));
      seen = await waitFor(dropin.page, nothing);
      assert.ok(nothing(seen), `unknown id: ${JSON.stringify(seen)}`);
      assert.deepEqual(dropin.log.pageErrors, []);
      assert.deepEqual(dropin.log.errors, []);
      assert.deepEqual(await dropin.page.evaluate(() => window.__violations), []);
    } finally {
      await dropin.page.close();
    }
  });

  for (const [name, path] of [
    ['the lazy loader', '/test/pages/fixtures/lazy.html'],
    ['the drop-in bundle', '/test/pages/fixtures/linked.html'],
  ])
    it(`a page without a marked element never requests the follower (${name})`, async () => {
      const plain = await harness.open(path, { width: 1280, height: 900 });
      try {
        await loadAll(plain.page);
        await new Promise((r) => setTimeout(r, 300));
        assert.deepEqual(
          plain.log.requests.filter((url) => /follow-story/.test(url)),
          [],
          'no follower request',
        );
      } finally {
        await plain.page.close();
      }
    });
});
