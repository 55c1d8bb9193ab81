// `nutgraf render`: the built CLI draws the live components in Chromium and writes framed PNGs,
// the same frames as SVG, and the no-JavaScript fallback of each tag.
// Build the CLI first: npx tsc -p packages/cli/tsconfig.build.json (and the nutgraf package's
// dist/, which it draws from).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../chrome.mjs';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..', '..');
const BIN = join(ROOT, 'packages/cli/dist/bin/nutgraf.js');
const DEFAULT = join(ROOT, 'packages/core/src/default-dataset.json');
const STORIES = join(ROOT, 'examples/stories');
const TAGS = JSON.parse(readFileSync(join(ROOT, 'components.json'), 'utf8')).components.map((c) => c.tag);

/** @param {string[]} args */
function nutgraf(args) {
  const r = spawnSync(process.execPath, [BIN, 'render', ...args, '--quiet'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.doesNotMatch(r.stderr, /^\s+at .+:\d+:\d+\)?$/m, `stack trace in stderr:\n${r.stderr}`);
  return r;
}

/** @param {(dir: string) => void} fn */
function inTemp(fn) {
  const dir = mkdtempSync(join(tmpdir(), 'nutgraf-render-'));
  try {
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The pixels of an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium writes).
 * @param {Buffer} png
 */
function decodePng(png) {
  assert.equal(png.toString('latin1', 1, 4), 'PNG', 'not a PNG file');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const [depth, type, , , interlace] = png.subarray(24, 29);
  assert.equal(depth, 8, 'bit depth');
  assert.ok(type === 2 || type === 6, `colour type ${type}`);
  assert.equal(interlace, 0, 'interlaced');
  const channels = type === 6 ? 4 : 3;
  const idat = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= channels ? pixels[y * stride + x - channels] : 0;
      const b = y ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= channels && y ? pixels[(y - 1) * stride + x - channels] : 0;
      let p = 0;
      if (filter === 1) p = a;
      else if (filter === 2) p = b;
      else if (filter === 3) p = (a + b) >> 1;
      else if (filter === 4) {
        const pa = Math.abs(b - c);
        const pb = Math.abs(a - c);
        const pc = Math.abs(a + b - 2 * c);
        p = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      pixels[y * stride + x] = (v + p) & 255;
    }
  }
  return { width, height, channels, pixels };
}

/**
 * What is drawn in the band between 30% and 80% of the image's height, where the graphic is
 * (a frame with only its words is white there): the share of pixels that are not white, and
 * the colours (4 bits a channel) other than greys that cover at least 0.02% of it. A loading
 * box is grey; a drawn graphic has colours of its own.
 * @param {ReturnType<typeof decodePng>} image
 */
function graphicBand({ width, height, channels, pixels }) {
  const counts = new Map();
  const from = Math.floor(height * 0.3);
  const to = Math.floor(height * 0.8);
  let ink = 0;
  for (let y = from; y < to; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * channels;
      if (pixels[i] < 245 || pixels[i + 1] < 245 || pixels[i + 2] < 245) ink++;
      const key = ((pixels[i] >> 4) << 8) | ((pixels[i + 1] >> 4) << 4) | (pixels[i + 2] >> 4);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  const area = (to - from) * width;
  // Greys (channels within one step) are the page, text and loading states; count the others.
  const grey = (key) => {
    const c = [key >> 8, (key >> 4) & 15, key & 15];
    return Math.max(...c) - Math.min(...c) <= 1;
  };
  const colours = [...counts]
    .filter(([key, n]) => n >= area * 0.0002 && !grey(key))
    .map(([key]) => key.toString(16).padStart(3, '0'));
  return { ink: ink / area, colours };
}

/**
 * @param {string} file
 * @param {number} width expected, in pixels
 * @param {number | undefined} height expected, in pixels (undefined: any)
 */
function assertDrawn(file, width, height) {
  assert.ok(existsSync(file), `${file} is written`);
  const png = readFileSync(file);
  // IHDR: width and height, big-endian, at bytes 16–23.
  const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  assert.ok(Math.abs(w - width) <= 1, `${file}: ${w} pixels wide, not ${width}`);
  if (height !== undefined) assert.equal(h, height, `${file}: height`);
  else assert.ok(h > w / 2, `${file}: ${h} pixels high for ${w} wide`);
  const { ink, colours } = graphicBand(decodePng(png));
  if (process.env.NUTGRAF_DEBUG) console.log(file, ink.toFixed(3), colours.join(' '));
  assert.ok(
    ink > 0.005 && colours.length > 0,
    `${file}: the graphic is not drawn (${(ink * 100).toFixed(1)}% ink, colours ${colours.join(' ') || 'none'})`,
  );
}

test('renders every component in every frame for the default dataset', () => {
  inTemp((dir) => {
    const r = nutgraf([DEFAULT, '--out', dir, '--print-width', '60']);
    assert.equal(r.status, 0, r.stderr);
    const files = readdirSync(dir).sort();
    assert.deepEqual(
      files,
      TAGS.flatMap((t) => ['print', 'social', 'square'].map((f) => `${t}-${f}.png`)).sort(),
    );
    // print: 60 mm at 300 dpi
    const printWidth = Math.round((60 / 25.4) * 300);
    for (const tag of TAGS) {
      assertDrawn(join(dir, `${tag}-social.png`), 1200, 675);
      assertDrawn(join(dir, `${tag}-square.png`), 1080, 1080);
      assertDrawn(join(dir, `${tag}-print.png`), printWidth, undefined);
    }
    // stdout lists the files written
    assert.equal(r.stdout.trim().split('\n').length, files.length);
  });
});

test('renders an example story in the social frame', () => {
  const story = readdirSync(STORIES).find((s) => existsSync(join(STORIES, s, 'dataset.json')));
  assert.ok(story, 'an example story with a dataset');
  inTemp((dir) => {
    const r = nutgraf([join(STORIES, story, 'dataset.json'), '--frame', 'social', '--out', dir]);
    assert.equal(r.status, 0, r.stderr);
    for (const tag of TAGS) assertDrawn(join(dir, `${tag}-social.png`), 1200, 675);
  });
});

test('an invalid dataset fails with exit 1 and names the wrong field; bad options are usage errors', () => {
  inTemp((dir) => {
    const dataset = JSON.parse(readFileSync(DEFAULT, 'utf8'));
    dataset.relations[0].certainty = 'sideways';
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(dataset));
    const r = nutgraf([file, '--tag', TAGS[0], '--frame', 'social', '--out', join(dir, 'out')]);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /\$\.relations\[0\]\.certainty/);
    assert.match(r.stderr, /sideways/);
    assert.ok(!existsSync(join(dir, 'out', `${TAGS[0]}-social.png`)), 'no image of an error');

    assert.equal(nutgraf([DEFAULT, '--tag', 'no-such-tag']).status, 2);
    assert.equal(nutgraf([DEFAULT, '--frame', 'poster']).status, 2);
    assert.equal(nutgraf([DEFAULT, '--print-width', 'wide']).status, 2);
    assert.equal(nutgraf([join(dir, 'missing.json'), '--out', dir]).status, 3);
  });
});

