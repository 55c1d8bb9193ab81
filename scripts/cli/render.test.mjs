// `nutgraf render`: the built CLI draws the live components in Chromium and writes framed PNGs.
// Build the CLI first: npx tsc -p packages/cli/tsconfig.build.json (and the nutgraf package's
// dist/, which it draws from).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';

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
