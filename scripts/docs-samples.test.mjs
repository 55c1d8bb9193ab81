// Every code sample of the READMEs, the guides and CONTRIBUTING.md (and the html of the
// Storybook docs pages) is checked as a reader would use it. Needs `npm run build`.
//
// - `ts`/`js`: type-checked by tsc against the built packages, imported as an application
//   imports them (`@nutgraf/*`, `nutgraf/…`, through node_modules, never the sources), then run
//   in Chromium on a page that holds the html blocks of the same section (and the markup of a
//   `<!-- sample: page <tag></tag> -->` marker), the modules loaded through an import map.
// - `html`: rendered in Chromium; CDN addresses of nutgraf's files point at the built
//   packages, and a block without a script gets the drop-in `dist/nutgraf.js` and its CSS.
//   Every graphic on a page must draw, with no console error and no failed request.
// - `sh`/`bash`: every command exists (scripts/docs/shell-commands.mjs).
// - `json`: parses.
// A block that is not meant to run says so just before its fence, with the reason:
// `<!-- sample: no-run the command's output -->`; the test reports how many ran and were skipped.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { basename, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { waitForGraphics } from '../test/pages/page-harness.mjs';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from './chrome.mjs';
import { codeBlocks } from './docs/code-blocks.mjs';
import { importMapFor } from './docs/import-map.mjs';
import { checkShellBlock, shellCommands } from './docs/shell-commands.mjs';
import { createDemoServer } from './serve-demo.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const TAGS = ['alliance-map', 'share-donut', 'actor-network'];
/** The dataset served for a sample's own dataset (`/data/my-story.json`, `my-dataset.json`). */
const STAND_IN = 'examples/stories/gas-corridor/dataset.json';
const PORTS = [8630, 8631, 8632, 8633, 8634, 8635, 8636, 8637, 8638, 8639];

/** The documentation files, as paths from the repository root: every README, the guides, CONTRIBUTING.md and Storybook's docs pages. */
function docFiles() {
  const skip = new Set(['node_modules', 'dist', 'storybook-static', 'coverage', 'results', 'build']);
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!skip.has(entry.name) && !(entry.name.startsWith('.') && entry.name !== '.changeset')) walk(path);
      } else if (
        entry.name === 'README.md' ||
        entry.name === 'CONTRIBUTING.md' ||
        (path.startsWith('docs/') && entry.name.endsWith('.md')) ||
        (path.startsWith('stories/') && entry.name.endsWith('.mdx'))
      )
        files.push(path);
    }
  };
  walk('');
  return files.sort();
}

const KIND = {
  ts: 'ts',
  typescript: 'ts',
  js: 'ts',
  javascript: 'ts',
  html: 'html',
  sh: 'sh',
  bash: 'sh',
  shell: 'sh',
  json: 'json',
};

/** Every block, with its file and what is done with it (`skip` says why not). */
const blocks = docFiles().flatMap((file) =>
  codeBlocks(readFileSync(join(root, file), 'utf8')).map((block) => {
    const where = `${file}:${block.line}`;
    const kind = KIND[block.lang];
    let skip;
    if (block.marker?.kind === 'no-run') skip = block.marker.text || '(no reason given)';
    else if (block.lang === 'text') skip = 'text';
    // MDX pages are Storybook's, whose markers this test cannot add: their text blocks pass.
    else if (!block.lang && file.endsWith('.mdx')) skip = 'text (Storybook page)';
    // Their scripts are application code for a bundler (configs, React, Vue): not run here.
    else if (kind === 'ts' && file.endsWith('.mdx')) skip = 'application code in a Storybook page';
    else if (/^(tsx|jsx|vue)$/.test(block.lang) && file.endsWith('.mdx'))
      skip = 'application code in a Storybook page';
    return { ...block, file, where, kind, skip };
  }),
);
const runnable = blocks.filter((b) => !b.skip && b.kind);
const scripts = runnable.filter((b) => b.kind === 'ts');

/** The html blocks and page markup that run with a section's scripts, by `file#section`. */
const sectionKey = (b) => `${b.file}#${b.section}`;
const scriptSections = new Set(scripts.map(sectionKey));
const joinsScripts = (b) =>
  b.kind === 'html' &&
  !/<script\b/i.test(b.code) &&
  b.marker?.kind !== 'drop-in' &&
  scriptSections.has(sectionKey(b));