// ── SVG frames and fallbacks ─────────────────────────────────────────────────────────
// Read back in Chromium (DOMParser), as a browser or a feed reader would parse them.

/** @type {import('puppeteer-core').Browser} */
let browser;
before(async () => {
  browser = await puppeteer.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });
});
after(async () => browser?.close());

/**
 * Parses `text` as `type` in a blank page; returns what `read` finds in the document.
 * @param {string} text
 * @param {'text/html' | 'image/svg+xml'} type
 * @param {(doc: Document) => unknown} read
 */
async function parse(text, type, read) {
  const page = await browser.newPage();
  try {
    const doc = await page.evaluateHandle(
      (text, type) => new DOMParser().parseFromString(text, type),
      text,
      type,
    );
    return await page.evaluate(read, doc);
  } finally {
    await page.close();
  }
}

/** What static markup must never hold: script, event handlers, style attributes, CSS variables. */
function assertStatic(name, text) {
  assert.doesNotMatch(text, /<script/i, `${name}: a script`);
  assert.doesNotMatch(text, /\son[a-z]+\s*=/i, `${name}: an event-handler attribute`);
  assert.doesNotMatch(text, /\sstyle\s*=/i, `${name}: a style attribute`);
  assert.doesNotMatch(text, /<style|<foreignObject/i, `${name}: a style sheet or HTML inside the SVG`);
  assert.doesNotMatch(text, /var\(--/, `${name}: a CSS variable`);
  assert.doesNotMatch(
    text,
    /\stabindex=|aria-(labelledby|describedby)=|<!--/i,
    `${name}: tab stops, references, comments`,
  );
}

/** The rows the fallback's tables must hold for the default dataset, by tag. */
function expectedRows(tag, dataset) {
  const share = dataset.series.find((s) => s.id === dataset.presentation?.share?.series) ?? dataset.series[0];
  return {
    'alliance-map': [dataset.relations.length, dataset.entities.length],
    'actor-network': [dataset.relations.length, dataset.entities.length],
    'share-donut': [share.values.length],
  }[tag];
}

test("writes each tag's no-JavaScript fallback and the frames as SVG", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nutgraf-render-'));
  try {
    const r = nutgraf([DEFAULT, '--format', 'fallback,svg', '--print-width', '60', '--out', dir]);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(
      readdirSync(dir).sort(),
      TAGS.flatMap((t) => [`${t}.html`, ...['print', 'social', 'square'].map((f) => `${t}-${f}.svg`)]).sort(),
    );
    const dataset = JSON.parse(readFileSync(DEFAULT, 'utf8'));

    for (const tag of TAGS) {
      const html = readFileSync(join(dir, `${tag}.html`), 'utf8');
      assertStatic(`${tag}.html`, html);
      const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
      for (const id of ids)
        assert.ok(id.startsWith(`nutgraf-fallback-${tag}-`), `${tag}: id ${id} may clash`);
      const found = await parse(html, 'text/html', (doc) => {
        const block = doc.body.firstElementChild;
        const svg = block?.querySelector(':scope > svg');
        return {
          count: doc.body.children.length,
          kind: block?.className,
          tag: block?.getAttribute('data-nutgraf-fallback'),
          title: block?.querySelector('.nutgraf-fallback-title')?.textContent,
          svg: svg && {
            role: svg.getAttribute('role'),
            label: svg.getAttribute('aria-label'),
            marks: svg.querySelectorAll('path, circle, rect, line, polygon, ellipse').length,
            coloured: [...svg.querySelectorAll('[fill^="#"]')].length,
            roles: [...svg.querySelectorAll('[role]')].map((e) => e.getAttribute('role')),
          },
          rows: [...block.querySelectorAll('table')].map((t) => t.tBodies[0]?.rows.length ?? 0),
          names: [...block.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent),
        };
      });
      assert.equal(found.count, 1, `${tag}: one block`);
      assert.equal(found.kind, 'nutgraf-fallback');
      assert.equal(found.tag, tag);
      assert.ok(found.title, `${tag}: a title`);
      assert.ok(found.svg, `${tag}: an <svg>`);
      assert.equal(found.svg.role, 'img');
      assert.ok(found.svg.label, `${tag}: the picture is named`);
      assert.ok(found.svg.marks >= 4 && found.svg.coloured >= 4, `${tag}: marks drawn (${found.svg.marks})`);
      assert.deepEqual(found.svg.roles, [], `${tag}: no roles inside the picture`);
      assert.deepEqual(found.rows, expectedRows(tag, dataset), `${tag}: table rows`);
      assert.ok(found.names.every(Boolean), `${tag}: every row is named`);

      for (const frame of ['social', 'square', 'print']) {
        const name = `${tag}-${frame}.svg`;
        const svg = readFileSync(join(dir, name), 'utf8');
        assertStatic(name, svg);
        const read = await parse(svg, 'image/svg+xml', (doc) => ({
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: doc.documentElement.localName,
          width: doc.documentElement.getAttribute('width'),
          height: doc.documentElement.getAttribute('height'),
          text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' '),
          colours: [...doc.querySelectorAll('[fill], [stroke]')].flatMap((e) =>
            [e.getAttribute('fill'), e.getAttribute('stroke')].filter((c) => /^#[\da-f]{6}$/i.test(c ?? '')),
          ),
        }));
        assert.equal(read.error, null, `${name} parses as XML`);
        assert.equal(read.root, 'svg');
        if (frame === 'social') assert.deepEqual([read.width, read.height], ['1200', '675'], name);
        if (frame === 'square') assert.deepEqual([read.width, read.height], ['1080', '1080'], name);
        if (frame === 'print') {
          assert.equal(read.width, '60mm', name);
          assert.match(read.height, /^\d+(\.\d+)?mm$/, name);
        }
        // The headline is the graphic's heading, broken into lines: its words in order.
        assert.ok(
          read.text.replace(/\s+/g, ' ').includes(found.title.replace(/\s+/g, ' ')),
          `${name}: the headline "${found.title}"`,
        );
        if (frame === 'print') {
          const rgb = (c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
          const greys = read.colours.map(rgb).filter((c) => Math.max(...c) - Math.min(...c) <= 16);
          assert.ok(greys.length > 0, `${name}: greys drawn`);
          const tinted = greys.filter(([r, g, b]) => r !== g || g !== b);
          assert.deepEqual(tinted, [], `${name}: greys print with black ink only`);
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--format and --width take only what they know', () => {
  assert.equal(nutgraf([DEFAULT, '--format', 'jpeg']).status, 2);
  assert.equal(nutgraf([DEFAULT, '--format', 'svg,gif']).status, 2);
  assert.equal(nutgraf([DEFAULT, '--format', 'fallback', '--width', 'wide']).status, 2);
  assert.equal(nutgraf([DEFAULT, '--format', 'fallback', '--width', '50']).status, 2);
});
