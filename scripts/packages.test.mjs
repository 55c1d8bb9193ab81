// What each package would publish (`npm pack --dry-run --json`), checked after `npm run build`:
// LICENSE and README ship; every declaration has its module (or is a types-only declaration
// that the package's types reach); no file ships twice within a package; every relative import
// (and every `new URL('./…', import.meta.url)` asset) in shipped code resolves to a shipped
// file; README links are absolute http(s), so they work on npmjs.com.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const PACKAGES = ['core', 'alliance-map', 'oil-share-donut', 'actor-network', 'nutgraf'];
const root = fileURLToPath(new URL('..', import.meta.url));

/** The files `npm pack` would put in the package's tarball, as paths inside the package. */
function packedFiles(folder) {
  const out = execFileSync(
    'npm',
    ['pack', '--dry-run', '--json', '--ignore-scripts', '-w', `packages/${folder}`],
    {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const [result] = JSON.parse(out);
  return result.files.map((f) => f.path);
}

/**
 * Relative specifiers of a module: static and dynamic imports, re-exports, and assets. Doc
 * comments (`/** … *\/`) and whole-line `//` comments are skipped: their examples are not code.
 */
export function relativeImports(source) {
  const code = source.replace(/\/\*\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found = [];
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*(['"])(\.{1,2}\/[^'"\n]+)\1/g)) found.push(m[2]);
  for (const m of code.matchAll(/\bnew URL\(\s*(['"])(\.{1,2}\/[^'"\n]+)\1\s*,\s*import\.meta\.url\s*\)/g))
    found.push(m[2]);
  return found;
}

/** A declaration file that declares no value (types, interfaces, module augmentations only). */
export function declaresTypesOnly(dts) {
  const code = dts.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  return !/^\s*(export\s+)?(declare\s+)?(default\b|const\b|let\b|var\b|function\b|abstract\s+class\b|class\b|enum\b)/m.test(
    code,
  );
}

/** Link targets of a Markdown file, outside code: inline, reference, autolinks and HTML. */
export function markdownLinks(markdown) {
  const text = markdown.replace(/^(```|~~~)[\s\S]*?^\1/gm, '').replace(/`[^`\n]*`/g, '');
  const links = [];
  for (const m of text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g)) links.push(m[1]);
  for (const m of text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) links.push(m[1]);
  for (const m of text.matchAll(/\b(?:href|src)\s*=\s*["']([^"']*)["']/gi)) links.push(m[1]);
  return links;
}

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

for (const folder of PACKAGES) {
  describe(`package ${folder} (npm pack)`, () => {
    const dir = `${root}packages/${folder}`;
    const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
    let files = [];
    let shipped = new Set();

    before(() => {
      assert.ok(
        existsSync(`${dir}/dist/index.js`),
        `packages/${folder}/dist is missing: run \`npm run build\` first`,
      );
      files = packedFiles(folder);
      shipped = new Set(files);
    });

    test('ships LICENSE and README.md, and says license and repository', () => {
      assert.ok(shipped.has('LICENSE'), 'LICENSE');
      assert.ok(shipped.has('README.md'), 'README.md');
      assert.equal(pkg.license, 'MIT');
      assert.equal(pkg.repository?.directory, `packages/${folder}`);
      assert.match(readFileSync(`${dir}/LICENSE`, 'utf8'), /^MIT License/);
    });

    test('every declaration has its module, or declares types only and is reached', () => {
      // Declarations the package's types reach: package.json `types` and `exports`, and what
      // shipped declarations import.
      const reached = new Set();
      const fromExports = (value) => {
        if (typeof value === 'string') {
          if (value.endsWith('.d.ts')) reached.add(posix.normalize(value));
        } else if (value && typeof value === 'object') Object.values(value).forEach(fromExports);
      };
      fromExports(pkg.types);
      fromExports(pkg.exports);
      const declarations = files.filter((f) => f.endsWith('.d.ts'));
      for (const file of declarations)
        for (const spec of relativeImports(readFileSync(`${dir}/${file}`, 'utf8')))
          reached.add(posix.join(posix.dirname(file), spec).replace(/\.js$/, '.d.ts'));
      const orphans = declarations.filter((file) => {
        if (shipped.has(file.replace(/\.d\.ts$/, '.js'))) return false;
        return !(reached.has(file) && declaresTypesOnly(readFileSync(`${dir}/${file}`, 'utf8')));
      });
      assert.deepEqual(orphans, [], 'declarations without their module');
    });

    test('every file package.json names ships (main, types, exports, bin)', () => {
      const named = [];
      const collect = (value) => {
        if (typeof value === 'string') named.push(value);
        else if (value && typeof value === 'object') Object.values(value).forEach(collect);
      };
      [pkg.main, pkg.module, pkg.types, pkg.exports, pkg.bin, pkg.customElements].forEach(collect);
      const missing = named
        .map((p) => posix.normalize(p))
        .filter((p) => p !== 'package.json' && !p.includes('*') && !shipped.has(p));
      assert.deepEqual(missing, [], 'named in package.json but not shipped');
    });

    test('no file ships twice', () => {
      const byHash = new Map();
      for (const file of files) {
        const hash = sha256(`${dir}/${file}`);
        byHash.set(hash, [...(byHash.get(hash) ?? []), file]);
      }
      // A declaration word for word the same as its own module (`export * from …`) is not a copy.
      const twins = (group) =>
        group.length === 2 &&
        group.some((f) => f.endsWith('.d.ts') && group.includes(f.replace(/\.d\.ts$/, '.js')));
      // The one chunk the two bundles share and that imports nothing (the story follower, under
      // 1 KB) is built into each bundle's folder; every other file ships once.
      const shared = (group) =>
        group.length === 2 &&
        group.every((f) => /^dist\/(chunks|lazy)\/follow-story-page-[\w-]+\.js$/.test(f));
      const copies = [...byHash.values()].filter(
        (group) => group.length > 1 && !twins(group) && !shared(group),
      );
      assert.deepEqual(copies, [], 'files with the same content');
    });

    test('every relative import and asset URL in shipped code resolves inside the package', () => {
      const broken = [];
      for (const file of files.filter((f) => /\.(m?js|d\.ts)$/.test(f))) {
        for (const spec of relativeImports(readFileSync(`${dir}/${file}`, 'utf8'))) {
          let target = posix.join(posix.dirname(file), spec.replace(/[?#].*$/, ''));
          if (file.endsWith('.d.ts')) target = target.replace(/\.js$/, '.d.ts');
          if (target.startsWith('../') || !shipped.has(target)) broken.push(`${file} → ${spec}`);
        }
      }
      assert.deepEqual(broken, [], 'imports that do not resolve to a shipped file');
    });

    test('README links are absolute http(s) URLs', () => {
      const links = markdownLinks(readFileSync(`${dir}/README.md`, 'utf8'));
      assert.ok(links.length > 0, 'the README links to the repository');
      assert.deepEqual(
        links.filter((url) => !/^https?:\/\/\S+$/.test(url)),
        [],
        'links that break on npmjs.com',
      );
    });
  });
}
