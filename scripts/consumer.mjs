#!/usr/bin/env node
// The consumer test: the packages as an application gets them from the registry. Packs every
// publishable workspace (after the build), installs the tarballs into the fixture apps of
// test/consumer/ (plain TypeScript strict, React 19, Vue 3) with the newest TypeScript and
// Vite, type-checks and builds each, and opens each built page in Chromium: every graphic
// draws, clicking a mark reaches the app's own listener, the console stays clean.
//
// Usage: node scripts/consumer.mjs [ts-strict|react|vue …]   (CHROME_PATH for the browser)
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from './chrome.mjs';
import { PACKAGES } from './components.mjs';
import { createDemoServer } from './serve-demo.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const started = Date.now();
/** Ports of this test: one static server per fixture. */
const PORT = 8620;

/**
 * The ids of the English messages with a dot in them (a plural's also without its form, as `msg`
 * names it), which a graphic says only when its words are missing (`msg` then gives the id back):
 * core's catalogues and each package's `src/messages.ts`.
 */
const MESSAGE_IDS = (() => {
  const keys = [
    'core/src/messages/en.ts',
    'core/src/messages/en-table.ts',
    ...PACKAGES.map((p) => `${p}/src/messages.ts`),
  ]
    .filter((file) => existsSync(join(root, 'packages', file)))
    .flatMap((file) => [...readFileSync(join(root, 'packages', file), 'utf8').matchAll(/^\s+'([\w.]+)':/gm)])
    .map((m) => m[1]);
  // A plural's forms, and its id as `msg` names it.
  const ids = keys.flatMap((k) => [k, k.replace(/\.(zero|one|two|few|many|other)$/, '')]);
  return [...new Set(ids)].filter((id) => id.includes('.'));
})();

const TAGS = ['alliance-map', 'share-donut', 'actor-network'];
/** What "draws" means for each graphic: marks the reader can choose, and SVG shapes in all. */
const DRAWN = {
  'alliance-map': { marks: 5, shapes: 100 },
  'share-donut': { marks: 2, shapes: 2 },
  'actor-network': { marks: 5, shapes: 10 },
};
DRAWN['my-donut'] = DRAWN['share-donut'];

const tools = { typescript: 'latest', vite: 'latest' };
const FIXTURES = [
  {
    name: 'ts-strict',
    packages: ['@nutgraf/core', '@nutgraf/alliance-map', '@nutgraf/share-donut', '@nutgraf/actor-network'],
    dependencies: {},
    devDependencies: tools,
    typecheck: ['tsc', '--noEmit', '-p', '.'],
    tags: [...TAGS, 'my-donut'],
    note: 'components only',
  },
  {
    name: 'react',
    packages: ['nutgraf'],
    dependencies: { react: '^19', 'react-dom': '^19' },
    devDependencies: {
      ...tools,
      '@types/react': '^19',
      '@types/react-dom': '^19',
      '@vitejs/plugin-react': 'latest',
    },
    typecheck: ['tsc', '--noEmit', '-p', '.'],
    tags: TAGS,
  },
  {
    name: 'vue',
    packages: ['nutgraf'],
    dependencies: { vue: '^3' },
    // vue-tsc runs on TypeScript's JavaScript API, which TypeScript 7 (the native compiler)
    // no longer has: the newest 6.x here.
    devDependencies: { ...tools, typescript: '^6', '@vitejs/plugin-vue': 'latest', 'vue-tsc': 'latest' },
    typecheck: ['vue-tsc', '--noEmit', '-p', '.'],
    tags: TAGS,
  },
];

// Every package of components.json (scripts/components.mjs), and the CLI.
const WORKSPACES = [...PACKAGES, 'cli'];

const failures = [];
const only = process.argv.slice(2);
const fixtures = FIXTURES.filter((f) => !only.length || only.includes(f.name));
if (!fixtures.length) {
  console.error(`No such fixture: ${only.join(', ')} (fixtures: ${FIXTURES.map((f) => f.name).join(', ')})`);
  process.exit(2);
}

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
function log(message) {
  console.log(`[consumer ${seconds(started).padStart(7)}] ${message}`);
}
function fail(where, message) {
  failures.push(`${where}: ${message}`);
  console.log(`  ✗ ${where}: ${message}`);
}

