// The iframe embed (packages/nutgraf/dist/frame/<tag>.html, after `npm run build`): a host page
// under the strict CSP holds one frame per graphic, listens for the frames' height messages
// and sizes each frame to its plain `nutgraf:height` message. Each frame then shows its graphic
// with no scrollbar inside, with no CSP violation, and the frame URL's query reached the element
// (known attributes only; a `src` that is not http(s) is dropped). Under print media the
// graphic's zoom buttons and select are hidden, its text is black (even with theme=dark) and its
// chart still shows.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { TAGS, settle, startHarness } from './page-harness.mjs';

/** Records every message the host receives, and sizes a frame to its plain height message. */
const HOST_SCRIPT = `
window.__messages = [];
addEventListener('message', (event) => {
  const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === event.source);
  window.__messages.push({ tag: frame ? frame.dataset.tag : null, data: event.data });
  if (frame && event.data && event.data.type === 'nutgraf:height') frame.height = String(event.data.height);
});
`;

const frameUrl = (base, tag) =>
  `${base}/packages/nutgraf/dist/frame/${tag}.html?childId=${tag}-1&theme=dark&onclick=x&src=javascript:void(0)`;

const hostPage = (base) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>host</title>
    <script src="/host.js"></script>
  </head>
  <body>
    ${TAGS.map((tag) => `<iframe data-tag="${tag}" title="${tag}" width="375" height="150" src="${frameUrl(base, tag)}"></iframe>`).join('\n    ')}
  </body>