/** Markup for a page: nutgraf's CDN addresses rewritten to the built packages. */
function localAddresses(html) {
  const folders = new Map(
    readdirSync(join(root, 'packages'))
      .filter((d) => existsSync(join(root, 'packages', d, 'package.json')))
      .map((d) => [JSON.parse(readFileSync(join(root, 'packages', d, 'package.json'), 'utf8')).name, d]),
  );
  return html.replace(
    /https?:\/\/[^\s"'<>]+?\/(@nutgraf\/[\w-]+|nutgraf)(?:@[^/\s"'<>]+)?\//g,
    (whole, name) =>
      folders.has(name) && !whole.includes('github.com') ? `/packages/${folders.get(name)}/` : whole,
  );
}

const pageHtml = (body, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>sample</title><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`;

/** How many nutgraf tags a piece of markup writes. */
const tagsIn = (html) => TAGS.reduce((n, tag) => n + html.split(`<${tag}`).length - 1, 0);

/** Tags a script defines by name: `X.define('my-tag')`. */
const definedTags = (code) =>
  [...code.matchAll(/\.define\(\s*['"]([a-z][\w-]*-[\w-]*)['"]\s*\)/g)].map((m) => m[1]);

describe('documentation samples', () => {
  let dir;
  let server;
  let base;
  let browser;
  /** tsc's diagnostics, by block `where`. */
  const diagnostics = new Map();
  /** Compiled module file of each script block, by `where`. */
  const compiled = new Map();
  let importMap;
  let tscStatus;

  before(async () => {
    assert.ok(
      [
        'nutgraf/dist/nutgraf.js',
        'nutgraf/dist/nutgraf.css',
        'nutgraf/dist/index.d.ts',
        'core/dist/index.d.ts',
      ].every((f) => existsSync(join(root, 'packages', f))),
      'packages/*/dist is missing: run `npm run build` first',
    );
    // Inside node_modules, so the samples resolve `@nutgraf/*` and `nutgraf` as an application does.
    mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
    dir = mkdtempSync(join(root, 'node_modules/.cache/docs-samples-'));
    const standIn = readFileSync(join(root, STAND_IN));
    writeFileSync(join(dir, 'my-story.json'), standIn);
    writeFileSync(join(dir, 'my-dataset.json'), standIn);
    const fileOf = new Map();
    for (const [i, block] of scripts.entries()) {
      const name = `sample-${i}-${basename(block.file).replace(/\W+/g, '-')}-${block.line}.ts`;
      writeFileSync(join(dir, name), `${block.code}\n`);
      fileOf.set(name, block);
    }
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          moduleDetection: 'force',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          strict: true,
          noEmit: true,
          resolveJsonModule: true,
          verbatimModuleSyntax: true,
          types: [],
        },
        files: [...fileOf.keys()],
      }),
    );
    // Type-check, each diagnostic at its line of the Markdown file.
    const tsc = spawnSync(
      process.execPath,
      [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json'), '--pretty', 'false'],
      { encoding: 'utf8' },
    );
    tscStatus = tsc.status === 0 ? 'ok' : `tsc exited with ${tsc.status}: ${tsc.stderr}`;
    for (const line of tsc.stdout.split('\n').filter(Boolean)) {
      const m = /^(.*?)\((\d+),(\d+)\): (.*)$/.exec(line);
      const block = m && fileOf.get(basename(m[1]));
      const key = block ? block.where : 'elsewhere';
      const text = block ? `${block.file}:${block.line + Number(m[2]) - 1}: ${m[4]}` : line;
      diagnostics.set(key, [...(diagnostics.get(key) ?? []), text]);
    }
    // Compile each for the browser: its own code and JSON bundled, every package left to the
    // import map.
    for (const [name, block] of fileOf) {
      const outfile = join(dir, name.replace(/\.ts$/, '.js'));
      await build({
        entryPoints: [join(dir, name)],
        bundle: true,
        format: 'esm',
        target: 'es2022',
        outfile,
        tsconfigRaw: '{}',
        logLevel: 'silent',
        plugins: [
          {
            name: 'packages-external',
            setup: (b) => b.onResolve({ filter: /^[^./]/ }, (args) => ({ path: args.path, external: true })),
          },
        ],
      });
      compiled.set(block.where, basename(outfile));
    }
    importMap = await importMapFor(
      [...fileOf.keys()].map((f) => join(dir, f)),
      root,
    );

    const serveRepo = createDemoServer(root, { csp: false }).listeners('request')[0];
    server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const sample = /^\/__samples\/([\w.-]+)$/.exec(path);
      if (sample) {
        const file = join(dir, sample[1]);
        if (!existsSync(file)) return void res.writeHead(404).end('Not found');
        const type = file.endsWith('.html')
          ? 'text/html'
          : file.endsWith('.json')
            ? 'application/json'
            : 'text/javascript';
        return void res.writeHead(200, { 'Content-Type': `${type}; charset=utf-8` }).end(readFileSync(file));
      }
      if (/^my-[\w-]+\.json$/.test(basename(path)) && !existsSync(join(root, path)))
        return void res.writeHead(200, { 'Content-Type': 'application/json' }).end(standIn);
      serveRepo(req, res);
    });
    for (const port of [...PORTS, 0]) {
      const ok = await new Promise((resolve) => {
        server.once('error', () => resolve(false));
        server.listen(port, '127.0.0.1', () => resolve(true));
      });
      if (ok) break;
    }
    base = `http://127.0.0.1:${server.address().port}`;
    browser = await puppeteer.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });
  });

  after(async () => {
    await browser?.close();
    server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    const ran = runnable.length;
    const skipped = blocks.filter((b) => b.skip);
    const byKind = Object.entries(runnable.reduce((n, b) => ({ ...n, [b.kind]: (n[b.kind] ?? 0) + 1 }), {}))
      .map(([k, n]) => `${n} ${k}`)
      .join(', ');
    console.log(
      `# documentation samples: ${ran} ran (${byKind}), ${skipped.length} skipped:\n` +
        skipped.map((b) => `#   ${b.where} (${b.lang || 'no language'}): ${b.skip}`).join('\n'),
    );
  });

  /** Opens a page of the temporary folder; returns its console errors, failed requests and warnings. */
  async function render(name, html, defined = []) {
    writeFileSync(join(dir, name), html);
    const page = await browser.newPage();
    const log = { errors: [], warnings: [] };
    page.on('console', (m) => {
      // A failed load is reported once, from its response below.
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
        log.errors.push(`${m.text()} ${m.location()?.url ?? ''}`.trim());
      if (m.type() === 'warn' || m.type() === 'warning') log.warnings.push(m.text());
    });
    page.on('pageerror', (e) => log.errors.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => log.errors.push(`request failed: ${r.url()}`));
    page.on('response', (r) => r.status() >= 400 && log.errors.push(`HTTP ${r.status()}: ${r.url()}`));
    await page.setViewport({ width: 1000, height: 900 });
    try {
      await page.goto(`${base}/__samples/${name}`, { waitUntil: 'networkidle0' });
      const tags = [...TAGS, ...defined];
      // Every nutgraf graphic on the page draws, or shows its error.
      await waitForGraphics(page, tags).catch(() => log.errors.push('a graphic did not draw within 20 s'));
      const state = await page.evaluate(
        (names, mine) => ({
          drawn: names
            .flatMap((tag) => [...document.querySelectorAll(tag)])
            .filter((el) => el.shadowRoot?.querySelector('svg')).length,
          failed: names.flatMap((tag) =>
            [...document.querySelectorAll(tag)]
              .map((el) => el.shadowRoot?.querySelector('[role="alert"], [data-kind="error"]'))
              .filter(Boolean)
              .map((el) => el.textContent.trim()),
          ),
          undefinedTags: mine.filter((tag) => !customElements.get(tag)),
        }),
        tags,
        defined,
      );
      return { ...log, ...state };
    } finally {
      await page.close();
    }
  }

  test('every code block has a language with a check, or a no-run marker with a reason', () => {
    const unlabelled = blocks
      .filter((b) => !b.skip && !b.kind)
      .map((b) => `${b.where} (${b.lang || 'no language'})`);
    assert.deepEqual(unlabelled, [], 'mark them `<!-- sample: no-run <why> -->`, or give them a language');
    const noReason = blocks.filter((b) => b.skip === '(no reason given)').map((b) => b.where);
    assert.deepEqual(noReason, [], 'no-run markers without a reason');
    assert.ok(runnable.length > 20, `only ${runnable.length} samples found`);
  });

  test('TypeScript samples type-check against the built packages', () => {
    assert.ok(scripts.length > 0);
    const all = [...diagnostics.values()].flat();
    assert.deepEqual(all, [], 'tsc');
    assert.equal(tscStatus, 'ok');
  });

  // Scripts: one page per section, with that section's html.
  for (const key of [...scriptSections]) {
    const own = scripts.filter((b) => sectionKey(b) === key);
    const markup = blocks.filter((b) => sectionKey(b) === key && !b.skip && joinsScripts(b));
    const extra = blocks.filter((b) => sectionKey(b) === key && b.marker?.kind === 'page');
    test(`runs in Chromium: ${own.map((b) => b.where).join(', ')}${markup.length ? ' with its html' : ''}`, async () => {
      const body = [...extra.map((b) => b.marker.text), ...markup.map((b) => localAddresses(b.code))].join(
        '\n',
      );
      const head = `<script type="importmap">${JSON.stringify(importMap)}</script>`;
      const modules = own
        .map((b) => `<script type="module" src="${compiled.get(b.where)}"></script>`)
        .join('');
      const defined = own.flatMap((b) => definedTags(b.code));
      const name = `page-${own[0].section}-${basename(own[0].file).replace(/\W+/g, '-')}-${own[0].line}.html`;
      const result = await render(name, pageHtml(`${body}\n${modules}`, head), defined);
      assert.deepEqual(result.errors, [], 'console errors');
      assert.ok(result.drawn >= tagsIn(body), `${result.drawn} of the ${tagsIn(body)} graphics drew`);
      assert.deepEqual(result.failed, [], 'graphics that show an error');
      assert.deepEqual(result.undefinedTags, [], 'tags the sample defines that are not defined');
      assert.deepEqual(
        result.warnings.filter((w) => /nutgraf/i.test(w)),
        [],
        'nutgraf warnings',
      );
    });
  }

  // Html on its own: with the drop-in bundle when it loads no script itself.
  for (const block of runnable.filter((b) => b.kind === 'html' && !joinsScripts(b))) {
    test(`renders in Chromium: ${block.where}`, async () => {
      const own = /<script\b/i.test(block.code);
      const head = own
        ? ''
        : '<link rel="stylesheet" href="/packages/nutgraf/dist/nutgraf.css"><script type="module" src="/packages/nutgraf/dist/nutgraf.js"></script>';
      const name = `html-${basename(block.file).replace(/\W+/g, '-')}-${block.line}.html`;
      const result = await render(name, pageHtml(localAddresses(block.code), head));
      assert.deepEqual(result.errors, [], 'console errors');
      assert.equal(result.drawn, tagsIn(block.code), 'graphics drawn');
      assert.deepEqual(result.failed, [], 'graphics that show an error');
      assert.deepEqual(
        result.warnings.filter((w) => /nutgraf/i.test(w)),
        [],
        'nutgraf warnings',
      );
    });
  }

  for (const block of runnable.filter((b) => b.kind === 'sh')) {
    test(`commands exist: ${block.where}`, () => {
      const { commands, problems } = checkShellBlock(block.code, root);
      assert.ok(commands > 0, 'a shell block with no command');
      assert.deepEqual(problems, []);
    });
  }

  for (const block of runnable.filter((b) => b.kind === 'json')) {
    test(`parses as JSON: ${block.where}`, () => {
      assert.doesNotThrow(() => JSON.parse(block.code));
    });
  }
});