/**
 * The environment for npm and the tools in a fixture: without the variables `npm run` sets
 * for the repository (its prefix, its package, its lifecycle), which would point a nested
 * install back at the repository; the registry, proxy and cache settings stay.
 */
function fixtureEnv() {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    const lower = key.toLowerCase();
    if (lower.startsWith('npm_package_') || lower.startsWith('npm_lifecycle_') || lower === 'init_cwd')
      continue;
    if (
      lower.startsWith('npm_config_') &&
      !/registry|proxy|cafile|_ca$|strict_ssl|userconfig|globalconfig|_cache$/.test(lower)
    )
      continue;
    env[key] = value;
  }
  return env;
}

/** Runs a command, echoing its output only when it fails (or unless quiet); ok when it exits 0. */
async function sh(where, cmd, args, cwd, { quiet = false } = {}) {
  const t = Date.now();
  const child = spawn(cmd, args, { cwd, env: fixtureEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let output = '';
  child.stdout.on('data', (chunk) => ((stdout += chunk), (output += chunk)));
  child.stderr.on('data', (chunk) => (output += chunk));
  const status = await new Promise((done) => {
    child.on('error', (error) => ((output += String(error)), done(null)));
    child.on('close', (code, signal) => done(code ?? signal));
  });
  const ok = status === 0;
  if ((!ok || !quiet) && output.trim()) console.log(output.trim().replace(/^/gm, '    '));
  if (!ok) fail(where, `\`${[cmd, ...args].join(' ')}\` exited ${status}`);
  else log(`  ✓ ${where} (${seconds(t)})`);
  return { ok, stdout };
}

/** Bytes of a directory tree (files and links, as `du --apparent-size` counts them). */
function bytesOf(dir, skip = () => false) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (skip(path)) continue;
    if (entry.isDirectory()) total += bytesOf(path, skip);
    else total += lstatSync(path).size;
  }
  return total;
}

/**
 * Bytes the app's runtime dependencies take in node_modules: the packages reachable from its
 * `dependencies` (not the build tools), each resolved as Node resolves it.
 */
function runtimeBytes(appDir) {
  const seen = new Set();
  const visit = (name, fromDir) => {
    for (let dir = fromDir; ; dir = resolve(dir, '..')) {
      const candidate = join(dir, 'node_modules', name);
      if (existsSync(join(candidate, 'package.json'))) {
        if (seen.has(candidate)) return;
        seen.add(candidate);
        const pkg = JSON.parse(readFileSync(join(candidate, 'package.json'), 'utf8'));
        for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep, candidate);
        return;
      }
      if (dir === appDir || dir === resolve(dir, '..')) return;
    }
  };
  const app = JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8'));
  for (const dep of Object.keys(app.dependencies ?? {})) visit(dep, appDir);
  let total = 0;
  for (const dir of seen) total += bytesOf(dir, (path) => path === join(dir, 'node_modules'));
  return { total, count: seen.size };
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

// 1. Pack. The build ran before this script (the test command builds first).
const tmp = mkdtempSync(join(tmpdir(), 'nutgraf-consumer-'));
const packs = join(tmp, 'packs');
mkdirSync(packs);
// The CLI ships only its build: unbuilt (or not there yet), it is left out.
const workspaces = WORKSPACES.filter((w) => w !== 'cli' || existsSync(join(root, 'packages', w, 'dist')));
const unbuilt = workspaces.filter((w) => !existsSync(join(root, 'packages', w, 'dist')));
if (unbuilt.length) {
  console.error(
    `${unbuilt.map((w) => `packages/${w}/dist`).join(', ')} missing: run \`node scripts/build.mjs\` first.`,
  );
  process.exit(1);
}
log(`Packing ${workspaces.map((w) => `packages/${w}`).join(', ')} into ${packs}`);
const packed = await sh(
  'npm pack',
  'npm',
  [
    'pack',
    '--json',
    '--loglevel=error',
    '--pack-destination',
    packs,
    ...workspaces.flatMap((w) => ['-w', `packages/${w}`]),
  ],
  root,
  { quiet: true },
);
if (!packed.ok) finish();
/** Package name → `file:` spec of its tarball. */
const tarballs = {};
for (const item of JSON.parse(packed.stdout)) {
  tarballs[item.name] = `file:${join(packs, item.filename)}`;
  log(`  ${item.filename}: ${item.entryCount} files, ${(item.size / 1024).toFixed(1)} KB packed`);
}