</html>
`;

/** Records CSP violations in every frame from its first script on. */
const countViolations = (page) =>
  page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });

/** The chart's own svg in a graphic's shadow root (not a legend's swatch). */
const CHART = '.frame > svg, .plot svg';

/** Resolves when the frame's graphic has drawn its chart. */
const drawn = (frame, tag) =>
  frame.waitForFunction(
    (t, chart) => document.querySelector(t)?.shadowRoot?.querySelector(chart),
    { timeout: 20000 },
    tag,
    CHART,
  );

/** The host page's server (this test's own port). */
const PORT = 8690;

describe('iframe embed (dist/frame/<tag>.html)', () => {
  let harness;
  let host;
  let hostUrl;
  before(async () => {
    harness = await startHarness({ csp: true });
    // The news page, on an origin of its own (as a CMS's page is), under a strict policy
    // that allows frames from the graphics' origin only.
    host = createServer((req, res) => {
      if (req.url === '/host.js')
        return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(HOST_SCRIPT);
      res
        .writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': `default-src 'none'; script-src 'self'; img-src data:; frame-src ${harness.base}`,
        })
        .end(hostPage(harness.base));
    });
    await new Promise((resolve) => host.listen(PORT, '127.0.0.1', resolve));
    hostUrl = `http://127.0.0.1:${PORT}/`;
  });
  after(async () => {
    await harness?.close();
    host?.close();
  });

  it('sizes each frame from its height messages, with no scrollbar, no CSP violation and the query as attributes', async () => {
    const page = await harness.browser.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.setViewport({ width: 1280, height: 900 });
    await countViolations(page);
    await page.goto(hostUrl, { waitUntil: 'networkidle0' });
    const frames = Object.fromEntries(
      await Promise.all(
        page
          .frames()
          .filter((f) => f !== page.mainFrame())
          .map(async (f) => [
            await f.evaluate(() => document.querySelector('[data-nutgraf-frame]')?.dataset.nutgrafFrame),
            f,
          ]),
      ),
    );
    assert.deepEqual(Object.keys(frames).sort(), [...TAGS].sort(), 'one frame per graphic');
    for (const tag of TAGS) await drawn(frames[tag], tag);
    // Let the height messages and the resized frames settle.
    await page.waitForFunction(
      (tags) =>
        tags.every((tag) => {
          const frame = document.querySelector(`iframe[data-tag="${tag}"]`);
          const plain = window.__messages.filter((m) => m.tag === tag && m.data?.type === 'nutgraf:height');
          return plain.length && frame.height === String(plain.at(-1).data.height);
        }),
      { timeout: 10000 },
      TAGS,
    );
    await settle(page, 4);

    const messages = await page.evaluate(() => window.__messages);
    const violations = await page.evaluate(() => window.__violations);
    for (const tag of TAGS) {
      const frame = frames[tag];
      const mine = messages.filter((m) => m.tag === tag).map((m) => m.data);
      const plain = mine.filter((d) => d?.type === 'nutgraf:height');
      const last = plain.at(-1).height;
      assert.ok(last > 300, `<${tag}>: a plausible height (${last})`);
      assert.ok(
        mine.includes(`pymxPYMx${tag}-1xPYMxheightxPYMx${last}`),
        `<${tag}>: a Pym.js height message for childId ${tag}-1`,
      );
      assert.ok(
        mine.some((d) => d?.['datawrapper-height']?.[`${tag}-1`] === last),
        `<${tag}>: a datawrapper-height message`,
      );
      const inside = await frame.evaluate(
        (t, chart) => {
          const el = document.querySelector(t);
          return {
            scrollHeight: document.scrollingElement.scrollHeight,
            scrollWidth: document.scrollingElement.scrollWidth,
            innerHeight,
            innerWidth,
            theme: el.getAttribute('theme'),
            onclick: el.hasAttribute('onclick'),
            src: el.getAttribute('src'),
            svgHeight: el.shadowRoot.querySelector(chart).getBoundingClientRect().height,
            violations: window.__violations,
          };
        },
        tag,
        CHART,
      );
      assert.equal(inside.innerHeight, last, `<${tag}>: the frame was sized to the message`);
      assert.ok(
        inside.scrollHeight <= inside.innerHeight,
        `<${tag}>: no vertical scrollbar (${inside.scrollHeight} > ${inside.innerHeight})`,
      );
      assert.ok(inside.scrollWidth <= inside.innerWidth, `<${tag}>: no horizontal scrollbar`);
      assert.ok(inside.svgHeight > 100, `<${tag}>: the graphic shows (${inside.svgHeight} px)`);
      assert.equal(inside.theme, 'dark', `<${tag}>: ?theme=dark reached the element`);
      assert.equal(inside.onclick, false, `<${tag}>: an attribute the element does not observe is not set`);
      assert.equal(inside.src, null, `<${tag}>: a src that is not http(s) is not set`);
      assert.deepEqual(inside.violations, [], `<${tag}>: no CSP violation in the frame`);
    }
    assert.deepEqual(violations, [], 'no CSP violation in the host');
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  it('a frame opened on its own posts nothing and takes a relative src', async () => {
    const tag = 'share-donut';
    const { page, log } = await harness.open(
      `/packages/nutgraf/dist/frame/${tag}.html?src=/packages/core/src/default-dataset.json`,
      {
        beforeLoad: (p) =>
          p.evaluateOnNewDocument(() => {
            window.__own = [];
            addEventListener('message', (e) => window.__own.push(e.data));
          }),
      },
    );
    await drawn(page.mainFrame(), tag);
    await settle(page);
    const src = await page.$eval(tag, (el) => el.getAttribute('src'));
    const own = await page.evaluate(() => window.__own);
    await page.close();
    assert.equal(src, '/packages/core/src/default-dataset.json');
    assert.deepEqual(own, [], 'no height message without a parent');
    assert.deepEqual(log.pageErrors, []);
  });

  it('prints without the interactive controls, and with the chart', async () => {
    for (const tag of TAGS) {
      const { page } = await harness.open(`/packages/nutgraf/dist/frame/${tag}.html?theme=dark`, {
        width: 700,
      });
      await drawn(page.mainFrame(), tag);
      // Each control: shown (it has a box) or not; the zoom buttons' group by its display.
      const controls = () =>
        page.$eval(tag, (el) => ({
          color: getComputedStyle(el).color,
          shown: [...el.shadowRoot.querySelectorAll('.zoom button, select')].map(
            (c) => c.getClientRects().length > 0,
          ),
          zoom: [...el.shadowRoot.querySelectorAll('.zoom')].map((z) => getComputedStyle(z).display),
        }));
      const onScreen = await controls();
      await page.emulateMediaType('print');
      await settle(page);
      const printed = await controls();
      const svg = await page.$eval(
        tag,
        (el, chart) => {
          const chartSvg = el.shadowRoot.querySelector(chart);
          return {
            height: chartSvg.getBoundingClientRect().height,
            display: getComputedStyle(chartSvg).display,
          };
        },
        CHART,
      );
      await page.close();
      // The donut has no control of its own (its table's disclosure stays, readable, in print).
      if (tag !== 'share-donut') assert.ok(onScreen.shown.length > 0, `<${tag}> has controls to hide`);
      assert.ok(onScreen.shown.every(Boolean), `<${tag}>: the controls show on screen`);
      assert.ok(!onScreen.zoom.includes('none'), `<${tag}>: the zoom buttons show on screen`);
      assert.ok(!printed.shown.some(Boolean), `<${tag}>: the controls are hidden in print`);
      assert.deepEqual(
        printed.zoom,
        printed.zoom.map(() => 'none'),
        `<${tag}>: the zoom buttons are display: none in print`,
      );
      assert.notEqual(onScreen.color, 'rgb(0, 0, 0)', `<${tag}>: light text on screen (theme=dark)`);
      assert.equal(printed.color, 'rgb(0, 0, 0)', `<${tag}>: black text on paper, even with theme=dark`);
      assert.notEqual(svg.display, 'none', `<${tag}>: the chart prints`);
      assert.ok(svg.height > 100, `<${tag}>: the chart prints at a size (${svg.height} px)`);
    }
  });
});