describe('how samples are read', () => {
  test('code blocks: language, first line, section and the marker above the fence', () => {
    const found = codeBlocks(
      [
        '# A',
        '',
        '```sh',
        'npm test',
        '```',
        '## B',
        '<!-- sample: no-run an output -->',
        '',
        '~~~',
        'x',
        '~~~',
      ].join('\n'),
    );
    assert.deepEqual(
      found.map(({ lang, code, line, section, marker }) => ({ lang, code, line, section, marker })),
      [
        { lang: 'sh', code: 'npm test', line: 4, section: 1, marker: undefined },
        { lang: '', code: 'x', line: 10, section: 2, marker: { kind: 'no-run', text: 'an output' } },
      ],
    );
    assert.deepEqual(codeBlocks('{/* sample: page <b></b> */}\n```html\n<i></i>\n```')[0].marker, {
      kind: 'page',
      text: '<b></b>',
    });
  });

  test('shell commands: comments, lists, pipes and variables set before a command', () => {
    assert.deepEqual(shellCommands('# a comment\nA=1 B=2 npm run x && npm test # why\nls | head'), [
      ['npm', 'run', 'x'],
      ['npm', 'test'],
      ['ls'],
      ['head'],
    ]);
  });

  test('a missing script, CLI command or option, bin or file is a problem', () => {
    const { problems } = checkShellBlock(
      'npm run no-such-script\nnpx nutgraf no-such-command\nnpx nutgraf check --no-such-option d.json\nnpx no-such-bin\nnode no/such/file.mjs\nnpm install no-such-package',
      root,
    );
    assert.equal(problems.length, 6, problems.join('\n'));
  });

  test("CDN addresses of nutgraf's files point at the built packages", () => {
    assert.equal(
      localAddresses('<script src="https://cdn.jsdelivr.net/npm/nutgraf@0.1.0/dist/nutgraf.js"></script>'),
      '<script src="/packages/nutgraf/dist/nutgraf.js"></script>',
    );
    assert.equal(localAddresses('https://unpkg.com/@nutgraf/core/dist/x.json'), '/packages/core/dist/x.json');
    assert.equal(localAddresses('https://github.com/nutgraf/nutgraf'), 'https://github.com/nutgraf/nutgraf');
  });
});