// The entity ids a click may report.
const entityIds = new Set(
  JSON.parse(readFileSync(join(root, 'data/dataset.json'), 'utf8')).entities.map((e) => e.id),
);

// 2. Install every fixture (side by side: mostly waiting on the registry and the disk), then
// check, build and open each in turn.
const installed = await Promise.all(fixtures.map((fixture) => install(fixture)));
const browser = await puppeteer.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });
const sizes = [];
try {
  for (const [index, fixture] of fixtures.entries())
    if (installed[index]) await check(fixture, installed[index], PORT + index);
} finally {
  await browser.close();
}
finish();

/** Copies the fixture, writes its package.json and installs it; its directory, or null. */
async function install(fixture) {
  const where = (step) => `${fixture.name} ${step}`;
  const dir = join(tmp, fixture.name);
  cpSync(join(root, 'test/consumer', fixture.name), dir, { recursive: true });
  // The app's own dataset file: the project's dataset, as a story team's JSON would be.
  cpSync(join(root, 'data/dataset.json'), join(dir, 'src/dataset.json'));
  const missing = fixture.packages.filter((name) => !tarballs[name]);
  if (missing.length) {
    fail(where('pack'), `no tarball for ${missing.join(', ')}`);
    return null;
  }
  const pkg = {
    name: `nutgraf-consumer-${fixture.name}`,
    private: true,
    type: 'module',
    dependencies: {
      ...Object.fromEntries(fixture.packages.map((name) => [name, tarballs[name]])),
      ...fixture.dependencies,
    },
    devDependencies: fixture.devDependencies,
    // The packages depend on each other by version: these resolve to the tarballs too.
    overrides: Object.fromEntries(Object.entries(tarballs).filter(([name]) => name.startsWith('@nutgraf/'))),
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  const args = ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];
  return (await sh(where('npm install'), 'npm', args, dir, { quiet: true })).ok ? dir : null;
}

/** Type-checks and builds an installed fixture, then checks the page in Chromium. */
async function check(fixture, dir, port) {
  const t = Date.now();
  const where = (step) => `${fixture.name} ${step}`;
  log(`▶ ${fixture.name}`);
  const bin = (name) => join(dir, 'node_modules/.bin', name);
  const versions = Object.keys({ ...fixture.dependencies, ...fixture.devDependencies })
    .map(
      (name) =>
        `${name}@${JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')).version}`,
    )
    .join(', ');
  log(`  installed ${versions}`);
  const all = bytesOf(join(dir, 'node_modules'));
  const runtime = runtimeBytes(dir);
  sizes.push({ fixture: fixture.note ? `${fixture.name} (${fixture.note})` : fixture.name, all, runtime });
  log(
    `  node_modules: ${mb(all)} in all; runtime dependencies ${mb(runtime.total)} (${runtime.count} packages)`,
  );

  const [checker, ...checkArgs] = fixture.typecheck;
  await sh(where(`type-check (${checker})`), bin(checker), checkArgs, dir);
  if (!(await sh(where('vite build'), bin('vite'), ['build', '--logLevel', 'warn'], dir)).ok) return;

  await inBrowser(fixture, join(dir, 'dist'), port, where);
  log(`  ${fixture.name} done in ${seconds(t)}`);
}

/** Serves the built app and checks it in Chromium. */
async function inBrowser(fixture, dist, port, where) {
  const server = createDemoServer(dist, { csp: false });
  await new Promise((done, error) => server.once('error', error).listen(port, '127.0.0.1', done));
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  try {
    await page.setViewport({ width: 1200, height: 900 });
    await page.goto(`http://127.0.0.1:${port}/index.html`, { waitUntil: 'load' });
    for (const tag of fixture.tags) {
      const min = DRAWN[tag];
      const drawn = await page
        .waitForFunction(
          (tag, min) => {
            const el = document.querySelector(tag);
            const shadow = el?.shadowRoot;
            if (!shadow || el.layoutRunning) return false;
            const error = shadow.querySelector('[data-kind="error"]');
            if (error) return { error: error.textContent.trim() };
            const marks = shadow.querySelectorAll('svg [role="button"]').length;
            const shapes = shadow.querySelectorAll('svg path, svg circle').length;
            // What it says, to the eye and to a screen reader.
            const labels = [...shadow.querySelectorAll('[aria-label]')].map((e) =>
              e.getAttribute('aria-label'),
            );
            const words = [shadow.textContent, ...labels].join(' ');
            return marks >= min.marks && shapes >= min.shapes ? { marks, shapes, words } : false;
          },
          { timeout: 15_000, polling: 100 },
          tag,
          min,
        )
        .then((handle) => handle.jsonValue())
        .catch(() => null);
      if (!drawn) {
        const counts = await page.evaluate((tag) => {
          const shadow = document.querySelector(tag)?.shadowRoot;
          return shadow
            ? `${shadow.querySelectorAll('svg [role="button"]').length} marks, ${shadow.querySelectorAll('svg path, svg circle').length} shapes`
            : 'no shadow root';
        }, tag);
        fail(
          where(`<${tag}> draws`),
          `not drawn within 15 s (${counts}; wanted ≥ ${min.marks} marks, ≥ ${min.shapes} shapes)`,
        );
        continue;
      }
      if (drawn.error) {
        fail(where(`<${tag}> draws`), `shows an error: ${drawn.error}`);
        continue;
      }
      // A component's English messages ship with its code (its messages module, a side effect a
      // bundler must keep): without them a graphic would say their ids.
      const ids = MESSAGE_IDS.filter((id) => drawn.words.includes(id));
      if (ids.length) fail(where(`<${tag}> words`), `says message ids, not words: ${ids.join(', ')}`);
      log(`  ✓ <${tag}> draws: ${drawn.marks} marks, ${drawn.shapes} paths and circles`);
      await select(page, tag, where);
    }
  } finally {
    await page.close();
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
  for (const problem of problems) fail(where('page'), problem);
}

/** Clicks a mark of `tag` with the mouse; the app must record the `nutgraf-select` it got. */
async function select(page, tag, where) {
  const point = await page.evaluate((tag) => {
    const shadow = document.querySelector(tag).shadowRoot;
    // A mark that stands for an entity: not the donut's unspecified remainder or "Other".
    for (const mark of shadow.querySelectorAll('svg [role="button"]:not(.unspecified, .other)')) {
      mark.scrollIntoView({ block: 'center' });
      const box = mark.getBoundingClientRect();
      if (box.width < 2 || box.height < 2) continue;
      // A point of the mark that is its own (a ring slice's centre is the hole; a label or
      // another mark may cover part of it): the first of a grid over its box.
      for (let i = 1; i < 8; i++)
        for (let j = 1; j < 8; j++) {
          const x = box.x + (box.width * i) / 8;
          const y = box.y + (box.height * j) / 8;
          if (shadow.elementFromPoint(x, y)?.closest('[role="button"]') === mark) return { x, y };
        }
    }
    return null;
  }, tag);
  if (!point) return fail(where(`<${tag}> select`), 'no mark to click');
  await page.mouse.click(point.x, point.y);
  const detail = await page
    .waitForFunction(
      (tag) => {
        const text = document.querySelector('[data-selected]')?.getAttribute('data-selected');
        const detail = text ? JSON.parse(text) : null;
        return detail?.origin === tag ? detail : false;
      },
      { timeout: 5_000, polling: 50 },
      tag,
    )
    .then((handle) => handle.jsonValue())
    .catch(() => null);
  if (!detail)
    return fail(where(`<${tag}> select`), 'the app received no nutgraf-select from a click on a mark');
  if (!entityIds.has(detail.entity))
    return fail(
      where(`<${tag}> select`),
      `detail.entity ${JSON.stringify(detail.entity)} is no entity of the dataset`,
    );
  log(
    `  ✓ <${tag}> click → the app got nutgraf-select { entity: '${detail.entity}', origin: '${detail.origin}' }`,
  );
}

function finish() {
  for (const { fixture, all, runtime } of sizes)
    log(`${fixture}: node_modules ${mb(all)} (runtime dependencies ${mb(runtime.total)})`);
  if (failures.length) {
    console.log(`\nConsumer test failed (${failures.length}):`);
    for (const failure of failures) console.log(`  - ${failure}`);
  } else log(`Consumer test passed: ${fixtures.map((f) => f.name).join(', ')} in ${seconds(started)}`);
  if (!process.env.NUTGRAF_CONSUMER_KEEP) rmSync(tmp, { recursive: true, force: true });
  else log(`Kept ${tmp}`);
  process.exit(failures.length ? 1 : 0);
}
